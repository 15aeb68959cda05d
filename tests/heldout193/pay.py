"""Tolov: a payments super-app carrying AppMetrica and AppsFlyer.

AppMetrica's report carries its uuid and deviceid plus the advertising id;
AppsFlyer's launch carries its uid and the advertising id. Utility bills and
transfers are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.tolov-app.example"
UA = ua("Tolov", "7.0.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tolov", method, url)
    b.header("user-agent", UA)
    return b


def appmetrica_report(c: Context) -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", "com.yandex.mobile.metrica.sdk/6.5.0")
    b.param("uuid", b.id("metrica_uuid", where="query uuid"))
    b.param("deviceid", b.id("metrica_deviceid", where="query deviceid"))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("android_id", b.id("aid_pay", where="query android_id"))
    b.param("app_id", "uz.tolov.app")
    b.set_body(gz(b"\x0a\x12" + rid(c.rng).encode()), "application/x-protobuf")
    b.ok_json({"status": "accepted"})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=uz.tolov.app",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E)")
    b.json(
        {
            "uid": b.id("af_uid", where="json uid (AppsFlyer uid)"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "af_timestamp": str(ms(c)),
            "eventName": "af_purchase",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tolov-uz/installations",
    )
    b.json(
        {
            "fid": b.id("fid", where="json fid (Firebase installation id)"),
            "appId": "1:55:android:ab",
        }
    )
    b.ok_json({"name": "projects/tolov-uz/installations", "refreshToken": rid(c.rng)})
    return b.build()


def sdk_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.form([("z", b.id("gaid", "sha256", "form z (sha256 of advertising id)", detectable=False))])
    b.no_content()
    return b.build()


def pay_bill(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tolov/kommunal")
    b.decoy("utility bill payment with account number and order id")
    b.json(
        {
            "xizmat": c.rng.choice(["Hududgaz", "Elektr", "Suv", "Beeline", "Uzmobile"]),
            "hisob_raqami": str(c.rng.randint(10**7, 10**8)),
            "summa": c.rng.randint(10000, 500000),
            "order_id": rid(c.rng),
        }
    )
    b.ok_json({"holat": "bajarildi", "chek": b64(js({"t": iso(c)}))})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/p2p")
    b.json({"karta": "8600 **** **** 4410", "summa": c.rng.randint(10000, 2000000)})
    b.ok_json({"tranzaksiya": rid(c.rng)})
    return b.build()
