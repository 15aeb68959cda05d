"""Bank Yam (fictional Israeli bank): when Face ID fails the app falls back to a
selfie matched server-side, and phone banking enrols and verifies the caller's
voice. Also device binding, an onboarding form with a self-declared gender and
FX rate series (decoys).

In-house backend; the selfie upload is multipart like most KYC SDKs (OkHttp /
URLSession multipart), the voice sample a 16 kHz WAV.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.bankyam.co.il"
UA = ua("BankYam", "9.4.2", "9420")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bank", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def selfie_fallback(c: Context) -> Flow:
    bnd = "Boundary-" + rid(c.rng).upper()
    meta = jsb({"reason": "biometry_failed", "laType": "faceID", "attempt": c.rng.randint(1, 3)})
    b = _b(c, "POST", "/auth/v2/face-fallback/selfie")
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.multipart selfie (face-match fallback)")
    b.ok_json({"match": c.rng.random() < 0.9, "score": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def selfie_json(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v2/face-fallback/verify")
    b.json(
        {
            "faceImage": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 700)),
            "format": "jpeg",
            "livenessPassed": True,
            "ts": ms(c),
        }
    )
    b.bio("face_image", "body.faceImage (base64 jpeg)")
    b.ok_json({"verified": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    bnd = "Boundary-" + rid(c.rng).upper()
    b = _b(c, "POST", "/voice/v1/voiceprint/enroll")
    body = multipart(
        bnd,
        [
            ("customer", None, None, b.acct("bank_user").encode()),
            ("passphrase", None, None, "הקול שלי הוא הסיסמה שלי".encode()),
            ("audio", "sample_1.wav", "audio/wav", fake_wav(c.rng.randint(0, 1 << 30))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "body.multipart audio (voiceprint enrol)")
    b.ok_json({"voiceprintStatus": "ENROLLED", "samplesNeeded": 0})
    return b.build()


def voice_verify_embedding(c: Context) -> Flow:
    """The app computes a speaker embedding on the phone and sends only that."""
    b = _b(c, "POST", "/voice/v1/speaker/verify")
    b.json(
        {
            "speakerEmbedding": floats_b64(floats(c.rng, 64)),
            "dim": 64,
            "model": "ecapa-v2",
            "channel": "app",
        }
    )
    b.bio("voice_embedding", "body.speakerEmbedding")
    b.ok_json({"decision": "accept", "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def face_opaque(c: Context) -> Flow:
    """The selfie wrapped in the bank's own envelope encryption: nothing readable."""
    b = _b(c, "POST", "/sec/v1/envelope")
    b.json({"kid": "k7", "ct": b64(c.rng.randbytes(300)), "iv": b64(c.rng.randbytes(12))})
    b.bio("face_image", "body.ct (encrypted selfie)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v2/device/bind")
    b.json(
        {
            "deviceUUID": b.id("idfv_bank", where="body.deviceUUID"),
            "deviceName": "iPhone של נועה",
            "biometryType": "faceID",
            "jailbroken": False,
            "publicKey": b64(c.rng.randbytes(65)),
        }
    )
    b.ok_json({"bindingId": rid(c.rng)})
    return b.build()


def device_header_b64(c: Context) -> Flow:
    b = _b(c, "GET", "/accounts/v1/balances")
    b.header("x-ctx", b.id("idfv_bank", how="b64", where="header.x-ctx (base64)", detectable=False))
    b.ok_json(
        {
            "accounts": [
                {"iban": "IL62 0108 0000 0009 9999 999", "balance": rf(c.rng, 100, 90000, 2)}
            ]
        }
    )
    return b.build()


def onboarding_form(c: Context) -> Flow:
    b = _b(c, "POST", "/onboarding/v1/personal")
    b.json(
        {
            "firstName": "נועה",
            "gender": c.rng.choice(["F", "M"]),
            "birthYear": 1991,
            "city": "חיפה",
            "occupation": "engineer",
        }
    )
    b.ok_json({"step": 3})
    b.decoy("self-declared gender on a sign-up form")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", "/market/v1/fx/history")
    b.ok_json(
        {
            "pair": "EURILS",
            "series": [[ms(c) - i * 86400000, rf(c.rng, 3.9, 4.1)] for i in range(30)],
        }
    )
    b.decoy("FX price series")
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/payments/v1/transfer")
    b.json({"amount": rf(c.rng, 10, 900, 2), "currency": "ILS", "ref": rid(c.rng), "at": iso(c)})
    b.ok_json({"status": "PENDING", "confirmation": str(c.rng.randint(10**9, 10**10))})
    b.decoy("payment with reference ids")
    return b.build()
