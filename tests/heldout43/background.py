"""Ordinary background traffic of the phone: connectivity checks, time, weather,
map tiles, currency rates, feature flags and crash reports. None of it is
sensitive; much of it carries look-alikes (trace ids, hashes, coordinate lists,
numeric series, build fingerprints).

Formats: Android captive-portal check (connectivitycheck.gstatic.com/generate_204),
Sentry envelope (develop.sentry.dev/sdk/envelopes), Open-Meteo forecast API
(open-meteo.com/en/docs: hourly=temperature_2m), OSM raster tiles /z/x/y.png.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, near, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android-os",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        None,
        "HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(["cdmx", "sp", "ist"])
    lat, lng = near(c.rng, city, 0.01)
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in [
        ("latitude", str(lat)),
        ("longitude", str(lng)),
        ("hourly", "temperature_2m,precipitation_probability"),
        ("timezone", "auto"),
    ]:
        b.param(k, v)
    temps = [rf(c.rng, 12, 31, 1) for _ in range(24)]
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lng,
            "hourly": {
                "temperature_2m": temps,
                "precipitation_probability": [c.rng.randint(0, 90) for _ in range(24)],
            },
        }
    )
    b.decoy("weather forecast: coordinates and hourly numeric series")
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.choice([14, 15, 16])
    x, y = c.rng.randint(3000, 60000), c.rng.randint(3000, 40000)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", dalvik())
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(x + y, 300)[4:])
    b.decoy("map tile fetch")
    return b.build()


def sentry_crash(c: Context) -> Flow:
    key = "b1" + "".join(c.rng.choice("0123456789abcdef") for _ in range(30))
    b = FB(c, "sentry", "POST", "https://o45821.ingest.sentry.io/api/5519982/envelope/")
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_version=7,sentry_client=sentry.java.android/7.8.0,sentry_key={key}",
    )
    ev = rid(c.rng).replace("-", "")
    head = {"event_id": ev, "sent_at": iso(c)}
    item = {
        "event_id": ev,
        "platform": "java",
        "level": "error",
        "release": "mx.viajaya.driver@5.41.2+5412",
        "exception": {
            "values": [
                {
                    "type": "java.lang.IllegalStateException",
                    "value": "FaceGraphicOverlay not attached",
                    "stacktrace": {
                        "frames": [
                            {
                                "function": "onDraw",
                                "module": "mx.viajaya.ui.map.EtaOverlay",
                                "lineno": 212,
                            }
                        ]
                    },
                }
            ]
        },
        "contexts": {
            "device": {
                "model": "SM-A546E",
                "manufacturer": "samsung",
                "battery_level": rf(c.rng, 10, 99, 1),
            },
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
        },
    }
    body = js(head) + "\n" + js({"type": "event"}) + "\n" + js(item) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    b.decoy("crash report: trace ids, device model, a class name mentioning a face overlay")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "fx", "GET", "https://api.cambio-ejemplo.com/v2/latest")
    b.param("base", "USD")
    b.param("symbols", "MXN,BRL,TRY")
    series = {
        s: [rf(c.rng, lo, hi, 4) for _ in range(30)]
        for s, lo, hi in [("MXN", 16.8, 18.9), ("BRL", 4.9, 5.7), ("TRY", 30.1, 34.5)]
    }
    b.ok_json({"base": "USD", "date": iso(c)[:10], "serie30d": series})
    b.decoy("exchange-rate series")
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.viajaya-cdn.example/v1/flags.json")
    b.header("if-none-match", '"' + rid(c.rng).replace("-", "")[:24] + '"')
    b.ok_json(
        {
            "rev": c.rng.randint(1000, 9999),
            "flags": {
                "face_emoji_reactions": True,
                "selfie_camera_hint": False,
                "eta_smoothing_ms": 1500,
                "watch_later_button": False,
                "avatar_v2": True,
            },
        }
    )
    b.decoy("feature flags whose names mention faces, selfies and watching")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android-os", "GET", "https://time.android.com/time")
    b.header("user-agent", dalvik())
    b.ok_json({"t": int(c.now * 1000), "drift_ms": c.rng.randint(-40, 40)})
    return b.build()


def cdn_image(c: Context) -> Flow:
    h = "".join(c.rng.choice("0123456789abcdef") for _ in range(40))
    b = FB(c, "cdn", "GET", f"https://img.cdn-ejemplo.net/p/{h[:2]}/{h}.jpg")
    b.param("w", "480")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    b.decoy("image fetch by content hash")
    return b.build()


BENIGN = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    fx_rates,
    remote_config,
    time_sync,
    cdn_image,
    map_tile,
]
