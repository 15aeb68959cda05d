"""Her bank's app (fictional Lakeshore Credit Union) with a face check for large
e-Transfers, run through Onfido's SDK: a selfie (and a short motion video frame)
uploaded to Onfido's liveness API is biometric. The bank's own device binding
sends ANDROID_ID and a device fingerprint; the e-Transfer, balance series and
the check's outcome (pass / fail, no face data) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, jsb, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://mobile.lakeshorecu.example"
ONFIDO = "https://api.ca.onfido.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lakeshore", method, url)
    b.header("user-agent", ua("LakeshoreMobile", "24.11.0"))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/device/bind")
    b.json(
        {
            "clientNumber": b.acct("bank_client"),
            "deviceFingerprint": b.id("bank_device_fp", where="json deviceFingerprint"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "rooted": False,
        }
    )
    b.ok_json({"trusted": True})
    return b.build()


def risk_opaque(c: Context) -> Flow:
    """The risk SDK's ping: a SHA-256 of ANDROID_ID under `h`."""
    b = _b(c, "POST", f"{API}/api/rs")
    b.json({"h": b.id("aid_bank", "sha256", "json h", detectable=False), "s": rf(c.rng, 0, 1, 3)})
    b.ok_json({"r": 0})
    return b.build()


def live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/v3.6/live_photos")
    b.header("user-agent", "onfido-android-sdk/19.1.0")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    b.bio("face_image", "multipart file (selfie to Onfido live_photos)")
    bnd = "onfido" + rid(c.rng).replace("-", "")[:18]
    body = multipart(
        bnd,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)})
    return b.build()


def motion_frames(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/v3.6/live_videos")
    b.header("user-agent", "onfido-android-sdk/19.1.0")
    b.bio("face_video", "multipart file (face motion capture for liveness)")
    bnd = "onfido" + rid(c.rng).replace("-", "")[:18]
    body = multipart(
        bnd,
        [
            (
                "challenge",
                None,
                "application/json",
                jsb([{"type": "movement", "query": "turnLeft"}]),
            ),
            ("file", "face_motion.mp4", "video/mp4", fake_jpeg(c.rng.randint(0, 10**9), 1500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def check_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/verification/{rid(c.rng)}/status")
    b.decoy("face-check outcome only (clear / consider), no face data")
    b.ok_json({"status": c.rng.choice(["clear", "consider"]), "checkedAt": iso(c)})
    return b.build()


def etransfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/etransfer")
    b.decoy("reference number and amount")
    b.json(
        {
            "amount": rf(c.rng, 500, 3000, 2),
            "currency": "CAD",
            "recipient": "Apex Plumbing Ltd",
            "memo": c.rng.choice(["WO invoice", "deposit refund unit 1204"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"CA{c.rng.randint(10**9, 10**10 - 1)}", "status": "SENT"})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/accounts/summary?range=30d")
    b.decoy("balance series")
    b.ok_json({"series": [rf(c.rng, 1000, 9000, 2) for _ in range(30)], "currency": "CAD"})
    return b.build()
