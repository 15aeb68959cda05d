"""Ordinary background traffic on the phone and the TV box: connectivity
checks, time, map tiles (2GIS), weather, crash reports (Sentry envelope with
event and trace ids), feature flags, CDN assets. Nothing here identifies the
device; several carry look-alikes (uuids, hashes, numeric series, coordinates).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, rf, rid


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "samsung", "GET", "https://time.samsungcloud.com/time")
    b.ok_json({"epoch_ms": int(ctx.now * 1000)})
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z = ctx.rng.randint(12, 17)
    x, y = ctx.rng.randint(5000, 90000), ctx.rng.randint(3000, 50000)
    b = FB(ctx, "2gis", "GET", f"https://tile2.maps.2gis.com/tiles?x={x}&y={y}&z={z}&v=1.5")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(120))
    )
    b.decoy("map tile coordinates")
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(ctx, "weather", "GET", "https://api.weather-example.kz/v1/forecast")
    b.param("lat", str(rf(ctx.rng, 43.2, 43.3, 3)))
    b.param("lon", str(rf(ctx.rng, 76.85, 76.95, 3)))
    b.ok_json({"hourly": [rf(ctx.rng, -12, 4, 1) for _ in range(24)], "request_id": rid(ctx.rng)})
    b.decoy("forecast series and coordinates")
    return b.build()


def sentry(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o4506.ingest.sentry.io/api/4507/envelope/")
    eid = new_hex(ctx.rng, 32)
    head = js({"event_id": eid, "sent_at": iso(ctx), "sdk": {"name": "sentry.java.android"}})
    trace = {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)}
    exc = {"values": [{"type": "IllegalStateException", "value": "player released"}]}
    item = js(
        {
            "event_id": eid,
            "level": "error",
            "platform": "java",
            "contexts": {"trace": trace},
            "exception": exc,
        }
    )
    body = head + "\n" + '{"type":"event"}' + "\n" + item + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.header("x-sentry-auth", "Sentry sentry_version=7, sentry_key=" + new_hex(ctx.rng, 32))
    b.decoy("crash report event/trace ids")
    b.ok_json({"id": eid})
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(ctx, "flags", "GET", "https://cfg.kinoteka.kz/flags/v1/android.json")
    b.ok_json(
        {
            "flags": {"new_player": ctx.rng.random() < 0.5, "kz_ui": True},
            "etag": new_hex(ctx.rng, 40),
        }
    )
    b.decoy("feature flags with etag hash")
    return b.build()


def cdn_asset(ctx: Context) -> Flow:
    h = new_hex(ctx.rng, 20)
    b = FB(ctx, "cdn", "GET", f"https://static.un.kz/assets/{h}/app.bundle.js")
    b.respond(200, "application/javascript", b"/*" + h.encode() + b"*/")
    b.decoy("content-hashed asset")
    return b.build()


def ntp_over_http(ctx: Context) -> Flow:
    b = FB(ctx, "android", "GET", "https://www.google.com/generate_204")
    b.no_content()
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    time_sync,
    map_tile,
    map_tile,
    weather,
    sentry,
    flags,
    cdn_asset,
    ntp_over_http,
]
