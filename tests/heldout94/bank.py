"""The guide's bank app ("NileBank", in-house backend, fictional) with FaceTec
3D liveness (`/liveness-3d` and `/match-3d-2d-idscan` with faceScan,
auditTrailImage, lowQualityAuditTrailImage, sessionId and the X-Device-Key /
X-User-Agent headers, per FaceTec's server REST API and its sample apps'
processors), an in-house selfie-to-ID match, and voice ID login (Arabic keys:
بصمة_الصوت = voiceprint).

Truly sensitive (biometric; device binding with ANDROID_ID and IMEI), with
decoys: transactions, the "faceLoginEnabled" setting flag, OTP.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.nilebank-eg.com"
FT = "https://api.facetec.com/api/v3.1/biometrics"


def _bank(c: Context, method: str, path: str) -> FB:
    b = FB(c, "nilebank", method, API + path)
    b.header("user-agent", ua("NileBank", "12.4.0"))
    b.header("x-customer", b.acct("bank_user"))
    return b


def _jpeg(c: Context, n: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), n))


def facetec_liveness(c: Context) -> Flow:
    path = c.rng.choice(["/liveness-3d", "/match-3d-2d-idscan"])
    b = FB(c, "facetec", "POST", FT + path)
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|com.nilebank.mobile|{rid(c.rng)}|SM-A556B|9.7.2|en_US|en|{rid(c.rng)}",
    )
    b.bio("face_scan", "body faceScan + auditTrailImage (3D face scan, face images)")
    body = {
        "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(600))),
        "auditTrailImage": _jpeg(c),
        "lowQualityAuditTrailImage": _jpeg(c, 300),
        "sessionId": rid(c.rng),
    }
    if path.endswith("idscan"):
        body["externalDatabaseRefID"] = "nb-" + new_hex(c.rng, 12)
    b.json(body)
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 40))})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/kyc/v2/selfie-match")
    b.bio("face_image", "body selfieImage to face match with faceEmbedding")
    b.json(
        {
            "selfieImage": _jpeg(c),
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "livenessScore": rf(c.rng, 0.8, 0.99),
            "docSide": "front",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"matched": True, "similarity": rf(c.rng, 0.8, 0.98)})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/auth/voice/verify")
    b.bio("voice_sample", "multipart voiceSample (wav) for speaker verification, passphrase")
    boundary = new_hex(c.rng, 24)
    parts = [
        ("passphrase", None, None, "صوتي هو كلمة السر".encode()),
        ("mode", None, None, b"verify"),
        ("voiceSample", "vs.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1400)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speakerVerified": True, "score": rf(c.rng, 0.7, 0.99), "token": new_hex(c.rng, 32)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/auth/voice/enrol")
    b.bio("voiceprint", "body بصمة_الصوت (voiceprint vector) with enrolment round")
    b.json(
        {
            "بصمة_الصوت": floats_b64(floats(c.rng, 192)),
            "round": c.rng.randint(1, 3),
            "codec": "opus",
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def bio_envelope_opaque(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/sec/v1/env")
    b.bio("face_scan", "body 'd' encrypted envelope (selfie frames inside)", detectable=False)
    b.json(
        {
            "alg": "A256GCM",
            "iv": new_hex(c.rng, 24),
            "d": b64(bytes(c.rng.getrandbits(8) for _ in range(400))),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/device/bind")
    aid = b.id("aid_bank", where="body device.androidId")
    imei = b.id("imei", where="body device.imei")
    b.json(
        {
            "device": {"androidId": aid, "imei": imei, "model": "SM-A556B", "rooted": False},
            "ts": ms(c),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _bank(c, "GET", "/api/accounts/current/transactions?limit=20")
    b.decoy("transaction ids and amounts series")
    b.ok_json(
        {
            "items": [
                {"id": rid(c.rng), "amountEGP": rf(c.rng, -5000, 9000, 2), "at": iso(c)}
                for _ in range(8)
            ]
        }
    )
    return b.build()


def settings(c: Context) -> Flow:
    b = _bank(c, "GET", "/api/me/security-settings")
    b.decoy("faceLoginEnabled / voiceIdEnrolled flags: settings, no face or voice data")
    b.ok_json({"faceLoginEnabled": True, "voiceIdEnrolled": True, "otpChannel": "sms"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _bank(c, "POST", "/api/auth/otp/verify")
    b.json({"otp": f"{c.rng.randint(0, 999999):06d}", "txn": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
