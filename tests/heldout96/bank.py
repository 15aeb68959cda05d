"""The tester's OWN bank app: FaceTec 3D liveness and enrolment, a selfie match
against his ID card, a voice-ID login, device binding with his IDFV. Balances,
BLIK codes, transfers and his self-declared profile are not sensitive here.

Sources: FaceTec Server REST API (dev.facetec.com API docs; FaceTec sample
servers: POST /liveness-3d and /enrollment-3d with faceScan, auditTrailImage,
lowQualityAuditTrailImage, sessionId, externalDatabaseRefID; headers X-Device-Key,
X-User-Agent); Nuance Gatekeeper / speaker-verification flows (voice sample as
16 kHz WAV, enrolment into a voiceprint). The bank's own endpoints are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, js, multipart

from .phone import FB, iso, new_digits, new_hex, new_uuid, rf, rid, ua

API = "https://mobile.bank-przyklad.pl"


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", ua("MojBank", "2417"))
    b.header("x-request-id", rid(c.rng))


def facetec(c: Context, path: str = "liveness-3d") -> Flow:
    b = FB(c, "facetec", "POST", f"{API}/facetec/{path}")
    _hdr(b, c)
    sid = new_uuid(c.rng)
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", f"facetec|sdk|ios|com.bank.mojbank|{sid}|9.7.1|pl")
    body = {
        "faceScan": b64(bytes(c.rng.randrange(256) for _ in range(600))),
        "auditTrailImage": b64(fake_jpeg(c.rng.randrange(1 << 30), 500)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randrange(1 << 30), 200)),
        "sessionId": sid,
    }
    if path == "enrollment-3d":
        body["externalDatabaseRefID"] = "mb_" + c.phone.bank_user
    b.json(body)
    b.bio("face_scan", f"FaceTec /{path}: faceScan and auditTrailImage (face images)")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 40))})
    return b.build()


def enrollment(c: Context) -> Flow:
    return facetec(c, "enrollment-3d")


def selfie_match(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/kyc/selfie-match")
    _hdr(b, c)
    boundary = "Boundary-" + new_uuid(c.rng).upper()
    meta = {
        "documentType": "ID_CARD_PL",
        "captureMode": "selfie",
        "faceBoundingBox": [
            rf(c.rng, 80, 140, 1),
            rf(c.rng, 120, 200, 1),
            rf(c.rng, 300, 380, 1),
            rf(c.rng, 380, 460, 1),
        ],
    }
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(1 << 30), 1400)),
        ("documentFace", "doc_face.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(1 << 30), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart selfie + documentFace sent for face matching")
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/auth/voice/verify")
    _hdr(b, c)
    boundary = "Boundary-" + new_uuid(c.rng).upper()
    parts = [
        ("passphrase", None, None, "Mój głos jest moim hasłem".encode()),
        ("voiceSample", "sample.wav", "audio/wav", fake_wav(c.rng.randrange(1 << 30), 1600)),
        ("customer", None, None, c.phone.bank_user.encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voice_sample", "voice/verify: passphrase voiceSample WAV for speaker verification")
    b.ok_json({"verified": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/auth/voice/enrol")
    _hdr(b, c)
    b.json(
        {
            "customer": c.phone.bank_user,
            "samples": [b64(fake_wav(c.rng.randrange(1 << 30), 800)) for _ in range(3)],
            "voiceprintVersion": "gk-7",
            "language": "pl-PL",
        }
    )
    b.bio("voiceprint", "voice/enrol: three base64 WAV samples to build a voiceprint")
    b.ok_json({"voiceprintId": new_uuid(c.rng), "status": "ENROLLED"})
    return b.build()


def opaque_kyc(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/s/7")
    _hdr(b, c)
    b.json(
        {
            "jwe": ".".join(
                b64(bytes(c.rng.randrange(256) for _ in range(n))).rstrip("=")
                for n in (40, 24, 12, 400, 16)
            )
        }
    )
    b.bio("face_scan", "/api/s/7: JWE-encrypted liveness frames (opaque)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/device/bind")
    _hdr(b, c)
    b.json(
        {
            "deviceId": b.id("idfv_bank", where="json deviceId (IDFV)"),
            "deviceName": "iPhone Marka",
            "model": c.phone.model,
            "os": "17.5.1",
            "publicKey": b64(new_hex(c.rng, 64)),
            "smsCode": new_digits(c.rng, 6),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def balance(c: Context) -> Flow:
    b = FB(
        c,
        "mojbank",
        "GET",
        f"{API}/api/accounts/PL{new_digits(c.rng, 26)}/history",
        [("days", "30")],
    )
    _hdr(b, c)
    b.ok_json(
        {
            "saldo": [rf(c.rng, 1000, 9000, 2) for _ in range(30)],
            "waluta": "PLN",
            "transakcje": [
                {
                    "id": new_hex(c.rng, 20),
                    "kwota": rf(c.rng, -900, 5000, 2),
                    "tytul": c.rng.choice(["Hurtownia TIM faktura", "Orlen", "Wynagrodzenie"]),
                    "data": iso(c),
                }
                for _ in range(5)
            ],
        }
    )
    b.decoy("30-day balance series and transaction ids")
    return b.build()


def blik(c: Context) -> Flow:
    b = FB(c, "mojbank", "POST", f"{API}/api/blik/code")
    _hdr(b, c)
    b.ok_json({"code": new_digits(c.rng, 6), "expiresIn": 120, "nonce": new_hex(c.rng, 32)})
    b.decoy("BLIK one-time code and nonce")
    return b.build()


def profile(c: Context) -> Flow:
    b = FB(c, "mojbank", "GET", f"{API}/api/me")
    _hdr(b, c)
    b.ok_json(
        {
            "imie": "Marek",
            "plec": "M",
            "dataUrodzenia": "1988-04-12",
            "zawod": "elektryk",
            "klient": c.phone.bank_user,
            "ostatnieLogowanie": iso(c),
        }
    )
    b.decoy("customer profile with self-declared sex and birth date: not biometric")
    return b.build()


BIO = [
    facetec,
    selfie_match,
    voice_login,
    facetec,
    enrollment,
    voice_enrol,
    opaque_kyc,
    voice_login,
]
DECOYS = [balance, blik, profile, balance]
