"""Ordinary background traffic of an iPhone in Switzerland: captive-portal
check, MeteoSwiss-style weather, swisstopo map tiles, SBB timetable
(transport.opendata.ch /v1/connections), Sentry crash envelopes, feature
flags and CDN fetches. Look-alikes everywhere: trace ids, event ids,
coordinate lists, numeric series, hashes. All negatives.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, rf, rid


def captive(ctx: Context) -> Flow:
    b = FB(
        ctx, "os", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-481.0.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "weather", "GET", "https://app-prod-ws.meteoswiss-app.ch/v1/plzDetail")
    b.param("plz", r.choice(["800100", "100300", "690000"]))
    b.decoy("hourly temperature and precipitation series")
    b.ok_json(
        {
            "graph": {
                "start": int(ctx.now) * 1000,
                "temperatureMean1h": [rf(r, -5, 12, 1) for _ in range(24)],
                "precipitation10m": [rf(r, 0, 2, 1) for _ in range(24)],
            }
        }
    )
    return b.build()


def tile(ctx: Context) -> Flow:
    r = ctx.rng
    z, x, y = 15, r.randint(17000, 17200), r.randint(11400, 11600)
    b = FB(
        ctx,
        "maps",
        "GET",
        f"https://wmts.geo.admin.ch/1.0.0/ch.swisstopo.pixelkarte-farbe/default/current/3857/{z}/{x}/{y}.jpeg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(r.randint(0, 10**6), 600))
    return b.build()


def timetable(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "transport", "GET", "https://transport.opendata.ch/v1/connections")
    b.param("from", r.choice(["Zürich HB", "Lausanne", "Lugano"]))
    b.param("to", r.choice(["Bern", "Chur", "Bellinzona"]))
    b.decoy("timetable with station coordinates")
    b.ok_json(
        {
            "connections": [
                {
                    "from": {
                        "station": {
                            "id": "850" + str(r.randint(1000, 9999)),
                            "coordinate": {"x": rf(r, 45.8, 47.6, 6), "y": rf(r, 6, 10, 6)},
                        }
                    },
                    "duration": f"00d0{r.randint(0, 3)}:{r.randint(10, 59)}:00",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def sentry(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "sentry",
        "POST",
        f"https://o{r.randint(10**5, 10**6)}.ingest.sentry.io/api/{r.randint(10**6, 10**7)}"
        "/envelope/",
    )
    eid = new_hex(r, 32)
    head = js({"event_id": eid, "sent_at": iso(ctx)})
    item = js({"type": "event"})
    trace = {"trace_id": new_hex(r, 32), "span_id": new_hex(r, 16)}
    ev = js({"event_id": eid, "level": "error", "platform": "cocoa", "contexts": {"trace": trace}})
    b.set_body((head + "\n" + item + "\n" + ev + "\n").encode(), "application/x-sentry-envelope")
    b.decoy("crash envelope with event, trace and span ids")
    b.ok_json({"id": eid})
    return b.build()


def flags(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "flags", "GET", "https://cdn.statsig-example.net/v1/config")
    b.header("x-request-id", rid(r))
    b.decoy("feature flags with rule hashes")
    b.ok_json(
        {"hash": new_hex(r, 40), "gates": {new_hex(r, 8): r.random() < 0.5 for _ in range(5)}}
    )
    return b.build()


def cover(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "cdn",
        "GET",
        f"https://covers.openlibrary.org/b/isbn/978{r.randint(10**9, 10**10 - 1)}-M.jpg",
    )
    b.decoy("book cover image")
    b.respond(200, "image/jpeg", fake_jpeg(r.randint(0, 10**6), 500))
    return b.build()


BENIGN = [captive, weather, tile, timetable, sentry, flags, cover, weather, tile]
