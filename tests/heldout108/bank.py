"""Thermaikos Bank: his own bank's app, with a face login on the bank's server.

The login sends a selfie with liveness frames to the bank's face-verification
endpoint, or the app's on-device face template (128 float32, base64); a newer
build wraps the template in an encrypted envelope with nothing readable. The
app binds itself to the phone (its ANDROID_ID and a binding id the bank's SDK
makes). Balances, card payments and FX rates are ordinary number series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.thermaikosbank.example"
UA = ua("ThermaikosBank", "7.3.0")


def _b(c: Context, method: str, url: str, bound: bool = True) -> FB:
    b = FB(c, "thermaikos-bank", method, url)
    b.header("user-agent", UA)
    if bound:
        b.header(
            "x-device-binding-id",
            b.id("bank_binding", where="header x-device-binding-id"),
        )
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/face/verify")
    b.bio("face_image", "multipart part selfie (image/jpeg) to face/verify with liveness frames")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("customer", None, None, b.acct("bank_customer").encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1500)),
            ("livenessFrames", None, "application/json", b'{"count":3,"challenge":"turn_left"}'),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"match": True, "livenessScore": rf(c.rng, 0.9, 1, 3), "session": rid(c.rng)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/face/template-match")
    b.bio("face_template", "json faceTemplate (base64 float32 x128)")
    b.json(
        {
            "customerId": b.acct("bank_customer"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fr-5.2",
            "quality": rf(c.rng, 0.7, 1, 3),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v3/step")
    b.bio("face_template", "json d: encrypted, gzipped envelope of the face template", False)
    b.json({"v": 3, "d": b64(gz(bytes(c.rng.getrandbits(8) for _ in range(560)))), "n": rid(c.rng)})
    b.ok_json({"r": "ok", "t": rid(c.rng).replace("-", "")})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices/v1/bind", bound=False)
    b.json(
        {
            "bindingId": b.id("bank_binding", where="json bindingId"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "model": "SM-A546B",
            "rooted": False,
            "customerId": b.acct("bank_customer"),
        }
    )
    b.ok_json({"bound": True, "otpRequired": False})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/balances", bound=False)
    b.decoy("account balances and a 30-day balance series")
    b.ok_json(
        {
            "accounts": [
                {"iban": "GR16 0110 1250 0000 0001 2300 695", "balance": rf(c.rng, 50, 4000, 2)}
            ],
            "series": [rf(c.rng, 200, 3000, 2) for _ in range(30)],
        }
    )
    return b.build()


def card_payments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cards/v1/transactions?limit=20", bound=False)
    b.decoy("card transactions: merchants, amounts, times")
    b.ok_json(
        {
            "items": [
                {
                    "merchant": c.rng.choice(
                        ["ΑΒ Βασιλόπουλος", "Decathlon Πυλαία", "Public", "ΟΑΣΘ"]
                    ),
                    "amount": rf(c.rng, 1.2, 120, 2),
                    "at": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/market/v1/fx?base=EUR", bound=False)
    b.decoy("FX rate series")
    b.ok_json(
        {"USD": [rf(c.rng, 1.05, 1.12, 4) for _ in range(24)], "GBP": rf(c.rng, 0.83, 0.87, 4)}
    )
    return b.build()
