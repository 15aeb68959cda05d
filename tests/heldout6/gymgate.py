"""FitGate: a gym chain's app whose turnstiles open by face (face-entry enrolment).

Gym access vendors enrol a member's face as a template computed on the phone
and keep entry logs. A face template (a float vector under `face_template`,
or 106 landmark points under `face_landmarks_106` as SenseTime / Face++ dense
landmarks are named, https://console.faceplusplus.com/documents/13207408) is
biometric data; an entry event carrying only a match score and a turnstile id
is not. Class bookings and QR check-ins are negatives.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64, jsb

from .phone import FB, floats, iso, rf, rid, ua

UA = ua("FitGate", "6.2.0")
API = "https://members.fitgate.example"


def _b(c: Context, method: str, path: str) -> FB:
    f = FB(c, "fitgate", method, f"{API}{path}")
    f.header("user-agent", UA)
    return f


def enrol_template(c: Context) -> Flow:
    f = _b(c, "POST", "/v2/access/face/enrol")
    f.bio("face_embedding", "body.face_template")
    f.json(
        {
            "member": "M-" + str(c.rng.randint(10**6, 10**7)),
            "face_template": floats(c.rng, 256, 4),
            "template_version": "arcface-r100",
            "quality": rf(c.rng, 0.7, 1.0),
        }
    )
    f.ok_json({"enrolled": True})
    return f.build()


def enrol_landmarks(c: Context) -> Flow:
    f = _b(c, "POST", "/v2/access/face/refresh")
    f.bio("face_landmarks", "body.face_landmarks_106")
    pts = [[rf(c.rng, 0, 480, 1), rf(c.rng, 0, 640, 1)] for _ in range(106)]
    f.json({"face_landmarks_106": pts, "face_rect": [120, 160, 240, 240], "captured_at": iso(c)})
    f.ok_json({"ok": True})
    return f.build()


def opaque_template(c: Context) -> Flow:
    f = _b(c, "PUT", "/v2/m/blob")
    f.bio("face_embedding", "body(form).x (b64 float32)", detectable=False)
    f.form([("x", floats_b64(floats(c.rng, 256))), ("v", "7")])
    f.no_content()
    return f.build()


def entry_event(c: Context) -> Flow:
    """Turnstile opened: a score and a gate id, no face data."""
    f = _b(c, "POST", "/v2/access/events")
    f.json(
        {
            "gate": f"TS-{c.rng.randint(1, 12)}",
            "club": "berlin-mitte",
            "match_score": rf(c.rng, 0.8, 1.0),
            "result": "granted",
            "at": iso(c),
        }
    )
    f.no_content()
    return f.build()


def bookings(c: Context) -> Flow:
    f = _b(c, "GET", "/v2/classes")
    f.param("club", "berlin-mitte")
    f.ok_json({"classes": [{"id": rid(c.rng), "name": "Spin 45", "spots": c.rng.randint(0, 20)}]})
    return f.build()


def qr_checkin(c: Context) -> Flow:
    f = _b(c, "POST", "/v2/access/qr")
    code = b64(jsb({"m": c.rng.randint(10**6, 10**7), "t": int(c.now)}))
    f.decoy(code)
    f.json({"qr": code})
    f.ok_json({"granted": True})
    return f.build()


def workout_log(c: Context) -> Flow:
    f = _b(c, "POST", "/v2/workouts")
    f.json(
        {
            "sets": [{"exercise": "squat", "reps": 8, "kg": c.rng.choice([60, 70, 80])}],
            "heart_rate_avg": c.rng.randint(100, 150),
        }
    )
    f.no_content()
    return f.build()
