"""SnapID, a passport-photo app: face checks (eyes open, head pose, background).

In-house backend (our own key names). The app uploads the photo to its face
check service and then posts the on-device check results (ML-Kit-like fields:
eye-open probabilities, Euler angles, face bounds) with the order.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, points, rf, rid, ua

API = "https://api.snapid-photo.com/v3"
UA = ua("SnapID", "2.22.0", "9021")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "snapid", method, url)
    b.header("user-agent", UA)
    return b


def face_check_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/face-check")
    bnd = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("country", None, None, c.rng.choice([b"GB", b"SE", b"US"])),
        ("document", None, None, b"passport"),
        ("image", "portrait.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1000)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart image -> face-check service")
    b.ok_json({"checkId": rid(c.rng), "pass": c.rng.random() < 0.8})
    return b.build()


def compliance_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/orders/{c.phone.passport_order}/compliance")
    b.json(
        {
            "face": {
                "leftEyeOpenProbability": rf(c.rng, 0.7, 1, 3),
                "rightEyeOpenProbability": rf(c.rng, 0.7, 1, 3),
                "headEulerAngleX": rf(c.rng, -8, 8, 2),
                "headEulerAngleY": rf(c.rng, -8, 8, 2),
                "headEulerAngleZ": rf(c.rng, -4, 4, 2),
                "smilingProbability": rf(c.rng, 0, 0.3, 3),
                "boundingBox": [c.rng.randint(200, 400), c.rng.randint(200, 500), 600, 760],
            },
            "background": {"uniformity": rf(c.rng, 0.8, 1, 3), "colour": "#F2F2F2"},
            "verdict": "ok",
        }
    )
    b.bio("face_analysis", "body face.leftEyeOpenProbability/headEulerAngle* (ML Kit fields)")
    b.ok_json({"ok": True})
    return b.build()


def landmarks_crop(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/crop")
    b.json(
        {
            "photoId": rid(c.rng),
            "faceLandmarks": {"points": points(c.rng, 106), "scheme": "106pt"},
            "crownToChinPx": c.rng.randint(600, 900),
            "target": "35x45mm",
        }
    )
    b.bio("face_landmarks", "body faceLandmarks.points (106-point set)")
    b.ok_json({"cropUrl": f"https://cdn.snapid-photo.com/c/{rid(c.rng)}.jpg"})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/install")
    b.json(
        {
            "vendor_identifier": b.id("idfv_passport", where="body vendor_identifier"),
            "locale": "en_GB",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sizes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/specs")
    b.param("country", "GB")
    b.decoy("photo size specs incl. 'head height' and 'eye line' rules")
    b.ok_json(
        {
            "widthMm": 35,
            "heightMm": 45,
            "headHeightMm": [29, 34],
            "eyeLineFromBottomMm": [26, 31],
            "background": "light grey",
        }
    )
    return b.build()


def print_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/orders")
    b.json(
        {
            "product": "print_4x",
            "price": rf(c.rng, 4, 12, 2),
            "email": b.id("email", where="body email"),
        }
    )
    b.ok_json({"order": c.phone.passport_order})
    return b.build()
