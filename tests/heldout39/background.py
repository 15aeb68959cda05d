"""Ordinary background traffic of the phone: connectivity checks, OS update
check, weather, map tiles, Sentry crash envelopes, feature flags, fonts, a
currency converter. Nothing sensitive; plenty of look-alikes (trace ids, event
ids, release hashes, coordinate grids, numeric series).

Sentry envelope: header line {event_id, sent_at, dsn}, item header, event JSON
(develop.sentry.dev "Envelopes"); OSM tiles: tile.openstreetmap.org/{z}/{x}/{y}.png.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, rf, rid

Gen = Callable[[Context], Flow]


def _b(
    c: Context,
    method: str,
    url: str,
    params: list[tuple[str, str]] | None = None,
    v: str = "HTTP/2.0",
) -> FB:
    b = FB(c, "background", method, url, params, http_version=v)
    b.header("user-agent", dalvik())
    return b


def generate_204(c: Context) -> Flow:
    b = _b(c, "GET", "http://connectivitycheck.gstatic.com/generate_204", v="HTTP/1.1")
    b.no_content()
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://ota.itel-example.com/v2/check",
        [("model", "S665L"), ("rom", "S665L-H6125ABCD-T-OP-240912V1123"), ("region", "NG")],
    )
    b.ok_json({"hasUpdate": False, "md5": new_hex(c.rng, 32)})
    b.decoy("OS update check with build string and a file md5")
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(12.0, 8.59), (9.03, 38.74), (6.52, 3.38), (7.38, 3.95)])
    params = [
        ("latitude", str(lat)),
        ("longitude", str(lon)),
        ("hourly", "temperature_2m,relative_humidity_2m"),
    ]
    b = _b(c, "GET", "https://api.open-meteo.com/v1/forecast", params)
    b.ok_json(
        {
            "hourly": {
                "temperature_2m": [rf(c.rng, 18, 38, 1) for _ in range(24)],
                "relative_humidity_2m": [c.rng.randint(10, 90) for _ in range(24)],
            }
        }
    )
    b.decoy("weather forecast for a city coordinate, numeric series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.choice([13, 14, 15])
    x, y = c.rng.randint(4000, 4200) * (2 ** (z - 13)), c.rng.randint(3800, 3950) * (2 ** (z - 13))
    b = _b(c, "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    b.decoy("map tile fetch")
    return b.build()


def sentry(c: Context) -> Flow:
    key = new_hex(c.rng, 32)
    b = _b(c, "POST", f"https://o44{c.rng.randint(1000, 9999)}.ingest.sentry.io/api/4504/envelope/")
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_version=7, sentry_key={key}, sentry_client=sentry.java.android/7.14.0",
    )
    event_id = new_hex(c.rng, 32)
    head = {
        "event_id": event_id,
        "sent_at": iso(c),
        "dsn": f"https://{key}@o44.ingest.sentry.io/4504",
    }
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": f"app@{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}.0+{new_hex(c.rng, 7)}",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "os": {"name": "Android", "version": "13"},
        },
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
    }
    body = js(head) + "\n" + js({"type": "event"}) + "\n" + js(event) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    b.decoy("crash report with event, trace and span ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/604378123456/namespaces/firebase:fetch",
    )
    b.json(
        {
            "appId": "1:604378123456:android:" + new_hex(c.rng, 22),
            "appVersion": "2.11.0",
            "countryCode": "NG",
            "languageCode": "ha",
            "sdkVersion": "21.6.0",
            "timeZone": "Africa/Lagos",
        }
    )
    b.ok_json(
        {
            "entries": {"show_ramadan_banner": "true", "hls_max_bitrate": "1200000"},
            "state": "UPDATE",
        }
    )
    b.decoy("feature-flag fetch")
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://fonts.gstatic.com/s/notosansethiopic/v{c.rng.randint(40, 47)}/"
        f"{new_hex(c.rng, 20)}.woff2",
    )
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.decoy("font download (Ethiopic)")
    return b.build()


def fx(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://rates.example-fx.com/latest",
        [("base", "USD"), ("symbols", "NGN,ETB"), ("r", rid(c.rng))],
    )
    b.ok_json({"NGN": rf(c.rng, 1450, 1650, 2), "ETB": rf(c.rng, 110, 130, 2)})
    b.decoy("currency rates")
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.news-example.ng/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("news image fetch")
    return b.build()


BENIGN: list[Gen] = [
    generate_204,
    ota_check,
    weather,
    map_tile,
    sentry,
    flags,
    fonts,
    fx,
    news_image,
    generate_204,
]
