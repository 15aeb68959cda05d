"""Ordinary traffic between the apps: connectivity checks, weather for Kigali /
Musanze / Bujumbura, map tiles, news, crash reports with trace ids, update
checks, a moto-taxi ride with coordinates, a ludo game's camera pose, a bus
ticket order. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(-1.95, 30.06), (-1.5, 29.63), (-3.38, 29.36)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 9, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.amakuru-rw.example/v1/inkuru?icyiciro=siporo&t={ms(c)}")
    b.ok_json(
        {
            "inkuru": [
                {"id": c.rng.randint(10**5, 10**6), "umutwe": t}
                for t in ("Imvura nyinshi i Musanze", "Igiciro cy'ibirayi", "Amavubi yatsinze")
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41877.ingest.sentry.io/api/5531902/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.kigali-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "ibisobanuro": "Gukosora amakosa"})
    return b.build()


def moto_ride(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(c, "moto", "POST", "https://api.genda-moto.example/v2/urugendo")
    b.decoy("pickup coordinates and ride order number")
    b.json(
        {
            "aho_uri": {"lat": lat + rf(c.rng, -0.02, 0.02), "lon": lon},
            "ujya": "Nyabugogo",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"nimero": order_no(c.rng), "igiciro": c.rng.randint(500, 3000)})
    return b.build()


def ludo_pose(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.ludo-ikibuga.example/v1/state")
    b.decoy("3D board camera pose (yaw/pitch/roll), not a head pose")
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -180, 180, 1),
                "pitch": rf(c.rng, -30, 60, 1),
                "roll": 0.0,
                "fov": 60,
            },
            "turn": c.rng.randint(1, 80),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def bus_ticket(c: Context) -> Flow:
    b = _b(c, "bus", "POST", "https://api.itike-bus.example/v1/tickets")
    b.decoy("ticket order number")
    b.json(
        {"kuva": "Kigali", "kujya": c.rng.choice(["Musanze", "Bujumbura", "Huye"]), "amatike": 1}
    )
    b.ok_json({"order": order_no(c.rng), "seat": c.rng.randint(1, 60)})
    return b.build()


def church_photo(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.itorero-live.example/{new_hex(c.rng, 24)}/w480.jpg")
    b.decoy("image download (event poster)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    sentry_crash,
    update_check,
    moto_ride,
    ludo_pose,
    bus_ticket,
    church_photo,
    fonts,
    weather,
    news,
]
