"""Ordinary traffic between the apps: connectivity checks, NWS weather for St.
Paul, map tiles, a Hmong farmers' market order, a ride with pickup coordinates,
web search, news thumbnails, crash reports with trace ids, update checks with
commit hashes, a community-garden plot lookup. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

POINTS = [(44.9537, -93.09), (44.9631, -92.9927), (45.0105, -93.1083)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )  # fmt: skip
    b.no_content()
    return b.build()


def captive_apple(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.100.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(POINTS)
    b = _b(c, "weather", "GET", f"https://api.weather.gov/points/{lat},{lon}")
    b.header("user-agent", "(huabcua.example, huabcua@example.com)")
    b.ok_json(
        {
            "properties": {
                "gridId": "MPX",
                "gridX": c.rng.randint(100, 120),
                "gridY": c.rng.randint(60, 75),
                "forecast": "https://api.weather.gov/gridpoints/MPX/111,69/forecast",
            }
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c, "osm", "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )  # fmt: skip
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def market_order(c: Context) -> Flow:
    b = _b(c, "market", "POST", "https://api.kiabmasquab.example/v1/xaj-yuav")
    b.decoy("farmers' market pickup order number and stall")
    b.json(
        {
            "khoom": [
                {"sku": f"ZAUB-{c.rng.randint(100, 999)}", "npe": n, "tus_nqi": rf(c.rng, 2, 8, 2)}
                for n in ("zaub ntsuab", "dib", "kua txob", "paj yeeb")
            ][: c.rng.randint(1, 4)],
            "khw": "St. Paul Farmers' Market, stall " + str(c.rng.randint(1, 160)),
            "tuaj_nqa": iso(c),
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"xaj_id": order_no(c.rng), "tag_nrho": rf(c.rng, 5, 60, 2)})
    return b.build()


def ride(c: Context) -> Flow:
    lat, lon = c.rng.choice(POINTS)
    b = _b(c, "rides", "POST", "https://api.caijtsheb.example/v2/rides/estimate")
    b.decoy("ride estimate with pickup / drop-off coordinates")
    b.json(
        {
            "pickup": {"lat": lat, "lng": lon},
            "dropoff": {"lat": rf(c.rng, 44.9, 45.0, 4), "lng": rf(c.rng, -93.3, -93.0, 4)},
            "product": "standard",
            "request_id": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "fare": rf(c.rng, 9, 40, 2),
            "eta_min": c.rng.randint(2, 12),
            "quote_id": new_hex(c.rng, 24),
        }
    )
    return b.build()


def web_search(c: Context) -> Flow:
    q = c.rng.choice(["hmong+new+year+2024+st+paul", "kwv+txhiaj+lyrics", "zaub+ntsuab+recipe"])
    b = _b(c, "search", "GET", f"https://search.nrhiav.example/api/v1/s?q={q}&n=10")
    b.decoy("web search results")
    b.ok_json(
        {"results": [{"title": f"Result {i}", "url": f"https://example.org/{i}"} for i in range(5)]}
    )
    return b.build()


def news_thumb(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.xovxwmhmoob.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 450))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44102.ingest.sentry.io/api/5571920/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IOException", "value": "stream reset"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.hmongapps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.1", "commit": new_hex(c.rng, 40), "ntawv": "Kho kab mob"})
    return b.build()


def garden_plot(c: Context) -> Flow:
    b = _b(c, "garden", "GET", f"https://maps.vajzaub.example/v1/plots/{c.rng.randint(1, 300)}")
    b.decoy("garden plot polygon coordinates")
    lat, lon = rf(c.rng, 44.75, 44.76, 5), rf(c.rng, -93.02, -93.01, 5)
    b.ok_json(
        {
            "plot": f"HAFA-{c.rng.randint(1, 300)}",
            "polygon": [
                [lat, lon],
                [lat + 0.0002, lon],
                [lat + 0.0002, lon + 0.0003],
                [lat, lon + 0.0003],
            ],
            "soil": "loam",
            "water_day": c.rng.choice(["Tuesday", "Friday"]),
        }
    )
    return b.build()


def bus(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        f"https://svc.metrotransit.example/nextrip/{c.rng.randint(1000, 9999)}?t={ms(c)}",
    )
    b.ok_json({"departures": [{"route": "63", "minutes": c.rng.randint(1, 20)} for _ in range(3)]})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    captive_apple,
    weather,
    map_tile,
    market_order,
    ride,
    web_search,
    news_thumb,
    sentry_crash,
    update_check,
    garden_plot,
    bus,
    news_thumb,
    weather,
]
