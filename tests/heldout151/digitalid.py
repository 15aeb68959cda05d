"""Tohu ID: a digital-identity app (a RealMe / myID-style verified identity).

Proofing reads the passport chip over NFC and compares its DG2 portrait with a
live selfie; the app then stores a face template (base64 float32, 128 values)
for re-verification. An older re-verify path posts the template under `a`
only. Device registration binds a hardware key (`deviceKeyId`) and the
ANDROID_ID. Play Integrity tokens, MRZ text and consent forms are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, floats_b64

from .phone import FB, floats, mk, rf, rid, ua

API = "https://verify.tohuid.example"
UA = ua("TohuID", "3.8.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = mk(c, "tohuid", method, url, UA)
    b.header("authorization", "DPoP " + new_hex(c.rng, 48))
    return b


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices")
    b.json(
        {
            "deviceKeyId": b.id("ident_device_key", where="json deviceKeyId"),
            "androidId": b.id("aid_ident", where="json androidId"),
            "attestation": b64url(bytes(c.rng.getrandbits(8) for _ in range(120))),
            "account": b.acct("ident_account"),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def passport_face_compare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/proofing/face-compare")
    b.bio("face_image", "json dg2Portrait + liveSelfie (face images for matching)")
    b.json(
        {
            "dg2Portrait": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "liveSelfie": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)),
            "documentType": "NZ_PASSPORT",
        }
    )
    b.ok_json({"result": "MATCH", "score": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/me/biometric/face-template")
    b.bio("face_embedding", "json faceTemplate (base64 float32 x128)")
    b.json(
        {"faceTemplate": floats_b64(floats(c.rng, 128)), "algorithm": "tohu-face-v4", "dim": 128}
    )
    b.no_content()
    return b.build()


def reverify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rv")
    b.bio("face_embedding", "json a (base64 float32 vector, no name)", detectable=False)
    b.json({"a": floats_b64(floats(c.rng, 128)), "n": rid(c.rng)})
    b.ok_json({"r": 1})
    return b.build()


def integrity(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/integrity")
    b.decoy("Play Integrity token and a request nonce")
    b.json(
        {
            "token": b64url(bytes(c.rng.getrandbits(8) for _ in range(200))),
            "nonce": new_hex(c.rng, 32),
        }
    )
    b.ok_json({"verdict": "MEETS_DEVICE_INTEGRITY"})
    return b.build()


def mrz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/proofing/mrz")
    b.decoy("passport MRZ text (document data, not a face)")
    b.json(
        {
            "mrz": "P<NZLMITCHELL<<AROHA<<<<<<<<<<<<<<<<<<<<<<<<<",
            "docNumber": f"LA{c.rng.randint(100000, 999999)}",
        }
    )
    b.ok_json({"valid": True})
    return b.build()


def consent(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/consents")
    b.json({"relyingParty": "IRD", "attributes": ["name", "dob"], "granted": True})
    b.ok_json({"consentId": rid(c.rng)})
    return b.build()
