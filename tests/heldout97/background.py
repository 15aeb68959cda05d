"""Ordinary background traffic of the Galaxy S24: nothing sensitive, many look-alikes.

Connectivity checks, Samsung update checks, map tiles and route polylines,
Euskalmet / Meteocat-like weather series, Sentry crash events with trace ids,
feature flags, CDN assets, Play purchase order numbers.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def samsung_update(c: Context) -> Flow:
    b = FB(
        c, "samsung", "GET", "https://fota-cloud-dn.ospserver.net/firmware/EUX/SM-S921B/version.xml"
    )
    b.respond(200, "text/xml", b"<versioninfo><latest>S921BXXS3AXK1</latest></versioninfo>")
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(8000, 8200), c.rng.randint(6000, 6100)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def route(c: Context) -> Flow:
    b = FB(
        c,
        "maps",
        "GET",
        "https://routing.openstreetmap.de/routed-car/route/v1/driving/-2.93,43.26;-1.98,43.31",
    )
    b.decoy("route polyline coordinate list")
    b.ok_json(
        {
            "routes": [
                {"geometry": [[rf(c.rng, -3, -1.9), rf(c.rng, 43.2, 43.4)] for _ in range(30)]}
            ]
        }
    )
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [("latitude", "41.39"), ("longitude", "2.17"), ("hourly", "temperature_2m")],
    )
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 8, 22, 1) for _ in range(48)]}})
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/4504/envelope/")
    b.decoy("crash report with event / trace ids")
    eid = rid(c.rng).replace("-", "")
    env = f'{{"event_id":"{eid}","sent_at":"{iso(c)}"}}\n{{"type":"event"}}\n'
    trace = rid(c.rng).replace("-", "")
    ctx = {"trace": {"trace_id": trace}}
    exc = {"values": [{"type": "IllegalStateException"}]}
    env += js({"level": "error", "contexts": ctx, "exception": exc})
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://cdn.kutxaberdea.es/config/flags.json",
        [("v", str(ms(c) // 1000))],
    )
    b.ok_json(
        {
            "newPlayer": True,
            "rollout": rf(c.rng, 0, 1, 2),
            "etag": hashlib.sha256(str(c.rng.random()).encode()).hexdigest(),
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://static.pantalla3.cat/promo/{c.rng.randint(1000, 9999)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()


def play_purchase(c: Context) -> Flow:
    b = FB(c, "play", "POST", "https://api.frontoia.eus/billing/verify")
    b.json({"orderId": order_no(c.rng), "sku": "premium_month", "purchaseTime": ms(c)})
    b.header("user-agent", ua("Frontoia", "5.0.7"))
    b.ok_json({"valid": True})
    return b.build()


BENIGN = [
    generate_204,
    samsung_update,
    map_tile,
    route,
    weather,
    sentry,
    flags,
    cdn_image,
    play_purchase,
]
