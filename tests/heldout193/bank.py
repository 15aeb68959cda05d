"""Milliy Bank: a bank app with MyID-like face verification (selfie + liveness).

The selfie goes to the face-matching API with the PINFL (an account identifier,
never a device id); the app also sends a face template as float32 base64 and
landmark points. Exchange-rate series, card lists and branch coordinates are
ordinary look-alikes.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.milliybank.example"
MYID = "https://myid-api.example"
UA = ua("MilliyBank", "5.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "milliybank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/qurilma/royxat")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "model": b.acct("model"),
            "mijoz": b.acct("bank_client"),
            "telefon": b.acct("msisdn"),
        }
    )
    b.ok_json({"ishonchli": True})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = FB(c, "myid-sdk", "POST", f"{MYID}/api/v1/yuz/tekshirish")
    b.header("user-agent", "MyIdSdk/2.4 Android")
    boundary = rid(c.rng)
    b.bio("face_image", "multipart selfie (face match against passport photo)")
    meta = {"pinfl": b.acct("pinfl"), "liveness": True, "sana": iso(c)}
    b.set_body(
        multipart(
            boundary,
            [
                ("data", None, "application/json", jsb(meta)),
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"moslik": rf(c.rng, 0.7, 0.99, 3), "natija": "tasdiqlandi"})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/auth/yuz-shablon")
    b.bio("face_embedding", "json yuz_shablon (base64 float32 face template)")
    b.json({"yuz_shablon": floats_b64(floats(c.rng, 128)), "versiya": "fn-512", "ts": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def liveness_landmarks(c: Context) -> Flow:
    b = FB(c, "myid-sdk", "POST", f"{MYID}/api/v1/liveness/кадр")
    b.header("user-agent", "MyIdSdk/2.4 Android")
    b.bio("face_landmarks", "json лицо.точки[] + поворот_головы")
    b.json(
        {
            "лицо": {
                "точки": [[rf(c.rng, 100, 500, 1), rf(c.rng, 100, 600, 1)] for _ in range(68)],
                "поворот_головы": {"yaw": rf(c.rng, -20, 20, 1), "pitch": rf(c.rng, -15, 15, 1)},
                "глаза_открыты": True,
            }
        }
    )
    b.ok_json({"живой": True})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = FB(c, "myid-sdk", "POST", f"{MYID}/api/v1/p")
    b.header("user-agent", "MyIdSdk/2.4 Android")
    b.bio("face_embedding", "octet-stream: raw float32 vector, no keys", detectable=False)
    vec = floats(c.rng, 128)
    b.set_body(struct.pack(f"<{len(vec)}f", *vec), "application/octet-stream")
    b.ok_json({"r": 0})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/valyuta-kurslari?kun=30")
    b.decoy("exchange-rate float series (price series, not biometric)")
    b.ok_json({"USD": [rf(c.rng, 12600, 12900, 2) for _ in range(30)], "RUB": [141.2] * 5})
    return b.build()


def cards(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kartalar")
    b.ok_json(
        {
            "kartalar": [
                {"tur": "UZCARD", "mask": "8600 **** **** 1234", "balans": c.rng.randint(0, 10**7)},
                {"tur": "HUMO", "mask": "9860 **** **** 5521", "balans": c.rng.randint(0, 10**7)},
            ]
        }
    )
    return b.build()
