"""Ordinary traffic between the apps on an Android Go phone in India: the
connectivity check, Play services' time and config, weather, map tiles, a CDN,
Sentry crash reports with trace ids, remote config flags, a feature-flag fetch
with hashes, a news article about face recognition, recharge offers. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = rf(c.rng, 12, 28, 2), rf(c.rng, 72, 88, 2)
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m"
    b = _b(c, "weather", "GET", url)
    b.decoy("coordinates and temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 18, 38, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.example-cdn.in/{new_hex(c.rng, 32)}/w360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o55120.ingest.sentry.io/api/4504127/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"family": "Redmi", "memory_size": 3011842048, "low_memory": True},
        },
        "exception": {"values": [{"type": "OutOfMemoryError", "value": "Failed to allocate"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(c, "flags", "POST", "https://flags.example-config.in/v1/evaluate")
    b.decoy("feature-flag hashes and variant ids")
    b.json(
        {"app": "in.example", "flags": ["new_home", "upi_lite", "dark_mode"], "reqId": rid(c.rng)}
    )
    b.ok_json(
        {"flags": {"new_home": {"variant": "B", "hash": new_hex(c.rng, 40)}, "upi_lite": True}}
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://news.example-daily.in/api/v1/article/tech-airport-digiyatra")
    b.decoy("an article about face recognition at airports")
    b.ok_json(
        {
            "headline": "DigiYatra face recognition now at 24 airports",
            "body": "Passengers board by face recognition; the template stays on the phone.",
            "tags": ["face recognition", "biometrics", "privacy"],
            "published": iso(c),
        }
    )
    return b.build()


def recharge_offers(c: Context) -> Flow:
    b = _b(c, "recharge", "GET", "https://offers.example-recharge.in/v2/plans?circle=KA&op=jio")
    b.decoy("price series and plan ids")
    b.ok_json(
        {
            "plans": [
                {"id": "P" + new_digits(c.rng, 6), "price": p, "validityDays": d}
                for p, d in [(199, 28), (299, 28), (666, 84), (2999, 365)]
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansdevanagari/v26/TuGoUUFzXI5FBtUq.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.in/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Kolkata"})
    return b.build()


def pincode(c: Context) -> Flow:
    b = _b(
        c,
        "geo",
        "GET",
        f"https://geo.example-post.in/v1/pincode/{c.rng.choice(['560034', '600017', '500081'])}",
    )
    b.ok_json(
        {
            "district": "Bengaluru Urban",
            "state": "Karnataka",
            "bounds": [[12.9, 77.6], [12.95, 77.65]],
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    remote_config,
    news_article,
    recharge_offers,
    fonts,
    time_sync,
    pincode,
    cdn_image,
]
