"""Gym app ("IronHouse") with face check-in at the entrance.

Members enrol a selfie; the club runs CompreFace (exadel-inc/CompreFace REST
API: POST /api/v1/recognition/faces?subject=..., multipart `file`, header
x-api-key; recognition results with box and subjects[].similarity) and the
entrance kiosk's check-ins come back to the app with their face match. The
app's own API also syncs the embedding for the club's offline gate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.ironhouse.club"
FACE = "https://face.ironhouse.club:8000"
UA = ua("IronHouse", "6.1.0")


def _b(ctx: Context, method: str, url: str) -> FB:
    b = FB(ctx, "ironhouse", method, url)
    b.header("user-agent", UA)
    return b


def compreface_enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{FACE}/api/v1/recognition/faces?subject={ctx.phone.gym_user}")
    b.header("x-api-key", rid(ctx.rng))
    b.bio("face_image", "multipart:file (selfie) to CompreFace faces")
    bnd = "----IH" + rid(ctx.rng).replace("-", "")[:16]
    body = multipart(
        bnd, [("file", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6)))]
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.respond(
        201,
        "application/json",
        js({"image_id": rid(ctx.rng), "subject": ctx.phone.gym_user}).encode(),
    )
    return b.build()


def checkins(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v2/me/checkins?limit=5")
    b.mark("biometric", "face_match", "response json:items[].face.similarity/box", True, "response")
    items = [
        {
            "at": iso(ctx),
            "club": "Mapo",
            "method": "face",
            "face": {
                "similarity": rf(ctx.rng, 0.9, 0.999, 4),
                "box": {"x_min": 210, "y_min": 140, "x_max": 470, "y_max": 460},
                "age": {"low": 25, "high": 32},
                "gender": {"value": "female", "probability": 0.97},
            },
        }
        for _ in range(3)
    ]
    b.ok_json({"items": items})
    return b.build()


def embedding_sync(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", f"{API}/v2/me/face-id")
    b.bio("face_embedding", "json:embedding (512 floats, face)")
    b.json(
        {
            "embedding": floats(ctx.rng, 512),
            "calculator": "arcface-r100",
            "member": b.acct("gym_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def gate_token_opaque(ctx: Context) -> Flow:
    """The offline gate token: the face vector sealed with the club key."""
    b = _b(ctx, "POST", f"{API}/v2/gate/token")
    b.bio("face_embedding", "json:t (sealed face vector)", detectable=False)
    blob = bytes(ctx.rng.randint(0, 255) for _ in range(96)).hex()
    b.json({"t": blob, "kid": "club-7"})
    b.ok_json({"exp": ms(ctx) + 86400000})
    return b.build()


def register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v1/install")
    b.json(
        {
            "install_id": b.id("gym_install", where="json:install_id"),
            "android_id": b.id("aid_gym", how="md5", where="json:android_id (md5)"),
            "push": "hms",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def classes(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v1/classes?club=mapo&date=today")
    b.decoy("class timetable")
    b.ok_json(
        {
            "classes": [
                {"id": i, "name": n, "start": ms(ctx) + i * 3600000, "spots": 12}
                for i, n in enumerate(["HIIT", "Yoga", "Spin", "Boxing"])
            ]
        }
    )
    return b.build()


def workout(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v1/workouts")
    b.decoy("workout log: weights, reps, heart-rate series")
    b.json(
        {
            "sets": [{"ex": "squat", "kg": 60 + 5 * i, "reps": 8} for i in range(4)],
            "hr": [ctx.rng.randint(90, 165) for _ in range(20)],
            "startedAt": iso(ctx),
        }
    )
    b.ok_json({"id": rid(ctx.rng)})
    return b.build()


def body_scan(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v1/me/inbody/latest")
    b.decoy("body composition numbers")
    b.ok_json(
        {
            "weightKg": rf(ctx.rng, 50, 70, 1),
            "fatPct": rf(ctx.rng, 18, 30, 1),
            "muscleKg": rf(ctx.rng, 20, 30, 1),
            "measuredAt": iso(ctx),
        }
    )
    return b.build()


def signup(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v1/members")
    b.decoy("sign-up form with self-declared gender")
    b.json(
        {
            "name": "Yuna",
            "gender": "F",
            "birthYear": 1996,
            "email": b.id("email", where="json:email"),
        }
    )
    b.ok_json({"member": ctx.phone.gym_user})
    return b.build()
