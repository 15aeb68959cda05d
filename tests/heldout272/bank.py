"""Алмаз банк: a Yakutsk bank app on the father's Galaxy A54 with face and
voice login through Russia's unified biometric system (ЕБС): the bank's
adapter takes a selfie and a spoken digit sequence (`foto`, `golos` parts),
face login sends an on-device face template (`shablon_litsa` in base64 float32;
Sakha build: `сирэй_шаблона`), enrolment sends the face vector and a voice
embedding, and the liveness step reports head pose and estimated age from the
face. Newer builds send the template as protobuf packed floats or inside an
encrypted envelope. Exchange rates, transfers, history, the avatar, the
passport form's self-declared sex, the ESIA consent and the "biometrics
enabled" flag are ordinary.
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

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mb.almazbank.example"
EBS = "https://ebs-adapter.almazbank.example"
UA = ua("AlmazBank", "4.7.1", "aga")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "almazbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng) + ":" + new_hex(c.rng, 16)))
    return b


def kurs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kurs-valyut")
    b.ok_json({"USD": rf(c.rng, 88, 98, 2), "CNY": rf(c.rng, 12, 14, 2), "data": iso(c)})
    return b.build()


def perevod(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/perevod")
    b.decoy("a transfer with an order number and operation id")
    b.json(
        {
            "summa": c.rng.randint(500, 30000),
            "poluchatel": "+7914*****12",
            "nomer": "AB-" + new_hex(c.rng, 8),
        }
    )
    b.ok_json({"operatsiya": rid(c.rng), "status": "ISPOLNENO"})
    return b.build()


def istoriya(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/istoriya?limit=20")
    b.decoy("transaction history (istoriya), not viewing")
    b.ok_json(
        {"operatsii": [{"summa": c.rng.randint(100, 9000), "data": iso(c)} for _ in range(4)]}
    )
    return b.build()


def anketa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/anketa")
    b.decoy("passport form with self-declared sex (pol) and birth date")
    b.json(
        {
            "familiya": "Иванов",
            "pol": "M",
            "data_rozhdeniya": "1978-03-11",
            "biometriya_vklyuchena": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/profil/avatar")
    b.decoy("profile avatar upload (a picture of the reindeer, not face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"url": f"{API}/a/{new_hex(c.rng, 12)}.jpg"})
    return b.build()


def esia(c: Context) -> Flow:
    b = FB(c, "esia", "GET", "https://esia.gosuslugi.ru/aas/oauth2/ac")
    b.header("user-agent", UA)
    b.decoy("ESIA OAuth consent redirect (state, scope)")
    for kv in [
        ("client_id", "ALMAZBANK"),
        ("scope", "openid fullname birthdate"),
        ("state", rid(c.rng)),
    ]:
        b.param(*kv)
    b.respond(302, None, headers=[("location", "almazbank://esia?code=" + new_hex(c.rng, 24))])
    return b.build()


def ebs_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{EBS}/ebs/v1/verify")
    b.bio("face_image", "multipart part foto (selfie for ЕБС verification)")
    b.bio("voice_sample", "multipart part golos (spoken digits for ЕБС voice verification)")
    bd = "ebs" + new_hex(c.rng, 16)
    meta = {
        "ustroistvo": b.id("aid_bank", where="multipart meta json ustroistvo"),
        "tsifry": "4 7 1 9 0 2",
    }
    from tests.heldout.wire import js

    b.set_body(
        multipart(
            bd,
            [
                ("meta", None, "application/json", js(meta).encode()),
                ("foto", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
                ("golos", "golos.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.ok_json(
        {
            "rezultat": "VERIFIED",
            "skhodstvo_litsa": rf(c.rng, 0.9, 0.99),
            "skhodstvo_golosa": rf(c.rng, 0.85, 0.98),
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/vhod/litso")
    b.bio("face_template", "json shablon_litsa (512 float32 base64)")
    b.json(
        {
            "ustroistvo": b.id("aid_bank", where="json ustroistvo"),
            "shablon_litsa": floats_b64(floats(c.rng, 512)),
            "zhivost": rf(c.rng, 0.9, 1.0),
            "vremya": iso(c),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "ok": True})
    return b.build()


def face_login_sakha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sah/kiirii")
    b.bio("face_template", "json сирэй_шаблона (float list)")
    b.json(
        {
            "тэрил_күлүүһэ": b.id("bank_device_key", where="json тэрил_күлүүһэ (device key)"),
            "сирэй_шаблона": floats(c.rng, 128),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/biometriya/registratsiya")
    b.bio("face_template", "json litso.vektor (face embedding)")
    b.bio("voiceprint", "json golos.otpechatok (speaker embedding)")
    b.json(
        {
            "litso": {"vektor": floats(c.rng, 256), "model": "arcface-r50"},
            "golos": {"otpechatok": floats_b64(floats(c.rng, 192)), "dlitelnost_sek": 6.2},
        }
    )
    b.ok_json({"zaregistrirovano": True})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/biometriya/zhivost")
    b.bio(
        "face_analysis", "json poza_golovy yaw/pitch/roll, vozrast_otsenka, emotsiya from the face"
    )
    b.json(
        {
            "poza_golovy": {
                "yaw": rf(c.rng, -10, 10, 2),
                "pitch": rf(c.rng, -8, 8, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "vozrast_otsenka": c.rng.randint(40, 50),
            "emotsiya": "neutral",
            "morganie": True,
        }
    )
    b.ok_json({"zhivoi": True})
    return b.build()


def face_login_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/v")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = pb_bytes(1, rid(c.rng)) + pb_packed_floats(3, floats(c.rng, 128))
    b.set_body(body, "application/x-protobuf")
    b.ok_json({"ok": True})
    return b.build()


def face_login_enc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/e")
    b.bio("face_template", "json ct (ciphertext of the face template)", detectable=False)
    b.json({"iv": b64(c.rng.randbytes(12)), "ct": b64(c.rng.randbytes(2100)), "kid": "k3"})
    b.ok_json({"ok": True})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ustroistvo/privyazka")
    b.decoy("biometriya: true flag (no biometric data)")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "klyuchUstroistva": b.id("bank_device_key", where="json klyuchUstroistva"),
            "model": "SM-A546B",
            "biometriya": True,
        }
    )
    b.ok_json({"klient": b.acct("bank_user"), "ok": True})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/balans")
    b.header("x-n", b.id("aid_bank", "sha256", "header x-n (sha256)", detectable=False))
    b.ok_json({"balans": c.rng.randint(1000, 200000), "valyuta": "RUB"})
    return b.build()
