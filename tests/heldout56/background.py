"""Ordinary traffic between the apps: connectivity and time checks, weather for
Vienna, map tiles, CDN assets, crash reports with trace ids, feature flags,
OS update checks with build hashes, a shop's price series, a news article on
face tracking. None of it carries biometric data, viewing history or a device
identifier; several carry look-alikes (uuids, hashes, coordinates, series)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, floats, hmd_ua, iso, ms, pixel_ua, rf, rid


def _get(c: Context, sdk: str, url: str, ua: str | None = None) -> FB:
    b = FB(c, sdk, "GET", url)
    b.header("user-agent", ua or hmd_ua("Dalvik", "2.1.0"))
    return b


def generate_204(c: Context) -> Flow:
    b = _get(
        c,
        "android",
        "https://connectivitycheck.gstatic.com/generate_204",
        pixel_ua("Dalvik", "2.1.0"),
    )
    b.respond(204, None)
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(48.21, 16.37), (47.37, 8.54), (48.14, 11.58)])
    b = _get(
        c,
        "weather",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -3, 12, 1) for _ in range(24)]},
        }
    )
    b.decoy("coordinates and a numeric series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8930, 8950), c.rng.randint(5670, 5690)
    b = _get(
        c, "osm", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png", pixel_ua("Komoot", "2024.44")
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_asset(c: Context) -> Flow:
    b = _get(
        c,
        "cdn",
        f"https://assets.plaza-vr.com/bundles/{new_hex(c.rng, 40)}"
        f"/world_{c.rng.randint(1, 90)}.bundle",
    )
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("content hash in a CDN path")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505112.ingest.sentry.io/api/4505113/envelope/")
    b.header("user-agent", "sentry.native.android/0.7.2")
    ev = {
        "event_id": new_hex(c.rng, 32),
        "timestamp": iso(c),
        "platform": "native",
        "level": "error",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "Quest 3", "arch": "arm64-v8a"},
            "os": {"name": "Android", "version": "12"},
        },
        "exception": {"values": [{"type": "SIGSEGV", "value": "null pointer in libovrplatform"}]},
    }
    body = (
        js({"event_id": ev["event_id"], "sent_at": iso(c)})
        + "\n"
        + js({"type": "event"})
        + "\n"
        + js(ev)
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev["event_id"]})
    b.decoy("event / trace ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "POST", "https://flags.konferenz-xr.de/v2/evaluate")
    b.json(
        {
            "context": {"kind": "user", "key": rid(c.rng), "locale": "de-AT"},
            "flags": ["spatial_audio", "new_lobby"],
        }
    )
    b.ok_json(
        {"spatial_audio": True, "new_lobby": c.rng.random() < 0.5, "etag": new_hex(c.rng, 16)}
    )
    b.decoy("request uuid as flag context key")
    return b.build()


def os_update(c: Context) -> Flow:
    b = _get(
        c,
        "horizon-ota",
        f"https://securecdn.oculus.com/ota/check?build=69.0.0.565&sha={new_hex(c.rng, 40)}",
    )
    b.ok_json({"update": False, "current": "69.0.0.565", "sha256": new_hex(c.rng, 64)})
    b.decoy("build hashes")
    return b.build()


def shop_prices(c: Context) -> Flow:
    b = _get(
        c,
        "shop",
        "https://shop.gipfelfit.ch/api/prices?sku=STRAP-2&days=30",
        pixel_ua("GipfelFit", "3.0.1"),
    )
    b.ok_json(
        {
            "sku": "STRAP-2",
            "chf": [rf(c.rng, 49, 69, 2) for _ in range(30)],
            "order": "GF-" + str(c.rng.randint(10**6, 10**7)),
        }
    )
    b.decoy("price series and order number")
    return b.build()


def news_article(c: Context) -> Flow:
    b = _get(
        c,
        "news",
        "https://news.xr-magazin.de/artikel/quest-pro-face-tracking-test",
        pixel_ua("Chrome", "130.0"),
    )
    b.respond(
        200,
        "text/html; charset=utf-8",
        "<html><body><h1>Quest Pro: So gut erkennt das Face Tracking Ihr Gesicht</h1>"
        "<p>Die Kameras messen 63 Gesichtsausdrücke, Blinzeln und Blickrichtung ...</p>"
        "</body></html>".encode(),
    )
    b.decoy("article about faces and face tracking")
    return b.build()


def embedding_search(c: Context) -> Flow:
    """The store's 'similar apps' search: a text-embedding vector, no face context."""
    b = FB(c, "meta-store", "POST", "https://search.xr-magazin.de/v1/similar")
    b.json({"query": "fitness boxen", "vector": floats(c.rng, 64), "k": 10})
    b.ok_json({"hits": [{"id": rid(c.rng), "score": rf(c.rng, 0.3, 0.9)} for _ in range(5)]})
    b.decoy("feature vector without face context")
    return b.build()


def avatar_thumb(c: Context) -> Flow:
    b = _get(c, "cdn", f"https://assets.plaza-vr.com/avatars/thumb/{new_hex(c.rng, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 300))
    b.decoy("avatar thumbnail fetch")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _get(c, "time", "https://time.plaza-vr.com/v1/now")
    b.ok_json({"epochMs": ms(c), "nonce": b64(new_hex(c.rng, 12))})
    return b.build()


BENIGN = [
    generate_204,
    weather,
    map_tile,
    cdn_asset,
    sentry,
    flags,
    os_update,
    shop_prices,
    news_article,
    embedding_search,
    avatar_thumb,
    time_sync,
]
