"""Ordinary traffic between the apps: connectivity checks, weather, map tiles,
CDN images, crash reports with trace ids, feature flags, an article about face
filters, shop orders. None of it is biometric, viewing history or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid


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
    lat, lon = rf(c.rng, 47, 54, 2), rf(c.rng, 14, 23, 2)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -5, 25, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://static.allegro-example.pl/{new_hex(c.rng, 32)}/s360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51234.ingest.de.sentry.io/api/4505511/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NullPointerException", "value": "PlayerView.getOverlay"}]
        },
    }
    body = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(ev)]) + "\n"
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = _b(
        c,
        "flags",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/ekranplus/namespaces/firebase:fetch",
    )
    b.decoy("feature flags (face_filter_enabled, watch_party)")
    b.ok_json(
        {
            "entries": {
                "face_filter_enabled": "false",
                "watch_party": "true",
                "heartbeat_interval_s": "30",
            },
            "state": "UPDATE",
        }
    )
    return b.build()


def article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://www.onet-example.pl/technologie/rozpoznawanie-twarzy-{c.rng.randint(1000, 9999)}",
    )
    b.decoy("article about face recognition")
    html = (
        "<html><h1>Rozpoznawanie twarzy na lotniskach</h1>"
        "<p>face landmarks, embedding, biometria...</p></html>"
    )
    b.respond(200, "text/html; charset=utf-8", html.encode())
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.zakupy-example.cz/v2/objednavky")
    b.decoy("order number")
    b.json(
        {
            "orderNo": order_no(c.rng),
            "items": [{"sku": new_hex(c.rng, 8), "cena": rf(c.rng, 50, 900, 2)}],
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "id": rid(c.rng)})
    return b.build()


def ml_features(c: Context) -> Flow:
    b = _b(c, "reco", "POST", "https://reco.zakupy-example.cz/v1/score")
    b.decoy("feature vector without face context (product recommender)")
    b.json({"features": floats(c.rng, 64), "model": "ctr-v7", "requestId": rid(c.rng)})
    b.ok_json({"scores": [rf(c.rng, 0, 1) for _ in range(5)]})
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.hra-example.hu/v1/session")
    b.decoy("game camera yaw/pitch")
    b.json(
        {
            "camera": [
                {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -60, 60, 1)} for _ in range(8)
            ],
            "level": 4,
        }
    )
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.android-example.com/v1/now")
    b.ok_json({"epochMs": ms(c)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, cdn_image, sentry, feature_flags, article,
    shop_order, ml_features, game_camera, time_sync, cdn_image, map_tile,
]  # fmt: skip
