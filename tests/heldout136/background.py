"""Ordinary traffic between the apps: weather for Warsaw and Lviv, maps, public
transport departures, currency rates, a Sentry crash envelope with trace ids,
chat, a parcel-locker pickup, news, a shop order, update checks. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = c.rng.choice([(52.23, 21.01), (49.84, 24.03)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates of a city and an hourly temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -5, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def departures(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        f"https://api.komunikacja-warszawa.example/v1/odjazdy?przystanek={c.rng.randint(1, 7000)}",
    )
    b.decoy("departure board with minutes-to-departure")
    b.ok_json(
        {
            "odjazdy": [
                {"linia": str(c.rng.randint(100, 525)), "za_min": c.rng.randint(1, 20)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.nbp.pl/api/exchangerates/rates/a/uah/last/10/?format=json")
    b.decoy("UAH/PLN rate series")
    b.ok_json(
        {
            "code": "UAH",
            "rates": [
                {"effectiveDate": f"2024-11-{d:02d}", "mid": rf(c.rng, 0.09, 0.1)}
                for d in range(1, 11)
            ],
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450123.ingest.sentry.io/api/5577101/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "odtwarzacz == null"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.rodzina-messenger.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["Як справи?", "Będę o 18", "Дзвони мамі"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def parcel(c: Context) -> Flow:
    b = _b(
        c,
        "parcel",
        "GET",
        f"https://api.paczkomat-example.pl/v1/przesylki/{c.rng.randint(10**23, 10**24 - 1)}",
    )
    b.decoy("parcel tracking number and the locker's code (public equipment)")
    b.ok_json(
        {
            "status": "ready_to_pickup",
            "paczkomat": f"WAW{c.rng.randint(10, 999)}M",
            "kod_odbioru": f"{c.rng.randint(0, 999999):06d}",
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.wiadomosci-ua.example/v2/stati/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("article about face-recognition cameras in the metro (text about faces)")
    b.ok_json(
        {
            "zaholovok": "Камери з розпізнаванням облич у метро",
            "tekst": "…",
            "perehliadiv": c.rng.randint(100, 90000),
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.sklep-example.pl/v2/zamowienia")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "pozycje": [{"sku": f"SKU-{c.rng.randint(10000, 99999)}", "ilosc": 1}],
            "klucz": rid(c.rng),
        }
    )
    b.ok_json({"numer": order_no(c.rng), "suma": rf(c.rng, 20, 300, 2)})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "newsletter", "POST", "https://api.sklep-example.pl/v2/newsletter")
    b.decoy("self-declared gender and birth year on a sign-up form (not biometric)")
    b.json(
        {
            "plec": c.rng.choice(["K", "M"]),
            "rok_urodzenia": c.rng.randint(1970, 2000),
            "zgoda": True,
        }
    )
    b.no_content()
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.cdn-example.pl/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.xiaomi-example.com/v1/ota?ch=stable")
    b.decoy("commit hash of a build")
    b.ok_json({"version": "14.0.6", "commit": new_hex(c.rng, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    departures,
    fx_rates,
    sentry_crash,
    chat,
    parcel,
    news,
    shop_order,
    signup_form,
    cdn_image,
    update_check,
    weather,
    map_tile,
]
