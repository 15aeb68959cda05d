"""Ordinary background traffic of the phone and the TV: connectivity checks, time,
weather, map tiles, crash reports, feature flags, store update checks. None of it
is sensitive; much of it carries look-alikes (trace ids, hashes, coordinate
lists, numeric series)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, TV_UA, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "tizen", "GET", "https://time.samsungcloudsolution.com/openapi/timesync")
    b.header("user-agent", TV_UA)
    b.ok_json({"serverTime": ms(c)})
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(40.4168, -3.7038), (41.1579, -8.6291), (-34.6037, -58.3816)])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [("latitude", str(lat)), ("longitude", str(lon)), ("hourly", "temperature_2m")],
    )
    b.decoy("hourly temperature series")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 5, 30, 1) for _ in range(24)]}})
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8000, 8200), c.rng.randint(6000, 6200)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Vigia", "2.9.4"))
    b.decoy("map tile")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://router.project-osrm.org/route/v1/driving")
    b.decoy("coordinate list of a route")
    b.json({"coordinates": [[rf(c.rng, -9, -3, 5), rf(c.rng, 38, 42, 5)] for _ in range(12)]})
    b.ok_json({"code": "Ok", "distance": rf(c.rng, 1000, 9000, 1)})
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4507.ingest.de.sentry.io/api/4507/envelope/")
    b.header("user-agent", "sentry.java.android/7.14.0")
    trace = rid(c.rng).replace("-", "")
    head = js({"event_id": rid(c.rng).replace("-", ""), "sent_at": iso(c)})
    item = js({"level": "error", "contexts": {"trace": {"trace_id": trace}}})
    body = f'{head}\n{{"type":"event"}}\n{item}\n'
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.decoy("trace id and event id")
    b.ok_json({"id": trace})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "config",
        "GET",
        "https://cdn.pantallamas.es/config/flags.json",
        [("v", str(c.rng.randint(100, 300)))],
    )
    b.ok_json({"nuevoReproductor": c.rng.random() < 0.5, "etag": rid(c.rng)})
    return b.build()


def store_update(c: Context) -> Flow:
    b = FB(c, "galaxy_store", "POST", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    b.header("user-agent", "SAMSUNG-Android")
    b.form(
        [
            ("appInfo", "com.sec.android.app.samsungapps@6.6.0"),
            ("deviceId", "SM-S921B"),
            ("mcc", "214"),
            ("mnc", "07"),
            ("csc", "PHE"),
            ("sdkVer", "34"),
        ]
    )
    b.decoy("deviceId is the model name, as the Galaxy Store stub API sends it")
    b.respond(200, "text/xml", b"<result><resultCode>2</resultCode></result>")
    return b.build()


def font(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    time_sync,
    weather,
    map_tile,
    route,
    sentry,
    flags,
    store_update,
    font,
]
