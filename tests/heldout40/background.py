"""Ordinary background traffic of the iPhone and the box: OS checks, weather, maps,
transit, crash reports, feature flags, news. Nothing sensitive, plenty of
look-alikes (trace ids, hashes, coordinate lists, numeric series).

Sources: Apple captive portal probe (captive.apple.com/hotspot-detect.html);
Hong Kong Observatory open data (data.weather.gov.hk/weatherAPI/opendata/
weather.php?dataType=rhrread&lang=en); data.gov.my weather forecast API
(api.data.gov.my/weather/forecast?contains=...); MTR next train open data
(rt.data.gov.hk/v1/transport/mtr/getSchedule.php?line=&sta=); Sentry envelope
format (develop.sentry.dev/sdk/envelopes: header line with event_id, sent_at,
dsn; item header; event JSON); OSM tile URLs (z/x/y.png).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, cfnet, iso, ms, rf, rid


def captive(c: Context) -> Flow:
    b = FB(
        c, "apple", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-481.100.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def hko_weather(c: Context) -> Flow:
    b = FB(c, "hko", "GET", "https://data.weather.gov.hk/weatherAPI/opendata/weather.php")
    b.header("user-agent", cfnet("Weather", "1"))
    b.param("dataType", "rhrread")
    b.param("lang", "en")
    temps = [
        {"place": p, "value": c.rng.randint(22, 33), "unit": "C"}
        for p in ("King's Park", "Tseung Kwan O", "Sha Tin")
    ]
    b.ok_json({"temperature": {"data": temps, "recordTime": iso(c)}})
    return b.build()


def my_weather(c: Context) -> Flow:
    b = FB(c, "data.gov.my", "GET", "https://api.data.gov.my/weather/forecast")
    b.header("user-agent", cfnet("Cuaca", "3"))
    b.param("contains", c.rng.choice(["Kuala Lumpur", "Petaling", "Johor Bahru"]))
    b.param("limit", "3")
    b.ok_json(
        [{"date": iso(c)[:10], "min_temp": 24, "max_temp": 33, "summary_forecast": "Ribut petir"}]
    )
    return b.build()


def mtr(c: Context) -> Flow:
    b = FB(c, "mtr", "GET", "https://rt.data.gov.hk/v1/transport/mtr/getSchedule.php")
    b.header("user-agent", cfnet("MTR Mobile", "20"))
    b.param("line", "TKL")
    b.param("sta", c.rng.choice(["TKO", "LHP", "POA", "NOP"]))
    trains = [{"seq": i, "dest": "NOP", "plat": "1", "time": iso(c)} for i in range(1, 5)]
    b.ok_json({"status": 1, "data": {"TKL-TKO": {"UP": trains}}})
    return b.build()


def tile(c: Context) -> Flow:
    z = 15
    x, y = 25795 + c.rng.randint(-5, 5), 16001 + c.rng.randint(-5, 5)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", cfnet("MakanGo", "1270"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(80))
    )
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://maps.kitatv.com.my/route")
    b.header("user-agent", cfnet("Waze", "4"))
    lat, lng = 22.31 + c.rng.uniform(-0.02, 0.02), 114.26 + c.rng.uniform(-0.02, 0.02)
    pts = [[round(lat + i * 0.001, 5), round(lng - i * 0.0008, 5)] for i in range(25)]
    b.json({"polyline": pts, "mode": "walk", "requestId": rid(c.rng)})
    b.decoy("coordinate list of a route")
    b.ok_json({"etaMin": 12})
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4507.ingest.us.sentry.io/api/4507114/envelope/")
    b.header("user-agent", "sentry.cocoa/8.29.0")
    eid = rid(c.rng).replace("-", "")
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "dsn": "https://3f1e@o4507.ingest.us.sentry.io/4507114",
    }
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "cocoa",
        "release": "aksesplus@2.9.4",
        "exception": {"values": [{"type": "NSRangeException", "value": "index 3 beyond bounds"}]},
        "contexts": {"trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": eid[:16]}},
    }
    body = "\n".join([js(head), js({"type": "event"}), js(ev)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.decoy("crash report: event id, trace id, span id")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "config", "GET", "https://config.irama.fm/v2/flags")
    b.header("user-agent", cfnet("Irama", "840"))
    b.param("etag", hashlib.sha1(str(c.rng.random()).encode()).hexdigest())
    b.ok_json(
        {
            "flags": {"newPlayer": True, "lyricsV2": c.rng.random() < 0.5},
            "bucket": c.rng.randint(0, 99),
            "ts": ms(c),
        }
    )
    b.decoy("feature flags with a content hash etag")
    return b.build()


def stocks(c: Context) -> Flow:
    b = FB(c, "quotes", "GET", "https://quote.marketfeed.hk/v1/chart")
    b.header("user-agent", cfnet("Stocks", "1"))
    b.param("sym", c.rng.choice(["0700.HK", "1155.KL", "9988.HK"]))
    b.ok_json(
        {
            "close": [rf(c.rng, 300, 420, 2) for _ in range(40)],
            "vol": [c.rng.randint(10**5, 10**7) for _ in range(40)],
        }
    )
    b.decoy("price and volume series")
    return b.build()


def news(c: Context) -> Flow:
    b = FB(c, "news", "GET", f"https://www.technews-asia.com/article/{c.rng.randint(10000, 99999)}")
    b.header(
        "user-agent",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15",
    )
    html = (
        "<html><body><h1>How face recognition gates work in HK estates</h1>"
        "<p>Facial landmarks and face embeddings are compared on the terminal...</p></body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", html.encode())
    b.decoy("article about face recognition")
    return b.build()


def apple_assets(c: Context) -> Flow:
    b = FB(
        c,
        "apple",
        "GET",
        "https://mesu.apple.com/assets/com_apple_MobileAsset_SoftwareUpdate/com_apple_MobileAsset_SoftwareUpdate.xml",
    )
    b.header("user-agent", "MobileAsset/1.0")
    b.respond(200, "application/xml", b'<?xml version="1.0"?><plist version="1.0"><dict/></plist>')
    return b.build()


BENIGN = [
    captive,
    hko_weather,
    my_weather,
    mtr,
    tile,
    route,
    sentry,
    flags,
    stocks,
    news,
    apple_assets,
]
