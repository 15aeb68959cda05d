"""Ordinary background traffic on the S23: connectivity checks, map tiles,
weather, fonts, a crash reporter and feature flags. None of it is sensitive,
and much of it carries look-alikes (trace ids, hashes, coordinates, series).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def tiles(ctx: Context) -> Flow:
    z = ctx.rng.randint(12, 17)
    b = FB(ctx, "maps", "GET", "https://tile2.maps.2gis.com/tiles")
    b.params += [
        ("x", str(ctx.rng.randint(10000, 90000))),
        ("y", str(ctx.rng.randint(10000, 50000))),
        ("z", str(z)),
        ("v", "1.5"),
        ("ts", "online_hd"),
    ]
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(ctx, "weather", "GET", "https://api.pogoda-kz.example/v2/forecast")
    b.params += [("lat", "43.24"), ("lon", "76.89"), ("lang", "ru_RU"), ("hours", "24")]
    b.ok_json(
        {
            "hourly": [
                {"t": rf(ctx.rng, -12, 4, 1), "wind": rf(ctx.rng, 0, 9, 1)} for _ in range(24)
            ],
            "city": "Алматы",
        }
    )
    return b.build()


def fonts(ctx: Context) -> Flow:
    b = FB(
        ctx, "fonts", "GET", f"https://fonts.gstatic.com/s/roboto/v30/{new_hex(ctx.rng, 10)}.woff2"
    )
    b.respond(200, "font/woff2", bytes(ctx.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def crash(ctx: Context) -> Flow:
    b = FB(ctx, "crash", "POST", "https://crash.apps-monitor.example/api/12/store/")
    b.json(
        {
            "event_id": new_hex(ctx.rng, 32),
            "timestamp": iso(ctx),
            "platform": "java",
            "level": "error",
            "exception": {
                "values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]
            },
            "contexts": {
                "trace": {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)},
                "os": {"name": "Android", "version": "14"},
            },
            "release": "app@" + str(ctx.rng.randint(100, 999)),
        }
    )
    b.decoy("crash report with event / trace ids")
    b.ok_json({"id": new_hex(ctx.rng, 32)})
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(ctx, "flags", "GET", "https://flags.apps-monitor.example/v1/flags")
    b.header("x-request-id", rid(ctx.rng))
    b.param("sdk_key", "sdk-" + new_hex(ctx.rng, 12))
    b.ok_json({"new_player": {"on": ctx.rng.random() < 0.5}, "etag": new_hex(ctx.rng, 40)})
    return b.build()


def banner(ctx: Context) -> Flow:
    b = FB(ctx, "cdn", "GET", f"https://static.cdn-kz.example/promo/{new_hex(ctx.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 400))
    return b.build()


BENIGN = [generate_204, tiles, tiles, weather, fonts, crash, flags, banner]
