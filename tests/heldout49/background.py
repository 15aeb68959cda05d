"""Ordinary background traffic of the Galaxy A15: connectivity checks, time,
weather, map tiles, crash reports, feature flags, CDN images. Carries
look-alikes only: request / trace ids, build hashes, coordinate lists."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import DALVIK, FB, iso, near, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", DALVIK)
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(["cairo", "riyadh", "nairobi"])
    lat, lng = near(c.rng, city)
    b = FB(c, "weather", "GET", f"https://api.hali-ya-hewa.example/v1/forecast?lat={lat}&lon={lng}")
    b.header("user-agent", DALVIK)
    b.decoy("hourly temperature series: numbers")
    b.ok_json({"hourly": [round(c.rng.uniform(15, 42), 1) for _ in range(24)], "city": city})
    return b.build()


def tile(c: Context) -> Flow:
    b = FB(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/15/{c.rng.randint(19000, 20000)}/"
        f"{c.rng.randint(13000, 14000)}.png",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "SafariRide/7.4.1 osmdroid")
    b.respond(200, "image/png", b"\x89PNG" + bytes(c.rng.randrange(256) for _ in range(120)))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/4504/envelope/")
    b.header("user-agent", "sentry.java.android/7.8.0")
    ev = rid(c.rng).replace("-", "")
    env = {"event_id": ev, "sent_at": iso(c)}
    event = {
        "event_id": ev,
        "level": "error",
        "platform": "java",
        "release": "com.pesapap@5.9.0+590",
        "contexts": {"trace": {"trace_id": rid(c.rng).replace("-", "")}},
    }
    body = "\n".join([js(env), js({"type": "event"}), js(event)])
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.decoy("crash report with event_id / trace_id: request ids")
    b.ok_json({"id": ev})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://config.goli-live.example/flags?v=" + rid(c.rng)[:8])
    b.header("user-agent", DALVIK)
    b.decoy("feature flags keyed by experiment hash")
    b.ok_json(
        {
            "flags": {f"exp_{rid(c.rng)[:6]}": c.rng.random() < 0.5 for _ in range(6)},
            "etag": rid(c.rng),
        }
    )
    return b.build()


def banner(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://cdn.talabak-now.example/banners/ramadan_{c.rng.randint(1, 30)}.webp",
    )
    b.header("user-agent", DALVIK)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.randrange(256) for _ in range(150)))
    return b.build()


BENIGN = [generate_204, weather, tile, sentry, flags, banner]
