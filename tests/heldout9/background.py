"""Ordinary background traffic of a Galaxy S24: connectivity checks, Samsung
Analytics, crash reports, feature flags, weather, map tiles, fonts.

Real: Android's captive-portal probe (connectivitycheck.gstatic.com/generate_204);
Samsung Analytics SDK (com.samsung.context.sdk.samsunganalytics) registration,
policy and log hosts regi / dc / dls .di.atlas.samsung.com, with the SDK's own
auto device id ("enableAutoDeviceId"); the request paths and body layout here
are ours. Sentry envelope (sentry.io /api/{project}/envelope/) with
event_id / trace ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

OS_UA = "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)"


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", OS_UA)
    b.respond(204, None)
    return b.build()


def samsung_analytics(ctx: Context) -> Flow:
    b = FB(ctx, "samsung-analytics", "POST", "https://dls.di.atlas.samsung.com/v1/log")
    b.header("user-agent", OS_UA)
    logs = []
    for _ in range(ctx.rng.randint(1, 3)):
        logs.append(
            f"t=ev\u0001ts={ms(ctx)}\u0001pn={ctx.rng.randint(100, 999)}"
            f"\u0001en={ctx.rng.randint(1000, 9999)}"
        )
    b.json(
        {
            "tid": "4T6-399-545248",
            "did": b.id("sa_did", where="json did (Samsung Analytics device id)"),
            "dm": "SM-S921B",
            "av": "14.1.02.5",
            "logs": logs,
        }
    )
    b.ok_json({"rc": "1000"})
    return b.build()


def sa_policy(ctx: Context) -> Flow:
    b = FB(ctx, "samsung-analytics", "GET", "https://dc.di.atlas.samsung.com/v1/quota")
    b.header("user-agent", OS_UA)
    b.param("pkn", "com.sec.android.app.launcher")
    b.param("tid", "4T6-399-545248")
    b.param("ts", str(ms(ctx)))
    b.ok_json({"dq": 262144, "wq": 52428800, "rint": 86400})
    return b.build()


def sentry(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o44812.ingest.sentry.io/api/5520931/envelope/")
    b.header("user-agent", "sentry.java.android/7.8.0")
    ev = rid(ctx.rng).replace("-", "")
    head = js({"event_id": ev, "sent_at": iso(ctx)})
    item = js({"type": "event"})
    payload = js(
        {
            "event_id": ev,
            "level": "error",
            "exception": {
                "values": [{"type": "IllegalStateException", "value": "view not attached"}]
            },
            "contexts": {
                "trace": {"trace_id": rid(ctx.rng).replace("-", ""), "span_id": rid(ctx.rng)[:16]}
            },
        }
    )
    b.set_body(f"{head}\n{item}\n{payload}\n".encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    b.decoy("crash report with event and trace ids")
    return b.build()


def feature_flags(ctx: Context) -> Flow:
    b = FB(ctx, "flags", "GET", "https://flags.lanternpods.fm/v1/flags")
    b.header("user-agent", OS_UA)
    b.ok_json({"flags": {"new_player": True, "face_pile_avatars": False}, "etag": rid(ctx.rng)})
    b.decoy("feature flags (a flag name mentions faces)")
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(ctx, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.header("user-agent", OS_UA)
    b.param("latitude", "47.50")
    b.param("longitude", "19.04")
    b.param("hourly", "temperature_2m")
    b.ok_json({"hourly": {"temperature_2m": [rf(ctx.rng, -3, 25, 1) for _ in range(48)]}})
    b.decoy("weather series")
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 14, ctx.rng.randint(9000, 9100), ctx.rng.randint(5700, 5800)
    b = FB(ctx, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", OS_UA)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def font(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "gstatic",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.header("user-agent", OS_UA)
    b.respond(200, "font/woff2", bytes(ctx.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "samsung", "GET", "https://time.samsungcloud.com/v1/time")
    b.header("user-agent", OS_UA)
    b.ok_json({"epochMs": ms(ctx), "nonce": rid(ctx.rng)})
    return b.build()


def price_series(ctx: Context) -> Flow:
    b = FB(ctx, "finance", "GET", "https://quotes.example-markets.com/v2/chart/SMSN.L")
    b.header("user-agent", OS_UA)
    b.ok_json({"closes": [rf(ctx.rng, 1200, 1400, 2) for _ in range(60)], "embedding": None})
    b.decoy("price series")
    return b.build()


BENIGN = [
    generate_204,
    sentry,
    feature_flags,
    weather,
    map_tile,
    font,
    time_sync,
    price_series,
    sa_policy,
]
