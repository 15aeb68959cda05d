"""Ordinary background traffic of the set-26 phone: connectivity checks, time,
CDN images, map tiles, weather, remote config, crash reports. Nothing here is
sensitive; several carry look-alikes (trace ids, hashes, coordinates, series).

Sources: Android's captive-portal check (connectivitycheck.gstatic.com
/generate_204), Sentry's envelope format (develop.sentry.dev/sdk/envelopes:
header line, item header line, item payload), Firebase Remote Config REST
(firebaseremoteconfig.googleapis.com/v1/projects/*/namespaces/firebase:fetch,
body appInstanceId / appId / countryCode / languageCode / platformVersion).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204", None, "HTTP/1.1"
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/")
    b.ok_json({"epoch": int(c.now)})
    return b.build()


def cdn_poster(c: Context) -> Flow:
    h = new_hex(c.rng, 32)
    b = FB(c, "cdn", "GET", f"https://img.shashat-cdn.example/posters/{h[:2]}/{h}_w342.jpg")
    b.decoy("poster image fetch (content hash in path)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 600))
    return b.build()


def map_tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(20400, 20500), c.rng.randint(14000, 14100)
    b = FB(c, "maps", "GET", f"https://tiles.mapdata-gulf.example/v4/{z}/{x}/{y}.pbf")
    b.header("user-agent", ua("Mishwar", "12.4.1"))
    b.respond(200, "application/x-protobuf", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 24.6, 24.8), rf(c.rng, 46.6, 46.8)
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.jawwi-weather.example/v2/forecast",
        [("lat", str(lat)), ("lon", str(lon)), ("lang", "ar"), ("units", "metric")],
    )
    b.decoy("forecast with coordinates and a temperature series")
    temps = [round(c.rng.uniform(31, 46), 1) for _ in range(24)]
    b.ok_json(
        {"city": "الرياض", "hourly": {"temp_c": temps, "uv": [c.rng.randint(0, 11) for _ in temps]}}
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    url = (
        "https://firebaseremoteconfig.googleapis.com/v1/projects/412233900117/"
        "namespaces/firebase:fetch"
    )
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "appInstanceId": b.id("fid_tilawa", where="body.appInstanceId"),
            "appId": "1:412233900117:android:" + new_hex(c.rng, 22),
            "countryCode": "SA",
            "languageCode": "ar-SA",
            "platformVersion": "34",
            "timeZone": "Asia/Riyadh",
            "appVersion": "7.3.0",
            "sdkVersion": "22.0.0",
            "packageName": "app.tilawa.quran",
        }
    )
    b.ok_json({"state": "UPDATE", "entries": {"show_ramadan_banner": "true", "tafsir_v2": "false"}})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    key = new_hex(c.rng, 32)
    b = FB(
        c, "sentry", "POST", f"https://o4504.ingest.sentry.io/api/1187/envelope/?sentry_key={key}"
    )
    event_id = new_hex(c.rng, 32)
    frames = [
        {"function": f, "module": "app.mishwar.booking", "lineno": c.rng.randint(10, 900)}
        for f in ("onBind", "renderFare", "lambda$submit$2")
    ]
    head = js({"event_id": event_id, "sent_at": iso(c), "sdk": {"name": "sentry.java.android"}})
    item = js(
        {
            "event_id": event_id,
            "platform": "java",
            "level": "error",
            "timestamp": iso(c),
            "exception": {
                "values": [
                    {
                        "type": "IllegalStateException",
                        "value": "fare null",
                        "stacktrace": {"frames": frames},
                    }
                ]
            },
            "contexts": {
                "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
                "os": {"name": "Android", "version": "14"},
            },
        }
    )
    body = "\n".join([head, js({"type": "event", "length": len(item.encode())}), item])
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.decoy("crash report with trace and span ids")
    b.ok_json({"id": event_id})
    return b.build()


def fonts(c: Context) -> Flow:
    b = FB(
        c,
        "google-fonts",
        "GET",
        "https://fonts.gstatic.com/s/notonaskharabic/v33/RrQ5bpV-9Dd1b1.woff2",
    )
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def status_ping(c: Context) -> Flow:
    b = FB(c, "naghma", "GET", "https://api.naghma.example/health", [("trace", rid(c.rng))])
    b.decoy("health check with a trace id")
    b.ok_json({"ok": True, "region": "me-central-1", "build": new_hex(c.rng, 40)})
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    cdn_poster,
    map_tiles,
    weather,
    remote_config,
    sentry_crash,
    fonts,
    status_ping,
    cdn_poster,
    map_tiles,
]
