"""Ordinary background traffic on the phone and the TV box: connectivity checks,
weather, map tiles and routes, crash reports, feature flags, exchange rates, a news
article about face recognition, a mini-game's camera angles and a recommender's
feature vector. None of it is sensitive; much of it looks like it could be.

Open-Meteo's forecast API (`latitude`, `longitude`, `hourly=temperature_2m`,
open-meteo.com/en/docs), OSRM's route service (project-osrm.org/docs/v5.24.0/api),
Sentry's envelope format (develop.sentry.dev/sdk/envelopes) are as documented.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F)")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(23.8103, 90.4125), (27.7172, 85.324), (22.3569, 91.7832)])
    params = [("latitude", str(lat)), ("longitude", str(lon)), ("hourly", "temperature_2m")]
    b = FB(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast", params)
    b.decoy("hourly temperature series for a city")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 18, 34, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(23400, 23460), c.rng.randint(14200, 14260)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("ChaloDriver", "9.3.2"))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def route(c: Context) -> Flow:
    a = f"{90.39 + c.rng.random() / 20:.5f},{23.75 + c.rng.random() / 20:.5f}"
    d = f"{90.41 + c.rng.random() / 20:.5f},{23.80 + c.rng.random() / 20:.5f}"
    url = f"https://router.project-osrm.org/route/v1/driving/{a};{d}"
    b = FB(c, "osrm", "GET", url, [("overview", "full"), ("geometries", "geojson")])
    b.decoy("route geometry: coordinate list")
    coords = [[rf(c.rng, 90.38, 90.45, 5), rf(c.rng, 23.74, 23.82, 5)] for _ in range(25)]
    b.ok_json(
        {
            "code": "Ok",
            "routes": [
                {
                    "geometry": {"type": "LineString", "coordinates": coords},
                    "distance": rf(c.rng, 1000, 9000, 1),
                    "duration": rf(c.rng, 300, 2400, 1),
                }
            ],
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o45123.ingest.sentry.io/api/4501234/envelope/")
    b.decoy("crash report: event id, trace id, stack frames")
    eid = new_hex(c.rng, 32)
    head = {"event_id": eid, "sent_at": iso(c), "trace": {"trace_id": new_hex(c.rng, 32)}}
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "release": "com.boundary.live@7.0.3",
        "exception": {
            "values": [
                {
                    "type": "SocketTimeoutException",
                    "value": "timeout",
                    "stacktrace": {"frames": [{"function": "onResponse", "lineno": 88}]},
                }
            ]
        },
    }
    body = "\n".join([js(head), js({"type": "event"}), js(ev)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    host = c.rng.choice(["api.chobighor.com.bd", "app.takapay.com.bd", "api.gaanbox.com"])
    b = FB(c, "flags", "GET", f"https://{host}/config/flags", [("v", "4.2.1"), ("os", "android")])
    b.decoy("feature flags with request id")
    b.ok_json(
        {
            "flags": {"new_player": True, "eid_banner": False, "ab_bucket": c.rng.randint(0, 99)},
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "takapay", "GET", "https://app.takapay.com.bd/remit/v1/rates", [("base", "USD")])
    b.decoy("exchange-rate series (price series)")
    b.ok_json({"BDT": [rf(c.rng, 117, 121, 2) for _ in range(14)], "NPR": rf(c.rng, 133, 135, 2)})
    return b.build()


def news_article(c: Context) -> Flow:
    url = "https://www.dhakanews-example.com/api/article/tech/face-recognition-at-airports"
    b = FB(c, "news", "GET", url)
    b.decoy("news article about facial recognition (text about faces)")
    b.ok_json(
        {
            "headline": "বিমানবন্দরে ফেস রিকগনিশন: face recognition gates at Dhaka airport",
            "body": "Passengers' faces and facial landmarks will be matched against passport "
            "photos; the system measures facial embeddings, officials said.",
            "image": "https://img.dhakanews-example.com/airport.jpg",
        }
    )
    return b.build()


def game_camera(c: Context) -> Flow:
    b = FB(c, "ludo", "POST", "https://telemetry.ludobd-example.com/v1/frame")
    b.decoy("3-D board game camera yaw / pitch / roll")
    b.json(
        {
            "cam": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 60, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "fps": c.rng.randint(40, 60),
            "sessionId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def reco_vector(c: Context) -> Flow:
    b = FB(c, "chobighor", "POST", "https://reco.chobighor.com.bd/v1/rank")
    b.decoy("recommender feature vector (no face context)")
    b.json({"context_vec": floats(c.rng, 64), "slot": "home_row_2", "k": 20})
    b.ok_json({"items": [f"S0{c.rng.randint(100, 699)}" for _ in range(5)]})
    return b.build()


def font(c: Context) -> Flow:
    url = "https://fonts.gstatic.com/s/hindsiliguri/v12/ijwOs5juQtsyLLR5jN4cxBEoRDf44uE.ttf"
    b = FB(c, "fonts", "GET", url)
    b.respond(200, "font/ttf", c.rng.randbytes(400))
    return b.build()


def cdn_banner(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://cdn.takapay.com.bd/banners/eid_{c.rng.randint(1, 9)}.jpg")
    b.decoy("promo banner image")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    route,
    sentry,
    flags,
    fx_rates,
    news_article,
    game_camera,
    reco_vector,
    font,
    cdn_banner,
]
