"""An N26-like bank: instalment plans, transfers, ID-card uploads for an address
proof (no selfie, no face match) and, for a raised limit, a FaceTec 3D face
check. FaceTec Server REST API: POST /enrollment-3d and /match-3d-2d-idscan take
`faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage` (base64), `sessionId`,
`externalDatabaseRefID` (FaceTec docs; facetec-api Rust client and the FaceTec
sample apps' processors). Device binding sends ANDROID_ID in a header."""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import app, iso, rf, rid

API = "https://api.tech26.de/api"
FT = "https://api.facetec.com/api/v3.1/biometrics"


def _b64(c: Context, size: int) -> str:
    return base64.b64encode(fake_jpeg(c.rng.randrange(10**9), size)).decode()


def instalments(c: Context) -> Flow:
    b = app(c, "bank", "GET", f"{API}/credit/instalments")
    b.ok_json(
        {
            "plan": [{"dueDate": iso(c), "amountCents": 12450, "paid": i < 3} for i in range(8)],
            "progress": {"paidCount": 3, "totalCount": 8},
        }
    )
    b.decoy("instalment plan: paid 3 of 8, like a progress bar, a loan schedule")
    return b.build()


def transfer(c: Context) -> Flow:
    b = app(c, "bank", "POST", f"{API}/transactions")
    b.header("device-token", rid(c.rng))
    b.json(
        {
            "amount": rf(c.rng, 5, 400, 2),
            "partnerIban": "DE89370400440532013000",
            "referenceText": "Miete",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "PENDING"})
    b.decoy("transfer: request id and a per-login device-token (session nonce)")
    return b.build()


def id_card_upload(c: Context) -> Flow:
    bd = "----n26" + new_hex(c.rng, 16)
    b = app(c, "bank", "POST", f"{API}/documents/address-proof")
    side = c.rng.choice(["BACK", "FRONT"])
    b.set_body(
        multipart(
            bd,
            [
                ("purpose", None, None, b"ADDRESS_VERIFICATION"),
                ("documentType", None, None, b"ID_CARD"),
                ("side", None, None, side.encode()),
                (
                    "file",
                    f"ausweis_{side.lower()}.jpg",
                    "image/jpeg",
                    fake_jpeg(c.rng.randrange(10**9)),
                ),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.ok_json({"documentId": rid(c.rng), "ocrStatus": "QUEUED"})
    b.decoy("ID-card scan for address proof (OCR of the printed address), no face check")
    return b.build()


def device_binding(c: Context) -> Flow:
    b = app(c, "bank", "POST", f"{API}/devices/pairing")
    b.header("x-n26-device-id", b.id("aid_bank", where="header:x-n26-device-id"))
    b.json(
        {
            "deviceName": "Pixel 8",
            "publicKey": base64.b64encode(bytes(c.rng.randrange(256) for _ in range(65))).decode(),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def facetec_enrol(c: Context) -> Flow:
    b = app(c, "facetec", "POST", f"{FT}/enrollment-3d")
    b.header("x-device-key", "dK" + new_hex(c.rng, 30))
    b.json(
        {
            "faceScan": _b64(c, 1400),
            "auditTrailImage": _b64(c, 500),
            "lowQualityAuditTrailImage": _b64(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "n26_" + new_hex(c.rng, 16),
        }
    )
    b.bio("face_scan", "json:faceScan")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 40)})
    return b.build()


def facetec_match(c: Context) -> Flow:
    b = app(c, "facetec", "POST", f"{FT}/match-3d-2d-idscan")
    b.json(
        {
            "idScan": _b64(c, 700),
            "idScanFrontImage": _b64(c, 400),
            "faceScan": _b64(c, 1200),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "n26_" + new_hex(c.rng, 16),
        }
    )
    b.bio("face_scan", "json:faceScan")
    b.ok_json({"success": True, "matchLevel": c.rng.randint(5, 15)})
    return b.build()


def kyc_result(c: Context) -> Flow:
    b = app(c, "bank", "POST", f"{API}/kyc/biometric-result")
    b.json(
        {
            "verificationId": rid(c.rng),
            "livenessPassed": True,
            "faceMatchScore": rf(c.rng, 0.8, 0.99, 3),
            "selfieAgeEstimate": c.rng.randint(25, 40),
            "faceBoundingBox": [c.rng.randint(80, 200), c.rng.randint(60, 150), 320, 410],
            "headPose": {"yaw": rf(c.rng, -8, 8, 1), "pitch": rf(c.rng, -6, 6, 1)},
        }
    )
    b.bio("face_analysis", "json:faceMatchScore")
    b.ok_json({"limitRaised": True})
    return b.build()


def kyc_sealed(c: Context) -> Flow:
    b = app(c, "bank", "POST", f"{API}/kyc/sealed")
    b.json(
        {
            "v": 2,
            "kid": new_hex(c.rng, 8),
            "blob": base64.b64encode(bytes(c.rng.randrange(256) for _ in range(700))).decode(),
        }
    )
    b.bio("face_scan", "json:blob (AES-GCM sealed selfie packet)", detectable=False)
    b.ok_json({"accepted": True})
    return b.build()
