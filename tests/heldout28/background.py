"""Ordinary background traffic of the tablet: connectivity checks, time, weather
(Dutch and Polish services), map tiles, crash reports, feature flags, an app-store
update check, fonts. Nothing here is sensitive; it carries look-alikes (trace ids,
hashes, coordinate lists, numeric series).

Sources: Android's captive-portal probe `connectivitycheck.gstatic.com/generate_204`;
Sentry envelope format (develop.sentry.dev/sdk/envelopes: header line with
`event_id`, `sent_at`, `dsn`, then item header and payload); OSM tile URLs
`tile.openstreetmap.org/{z}/{x}/{y}.png`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, blob, iso, ms, rf, rid


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TB370FU Build/TP1A.220624.014)")
    b.no_content()
    return b.build()


def weather_nl(ctx: Context) -> Flow:
    lat, lon = rf(ctx.rng, 52.0, 52.4, 3), rf(ctx.rng, 4.6, 5.1, 3)
    b = FB(
        ctx,
        "weer",
        "GET",
        "https://api.weerbericht-example.nl/v2/verwachting",
        [("lat", str(lat)), ("lon", str(lon))],
    )
    b.ok_json(
        {
            "uur": [
                {
                    "t": ms(ctx) + i * 3_600_000,
                    "temp": rf(ctx.rng, 2, 14, 1),
                    "neerslag": rf(ctx.rng, 0, 3, 1),
                }
                for i in range(12)
            ]
        }
    )
    b.decoy("weather forecast series for a coarse location")
    return b.build()


def weather_pl(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "pogoda",
        "GET",
        "https://danepubliczne.imgw-example.pl/api/data/synop/station/warszawa",
    )
    b.ok_json(
        {"stacja": "Warszawa", "temperatura": str(rf(ctx.rng, -3, 12, 1)), "cisnienie": "1012.4"}
    )
    b.decoy("public weather observation")
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z = 14
    x, y = ctx.rng.randint(8400, 8420), ctx.rng.randint(5380, 5400)
    b = FB(ctx, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + blob(ctx.rng, 300))
    b.decoy("map tile")
    return b.build()


def route(ctx: Context) -> Flow:
    b = FB(ctx, "maps", "POST", "https://routing.kaart-example.eu/route/v1/foot")
    b.json(
        {
            "coordinates": [
                [rf(ctx.rng, 4.8, 4.95, 5), rf(ctx.rng, 52.3, 52.4, 5)] for _ in range(2)
            ],
            "profile": "foot",
        }
    )
    b.ok_json(
        {
            "routes": [
                {
                    "geometry": [
                        [rf(ctx.rng, 4.8, 4.95, 5), rf(ctx.rng, 52.3, 52.4, 5)] for _ in range(15)
                    ],
                    "distance": rf(ctx.rng, 300, 4000, 1),
                }
            ]
        }
    )
    b.decoy("route coordinate list")
    return b.build()


def sentry(ctx: Context) -> Flow:
    event_id = new_hex(ctx.rng, 32)
    b = FB(ctx, "sentry", "POST", "https://o448112.ingest.sentry.io/api/5512345/envelope/")
    header = {
        "event_id": event_id,
        "sent_at": iso(ctx),
        "dsn": "https://abc@o448112.ingest.sentry.io/5512345",
    }
    payload = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
        "contexts": {
            "trace": {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)},
            "device": {"model": "TB370FU", "memory_size": 8_000_000_000},
        },
        "breadcrumbs": [{"timestamp": ctx.now - i, "category": "ui.click"} for i in range(3)],
    }
    body = js(header) + "\n" + js({"type": "event"}) + "\n" + js(payload) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("crash report with event, trace and span ids")
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "flags",
        "GET",
        "https://flags.config-example.io/v1/eval",
        [("app", "kijkbuis"), ("v", "8.14.2")],
    )
    b.ok_json(
        {
            "flags": {"nieuweSpeler": True, "castV2": ctx.rng.random() < 0.5},
            "bucket": new_hex(ctx.rng, 40),
            "evaluatedAt": iso(ctx),
        }
    )
    b.decoy("feature flags with a bucket hash")
    return b.build()


def store_update(ctx: Context) -> Flow:
    b = FB(
        ctx, "lenovo-appstore", "POST", "https://apps.tabletwinkel-example.com/api/updates/check"
    )
    b.json(
        {
            "packages": [
                {"name": p, "versionCode": ctx.rng.randint(100, 90000)}
                for p in ("nl.kijkbuis", "pl.bankprzyklad.mobile", "com.deurwacht.app")
            ]
        }
    )
    b.ok_json({"updates": []})
    b.decoy("app update check with package versions")
    return b.build()


def font(ctx: Context) -> Flow:
    b = FB(ctx, "fonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", blob(ctx.rng, 200))
    b.decoy("font download")
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(
        ctx, "android", "GET", "https://time.android-example.com/time", [("nonce", rid(ctx.rng))]
    )
    b.ok_json({"serverTime": ms(ctx)})
    b.decoy("time sync with a nonce")
    return b.build()


BENIGN = [
    generate_204,
    weather_nl,
    weather_pl,
    map_tile,
    route,
    sentry,
    flags,
    store_update,
    font,
    time_sync,
]
