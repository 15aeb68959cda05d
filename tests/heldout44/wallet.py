"""Kash: an Egyptian operator's e-wallet with face verification and a voice PIN.

Face verification at login and for large transfers: the selfie and the ID
card photo go to Face++ Compare (POST /facepp/v3/compare, multipart form with
api_key, api_secret, image_base64_1 / image_base64_2: Megvii's Face++ API
reference), then the wallet backend stores the face template its on-device
model computed ("faceTemplate", float32 base64). The voice PIN: the user
says a passphrase; the app uploads the WAV with its speaker embedding for
enrolment / verification. Device binding sends the IMEI (the wallet is a
carrier-privileged preinstalled app), ANDROID_ID, HMS AAID and Push Kit token.
A risk SDK's encrypted envelope hides one more selfie vector (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

HOST = "https://api.kash-wallet.example"
FACEPP = "https://api-us.faceplusplus.com/facepp/v3/compare"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "wallet", method, url)
    b.header("user-agent", ua("KashWallet", "4.3.1"))
    return b


def facepp_compare(c: Context) -> Flow:
    b = _b(c, "POST", FACEPP)
    bnd = "----" + rid(c.rng).replace("-", "")[:24]
    parts = [
        ("api_key", None, None, b"kq" + rid(c.rng)[:20].encode()),
        ("api_secret", None, None, rid(c.rng)[:24].encode()),
        ("image_base64_1", None, None, b64(fake_jpeg(c.rng.randint(0, 10**6), 700)).encode()),
        ("image_base64_2", None, None, b64(fake_jpeg(c.rng.randint(0, 10**6), 700)).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart image_base64_1/2 at Face++ /facepp/v3/compare")
    b.ok_json({"confidence": rf(c.rng, 70, 95, 3), "request_id": f"{ms(c)},{rid(c.rng)}"})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/kyc/v2/face/verify")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "mfn-128",
            "livenessScore": rf(c.rng, 0.8, 0.99),
            "txnRef": "TX" + str(ms(c)),
        }
    )
    b.bio("face_embedding", "json faceTemplate (float32 b64) at /kyc/v2/face/verify")
    b.ok_json({"match": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/auth/v1/voice-pin/enroll")
    bnd = "kash" + rid(c.rng).replace("-", "")[:20]
    emb = ",".join(str(v) for v in floats(c.rng, 192, 4))
    parts = [
        ("phrase", None, None, "صوتي هو كلمة السر".encode()),
        ("audio", "voicepin.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
        ("speakerEmbedding", None, None, emb.encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart audio + speakerEmbedding at /voice-pin/enroll")
    b.ok_json({"enrolled": True})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/auth/v1/voice-pin/verify")
    b.json(
        {
            "xvector": floats(c.rng, 192, 4),
            "sampleRate": 16000,
            "durationMs": c.rng.randint(1800, 3500),
        }
    )
    b.bio("voiceprint", "json xvector at /voice-pin/verify")
    b.ok_json({"score": rf(c.rng, 0.5, 0.99), "accepted": True})
    return b.build()


def risk_envelope(c: Context) -> Flow:
    b = _b(c, "POST", "https://risk.kash-wallet.example/r/v1/c")
    blob = bytes(c.rng.getrandbits(8) for _ in range(400))
    b.json({"e": b64(blob), "kv": 7, "ts": ms(c)})
    b.bio("face_embedding", "json e: encrypted envelope (selfie vector inside)", detectable=False)
    b.no_content()
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/device/v1/bind")
    b.header("x-device-imei", b.id("wallet_imei", where="header x-device-imei"))
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "androidId": b.id("aid_wallet", where="json androidId"),
            "hmsAaid": b.id("aaid_wallet", where="json hmsAaid"),
            "pushToken": b.id("push_wallet", where="json pushToken"),
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "deviceRef": "D" + str(ms(c))})
    return b.build()


def heartbeat_ids(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/device/v1/ping")
    b.param("imei_sha256", b.id("wallet_imei", "sha256", where="query imei_sha256"))
    b.param("aid", b.id("aid_wallet", where="query aid"))
    b.ok_json({"ok": 1})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/txn/v1/history?page=1")
    rows = [
        {
            "ref": "FT" + str(c.rng.randint(10**11, 10**12)),
            "amount": rf(c.rng, 10, 3000, 2),
            "ccy": "EGP",
            "at": iso(c),
        }
        for _ in range(5)
    ]
    b.ok_json({"items": rows})
    b.decoy("transaction references and amounts")
    return b.build()


def bill_pay(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/bills/v1/pay")
    meter = str(c.rng.randint(10**14, 10**15 - 1))
    b.json(
        {
            "biller": "electricity_north_cairo",
            "meterNumber": meter,
            "amount": rf(c.rng, 50, 900, 2),
            "requestId": rid(c.rng),
        }
    )
    b.decoy("15-digit meter number and request id")
    b.ok_json({"status": "PAID", "receipt": "R" + str(ms(c))})
    return b.build()


def selfie_tips(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/content/v1/help/face-verification-tips?lang=ar")
    b.ok_json(
        {
            "title": "How to take a good selfie for face verification",
            "tips": ["Good light on your face", "Remove glasses", "Keep a neutral expression"],
        }
    )
    b.decoy("help article about face verification (no face data)")
    return b.build()
