"""Ordinary background traffic of the set-30 phone: nothing sensitive, many look-alikes.

Android's captive-portal check (connectivitycheck.gstatic.com/generate_204), a
ColorOS component-update query, OpenStreetMap tiles, a weather forecast, Sentry
envelopes (the envelope format: header line, item header, event JSON), feature
flags, FX rates and a news article about face recognition at airports.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid, webview_ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; CPH2603 Build/UP1A.231005.007)")
    b.no_content()
    return b.build()


def component_update(c: Context) -> Flow:
    b = FB(c, "coloros", "POST", "https://component-ota-sg.example-coloros.com/update/v3")
    b.json(
        {
            "model": "CPH2603",
            "otaVersion": "CPH2603_11.C.23_2230",
            "region": "TH",
            "components": [{"name": "SystemUI", "ver": 140023}, {"name": "Weather", "ver": 1302}],
            "reqId": rid(c.rng),
        }
    )
    b.ok_json({"updates": []})
    b.decoy("OS component update check: versions and a request id")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(25500, 25530), c.rng.randint(15000, 15030)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lng = c.rng.choice([(13.7563, 100.5018), (14.5995, 120.9842), (18.7883, 98.9853)])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", str(lat)),
            ("longitude", str(lng)),
            ("hourly", "temperature_2m,precipitation"),
        ],
    )
    b.ok_json(
        {
            "hourly": {
                "temperature_2m": [rf(c.rng, 26, 36, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 4, 1) for _ in range(24)],
            }
        }
    )
    b.decoy("hourly temperature / rain series for a city")
    return b.build()


def sentry(c: Context) -> Flow:
    eid = rid(c.rng).replace("-", "")
    b = FB(c, "sentry", "POST", "https://o4504477.ingest.sentry.io/api/4504477112/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7, sentry_client=sentry.java.android/7.14.0, sentry_key=4f1e",
    )
    event = {
        "event_id": eid,
        "timestamp": iso(c),
        "platform": "java",
        "level": "error",
        "exception": {
            "values": [
                {
                    "type": "IllegalStateException",
                    "value": "Fragment not attached",
                    "stacktrace": {"frames": [{"function": "onResume", "lineno": 212}]},
                }
            ]
        },
        "contexts": {
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": eid[:16]},
            "os": {"name": "Android", "version": "14"},
            "device": {"model": "CPH2603"},
        },
    }
    item = js(event)
    env = (
        js({"event_id": eid, "sent_at": iso(c)})
        + "\n"
        + js({"type": "event", "length": len(item.encode())})
    )
    b.set_body((env + "\n" + item + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report: event id, trace id, span id")
    return b.build()


def flags(c: Context) -> Flow:
    app = c.rng.choice(["lakornplus", "siang", "kwartaplus", "khapma"])
    b = FB(
        c,
        "flags",
        "GET",
        f"https://flags.{app}-cdn.net/v1/flags.json",
        [("v", str(ms(c) // 60000))],
    )
    b.ok_json(
        {
            "darkMode": True,
            "newPlayer": c.rng.random() < 0.5,
            "rollout": rf(c.rng, 0, 1, 2),
            "experiment": "exp_" + rid(c.rng)[:8],
        }
    )
    b.decoy("feature flags with an experiment id")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "fx", "GET", "https://rates.example-fx.asia/v1/THB-PHP/series", [("days", "30")])
    b.ok_json({"pair": "THB/PHP", "series": [rf(c.rng, 1.55, 1.68, 4) for _ in range(30)]})
    b.decoy("exchange-rate price series")
    return b.build()


def news_faces(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://news.example-thai.com/api/article/88213")
    b.header("user-agent", webview_ua())
    b.ok_json(
        {
            "headline": "สนามบินสุวรรณภูมิใช้ระบบจดจำใบหน้า (face recognition) ขึ้นเครื่อง",
            "body": "Passengers can board with biometric face scans; facial landmarks are "
            "compared with the passport photo. Privacy groups ask how long templates are kept.",
            "published": iso(c),
        }
    )
    b.decoy("news article about face recognition")
    return b.build()


def ad_image(c: Context) -> Flow:
    n = c.rng.getrandbits(32)
    b = FB(c, "cdn", "GET", f"https://img.example-adcdn.com/creative/{n:08x}_300x250.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(n, 400))
    return b.build()


def ml_vector(c: Context) -> Flow:
    b = FB(c, "reco", "POST", "https://reco.example-shop.asia/v1/similar")
    b.json({"itemId": c.rng.randint(10**6, 10**7), "vec": floats(c.rng, 64, 4), "k": 12})
    b.ok_json({"items": [c.rng.randint(10**6, 10**7) for _ in range(12)]})
    b.decoy("product similarity feature vector (no face context)")
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    component_update,
    map_tile,
    map_tile,
    weather,
    sentry,
    flags,
    fx_rates,
    news_faces,
    ad_image,
    ml_vector,
]
