"""A mobile-money wallet (M-Pesa-like, Kenya): transactions, PIN attempts, agent
locations; device binding with the ANDROID_ID; a Smile ID SmartSelfie check.

Smile ID: the mobile SDKs call `POST /v1/upload` with `smile_client_id`,
`partner_params {job_id, user_id, job_type}`, `signature`, then PUT a zip of
selfie frames to the returned upload_url (docs.usesmileid.com, "Submit a job";
github.com/smileidentity/android, SmileIDService). Job type 2 = SmartSelfie auth.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, floats, iso, ms, near, rid, ua

API = "https://api.pesapap.example"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pesapap", method, API + path)
    b.header("user-agent", ua("PesaPap", "5.9.0"))
    b.header("x-trace-id", rid(c.rng))
    return b


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/miamala?limit=20")
    b.decoy("transaction statement (miamala): codes, amounts, balances, counterparties' names")
    b.ok_json(
        {
            "miamala": [
                {
                    "code": "S"
                    + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
                    "kiasi": c.rng.randint(10, 20000),
                    "salio": c.rng.randint(0, 50000),
                    "aina": c.rng.choice(["tuma", "pokea", "lipa_bill", "toa_pesa"]),
                    "wakati": iso(c),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def pin_attempt(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/auth/pin")
    b.json(
        {
            "pin_block": b64(bytes(c.rng.randrange(256) for _ in range(16))),
            "attempt": c.rng.randint(1, 3),
            "attempts_left": c.rng.randint(0, 2),
        }
    )
    b.decoy("PIN verification: encrypted PIN block and attempt counter; no biometric")
    b.ok_json({"verified": True})
    return b.build()


def agents(c: Context) -> Flow:
    lat, lng = near(c.rng, "nairobi")
    b = _b(c, "GET", f"/v2/mawakala/karibu?lat={lat}&lng={lng}")
    b.decoy("nearby agents (mawakala) with coordinates and till numbers: a coordinate list")
    b.ok_json(
        {
            "mawakala": [
                {
                    "till": c.rng.randint(100000, 999999),
                    "lat": lat + i / 1000,
                    "lng": lng - i / 1000,
                }
                for i in range(6)
            ]
        }
    )
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_wallet", where="json:deviceId"),
            "simSerialHash": rid(c.rng).replace("-", ""),
            "model": "SM-A155F",
            "os": "Android 14",
            "boundAt": iso(c),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def risk_blob(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/risk/collect")
    blob = b.id("aid_wallet", how="xor5_hex", where="json:p (xor-obfuscated)", detectable=False)
    b.json({"v": 3, "p": blob + rid(c.rng).replace("-", ""), "t": ms(c)})
    b.ok_json({"score": c.rng.randint(0, 100)})
    return b.build()


def smile_prep(c: Context) -> Flow:
    b = FB(c, "smile_id", "POST", "https://api.smileidentity.com/v1/upload")
    b.header("user-agent", "okhttp/4.12.0")
    b.json(
        {
            "smile_client_id": "2741",
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": "u-" + rid(c.rng)[:8],
                "job_type": 2,
            },
            "model_parameters": {},
            "callback_url": "",
            "source_sdk": "android",
            "source_sdk_version": "10.1.4",
            "signature": b64(bytes(c.rng.randrange(256) for _ in range(32))),
            "timestamp": iso(c),
        }
    )
    b.decoy("Smile ID job preparation: job ids and signature; the selfie goes in the next flow")
    b.ok_json(
        {"upload_url": "https://smile-uploads.s3.amazonaws.com/" + rid(c.rng), "ref_id": rid(c.rng)}
    )
    return b.build()


def liveness_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/kyc/uso/thibitisha")
    b.json(
        {
            "selfieImage": b64(fake_jpeg(c.rng.randrange(10**6), 600)),
            "livenessFrames": [b64(fake_jpeg(c.rng.randrange(10**6), 200)) for _ in range(3)],
            "faceBox": [c.rng.randint(80, 200), c.rng.randint(100, 220), 240, 300],
            "capturedAt": iso(c),
        }
    )
    b.bio("face_image", "json:selfieImage+livenessFrames (face check, uso = face)")
    b.ok_json({"match": True, "score": round(c.rng.uniform(0.8, 0.99), 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/kyc/face/verify")
    b.json({"faceEmbedding": floats(c.rng, 128), "model": "mobilefacenet-v2", "threshold": 0.62})
    b.bio("face_embedding", "json:faceEmbedding (128-d face template)")
    b.ok_json({"same_person": True})
    return b.build()
