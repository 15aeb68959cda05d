"""A neobank ("Thistle") with voice ID for phone banking and selfie re-verification.

In-house: voice ID enrolment (three WAV utterances, multipart), voice
verification (a voiceprint template, base64 floats, under speakerModel),
selfie re-verification (JSON with base64 image and liveness score), an
encrypted step-up payload (detectable=False), device binding (ANDROID_ID
hashed, device fingerprint), transactions and spending charts (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.thistle-bank-example.co.uk"
UA = ua("Thistle", "5.41.2")


def _auth(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("bank_user"))


def bind(c: Context) -> Flow:
    b = FB(c, "thistle", "POST", f"{API}/auth/v3/device-binding")
    _auth(b)
    b.json(
        {
            "deviceIdHash": b.id("aid_bank", how="sha256", where="body.deviceIdHash"),
            "fingerprint": b.id("bank_fp", where="body.fingerprint"),
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "challenge": rid(c.rng)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    bd = "Boundary" + rid(c.rng).replace("-", "")[:16]
    b = FB(c, "thistle", "POST", f"{API}/voiceid/v1/enrolments")
    _auth(b)
    parts = [("phrase", None, None, b"my voice is my password")]
    for i in range(3):
        parts.append(
            (f"utterance{i}", f"utt{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 500))
        )
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("voiceprint", "multipart.utterance[0-2] (voiceid enrolment)")
    b.ok_json({"enrolmentId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = FB(c, "thistle", "POST", f"{API}/voiceid/v1/verify")
    _auth(b)
    b.json(
        {
            "speakerModel": {
                "type": "x-vector",
                "dim": 192,
                "data": floats_b64(floats(c.rng, 192)),
            },
            "callRef": "CR" + str(c.rng.randint(10**6, 10**7)),
            "at": iso(c),
        }
    )
    b.bio("voiceprint", "body.speakerModel.data")
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def selfie(c: Context) -> Flow:
    b = FB(c, "thistle", "POST", f"{API}/kyc/v2/reverify/selfie")
    _auth(b)
    img = b64(fake_jpeg(c.rng.randint(0, 10**9), 600))
    b.json(
        {
            "selfieImage": img,
            "liveness": {"score": rf(c.rng, 0.9, 1.0), "passive": True},
            "reason": "new_device",
        }
    )
    b.bio("face_image", "body.selfieImage+liveness")
    b.ok_json({"result": "MATCH", "caseId": rid(c.rng)})
    return b.build()


def stepup_opaque(c: Context) -> Flow:
    b = FB(c, "thistle", "POST", f"{API}/sec/v1/su")
    _auth(b)
    b.json(
        {
            "alg": "A256GCM",
            "ct": b64(bytes(c.rng.getrandbits(8) for _ in range(500))),
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
        }
    )
    b.bio("face_template", "body.ct (encrypted)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def transactions(c: Context) -> Flow:
    b = FB(c, "thistle", "GET", f"{API}/accounts/v1/transactions", [("limit", "30")])
    _auth(b)
    tx = [
        {"id": rid(c.rng), "amount": round(c.rng.uniform(-80, -2), 2), "merchant": "GWR"}
        for _ in range(5)
    ]
    b.ok_json(
        {
            "transactions": tx,
            "balanceSeries": [round(c.rng.uniform(200, 900), 2) for _ in range(14)],
        }
    )
    b.decoy("transactions and balance series")
    return b.build()
