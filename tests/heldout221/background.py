"""Ordinary traffic between the apps: connectivity checks, weather for Kyiv /
Lviv / Kraków, map tiles, news images, crash reports with trace ids, update
checks with commit hashes, a Nova Poshta parcel that passes the Luhn check, a
food order, Kraków tram times, the air-raid alert map. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(50.45, 30.52), (49.84, 24.03), (50.06, 19.94)]


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
            "hourly": {"temperature_2m": [rf(c.rng, -8, 12, 1) for _ in range(24)]},
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.novyny-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o40219.ingest.sentry.io/api/6710552/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.ua-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "notatky": "Виправлення"})
    return b.build()


def parcel(c: Context) -> Flow:
    number = luhn_complete("2045" + new_digits(c.rng, 10))
    b = _b(c, "novaposhta", "POST", "https://api.novaposhta.example/v2.0/json/")
    b.decoy("15-digit Luhn-valid parcel number (TTN), not an IMEI")
    b.json(
        {
            "modelName": "TrackingDocument",
            "calledMethod": "getStatusDocuments",
            "methodProperties": {"Documents": [{"DocumentNumber": number}]},
        }
    )
    b.ok_json({"success": True, "data": [{"Number": number, "Status": "Прибула у відділення"}]})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.smachno-dostavka.example/v2/zamovlennia")
    b.decoy("order number, idempotency key")
    b.json(
        {
            "tovary": [{"sku": f"VAR-{c.rng.randint(100, 999)}", "kilkist": 2}],
            "valiuta": "UAH",
            "adresa": "вул. Хрещатик, Київ",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"nomerZamovlennia": order_no(c.rng), "suma": rf(c.rng, 200, 1500, 0)})
    return b.build()


def tram_times(c: Context) -> Flow:
    b = _b(c, "mpk", "GET", f"https://api.ttss-krakow.example/v1/stop/{c.rng.randint(1, 900)}")
    b.ok_json(
        {
            "departures": [
                {"line": str(c.rng.choice([4, 8, 13, 52])), "min": c.rng.randint(1, 15)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def alerts_map(c: Context) -> Flow:
    b = _b(c, "alerts", "GET", f"https://api.alerts-ua.example/v1/active?t={ms(c)}")
    b.ok_json(
        {"oblasti": [{"nazva": o, "tryvoha": c.rng.random() < 0.3} for o in ("Київ", "Львівська")]}
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_image,
    sentry_crash,
    update_check,
    parcel,
    food_order,
    tram_times,
    alerts_map,
    fonts,
    weather,
    news_image,
]
