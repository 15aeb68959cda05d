"""Ordinary traffic between the apps: connectivity checks, Nairobi weather, map
tiles around Westlands with positions, images, crash reports with trace ids,
update checks with commit hashes, a ride-hailing ETA, matatu stage times, news.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import WB, iso, ms, rf, rid

PLACES = [(-1.2676, 36.8108), (-1.2921, 36.8219), (-1.3197, 36.9275), (-1.2195, 36.8869)]


def _b(c: Context, sdk: str, method: str, url: str) -> WB:
    b = WB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = WB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 12, 28, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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


def ride_eta(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(c, "ride", "GET", f"https://api.safari-rides.example/v1/eta?lat={lat}&lng={lon}")
    b.decoy("driver positions on a map")
    b.ok_json(
        {
            "eta_min": c.rng.randint(2, 15),
            "drivers": [
                {
                    "position": {
                        "lat": lat + rf(c.rng, -0.01, 0.01),
                        "lng": lon + rf(c.rng, -0.01, 0.01),
                    }
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def matatu(c: Context) -> Flow:
    b = _b(c, "matatu", "GET", f"https://api.stage-times.example/v1/stage/{c.rng.randint(1, 300)}")
    b.ok_json(
        {"routes": [{"route": r, "minutes": c.rng.randint(1, 25)} for r in ("46", "111", "44K")]}
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.habari-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/7731022/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.hoteliops.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.9.5", "commit": new_hex(c.rng, 40), "maelezo": "Marekebisho"})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.habari-leo.example/v1/makala?kategoria=biashara&t={ms(c)}"
    )
    b.decoy("article view counts")
    b.ok_json(
        {
            "makala": [
                {"id": c.rng.randint(10**5, 10**6), "kichwa": t, "views": c.rng.randint(100, 50000)}
                for t in ("Shilingi yaimarika", "Utalii waongezeka Nairobi", "Mvua za vuli")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def booking_channel(c: Context) -> Flow:
    b = _b(
        c,
        "channel-manager",
        "GET",
        f"https://api.chanelo-hotels.example/v2/availability?from={iso(c)[:10]}",
    )
    b.decoy("room availability, rate positions")
    b.ok_json(
        {
            "rooms": [
                {"type": t, "free": c.rng.randint(0, 12), "rateKes": c.rng.randint(9000, 30000)}
                for t in ("Deluxe", "Executive", "Suite")
            ],
            "req": rid(c.rng),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    ride_eta,
    matatu,
    cdn_image,
    sentry_crash,
    update_check,
    news,
    fonts,
    booking_channel,
    cdn_image,
]
