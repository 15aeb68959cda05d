"""Ordinary traffic between the apps: connectivity checks, Addis Ababa weather,
map tiles, Noto Sans Ethiopic fonts, crash envelopes with trace ids, a family chat,
ETB exchange rates, update checks and an e-book reader's page position. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.10.0")
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
    lat, lon = rf(c.rng, 8.9, 11.6, 2), rf(c.rng, 37.3, 38.8, 2)
    b = _b(c, "weather", "GET", f"https://api.ayer-weather.example/v1/forecast?lat={lat}&lon={lon}")
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "lat": lat,
            "lon": lon,
            "temp": [rf(c.rng, 9, 27, 1) for _ in range(24)],
            "zinab_mm": [rf(c.rng, 0, 8, 1) for _ in range(24)],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def font(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansethiopic/v47/7cHPv50vjIepfJVOZZgcpQ5B9FBTH9KGNfhSTgtoow1KVnIvyBoMSzUMacb-T35OK6Dj.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o381122.ingest.sentry.io/api/6120044/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "ExoPlayer released"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def family_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["እሺ", "Nagaa", "ቡና ደርሷል", "on my way"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def fx(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://rates.birr-rates.example/v1/ETB?days=14")
    b.decoy("price series")
    b.ok_json(
        {
            "USD": [rf(c.rng, 55, 58, 3) for _ in range(14)],
            "SAR": [rf(c.rng, 14, 16, 3) for _ in range(14)],
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "4.3.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = _b(
        c, "ebooks", "PUT", "https://api.mendaf-books.example/v1/books/fiker-eske-mekabir/position"
    )
    b.decoy("e-book reading position and minutes read (reading is not watching)")
    b.json(
        {
            "page": c.rng.randint(1, 400),
            "percent": rf(c.rng, 0, 100, 1),
            "readMinutes": c.rng.randint(1, 60),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.gebeta-game.example/v1/frame")
    b.decoy("game camera yaw/pitch/roll (no face)")
    b.json(
        {
            "cam": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -90, 90, 2), "roll": 0.0},
            "fps": 58,
        }
    )
    b.no_content()
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    font,
    sentry_crash,
    family_chat,
    fx,
    update_check,
    ebook_position,
    game_camera,
    weather,
    family_chat,
]
