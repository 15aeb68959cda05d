"""Ordinary traffic between the apps: connectivity checks, weather for Bucharest /
Cluj-Napoca / Turin, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a food-delivery order, a shop's product views, public
transport times, news. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(44.43, 26.10), (46.77, 23.59), (45.07, 7.69)]


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
            "hourly": {"temperature_2m": [rf(c.rng, -5, 30, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.stiri-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o47113.ingest.sentry.io/api/7712094/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.aplicatii-ro.example/v1/ultima?canal=stabil")
    b.decoy("commit hash")
    b.ok_json({"versiune": "5.2.0", "commit": new_hex(c.rng, 40), "note": "Remedieri"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.comanda-mancare.example/v2/comenzi")
    b.decoy("order number")
    b.json(
        {
            "produse": [{"sku": f"SARMALE-{c.rng.randint(100, 999)}", "cantitate": 2}],
            "moneda": "RON",
            "adresa": "Strada Memorandumului, Cluj-Napoca",
            "cheieIdempotenta": rid(c.rng),
        }
    )
    b.ok_json({"numarComanda": order_no(c.rng), "total": rf(c.rng, 40, 300, 2)})
    return b.build()


def product_view(c: Context) -> Flow:
    sku = f"{c.rng.randint(10**6, 10**7)}"
    b = _b(c, "shop", "GET", f"https://api.magazin-online.example/v1/produse/{sku}")
    b.decoy("product view of a shop's TV set with its model serial range (the shop's catalogue)")
    b.ok_json(
        {
            "id": sku,
            "nume": 'Televizor Smart 55" 4K',
            "pret": rf(c.rng, 1800, 4500, 2),
            "codProducator": f"55Q7-{new_hex(c.rng, 6).upper()}",
            "vizualizari": c.rng.randint(100, 9000),
        }
    )
    return b.build()


def transport(c: Context) -> Flow:
    b = _b(
        c, "bus", "GET", f"https://api.ctpcj-info.example/v1/statii/{c.rng.randint(1, 600)}/plecari"
    )
    b.ok_json(
        {
            "linii": [
                {"linie": str(c.rng.choice([24, 25, 35, 43])), "minute": c.rng.randint(1, 20)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.stiri-ro.example/v1/articole?categorie=sport&t={ms(c)}")
    b.ok_json(
        {
            "articole": [
                {"id": c.rng.randint(10**5, 10**6), "titlu": t}
                for t in (
                    "CFR Cluj câștigă derby-ul",
                    "Vremea: ninsori la munte",
                    "Prețul benzinei scade",
                )
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    product_view,
    transport,
    fonts,
    news,
    weather,
    cdn_image,
]
