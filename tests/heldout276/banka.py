"""Ағиҙел Банк (Agidel Bank): a bank app with a selfie liveness check (the father's Samsung).

Keys are romanised Bashkir with English (`yoz` = face, `olgo` = template,
`tereklek` = liveness, `qurylma` = device). Onboarding uploads a selfie and a
short liveness burst as multipart to the bank's check endpoint; the answer
carries the liveness score and a face-analysis result (estimated age, head
pose). Login sends a 256-float face template; a newer build sends it as
protobuf packed floats without names. Device binding sends the ANDROID_ID,
the advertising id and the bank's own device key; balance calls carry a sha1
of the ANDROID_ID in a header named `x-q`. Rates, transfers, the passport
form (with the customer's own declared sex) and the avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mob.agidelbank.example"
UA = ua("AgidelBank", "7.2.0", "atay")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "agidelbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/qurylma/bailau")
    b.json(
        {
            "qurylma": {
                "androidId": b.id("aid_bank", where="json qurylma.androidId"),
                "reklamaId": b.id("gaid_atay", where="json qurylma.reklamaId"),
                "qurylmaKey": b.id("bank_device_key", where="json qurylma.qurylmaKey"),
                "model": "SM-A346E",
                "root": False,
            },
            "qullanyusy": b.acct("bank_user"),
        }
    )
    b.ok_json({"bailandy": True, "sms": True})
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/tanyu/selfie")
    b.bio("face_image", "multipart part selfie (image/jpeg) to liveness check")
    boundary = "----" + new_hex(c.rng, 24)
    meta = {"rejim": "tereklek", "kamera": "front", "waqyt": iso(c)}
    parts = [
        ("meta", None, "application/json", jsb(meta)),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"tereklek": rf(c.rng, 0.8, 0.99, 3), "status": "PASSED", "id": rid(c.rng)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/tanyu/{rid(c.rng)}/hozomta")
    b.mark(
        "biometric",
        "face_analysis",
        "response json yoz (estimated age, head pose)",
        True,
        "response",
    )
    b.ok_json(
        {
            "tereklek": {"baha": rf(c.rng, 0.8, 0.99, 3), "hozomta": "REAL"},
            "yoz": {
                "yash_baha": c.rng.randint(45, 60),
                "bash_torosho": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
                "kuz_asyq": True,
            },
        }
    )
    return b.build()


def login_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/ineu/yoz")
    b.bio("face_template", "json yoz_olgo (256 float32, base64)")
    b.json(
        {
            "qullanyusy": b.acct("bank_user"),
            "yoz_olgo": floats_b64(floats(c.rng, 256)),
            "olgo_versiya": "fm-256-v3",
            "tereklek": rf(c.rng, 0.85, 0.99, 3),
            "waqyt": ms(c),
        }
    )
    b.ok_json({"dorob": True, "oqshashlyq": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/ineu/yoz/terkau")
    b.bio("face_embedding", "json yoz.embedding (256 floats)")
    b.json(
        {
            "qullanyusy": b.acct("bank_user"),
            "yoz": {"embedding": floats(c.rng, 256), "model": "fm-256-v3"},
            "qurylmaKey": b.id("bank_device_key", where="json qurylmaKey"),
        }
    )
    b.ok_json({"terkaldy": True})
    return b.build()


def login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v5/i")
    b.bio("face_template", "protobuf field 2 packed floats (nameless)", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/hisaptar")
    b.header("x-q", b.id("aid_bank", "sha1", "header x-q (sha1 of ANDROID_ID)", detectable=False))
    b.ok_json(
        {
            "hisaptar": [
                {
                    "nomer": "40817810" + str(c.rng.randint(10**11, 10**12)),
                    "qaldyq": rf(c.rng, 1000, 300000, 2),
                    "valyuta": "RUB",
                }
            ]
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kurs")
    b.ok_json({"kon": iso(c)[:10], "USD": rf(c.rng, 88, 98, 2), "EUR": rf(c.rng, 95, 105, 2)})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kusharu")
    b.decoy("transfer reference and idempotency key")
    b.json(
        {
            "kemga": "+7917" + str(c.rng.randint(10**6, 10**7)),
            "summa": rf(c.rng, 100, 20000, 0),
            "anglatma": "Ҡыҙыма ашарға",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referens": f"SBP{c.rng.randint(10**11, 10**12)}", "status": "OK"})
    return b.build()


def passport_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/anketa")
    b.decoy("self-declared sex and birth date on a form")
    b.json(
        {
            "isem": "Рәмил",
            "fam": "Ғәлиев",
            "jenes": "ir",
            "tuuan_kon": "1971-05-09",
            "qala": "Өфө",
            "pasport": f"80 {c.rng.randint(10, 99)} {c.rng.randint(100000, 999999)}",
        }
    )
    b.ok_json({"saqlandy": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/profil/rasem")
    b.decoy("profile avatar upload (not to a face check)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"url": f"https://cdn.agidelbank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
