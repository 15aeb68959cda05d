"""Ordinary traffic between the apps: connectivity checks, weather for Bratislava /
Košice / Prague, map tiles, images, crash reports with trace ids,
update checks with commit hashes, a food-delivery order, tram times. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(48.15, 17.11), (48.72, 21.26), (50.08, 14.42)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 2, 30, 1) for _ in range(24)]},
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.spravy-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o38215.ingest.sentry.io/api/6620413/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.sk-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "2.4.1", "commit": new_hex(c.rng, 40), "poznamky": "Opravy chýb"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.objednaj-jedlo.example/v2/objednavky")
    b.decoy("order number")
    b.json(
        {
            "polozky": [{"sku": f"HALUSKY-{c.rng.randint(100, 999)}", "mnozstvo": 2}],
            "mena": "EUR",
            "adresa": "Hlavná 12, Košice",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"cisloObjednavky": order_no(c.rng), "spolu": rf(c.rng, 8, 40, 2)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.imhd-ba.example/v1/zastavka/{c.rng.randint(1, 400)}")
    b.ok_json({"linky": [{"linka": "9", "minuty": c.rng.randint(1, 20)} for _ in range(3)]})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.spravy-sk.example/v1/clanky?kategoria=sport&t={ms(c)}")
    b.ok_json(
        {
            "clanky": [
                {"id": c.rng.randint(10**5, 10**6), "titulok": t}
                for t in ("Slovan vedie ligu", "Počasie: sneženie na Orave", "Ceny benzínu")
            ]
        }
    )
    return b.build()


def shop_product(c: Context) -> Flow:
    sku = c.rng.randint(10**6, 10**7)
    b = _b(c, "shop", "GET", f"https://api.elektro-obchod.example/v1/produkty/{sku}")
    b.decoy("product view of a TV / watch in a shop (the shop's item, not the family's device)")
    b.ok_json(
        {
            "sku": sku,
            "nazov": c.rng.choice(['Smart TV 55" QLED', "Robotická kosačka RM-600", "Hodinky W3"]),
            "ean": "858" + "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
            "cena": rf(c.rng, 199, 1299, 2),
            "skladom": True,
        }
    )
    return b.build()


def trailer_thumbs(c: Context) -> Flow:
    b = _b(
        c,
        "cdn",
        "GET",
        f"https://img.sleduj-to.example/thumbs/{c.rng.randint(1000, 9999)}/sprite.jpg",
    )
    b.decoy("video thumbnails sprite (content)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    bus_times,
    fonts,
    news,
    weather,
    cdn_image,
    shop_product,
    trailer_thumbs,
]
