"""Ordinary background traffic of an OxygenOS phone in Germany: connectivity
checks, OTA and config checks, weather, map tiles, crash reports, feature
flags, news, fonts. Nothing sensitive, plenty of look-alikes (request and trace
ids, hashes, coordinate lists, numeric series).

Sources: Android's captive-portal check (`connectivitycheck.gstatic.com/
generate_204`), Sentry's envelope endpoint (`/api/PROJECT/envelope/`, develop.
sentry.dev/sdk/envelopes/), OpenStreetMap tile URLs (`/{z}/{x}/{y}.png`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android-os",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; CPH2581 Build/UKQ1.230924.001)")
    b.no_content()
    return b.build()


def ota_check(c: Context) -> Flow:
    b = FB(c, "oxygenos-ota", "POST", "https://otaupdate.oxygen-example.net/update/v3")
    b.json(
        {
            "mode": "manual",
            "otaVersion": "CPH2581_11.F.17_2170_202410",
            "language": "de-DE",
            "romVersion": "CPH2581_14.0.0.820(EX01)",
            "buildHash": new_hex(c.rng, 40),
        }
    )
    b.decoy("build hash and version strings")
    b.ok_json({"responseCode": 2004, "body": None})
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.wetterdienst-example.de/v1/forecast")
    b.param("lat", str(rf(c.rng, 50.90, 50.97, 3)))
    b.param("lon", str(rf(c.rng, 6.90, 7.00, 3)))
    b.decoy("temperature series")
    b.ok_json(
        {
            "hourly": {
                "temp": [rf(c.rng, 3, 12, 1) for _ in range(24)],
                "precip": [rf(c.rng, 0, 1.5, 1) for _ in range(24)],
            },
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = 15
    x, y = 17000 + c.rng.randint(0, 40), 10960 + c.rng.randint(0, 40)
    b = FB(c, "osm-tiles", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(120))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o447951.ingest.sentry.io/api/5861123/envelope/")
    eid = new_hex(c.rng, 32)
    head = jsb(
        {
            "event_id": eid,
            "sent_at": iso(c),
            "sdk": {"name": "sentry.java.android", "version": "7.14.0"},
        }
    )
    item = jsb(
        {
            "event_id": eid,
            "level": "error",
            "platform": "java",
            "timestamp": c.now,
            "exception": {
                "values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]
            },
            "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        }
    )
    b.set_body(
        head + b"\n" + jsb({"type": "event", "length": len(item)}) + b"\n" + item,
        "application/x-sentry-envelope",
    )
    b.decoy("event, trace and span ids")
    b.ok_json({"id": eid})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.oxygen-example.net/v2/flags")
    b.param("app", c.rng.choice(["mediathek", "klangwerk", "saugbot"]))
    b.param("etag", new_hex(c.rng, 16))
    b.ok_json(
        {
            "flags": {"new_player": c.rng.random() < 0.5, "ab_bucket": c.rng.randint(0, 99)},
            "revision": new_hex(c.rng, 12),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = FB(
        c,
        "news",
        "GET",
        "https://www.nachrichten-example.de/api/v1/article/" + str(c.rng.randint(10**6, 10**7)),
    )
    b.decoy("article about face recognition in shops")
    b.ok_json(
        {
            "headline": "Gesichtserkennung im Supermarkt: Datenschützer warnen",
            "body": "Kameras erfassen Gesichter und Gesichtsmerkmale von Kunden...",
            "published": iso(c),
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "time", "GET", "https://time.oxygen-example.net/api/time")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Berlin"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(c, "fonts", "GET", f"https://fonts.gstatic.com/s/roboto/v30/{new_hex(c.rng, 20)}.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(60))
    return b.build()


BENIGN = [
    generate_204,
    ota_check,
    weather,
    map_tile,
    sentry,
    feature_flags,
    news,
    time_sync,
    fonts,
    weather,
    map_tile,
]
