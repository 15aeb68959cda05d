"""Kahu Bank: a bank app on Mere's iPhone with face and voice verification.

Face verification uses a FaceTec server the bank hosts itself: the device SDK
posts `faceScan`, `auditTrailImage` and `lowQualityAuditTrailImage` (base64) to
`/enrollment-3d` and `/match-3d-3d`, as FaceTec's public server API names them.
Phone banking uses voice biometrics: a passphrase recording is enrolled as a
voiceprint and later verified against it. The bank's newer SDK seals the face
capture in an AES envelope (`e`, opaque). The device is bound with its IDFV and
an app-made binding id; a fraud ping sends a SHA-256 of the IDFV under `h`
(opaque). Balances, transaction lists, payees and the driver-licence OCR are
ordinary banking data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64

from .phone import WB, floats, ios_ua, iso, ms, rf, rid

API = "https://api.kahubank.example"
BIO = "https://facetec.kahubank.example"
VOICE = "https://voiceid.kahubank.example"
UA = ios_ua("KahuBank", "12.3.0")


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "kahubank", method, url)
    b.header("user-agent", UA)
    b.header("x-customer", b.acct("bank_customer"))
    b.header("x-request-id", rid(c.rng))
    return b


def _facetec(c: Context, path: str) -> WB:
    b = WB(c, "facetec", "POST", f"{BIO}{path}")
    b.header("user-agent", UA)
    b.header("x-device-key", "dK7f" + rid(c.rng).replace("-", "")[:28])
    b.header("x-user-agent", "facetec|sdk|ios|com.kahubank.app|9.7.42")
    return b


def face_enrol(c: Context) -> Flow:
    b = _facetec(c, "/enrollment-3d")
    b.bio("face_template", "json faceScan (3D face scan) + auditTrailImage (face image)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "externalDatabaseRefID": "kahu-" + b.acct("bank_customer"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(rid(c.rng))})
    return b.build()


def face_match(c: Context) -> Flow:
    b = _facetec(c, "/match-3d-3d")
    b.bio("face_template", "json faceScan matched against enrolled face")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "externalDatabaseRefID": "kahu-" + b.acct("bank_customer"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.randint(6, 10), "livenessProven": True})
    return b.build()


def face_embedding(c: Context) -> Flow:
    """On-device pre-check: a 128-float face embedding and head pose of the selfie."""
    b = _b(c, "POST", f"{API}/v3/step-up/face")
    b.bio("face_embedding", "json selfie.faceEmbedding (base64 float32) + headPose")
    b.json(
        {
            "selfie": {
                "faceEmbedding": floats_b64(floats(c.rng, 128)),
                "headPose": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
                "eyesOpen": True,
            },
            "txnRef": rid(c.rng),
        }
    )
    b.ok_json({"stepUp": "passed"})
    return b.build()


def face_sealed(c: Context) -> Flow:
    """SDK 10: capture sealed with the bank's key; only `e` and a version go out."""
    b = _b(c, "POST", f"{API}/v3/s2")
    b.bio("face_template", "json e = AES-sealed face capture (opaque)", detectable=False)
    b.json({"v": 10, "e": b64(bytes(c.rng.getrandbits(8) for _ in range(1400)))})
    b.ok_json({"r": 1})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = WB(c, "kahubank-voice", "POST", f"{VOICE}/v1/voiceprints/enrol")
    b.header("user-agent", UA)
    b.bio("voiceprint", "json voiceprint enrolment audio (passphrase)")
    b.json(
        {
            "customerRef": b.acct("bank_customer"),
            "passphrase": "At Kahu Bank my voice is my password",
            "audio": {"format": "wav16k", "data": b64(fake_wav(c.rng.randint(0, 10**9), 900))},
            "sample": c.rng.randint(1, 3),
        }
    )
    b.ok_json({"voiceprintStatus": "TRAINING", "samplesNeeded": c.rng.randint(0, 2)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = WB(c, "kahubank-voice", "POST", f"{VOICE}/v1/voiceprints/verify")
    b.header("user-agent", UA)
    b.bio("voiceprint", "json speaker verification audio against the voiceprint")
    b.json(
        {
            "customerRef": b.acct("bank_customer"),
            "audio": {"format": "wav16k", "data": b64(fake_wav(c.rng.randint(0, 10**9), 900))},
            "channel": "app-callback",
        }
    )
    b.ok_json({"decision": "ACCEPT", "speakerScore": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/devices/bind")
    b.json(
        {
            "bindingId": b.id("bank_binding", where="json bindingId"),
            "identifierForVendor": b.id("idfv_bank", where="json identifierForVendor"),
            "deviceName": "Mere's iPhone",
            "model": "iPhone15,4",
            "pushToken": b.acct("apns_token"),
        }
    )
    b.ok_json({"bound": True, "trusted": True})
    return b.build()


def fraud_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/rk")
    b.json(
        {
            "h": b.id("idfv_bank", "sha256", "json h = sha256(IDFV)", detectable=False),
            "j": 0,
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def session_header(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/accounts")
    b.header("x-device-binding", b.id("bank_binding", where="header x-device-binding"))
    b.decoy("account balances (money amounts)")
    b.ok_json(
        {
            "accounts": [
                {"name": "Everyday", "balance": rf(c.rng, 100, 4000, 2), "currency": "NZD"},
                {"name": "Savings", "balance": rf(c.rng, 1000, 40000, 2), "currency": "NZD"},
            ]
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/accounts/everyday/transactions?limit=20")
    b.decoy("transaction list: amounts and dates series")
    b.ok_json(
        {
            "transactions": [
                {
                    "id": rid(c.rng),
                    "desc": c.rng.choice(["PAK N SAVE ROTORUA", "Z ENERGY", "SKY TV", "KOHA"]),
                    "amount": -rf(c.rng, 3, 250, 2),
                    "date": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def licence_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/licence")
    b.decoy("driver-licence OCR fields and text boxes (document text, not a face)")
    b.json(
        {
            "ocr": {
                "licenceNumber": "DL" + str(c.rng.randint(100000, 999999)),
                "version": str(c.rng.randint(100, 999)),
                "boxes": [[rf(c.rng, 0, 600, 1) for _ in range(4)] for _ in range(5)],
            }
        }
    )
    b.ok_json({"verified": True})
    return b.build()


def payee(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/payees")
    b.json({"name": "Sione Fifita", "account": "12-3191-0012345-00", "reference": "ute rego"})
    b.ok_json({"payeeId": rid(c.rng)})
    return b.build()
