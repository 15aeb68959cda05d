"""Idel Bank: a Kazan retail bank app with face login and the Unified Biometric
System (ЕБС) enrolment, on the father's Samsung.

Face login computes a 512-float face template on the phone and sends it as
`yöz_şablonı` (Tatar: face template) with a liveness score; a newer build sends
the template as protobuf packed floats. ЕБС enrolment posts a face photo and a
voice sample (`фото_лица`, `образец_голоса`) as multipart. Device binding sends
the ANDROID_ID, the advertising id and the bank's own device key; AppMetrica
(Yandex) gets the SDK's startup call with its own deviceid / uuid and the
advertising id. Exchange rates (`йөз` also means "hundred": "йөз сум"),
transfers, the self-declared gender (`җенес`) on the profile form and the
profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua, url

API = "https://mobile.idelbank.example"
UA = ua("IdelBank", "7.4.2", "ati")
PKG = "ru.idelbank.mobile"
METRICA_KEY = "5b2f1d7e-3a44-4c1b-9a1e-7d0c2f61b8aa"


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "idelbank", method, url(target))
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/caylanma/bäylä")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "advertisingId": b.id("gaid_ati", where="json advertisingId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "model": "SM-A546B",
            "root": False,
            "tel": "tt",
        }
    )
    b.ok_json({"bäylände": True, "sms_kod_cibärelde": True})
    return b.build()


def metrica_startup(c: Context) -> Flow:
    b = FB(
        c,
        "appmetrica",
        "GET",
        "https://startup.mobile.yandex.net/analytics/startup",
        http_version="HTTP/1.1",
    )
    for name, value in [
        ("ads", "1"),
        ("analytics_sdk_version_name", "6.5.0"),
        ("app_id", PKG),
        ("app_platform", "android"),
        ("deviceid", b.id("bank_metrica_deviceid", where="query deviceid")),
        ("uuid", b.id("bank_metrica_uuid", where="query uuid")),
        ("adv_id", b.id("gaid_ati", where="query adv_id")),
        ("android_id", b.id("aid_bank", "md5", "query android_id (md5)")),
        ("model", "SM-A546B"),
        ("manufacturer", "samsung"),
        ("os_version", "14"),
        ("locale", "tt_RU"),
        ("api_key_128", METRICA_KEY),
    ]:
        b.param(name, value)
    b.header("user-agent", dalvik("ati"))
    b.ok_json(
        {
            "query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}},
            "distribution_customization": {},
            "obtain_time": int(c.now),
        }
    )
    return b.build()


def yoz_keru(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kerü/yöz")
    b.bio("face_template", "json yöz_şablonı (512 float32, base64) + tereklek")
    b.json(
        {
            "qullanuçı": b.acct("bank_user"),
            "yöz_şablonı": floats_b64(floats(c.rng, 512)),
            "şablon_versiyası": "idel-fr-3",
            "tereklek_bäyäse": rf(c.rng, 0.86, 0.99, 3),
            "vaqıt": iso(c),
        }
    )
    b.ok_json({"dörest": True, "oxşaşlıq": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def ebs_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ebs/регистрация")
    b.bio("face_image", "multipart фото_лица (ЕБС enrolment)")
    b.bio("voiceprint", "multipart образец_голоса (ЕБС voice sample)")
    boundary = rid(c.rng)
    parts = [
        ("фото_лица", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("образец_голоса", "voice.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ("фраза", None, "text/plain; charset=utf-8", b"0 1 2 3 4 5 6 7 8 9"),
        ("согласие", None, None, b"true"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"статус": "ПРИНЯТО", "заявка": f"EBS-{c.rng.randint(10**8, 10**9)}"})
    return b.build()


def yoz_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/k")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/hisaplar")
    b.ok_json(
        {
            "hisaplar": [
                {
                    "nomer": "40817810" + "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
                    "valüta": "RUB",
                    "qaldıq": rf(c.rng, 1000, 500000, 2),
                }
            ]
        }
    )
    return b.build()


def kurs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/valüta-kursı")
    b.decoy("'йөз' meaning hundred (йөз сум), not face")
    b.ok_json(
        {
            "kön": iso(c)[:10],
            "курслар": {"USD": rf(c.rng, 88, 95, 2), "EUR": rf(c.rng, 95, 103, 2)},
            "искәрмә": "Йөз мең сумнан артык күчерү өчен комиссия юк",
            "йөз_сумга": {"USD": rf(c.rng, 1.0, 1.2, 3)},
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/küçerü")
    b.decoy("account numbers and transfer reference")
    b.json(
        {
            "kemnän": "40817810" + str(c.rng.randint(10**11, 10**12)),
            "kemgä_tel": "+7917" + str(c.rng.randint(10**6, 10**7)),
            "summa": rf(c.rng, 100, 20000, 2),
            "añlatma": "Әнигә бәйрәм белән",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referens": f"SBP{c.rng.randint(10**12, 10**13)}", "status": "BAŞQARILDI"})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil")
    b.decoy("self-declared gender (җенес) and birth date")
    b.json(
        {
            "исем": "Илдар",
            "фамилия": "Гарипов",
            "җенес": "ир",
            "туган_көн": "1971-05-09",
            "шәһәр": "Казан",
        }
    )
    b.ok_json({"saqlandı": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/räsem")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.idelbank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def sms_kod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"dörest": True})
    return b.build()
