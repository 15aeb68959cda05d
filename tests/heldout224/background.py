"""Ordinary traffic between the apps: connectivity checks, weather for Budapest /
Debrecen / Vienna, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a food order, public-transport departures, a web
shop's product views and a parcel tracking page. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(47.50, 19.04), (47.53, 21.63), (48.21, 16.37)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation",
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
    b = _b(c, "cdn", "GET", f"https://img.hirportal-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44812.ingest.sentry.io/api/5511920/envelope/")
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
    b = _b(
        c, "updates", "GET", "https://frissites.magyar-appok.example/v1/legujabb?csatorna=stabil"
    )
    b.decoy("commit hash")
    b.ok_json({"verzio": "3.2.0", "commit": new_hex(c.rng, 40), "megjegyzes": "Hibajavítások"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kajarendeles.example/v2/rendelesek")
    b.decoy("order number")
    b.json(
        {
            "tetelek": [{"sku": f"LANGOS-{c.rng.randint(100, 999)}", "db": 2}],
            "deviza": "HUF",
            "cim": "Debrecen, Piac utca 20.",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"rendelesSzam": order_no(c.rng), "vegosszeg": rf(c.rng, 2500, 12000, 0)})
    return b.build()


def bkk_indulasok(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        "https://futar.bkk-menetrend.example/api/v1/megallo/"
        f"F0{c.rng.randint(1000, 9999)}/indulasok",
    )
    b.ok_json(
        {
            "indulasok": [
                {"jarat": j, "perc": c.rng.randint(1, 20)} for j in ("4-6", "M4", "7E", "212")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def hirek(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.hirportal.example/v1/cikkek?rovat=sport&t={ms(c)}")
    b.ok_json(
        {
            "cikkek": [
                {"id": c.rng.randint(10**5, 10**6), "cim": t}
                for t in ("Győzött a Fradi Pakson", "Hidegfront érkezik", "Drágul a benzin")
            ]
        }
    )
    return b.build()


def termek(c: Context) -> Flow:
    sku = f"SKU-{c.rng.randint(100000, 999999)}"
    b = _b(c, "shop", "GET", f"https://api.webaruhaz.example/v1/termekek/{sku}")
    b.decoy("product view with product id and serial-like model number (shop item)")
    b.ok_json(
        {
            "cikkszam": sku,
            "nev": "Vezeték nélküli fülhallgató",
            "modellszam": "WH-" + new_hex(c.rng, 6).upper(),
            "ar": rf(c.rng, 9990, 49990, 0),
            "megtekintve": c.rng.randint(10, 5000),
        }
    )
    return b.build()


def csomagkovetes(c: Context) -> Flow:
    b = _b(
        c,
        "parcel",
        "GET",
        f"https://api.csomagpont.example/kovetes/JJD{c.rng.randint(10**12, 10**13)}",
    )
    b.decoy("parcel tracking number")
    b.ok_json({"allapot": "kezbesites_alatt", "frissitve": iso(c)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    bkk_indulasok,
    fonts,
    hirek,
    termek,
    csomagkovetes,
    weather,
    cdn_image,
]
