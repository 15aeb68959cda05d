"""Ordinary traffic between the apps on the set-95 phone: connectivity checks,
HyperOS update and weather, maps tiles and a delivery route, crash reports with
trace ids, feature flags, a stock ticker, a game's camera telemetry, a news
article about face recognition, a recommender's item vector. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, floats, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", dalvik())
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(
        [(30.90, 75.85), (22.31, 72.13), (12.97, 77.59), (9.93, 76.26), (43.68, -79.76)]
    )
    b = _b(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.params += [
        ("latitude", str(city[0])),
        ("longitude", str(city[1])),
        ("hourly", "temperature_2m"),
    ]
    b.decoy("hourly temperature series")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 5, 38, 1) for _ in range(24)]}})
    return b.build()


def hyperos_update(c: Context) -> Flow:
    b = _b(c, "xiaomi-updater", "POST", "https://update.intl.miui.com/updates/miotaV3.php")
    b.decoy("firmware check with build fingerprint and package hash")
    b.form([("q", hashlib.sha256(rid(c.rng).encode()).hexdigest()), ("s", "1"), ("t", "")])
    b.ok_json(
        {
            "LatestVersion": {
                "md5": hashlib.md5(rid(c.rng).encode()).hexdigest(),
                "version": "OS1.0.9.0.UNFINXM",
            }
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(11000, 11600), c.rng.randint(6600, 7200)
    b = _b(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.decoy("map tile coordinates")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    return b.build()


def delivery_route(c: Context) -> Flow:
    b = _b(c, "delivery", "GET", "https://api.tezdelivery.example.in/v1/order/track")
    b.params.append(("order", f"TZ{c.rng.randint(10**8, 10**9)}"))
    b.decoy("coordinate list of a courier route")
    b.ok_json(
        {
            "route": [[rf(c.rng, 30.85, 30.95, 5), rf(c.rng, 75.80, 75.90, 5)] for _ in range(12)],
            "eta_min": c.rng.randint(5, 40),
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o4507.ingest.sentry.io/api/4507331/envelope/")
    trace = hashlib.md5(rid(c.rng).encode()).hexdigest()
    inner = hashlib.sha1(trace.encode()).hexdigest()[:32]
    exc = {"values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]}
    lines = [
        js({"event_id": trace, "sent_at": iso(c)}),
        js({"type": "event"}),
        js({"level": "error", "trace_id": inner, "exception": exc}),
    ]
    env = "\n".join(lines)
    b.decoy("crash report with event id and trace id")
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": trace})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = _b(
        c,
        "flags",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/804512387112/namespaces/firebase:fetch",
    )
    b.decoy("feature flags with experiment ids")
    b.ok_json(
        {
            "entries": {"new_player": "true", "exp_rail_order": "B"},
            "templateVersion": str(c.rng.randint(100, 400)),
        }
    )
    return b.build()


def stock_ticker(c: Context) -> Flow:
    b = _b(c, "stocks", "GET", "https://api.bazaarquote.example.in/v1/chart")
    b.params += [("symbol", c.rng.choice(["RELIANCE", "TCS", "INFY"])), ("range", "1d")]
    b.decoy("price series")
    b.ok_json(
        {
            "close": [rf(c.rng, 1400, 1500, 2) for _ in range(30)],
            "ts": [ms(c) - i * 60000 for i in range(30)],
        }
    )
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.ludokhel.example.in/v1/frame")
    b.decoy("game camera yaw/pitch/roll")
    b.json(
        {
            "cam": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0},
            "fps": c.rng.randint(40, 60),
            "scene": "board_3d",
        }
    )
    b.no_content()
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://api.khabarnow.example.in/v2/article/face-recognition-airports-digiyatra",
    )
    b.decoy("article about face recognition")
    b.ok_json(
        {
            "title": "DigiYatra face recognition expands to 24 airports",
            "body": "Passengers enrol a face template and landmarks are matched at the gate...",
            "readTimeMin": 4,
        }
    )
    return b.build()


def reco_vector(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://reco.dukaan.example.in/v1/similar")
    b.decoy("item embedding vector with no face context")
    b.json({"item": f"SKU{c.rng.randint(10**5, 10**6)}", "embedding": floats(c.rng, 64), "k": 10})
    b.ok_json({"items": [f"SKU{c.rng.randint(10**5, 10**6)}" for _ in range(10)]})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "xiaomi-time", "GET", "https://time.intl.miui.com/api/time")
    b.ok_json({"now": ms(c), "req": rid(c.rng)})
    return b.build()


BENIGN = [
    generate_204,
    weather,
    hyperos_update,
    map_tile,
    delivery_route,
    sentry,
    feature_flags,
    stock_ticker,
    game_telemetry,
    news_article,
    reco_vector,
    time_sync,
]
