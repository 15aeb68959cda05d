"""Сурт (Surt, "picture"): the mother's photo app in Grozny.

Its "ретушь" (retouch) feature sends the face landmarks it found on the
phone (`точки_лица`, 106 points) and the estimated age to a cloud retouch
service; the album's "people" feature clusters faces of everyone in the
family's photos (relatives and guests) and uploads one embedding per face
under one-letter keys. Camera settings (ISO, exposure, face-priority
autofocus as a switch, HDR), filters, album backups (no face analysis) and
sticker packs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64

from .phone import FB, floats, rf, rid, ua

API = "https://api.surt-photo.example"
UA = ua("Surt", "4.1.3", "nana")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "surt", method, url)
    b.header("user-agent", UA)
    b.header("x-surt-user", b.acct("surt_user"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device")
    b.json({"android_id": b.id("aid_surt", where="json android_id"), "app": "4.1.3"})
    b.ok_json({"ok": True})
    return b.build()


def retouch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/retush")
    b.bio("face_landmarks", "json ретушь.точки_лица (106 points) + возраст_оценка")
    b.json(
        {
            "фото_id": rid(c.rng),
            "ретушь": {
                "точки_лица": [[rf(c.rng, 0, 1, 4), rf(c.rng, 0, 1, 4)] for _ in range(106)],
                "возраст_оценка": c.rng.randint(38, 46),
                "сила": c.rng.choice([0.3, 0.5, 0.7]),
            },
        }
    )
    b.ok_json({"result": f"https://cdn.surt-photo.example/r/{new_hex(c.rng, 24)}.jpg"})
    return b.build()


def people_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/al/c")
    b.bio("face_embedding", "json c[] base64 float32 vectors (guests' faces too)", detectable=False)
    b.json(
        {"a": rid(c.rng), "c": [floats_b64(floats(c.rng, 128)) for _ in range(c.rng.randint(2, 5))]}
    )
    b.ok_json({"n": c.rng.randint(2, 9)})
    return b.build()


def camera_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/settings/camera")
    b.decoy("camera settings: ISO, exposure, face-priority AF switch")
    b.json(
        {
            "iso": c.rng.choice([100, 200, 400, 800]),
            "exposure_ev": rf(c.rng, -2, 2, 1),
            "white_balance": c.rng.choice(["auto", "daylight", "cloudy"]),
            "face_priority_af": True,
            "hdr": c.rng.choice([True, False]),
            "grid": "3x3",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def backup(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/album/backup/{new_hex(c.rng, 16)}.jpg")
    b.decoy("photo backup upload (storage, no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 900), "image/jpeg")
    b.ok_json({"stored": True})
    return b.build()


def filters(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/filters?pack=kavkaz")
    b.ok_json({"filters": ["Лаьмнаш", "Аргун", "Сепия", "Ночь"], "v": 12})
    return b.build()
