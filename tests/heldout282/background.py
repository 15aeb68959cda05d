"""Ordinary traffic between the apps: connectivity checks, weather for Hilo and
Honolulu, map tiles, news in ʻōlelo Hawaiʻi, an ʻukulele shop order, TheBus
arrival times, crash reports with trace ids, update checks, fonts and images.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(19.7297, -155.0900), (21.3069, -157.8583), (19.6400, -155.9969)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


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


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.80.2 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=Pacific%2FHonolulu",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 19, 30, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 6, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.nupepa-hou.example/v1/moolelo?mahele=kaiaulu&t={ms(c)}")
    b.ok_json(
        {
            "moʻolelo": [
                {"id": c.rng.randint(10**5, 10**6), "poʻo_inoa": t}
                for t in (
                    "Hoʻomaka ka Hoʻike Hula ma Hilo",
                    "Ua nui ka ua ma Hāmākua",
                    "Nā kula kaiapuni: he kula hou ma Kona",
                )
            ]
        }
    )
    return b.build()


def ukulele_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://shop.hale-ukulele.example/api/v2/orders")
    b.decoy("ʻukulele shop order number, SKU and shipping address")
    b.json(
        {
            "items": [
                {
                    "sku": f"UKE-KOA-{c.rng.choice(['SOP', 'CON', 'TEN'])}-{c.rng.randint(1, 999)}",
                    "qty": 1,
                },
                {"sku": "STR-AQ-4", "qty": c.rng.randint(1, 3)},
            ],
            "ship_to": {"city": "Hilo", "zip": "96720"},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"order_no": order_no(c.rng), "total": rf(c.rng, 90, 900, 2), "currency": "USD"})
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.randint(1, 4500)
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.thebus-arrivals.example/arrivals?stop={stop}&key={new_hex(c.rng, 12)}",
    )
    b.ok_json(
        {
            "stop": stop,
            "arrivals": [
                {
                    "route": r,
                    "headsign": h,
                    "eta_min": c.rng.randint(1, 30),
                    "vehicle": str(c.rng.randint(100, 999)),
                }
                for r, h in (("2", "Waikiki"), ("8", "Ala Moana"), ("52", "Wahiawa"))
            ],
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41877.ingest.sentry.io/api/4504121/envelope/")
    b.decoy("trace / event / span ids")
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
    b = _b(c, "updates", "GET", "https://updates.aloha-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash and build number")
    b.ok_json(
        {"version": "3.4.1", "commit": new_hex(c.rng, 40), "build": c.rng.randint(3000, 4000)}
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNb4j5Ba_2c7A.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.nupepa-hou.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def school_calendar(c: Context) -> Flow:
    b = _b(c, "school", "GET", "https://kaiapuni-hilo.example/api/alemanaka?mahina=12")
    b.ok_json(
        {
            "hanana": [
                {"la": "2024-12-06", "inoa": "Hōʻike Kalikimaka"},
                {"la": "2024-12-20", "inoa": "Hoʻomaha hoʻoilo"},
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    captive,
    weather,
    map_tile,
    news,
    ukulele_order,
    bus_times,
    sentry_crash,
    update_check,
    fonts,
    cdn_image,
    school_calendar,
    weather,
    cdn_image,
]
