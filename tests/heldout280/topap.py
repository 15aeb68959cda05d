"""Kredit Kwik: a Vanuatu phone-credit top-up app on the cousin's OPPO A17.

Keys are Bislama (`namba` = number, `kredit`, `praes` = price, `foto blong
fes` = face photo, `fes i sem` = the face matches). The app targets an old SDK
for dual-SIM handsets and still reads the IMEI; it registers with IMEI,
ANDROID_ID and advertising id, and AppsFlyer launches carry `advertiserId`,
`uid` and `imei`. For SIM registration it posts a selfie and the ID card
(multipart `foto_blong_fes` and `kad`); the answer holds the face-match score.
An older SIM-registration build posts the selfie as a bare JPEG to a numbered
path. The offers list, buying credit for a number, SMS codes and the
data-bundle prices are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.kreditkwik.example"
UA = ua("KreditKwik", "5.0.7", "kasin")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kreditkwik", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def rejista(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/divaes")
    b.json(
        {
            "imei": b.id("imei_kasin", where="json imei"),
            "aidi_blong_fon": b.id("aid_topap", where="json aidi_blong_fon"),
            "gaid": b.id("gaid_kasin", where="json gaid"),
            "namba": b.acct("topap_msisdn"),
            "sim": 2,
        }
    )
    b.ok_json({"oraet": True})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "vu.kreditkwik"), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", dalvik("kasin"))
    b.json(
        {
            "advertiserId": b.id("gaid_kasin", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("topap_af_uid", where="json uid"),
            "imei": b.id("imei_kasin", where="json imei"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.0.7",
            "model": "CPH2477",
            "brand": "OPPO",
            "country": "VU",
            "counter": str(c.rng.randint(1, 40)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "vu.kreditkwik"), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", dalvik("kasin"))
    b.json(
        {
            "eventName": "af_purchase",
            "eventValue": '{"af_revenue":"'
            + str(c.rng.choice([100, 200, 500]))
            + '","af_currency":"VUV"}',
            "advertiserId": b.id("gaid_kasin", where="json advertiserId"),
            "uid": b.id("topap_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sim_rejista(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sim/rejista")
    b.bio("face_image", "multipart part foto_blong_fes (selfie for face match)")
    b.mark("biometric", "face_match", "response json fes_i_sem.skoa", True, "response")
    boundary = "----" + new_hex(c.rng, 24)
    parts = [
        ("namba", None, None, b.acct("topap_msisdn").encode()),
        ("foto_blong_fes", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("kad", "kad.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "stetas": "OK",
            "fes_i_sem": {"skoa": rf(c.rng, 0.82, 0.99, 3), "laef": rf(c.rng, 0.9, 0.99, 3)},
        }
    )
    return b.build()


def sim_selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/u/3?t={ms(c)}")
    b.bio("face_image", "bare image/jpeg body on a numbered path", detectable=False)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 800), "image/jpeg")
    b.ok_json({"r": 1})
    return b.build()


def imei_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ofa")
    b.param("k", b.id("imei_kasin", "md5", "query k", detectable=False))
    b.ok_json({"ofa": [{"nem": "Kredit 200", "praes": 200}, {"nem": "Data 1GB", "praes": 500}]})
    return b.build()


def baem_kredit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/baem")
    b.decoy("recipient phone number and order number")
    b.json(
        {
            "namba": "+6785" + str(c.rng.randint(10**5, 10**6 - 1)),
            "kredit": c.rng.choice([100, 200, 500, 1000]),
            "mani": "VUV",
            "ref": order_no(c.rng),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"risit": f"KK{c.rng.randint(10**8, 10**9)}", "taem": iso(c)})
    return b.build()


def sms_kod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kod")
    b.decoy("SMS verification code")
    b.json({"kod": f"{c.rng.randint(0, 9999):04d}", "namba": b.acct("topap_msisdn")})
    b.ok_json({"stret": True})
    return b.build()


def data_praes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/praes?opereta=" + c.rng.choice(["digicel", "vodafone"]))
    b.ok_json(
        {
            "bandel": [
                {"nem": "1 dei 500MB", "praes": 100},
                {"nem": "7 dei 3GB", "praes": 700},
                {"nem": "30 dei 10GB", "praes": 2000},
            ]
        }
    )
    return b.build()
