"""Huwiyati: a government digital-identity app (UAE Pass-like) on the iPhone.

Login and document signing ask for a face check: the selfie goes to the app's
liveness service (`selfie`, `livenessFrames`), the match result returns face
analysis (estimated age, head pose), and the Arabic-script field `صورة_الوجه`
carries a JPEG in the signing flow. The Emirates ID number is the citizen's
account, not a device id. The service catalogue, the visa-status form with a
self-declared gender, and a document photo with OCR are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.huwiyati.example"
UA = ios_ua("Huwiyati", "4.7.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "huwiyati", method, url)
    b.header("user-agent", UA)
    b.header("x-device-uuid", b.id("idfv_gov", where="header x-device-uuid (IDFV)"))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 700))


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/face/liveness")
    b.bio("face_image", "json selfie + livenessFrames[] (face liveness)")
    b.json(
        {
            "eid": b.acct("emirates_id"),
            "selfie": _jpeg(c),
            "livenessFrames": [_jpeg(c) for _ in range(2)],
            "challenge": "blink",
            "t": ms(c),
        }
    )
    b.ok_json({"live": True, "score": rf(c.rng, 0.9, 0.99, 3)})
    return b.build()


def match_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/idp/v1/face/match/{rid(c.rng)}")
    b.bio("face_analysis", "response json faceAttributes {estimatedAge, headPose} + similarity")
    b.ok_json(
        {
            "similarity": rf(c.rng, 0.8, 0.99, 3),
            "faceAttributes": {
                "estimatedAge": c.rng.randint(30, 40),
                "headPose": {"yaw": rf(c.rng, -9, 9, 1), "roll": rf(c.rng, -4, 4, 1)},
            },
        }
    )
    return b.build()


def sign_arabic(c: Context) -> Flow:
    boundary = "Boundary-" + new_hex(c.rng, 16).upper()
    b = _b(c, "POST", f"{API}/sign/v1/document/confirm")
    b.bio("face_image", "multipart part صورة_الوجه (face photo, Arabic field name)")
    body = multipart(
        boundary,
        [
            ("docId", None, None, rid(c.rng).encode()),
            ("صورة_الوجه", "wajh.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"signed": True})
    return b.build()


def opaque_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/step")
    b.bio("face_image", "json x[] JPEG frames (nothing says face)", detectable=False)
    b.json({"x": [_jpeg(c)], "n": 3})
    b.ok_json({"next": 4})
    return b.build()


def services(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/portal/v1/services?lang=ar")
    b.decoy("service catalogue (content fetch)")
    b.ok_json(
        {
            "services": [
                {"id": n, "name": s}
                for n, s in enumerate(
                    ["تجديد الهوية", "Visa status", "Traffic fines", "شهادة حسن سيرة"]
                )
            ]
        }
    )
    return b.build()


def visa_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/portal/v1/visa/status")
    b.decoy("self-declared gender / nationality on a form; Emirates ID is an account")
    b.json(
        {
            "eid": b.acct("emirates_id"),
            "gender": "F",
            "nationality": "IND",
            "dob": "1988-02-11",
            "email": b.id("email", where="json email"),
            "submittedAt": iso(c),
        }
    )
    b.ok_json({"visaStatus": "VALID", "expiry": "2027-03-01"})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/device/register")
    b.json(
        {
            "deviceId": b.id("idfv_gov", where="json deviceId (IDFV)"),
            "platform": "ios",
            "pushToken": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
