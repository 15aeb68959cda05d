"""Her bank's app (Southbank, southbank.example) with an Onfido selfie check.

Step-up checks upload a selfie to Onfido's live-photo endpoint (biometric:
a face image for face matching). The bank's own re-check SDK sends the face
template it computed as base64 float32 under an opaque key. Device binding
sends her ANDROID_ID and the SDK's fingerprint. Balances and transactions are
amount series, not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.southbank.example"
UA = ua("Southbank", "12.5.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "southbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/accounts/primary/transactions?limit=25")
    b.decoy("transaction amounts and balances (an amount series)")
    b.ok_json(
        {
            "tx": [
                {
                    "amount": rf(c.rng, -400, 900, 2),
                    "desc": c.rng.choice(
                        ["PARTSBAY PTY LTD", "EFTPOS MEL-0427", "WOOLWORTHS FOOTSCRAY", "AUSPOST"]
                    ),
                    "postedAt": iso(c),
                }
                for _ in range(25)
            ]
        }
    )
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/bind")
    b.json(
        {
            "customerNo": b.acct("bank_customer"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceFingerprint": b.id("bank_device_fp", where="json deviceFingerprint"),
            "rooted": False,
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def onfido_selfie(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.au.onfido.com/v3.6/live_photos")
    b.header("user-agent", "onfido-android-sdk/19.1.0")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    b.bio("face_image", "multipart file (selfie for face match)")
    boundary = "onfido" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)})
    return b.build()


def template_recheck(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sc/r")
    b.bio("face_embedding", "json p (base64 float32, 128 values)", detectable=False)
    b.json({"p": floats_b64(floats(c.rng, 128)), "q": rf(c.rng, 0.5, 1.0, 3), "n": rid(c.rng)})
    b.ok_json({"r": 1})
    return b.build()


def payee_add(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/payees")
    b.decoy("a supplier payee: BSB and account number (not a device)")
    b.json(
        {"name": "PartsBay Pty Ltd", "bsb": "063-000", "account": str(c.rng.randint(10**7, 10**8))}
    )
    b.ok_json({"payeeId": rid(c.rng)})
    return b.build()
