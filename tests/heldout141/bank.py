"""Lakeshore Federal Credit Union (iPhone): banking with selfie liveness via Onfido.

Opening an account or resetting a device runs Onfido's capture SDK: a live
photo (`/v3/live_photos`, multipart selfie) and a motion capture (short face
video with head-turn frames) go to Onfido's US region; both are biometric. The
bank's own face re-authentication sends its face template inside a JWE (opaque).
The ID document photo is OCR'd (front of a driver's licence: its portrait makes
it a face image sent to a face-matching flow, labelled biometric as Onfido
compares it with the selfie). Check-deposit images, balances, transaction lists
and the Onfido check result are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, b64url, fake_jpeg, fake_mp4, jsb, multipart

from .phone import FB, ios_ua, iso, rf, rid

API = "https://mobile.lakeshorefcu.example"
ONFIDO = "https://api.us.onfido.com/v3.6"
UA = ios_ua("LakeshoreFCU", "6.3.0")


def _b(c: Context, method: str, url: str, vendor: bool = True) -> FB:
    b = FB(c, "lakeshore", method, url)
    b.header("user-agent", UA)
    if vendor:
        b.header("x-device-idfv", b.id("idfv_bank", where="header x-device-idfv"))
    return b


def _onfido(c: Context, method: str, url: str) -> FB:
    b = FB(c, "onfido", method, url)
    b.header("user-agent", "onfido-ios-sdk/29.7.1 " + UA)
    b.header(
        "authorization", "Bearer " + b64url(jsb({"app": rid(c.rng), "exp": int(c.now) + 5400}))
    )
    return b


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "POST", f"{ONFIDO}/live_photos")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("face_image", "multipart file selfie.jpg to Onfido live_photos")
    b.set_body(
        multipart(
            boundary,
            [
                ("applicant_id", None, None, rid(c.rng).encode()),
                ("advanced_validation", None, None, b"true"),
                ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {"id": rid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg", "file_size": 1222}
    )
    return b.build()


def onfido_motion(c: Context) -> Flow:
    b = _onfido(c, "POST", f"{ONFIDO}/motion_captures")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("face_video", "multipart file motion.mp4 (head-turn liveness video)")
    meta = {"headTurnDirection": "left", "faceDetected": True, "frames": 48, "durationMs": 3900}
    b.set_body(
        multipart(
            boundary,
            [
                ("applicant_id", None, None, rid(c.rng).encode()),
                ("sdk_metadata", None, "application/json", jsb(meta)),
                ("file", "motion.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1500)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"id": rid(c.rng), "created_at": iso(c)})
    return b.build()


def onfido_document(c: Context) -> Flow:
    b = _onfido(c, "POST", f"{ONFIDO}/documents")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio(
        "face_image",
        "multipart file document_front.jpg (licence portrait Onfido matches to the selfie;"
        " nothing names a face)",
        detectable=False,
    )
    b.set_body(
        multipart(
            boundary,
            [
                ("type", None, None, b"driving_licence"),
                ("side", None, None, b"front"),
                ("issuing_country", None, None, b"USA"),
                (
                    "file",
                    "document_front.jpg",
                    "image/jpeg",
                    fake_jpeg(c.rng.randint(0, 10**9), 1400),
                ),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"id": rid(c.rng), "type": "driving_licence", "side": "front"})
    return b.build()


def face_reauth_jwe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/step-up")
    b.bio("face_template", "json payload = compact JWE (encrypted face template)", detectable=False)
    parts = [
        b64url(jsb({"alg": "RSA-OAEP-256", "enc": "A256GCM"})),
        b64url(c.rng.randbytes(256)),
        b64url(c.rng.randbytes(12)),
        b64url(c.rng.randbytes(900)),
        b64url(c.rng.randbytes(16)),
    ]
    b.json({"payload": ".".join(parts), "method": "FACE", "nonce": rid(c.rng)})
    b.ok_json({"stepUp": "APPROVED", "ttl": 300})
    return b.build()


def check_result(c: Context) -> Flow:
    b = _onfido(c, "GET", f"{ONFIDO}/checks/{rid(c.rng)}")
    b.decoy("Onfido check outcome (clear/consider), no face data")
    b.ok_json(
        {
            "status": "complete",
            "result": "clear",
            "report_names": ["document", "facial_similarity_motion"],
        }
    )
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices/v1/bind", vendor=False)
    b.json(
        {
            "identifierForVendor": b.id("idfv_bank", where="json identifierForVendor"),
            "deviceName": "Jen's iPhone",
            "model": "iPhone15,4",
            "jailbroken": False,
            "memberNumber": b.acct("bank_customer"),
        }
    )
    b.ok_json({"bound": True, "trustLevel": "HIGH"})
    return b.build()


def device_risk_hash(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/s", vendor=False)
    b.json(
        {
            "k": b.id("idfv_bank", "sha256", "json k (sha256 of IDFV)", detectable=False),
            "t": int(c.now),
            "n": rid(c.rng)[:8],
        }
    )
    b.ok_json({"r": 0})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v3/summary")
    b.ok_json(
        {
            "accounts": [
                {"type": "SHARE_DRAFT", "balance": rf(c.rng, 100, 9000, 2)},
                {"type": "SAVINGS", "balance": rf(c.rng, 500, 30000, 2)},
            ]
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v3/transactions?limit=25")
    b.decoy("transaction list with amounts and merchant coordinates")
    b.ok_json(
        {
            "transactions": [
                {
                    "amount": -rf(c.rng, 3, 200, 2),
                    "merchant": m,
                    "lat": rf(c.rng, 39, 42, 4),
                    "lon": -rf(c.rng, 80, 84, 4),
                    "postedAt": iso(c),
                }
                for m in ("KROGER #512", "SHEETZ", "GIANT EAGLE", "SKYLINE CHILI")
            ]
        }
    )
    return b.build()


def check_deposit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rdc/v1/deposits")
    b.decoy("check images (front/back) for remote deposit: a cheque, no face")
    b.json(
        {
            "amount": rf(c.rng, 20, 900, 2),
            "frontImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "backImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "micrConfidence": 0.97,
        }
    )
    b.ok_json({"depositId": rid(c.rng), "status": "PENDING_REVIEW"})
    return b.build()
