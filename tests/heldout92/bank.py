"""His bank app ("Indlela Bank", in-house backend) with Smile ID SmartSelfie
authentication for high-value payments, the app's own liveness / face-match
results and a voice-ID login ("say your passphrase").

Smile ID: SmartSelfie Authentication takes a multipart body with selfie_image,
liveness_images, user_id and partner_params (Smile ID Android SDK / Flutter
`doSmartSelfieAuthentication(signature, timestamp, selfieImage, livenessImages,
userId, partnerParams...)`; docs.usesmileid.com API reference). Decoys: prepaid
airtime "faceValue", transactions, a settings toggle naming biometrics, ATMs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.indlelabank.co.za/api"
UA = ua("IndlelaBank", "7.31.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "indlela", method, API + path)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def _mp(b: FB, c: Context, parts: list[tuple[str, str | None, str | None, bytes]]) -> None:
    bd = "----smileid" + new_hex(c.rng, 16)
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")


def smile_selfie(c: Context) -> Flow:
    b = FB(c, "smile-id", "POST", "https://api.smileidentity.com/v2/smart-selfie-authentication")
    b.header("user-agent", "SmileID-Android/10.3.2")
    b.header("smileid-partner-id", "2417")
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32)))
    b.header("smileid-timestamp", iso(c))
    b.bio("face_image", "multipart:selfie_image+liveness_images to Smile ID")
    seed = c.rng.randint(0, 1 << 30)
    parts = [("selfie_image", "selfie.jpg", "image/jpeg", fake_jpeg(seed, 1200))]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", fake_jpeg(seed + i, 500))
        for i in range(1, 4)
    ]
    parts += [
        ("user_id", None, None, f"user-{c.phone.bank_user}".encode()),
        ("partner_params", None, "application/json", b'{"payment":"EFT>R5000"}'),
    ]
    _mp(b, c, parts)
    b.ok_json({"job_id": rid(c.rng), "job_success": True, "code": "0820"})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/stepup/liveness")
    b.bio("face_landmarks", "json:faceLandmarks+livenessScore")
    pts = [[rf(c.rng, 150, 490, 1), rf(c.rng, 120, 520, 1)] for _ in range(68)]
    b.json(
        {
            "livenessScore": rf(c.rng, 0.8, 0.99, 3),
            "faceLandmarks": pts,
            "headPose": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
            "challenge": c.rng.choice(["blink", "smile", "turn_left"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"stepUp": "passed"})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/stepup/face-match")
    b.bio("face_template", "json:faceTemplate (b64 float32 x128)")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fm-3.1",
            "matchAgainst": "onboarding_selfie",
        }
    )
    b.ok_json({"similarity": rf(c.rng, 0.8, 0.98, 3), "match": True})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/stepup/p")
    b.bio("face_image", "opaque: encrypted capture under 'payload'", detectable=False)
    blob = bytes(c.rng.randrange(256) for _ in range(400))
    b.json({"kid": "k7", "payload": b64(blob), "iv": new_hex(c.rng, 24)})
    b.ok_json({"ok": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/voiceid/enrol")
    b.bio("voiceprint_enrolment", "multipart:voice enrolment samples")
    parts = [
        (f"sample{i}", f"passphrase_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 1 << 30), 900))
        for i in range(1, 4)
    ]
    parts.append(("passphrase", None, None, b"My voice is my password"))
    _mp(b, c, parts)
    b.ok_json({"voiceprintId": rid(c.rng), "status": "enrolled"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/voiceid/verify")
    b.bio("voice_sample", "json:voiceSample (b64 wav) + speakerEmbedding")
    b.json(
        {
            "customer": c.phone.bank_user,
            "voiceSample": b64(fake_wav(c.rng.randint(0, 1 << 30), 600)),
            "speakerEmbedding": floats(c.rng, 64, 4),
            "sampleRate": 16000,
        }
    )
    b.ok_json({"verified": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/device/bind")
    b.other_id("bank_device_fp", "json:deviceFingerprint")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json:androidId"),
            "deviceFingerprint": c.phone.bank_device_fp,
            "rooted": False,
            "model": c.phone.model,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/prepaid/airtime")
    b.decoy("prepaid airtime voucher: 'faceValue' is money, not a face")
    b.json(
        {
            "network": c.rng.choice(["Vodacom", "MTN", "Cell C", "Telkom"]),
            "msisdn": f"+2782{c.rng.randint(1000000, 9999999)}",
            "faceValue": c.rng.choice([29, 55, 110, 200]),
            "currency": "ZAR",
        }
    )
    b.ok_json({"voucherPin": "".join(str(c.rng.randint(0, 9)) for _ in range(16))})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/accounts/current/transactions")
    b.decoy("transaction list with amounts and balances: a numeric series")
    rows = [
        {"desc": c.rng.choice(["CHECKERS HYPER", "ENGEN", "UBER *TRIP", "SALARY GUARDFORCE"]),
         "amount": rf(c.rng, -1500, 1500, 2), "balance": rf(c.rng, 0, 20000, 2), "date": iso(c)}
        for _ in range(8)
    ]  # fmt: skip
    b.ok_json({"transactions": rows})
    return b.build()


def biometric_settings(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/profile/security")
    b.decoy("settings toggles naming fingerprint / face unlock: booleans, no biometric data")
    b.json({"biometricLogin": True, "faceUnlockPreferred": False, "voiceIdEnabled": True})
    b.no_content()
    return b.build()


def atms(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/locator/atms")
    b.param("lat", str(rf(c.rng, -33.95, -33.90, 4)))
    b.param("lng", str(rf(c.rng, 18.40, 18.50, 4)))
    b.decoy("ATM locator: coordinate list")
    b.ok_json(
        {
            "atms": [
                {"id": i, "lat": rf(c.rng, -34, -33.9, 5), "lng": rf(c.rng, 18.4, 18.5, 5)}
                for i in range(5)
            ]
        }
    )
    return b.build()


def chat_voice_note(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/assistant/transcribe")
    b.decoy("voice note to the chat assistant for speech-to-text: not speaker verification")
    b.json(
        {
            "lang": c.rng.choice(["en-ZA", "zu-ZA", "af-ZA"]),
            "audio": b64(fake_wav(c.rng.randint(0, 1 << 30), 500)),
        }
    )
    b.ok_json(
        {
            "text": c.rng.choice(
                ["Ngicela ibhalansi yami", "What is my balance", "Blokkeer my kaart"]
            )
        }
    )
    return b.build()
