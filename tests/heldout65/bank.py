"""A South African / Nigerian bank app ("Ubuntu Bank"): onboarding and step-up
through Smile ID (v3 API: multipart/form-data with `selfie_image` and
`liveness_images`, `partner_params`; docs.usesmileid.com/api-reference, as
summarised in the api-evangelist/smile-identity conventions file), its own
on-device liveness result sent on, device binding, and banking decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, ms, pts, rf, rid, ua

API = "https://mobile.ubuntubank.co.za"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ubuntubank", method, API + path)
    b.header("user-agent", ua("UbuntuBank", "12.0.3"))
    return b


def smile_selfie(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v3/smart-selfie/authentication")
    b.header("smileid-token", new_hex(c.rng, 60))
    bnd = "----smile" + new_hex(c.rng, 16)
    seed = c.rng.randint(0, 10**9)
    parts = [("selfie_image", "selfie.jpg", "image/jpeg", fake_jpeg(seed, 700))]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", fake_jpeg(seed + i, 300))
        for i in range(6)
    ]
    parts += [
        ("user_id", None, None, c.phone.bank_user.encode()),
        ("partner_params", None, "application/json", b'{"channel":"app","step":"login"}'),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.selfie_image+liveness_images")
    b.respond(202, "application/json", b'{"status":"accepted"}')
    return b.build()


def liveness_result(c: Context) -> Flow:
    """The app's own passive-liveness result, landmarks and head pose included."""
    b = _b(c, "POST", "/api/onboarding/liveness")
    b.json(
        {
            "sessionRef": rid(c.rng),
            "faceLandmarks": pts(c.rng, 68),
            "headPose": {
                "yaw": rf(c.rng, -10, 10),
                "pitch": rf(c.rng, -8, 8),
                "roll": rf(c.rng, -5, 5),
            },
            "blinkDetected": True,
            "livenessScore": rf(c.rng, 0.8, 1.0),
            "at": iso(c),
        }
    )
    b.bio("face_landmarks", "body.faceLandmarks")
    b.ok_json({"next": "pin"})
    return b.build()


def face_opaque(c: Context) -> Flow:
    """Step-up face check in an encrypted envelope: nothing readable."""
    b = _b(c, "POST", "/api/v2/sec/env")
    b.json({"k": new_hex(c.rng, 16), "p": new_hex(c.rng, 600), "v": 2})
    b.bio("face_template", "body.p (encrypted)", detectable=False)
    b.ok_json({"r": new_hex(c.rng, 40)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/api/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_bank", where="body.deviceId"),
            "dfp": c.phone.bank_fp,
            "rooted": False,
            "cif": c.phone.bank_user,
        }
    )
    b.other_id("bank_fp", "body.dfp", detectable=False)
    b.ok_json({"bound": True})
    return b.build()


def session_hdr(c: Context) -> Flow:
    b = _b(c, "GET", "/api/accounts/summary")
    b.header("x-device-id", b.id("aid_bank", how="sha256", where="header.x-device-id"))
    b.ok_json({"accounts": [{"type": "cheque", "balance": rf(c.rng, 100, 90000, 2)}]})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/api/accounts/transactions")
    b.ok_json(
        {
            "items": [
                {
                    "ref": "TRX" + new_hex(c.rng, 12).upper(),
                    "amount": rf(c.rng, -900, 900, 2),
                    "date": iso(c),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("transaction refs and amounts")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", "/api/markets/fx/USDZAR")
    b.ok_json({"series": [rf(c.rng, 17.5, 19.2, 4) for _ in range(48)], "asOf": ms(c)})
    b.decoy("price series")
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "POST", "/api/onboarding/profile")
    b.json(
        {
            "title": "Ms",
            "gender": "female",
            "dateOfBirth": "1994-03-11",
            "idType": "SA_ID",
            "email": b.id("email", where="body.email"),
            "language": "zu",
        }
    )
    b.decoy("self-declared gender on sign-up form")
    b.ok_json({"step": 3})
    return b.build()
