"""HaaziriBook, the shop staff's attendance app (in-house api.haaziribook.in).

GPS check-ins against the shop's geofence and shift durations are not
sensitive in the three categories. Face punch-in runs a face-recognition
model on the phone and sends the 128-float face descriptor (the face-api.js /
dlib convention) with a liveness score, as attendance apps with "face
attendance" do; one app version sends the template encrypted. Keys are Hinglish
(haaziri = attendance, chehra = face, pravesh / nikas = in / out) and ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.haaziribook.in"
UA = ua("HaaziriBook", "2.2.4")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "haaziribook", method, API + path)
    b.header("user-agent", UA)
    b.header("x-hb-trace", rid(c.rng))
    return b


def _staff(c: Context) -> str:
    return c.rng.choice(["EMP0012", "EMP0031", "EMP0044"])


def gps_checkin(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/haaziri/pravesh")
    b.json(
        {
            "staff_id": _staff(c),
            "pravesh_samay": iso(c),
            "lat": rf(c.rng, 13.0401, 13.0409, 6),
            "lng": rf(c.rng, 80.2331, 80.2339, 6),
            "accuracy_m": rf(c.rng, 3, 25, 1),
            "geofence": {"id": "shop-1", "radius_m": 100, "inside": True},
            "mode": "GPS",
        }
    )
    b.ok_json({"ok": True, "late_min": c.rng.randint(0, 20)})
    b.decoy("GPS check-in at the shop's geofence: location, not biometric or device id")
    return b.build()


def shift_report(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/shift/report")
    b.param("month", "2024-11")
    rows = [
        {"din": d, "ghante": rf(c.rng, 4, 11, 2), "overtime_min": c.rng.randint(0, 90)}
        for d in range(1, 15)
    ]
    b.ok_json({"staff": _staff(c), "rows": rows})
    b.decoy("shift durations per day: numeric series")
    return b.build()


def face_punch(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/haaziri/face-punch")
    vec = floats(c.rng, 128)
    hinglish = c.rng.random() < 0.5
    body: dict[str, object] = {
        "staff_id": _staff(c),
        "punch": c.rng.choice(["IN", "OUT"]),
        "punch_mode": "FACE",
        "liveness_score": rf(c.rng, 0.7, 0.99, 3),
        "captured_at": ms(c),
    }
    if hinglish:
        body["chehra_vector"] = floats_b64(vec)
        where = "body.chehra_vector (128-float face descriptor, base64 float32)"
    else:
        body["face_descriptor"] = vec
        where = "body.face_descriptor (128 floats)"
    b.json(body)
    b.bio("face_embedding", where)
    b.ok_json({"matched": True, "distance": rf(c.rng, 0.2, 0.5, 3)})
    return b.build()


def face_enrol_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/sync/s1")
    b.json({"n": new_hex(c.rng, 24), "ct": b64(bytes(c.rng.getrandbits(8) for _ in range(540)))})
    b.bio("face_embedding", "body.ct (AES-GCM face template at enrolment)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/device/bind")
    b.json(
        {
            "owner_mobile": c.phone.mobile,
            "android_id": b.id("aid_haaziri", where="body.android_id"),
            "org": "SMS-" + new_digits(c.rng, 4),
        }
    )
    b.ok_json({"bound": True})
    return b.build()
