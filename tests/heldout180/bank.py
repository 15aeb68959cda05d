"""Xəzinə Bank: mobile banking with selfie login and device binding.

Logging in with a selfie sends the photo (base64 JPEG) and, from the on-device
face SDK, a face descriptor in the shape of a LUNA-style extractor answer
(`descriptor`, `descriptor_version`); a fallback path sends the selfie gzipped
and base64-encoded under `d`. The device is bound by ANDROID_ID and a
fingerprint; a hashed ANDROID_ID under `h` keys the risk check. Exchange-rate
series, transactions, card tokens and ATM coordinates are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz

from .phone import FB, baku, floats, iso, ms, rf, rid, ua

API = "https://mobile.xezinebank.example"
UA = ua("XezineMobile", "7.3.0")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "xezine", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    if device:
        b.header("x-device-id", b.id("aid_bank", where="header x-device-id"))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "musteri": b.acct("bank_customer"),
            "deviceFingerprint": b.id("bank_fingerprint", where="json deviceFingerprint"),
            "adId": b.id("gaid", where="json adId"),
            "pushToken": b.acct("push_token"),
            "email": b.id("email", where="json email (contact, not a device id)"),
            "model": "SM-A556E",
        }
    )
    b.ok_json({"bound": True, "otpRequired": True})
    return b.build()


def selfie_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/selfie-login")
    b.bio("face_image", "json selfie (base64 JPEG to face login)")
    b.json(
        {
            "musteri": b.acct("bank_customer"),
            "selfie": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "ts": ms(c),
        }
    )
    b.ok_json({"accessToken": b64(rid(c.rng)), "expiresIn": 900})
    return b.build()


def face_descriptor(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/face/verify")
    b.bio("face_embedding", "json faces[].descriptor (base64 float32)")
    b.json(
        {
            "faces": [
                {
                    "descriptor": floats_b64(floats(c.rng, 256)),
                    "descriptor_version": 59,
                    "attributes": {"age": c.rng.randint(25, 50), "gender": 0, "emotion": "neutral"},
                }
            ],
            "musteri": b.acct("bank_customer"),
        }
    )
    b.ok_json({"similarity": rf(c.rng, 0.7, 0.99, 3), "verified": True})
    return b.build()


def selfie_fallback_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/a/f", device=False)
    b.bio("face_image", "json d (gzip+base64 selfie)", detectable=False)
    b.json({"d": b64(gz(fake_jpeg(c.rng.randint(0, 10**9), 600))), "t": ms(c)})
    b.ok_json({"r": 0})
    return b.build()


def risk_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/r", device=False)
    b.form(
        [
            ("h", b.id("aid_bank", "sha256", "form h (sha256 of ANDROID_ID)", detectable=False)),
            ("s", str(c.rng.randint(0, 9))),
            ("t", str(ms(c))),
        ]
    )
    b.ok_json({"score": c.rng.randint(0, 100)})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mezenneler?valyuta=USD,EUR,RUB,TRY", device=False)
    b.decoy("exchange-rate series (numbers that look like vectors)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 1.69, 1.71, 4) for _ in range(24)],
            "EUR": [rf(c.rng, 1.78, 1.86, 4) for _ in range(24)],
            "RUB": [rf(c.rng, 0.017, 0.020, 5) for _ in range(24)],
            "TRY": [rf(c.rng, 0.048, 0.052, 5) for _ in range(24)],
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kartlar/emeliyyatlar?page=1", device=False)
    b.decoy("transaction ids and card token (not device ids)")
    b.ok_json(
        {
            "emeliyyatlar": [
                {
                    "id": rid(c.rng),
                    "mebleg": -rf(c.rng, 1, 120, 2),
                    "tesvir": c.rng.choice(["Bravo", "Araz market", "BakuBus", "Wolt"]),
                    "tarix": iso(c),
                }
                for _ in range(6)
            ],
            "kartToken": "tok_" + rid(c.rng).replace("-", ""),
        }
    )
    return b.build()


def atm_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bankomatlar?seher=baki", device=False)
    b.decoy("ATM coordinates")
    b.ok_json({"atms": [dict(zip(("lat", "lng"), baku(c.rng), strict=True)) for _ in range(8)]})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kocurme", device=False)
    b.decoy("transfer with recipient card mask and idempotency key")
    b.json({"alici": "4169 73** **** 2291", "mebleg": rf(c.rng, 5, 300, 2), "key": rid(c.rng)})
    b.ok_json({"status": "OTP", "emeliyyat": rid(c.rng), "vaxt": iso(c)})
    return b.build()
