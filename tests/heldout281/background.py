"""Ordinary traffic between the apps: connectivity checks, weather for Apia,
Nukuʻalofa and Auckland, map tiles, a Samoan news site, crash reports with
trace ids, update checks with commit hashes, Auckland bus times, a Tongan
shop's order. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import AB, iso, ms, rf, rid

CITIES = [(-13.83, -171.76), (-21.14, -175.2), (-36.85, 174.76)]


def _b(c: Context, sdk: str, method: str, url: str) -> AB:
    b = AB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = AB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )  # fmt: skip
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 14, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c, "osm", "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )  # fmt: skip
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.talafou-samoa.example/v1/tala?vaega=taaloga&t={ms(c)}")
    b.ok_json(
        {
            "tala": [
                {"id": c.rng.randint(10**5, 10**6), "ulutala": t}
                for t in ("Manu Samoa manumalo i Apia", "Matagi malosi i Savaiʻi", "Tau o suauu")
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.talafou-samoa.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/7713052/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IOException", "value": "unexpected end of stream"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.pasifika-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "faamatalaga": "Faaleleia"})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(
        c, "bus", "GET", f"https://api.pasi-aokalani.example/v1/stop/{c.rng.randint(1000, 9999)}"
    )
    b.ok_json(
        {"routes": [{"route": r, "minutes": c.rng.randint(1, 25)} for r in ("33", "31", "380")]}
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.fakatau-tonga.example/v1/oota")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "koloa": [{"sku": f"TAPA-{c.rng.randint(100, 999)}", "fika": 1}],
            "paʻanga": "TOP",
            "tuʻasila": "Taufaʻāhau Rd, Nukuʻalofa",
            "key": rid(c.rng),
        }
    )
    b.ok_json({"fika_oota": order_no(c.rng), "fakakātoa": rf(c.rng, 20, 300, 2)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    news_image,
    sentry_crash,
    update_check,
    bus_times,
    shop_order,
    fonts,
    weather,
    news_image,
]
