"""Ordinary traffic between the apps: connectivity checks, weather, map
tiles, CDN images, crash reports with trace ids, feature flags, an OTA check
with build hashes and a news article about face recognition. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
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
    lat, lon = rf(c.rng, 14.4, 14.8, 2), rf(c.rng, 120.9, 121.1, 2)
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
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.shopee-img-example.net/file/{new_hex(c.rng, 32)}_tn")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450721.ingest.sentry.io/api/5533102/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "timestamp": iso(c),
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "os": {"name": "Android", "version": "14"},
        },
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    body = (
        js({"event_id": eid, "sent_at": iso(c)}) + "\n" + js({"type": "event"}) + "\n" + js(event)
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = _b(c, "flags", "GET", f"https://flags.dompetkita.co.id/v1/flags?ver=3.41.0&r={rid(c.rng)}")
    b.decoy("feature flags with request id")
    b.ok_json(
        {
            "flags": {"qris_v2": True, "paylater_banner": c.rng.random() < 0.5},
            "etag": new_hex(c.rng, 20),
        }
    )
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "ota", "POST", "https://ota-update.example-xos.com/api/check")
    b.decoy("build fingerprint and hashes")
    b.json(
        {
            "build": "X6853-H895ABCDE-U-OP-240415V1144",
            "sha256": new_hex(c.rng, 64),
            "lang": "fil-PH",
        }
    )
    b.ok_json({"hasUpdate": False})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://balita.example-news.ph/api/article/{c.rng.randint(10**6, 10**7)}",
    )
    b.decoy("article about face recognition")
    b.ok_json(
        {
            "title": "Face recognition sa mga paaralan: ligtas ba ang biometric data ng mga bata?",
            "body": "Ang facial recognition at voiceprint ay ginagamit na ng ilang app...",
            "published": iso(c),
            "views": c.rng.randint(100, 90000),
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.id/api/now")
    b.ok_json({"epoch_ms": ms(c), "tz": "Asia/Jakarta"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    cdn_image,
    sentry_crash,
    feature_flags,
    ota_check,
    news_article,
    time_sync,
]
