"""Ordinary HyperOS / Android background traffic on the set-33 phone: connectivity
checks, Xiaomi weather, map tiles, crash reports, feature flags, fonts, news.
None of it is sensitive; it carries request ids, trace ids, hashes and series.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    host = c.rng.choice(["connect.rom.miui.com", "www.google.com"])
    b = FB(c, "hyperos", "GET", f"http://{host}/generate_204", http_version="HTTP/1.1")
    b.respond(204, None)
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(47.4979, 19.0402), (46.7712, 23.6236), (60.1699, 24.9384)])
    b = FB(
        c,
        "hyperos",
        "GET",
        "https://weatherapi.market.xiaomi.com/wtr-v3/weather/all",
        [("latitude", str(lat)), ("longitude", str(lon)), ("locale", "en_US"), ("days", "7")],
    )
    b.ok_json(
        {
            "forecastDaily": {
                "temperature": {
                    "value": [
                        {"from": rf(c.rng, -5, 10, 0), "to": rf(c.rng, 5, 20, 0)} for _ in range(7)
                    ]
                }
            }
        }
    )
    b.decoy("weather for a coordinate")
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(9200, 9300), c.rng.randint(4700, 5800)
    b = FB(
        c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png", http_version="HTTP/1.1"
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(120))
    )
    b.decoy("map tile")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505.ingest.de.sentry.io/api/4507/envelope/")
    eid = rid(c.rng).replace("-", "")
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "trace": {"trace_id": rid(c.rng).replace("-", ""), "sample_rate": "0.1"},
    }
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "exception": {
            "values": [
                {
                    "type": "IOException",
                    "value": "timeout",
                    "stacktrace": {
                        "frames": [{"function": "a.b.c", "lineno": c.rng.randint(1, 900)}]
                    },
                }
            ]
        },
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(ev)
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report with event and trace ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.mozinet.hu/api/client/features")
    b.header("unleash-appname", "mozinet-android")
    b.header("unleash-connection-id", rid(c.rng))
    b.ok_json({"version": 2, "features": [{"name": "new_player", "enabled": c.rng.random() < 0.5}]})
    b.decoy("feature flags with a connection id")
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(
        c,
        "gstatic",
        "GET",
        f"https://fonts.gstatic.com/s/roboto/v32/KFOmCnqEu92Fr1Mu{c.rng.randint(1, 9)}.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(100)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "hyperos", "GET", "https://time.xiaomi.com/api/time", [("t", str(ms(c)))])
    b.ok_json({"serverTime": ms(c), "nonce": hashlib.sha256(str(ms(c)).encode()).hexdigest()})
    return b.build()


def app_update(c: Context) -> Flow:
    b = FB(
        c,
        "hyperos",
        "GET",
        "https://global.market.xiaomi.com/apm/updateinfo",
        [
            ("packageName", c.rng.choice(["com.miui.weather2", "com.android.chrome"])),
            ("versionCode", str(c.rng.randint(10**7, 10**8))),
        ],
    )
    b.ok_json({"hasUpdate": False, "apkHash": hashlib.sha1(rid(c.rng).encode()).hexdigest()})
    b.decoy("app update check with a file hash")
    return b.build()


def news(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://hirek.example-portal.hu/tech/arcfelismeres-a-repulotereken")
    b.respond(
        200,
        "text/html; charset=utf-8",
        "<h1>Arcfelismerés a repülőtereken</h1><p>Biometrikus kapuk...</p>".encode(),
    )
    b.decoy("news article about face recognition")
    return b.build()


BENIGN = [generate_204, weather, tile, sentry, flags, fonts, time_sync, app_update, news]
