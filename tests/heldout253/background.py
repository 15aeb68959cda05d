"""Ordinary traffic between the apps: connectivity checks, weather for Sofia /
Plovdiv / Varna / Madrid, map tiles and routes (a "position" that is a map's),
an e-shop's search and order history, a taxi ride (the car's position, the
ride's duration and price), a chat message, news, a cinema's schedule, public
transport arrivals, exchange rates, crash reports with trace ids. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

GRADOVE = [(42.6977, 23.3219), (42.1354, 24.7453), (43.2141, 27.9147), (40.4168, -3.7038)]


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
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14)")
    b.no_content()
    return b.build()


def vreme(c: Context) -> Flow:
    lat, lon = c.rng.choice(GRADOVE)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, -3, 24, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 2, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def karta(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def marshrut(c: Context) -> Flow:
    lat, lon = c.rng.choice(GRADOVE)
    b = _b(c, "maps", "POST", "https://api.patishta.example/v1/route")
    b.decoy("map position and route duration (maps, not viewing)")
    b.json(
        {
            "position": {
                "lat": rf(c.rng, lat - 0.02, lat + 0.02, 5),
                "lon": rf(c.rng, lon - 0.02, lon + 0.02, 5),
            },
            "destination": {"lat": lat, "lon": lon},
            "mode": c.rng.choice(["car", "walk", "transit"]),
        }
    )
    b.ok_json(
        {
            "duration": c.rng.randint(300, 3600),
            "distance": c.rng.randint(800, 25000),
            "polyline": new_hex(c.rng, 48),
        }
    )
    return b.build()


def eshop_tarsene(c: Context) -> Flow:
    q = c.rng.choice(["прахосмукачка", "телевизор 55", "маратонки", "кафемашина"])
    b = _b(c, "eshop", "GET", f"https://api.kupi-bg.example/v3/search?q={quote(q)}&page=1")
    b.decoy("product prices, delivery duration in days")
    b.ok_json(
        {
            "produkti": [
                {
                    "id": c.rng.randint(10**6, 10**7),
                    "ime": f"{q} модел {i}",
                    "cena": rf(c.rng, 20, 1500, 2),
                    "dostavka": {"duration_days": c.rng.randint(1, 5), "cena": 4.99},
                }
                for i in range(4)
            ]
        }
    )
    return b.build()


def eshop_istoriya(c: Context) -> Flow:
    b = _b(c, "eshop", "GET", "https://api.kupi-bg.example/v3/orders/history?page=1")
    b.decoy("order history with order numbers (a shop's history)")
    b.ok_json(
        {
            "история": [
                {
                    "поръчка": order_no(c.rng),
                    "дата": iso(c)[:10],
                    "сума": rf(c.rng, 15, 900, 2),
                    "статус": "доставена",
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def taksi(c: Context) -> Flow:
    lat, lon = c.rng.choice(GRADOVE[:3])
    b = _b(c, "taxi", "POST", "https://api.taksi-bg.example/v2/poruchki")
    b.decoy("taxi order: pickup position, ride duration and price, order id")
    b.json(
        {
            "ot": {
                "lat": rf(c.rng, lat - 0.03, lat + 0.03, 5),
                "lon": rf(c.rng, lon - 0.03, lon + 0.03, 5),
            },
            "do": "ул. Граф Игнатиев 15",
            "plashtane": "karta",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "poruchka": f"TX-{c.rng.randint(10**6, 10**7)}",
            "kola": {"poziciya": {"lat": lat, "lon": lon}, "nomer": "CB 1234 KX"},
            "prodalzhitelnost_min": c.rng.randint(4, 30),
            "cena": rf(c.rng, 6, 35, 2),
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.prikazki-chat.example/v4/messages")
    b.json(
        {
            "chatId": rid(c.rng),
            "text": c.rng.choice(
                [
                    "Честит 8 март, мамо!",
                    "Кога си идваш?",
                    "Гледа ли мача?",
                    "Обади се довечера",
                    "👍",
                ]
            ),
            "clientMsgId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"delivered": True, "serverId": new_hex(c.rng, 24)})
    return b.build()


def novini(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.novini-dnes.example/v2/articles?cat=bg&t={ms(c)}")
    b.ok_json(
        {
            "статии": [
                {"id": c.rng.randint(10**5, 10**6), "заглавие": t}
                for t in ("Снеговалеж в Родопите", "Нови цени на горивата", "Черно море с победа")
            ]
        }
    )
    return b.build()


def kino(c: Context) -> Flow:
    b = _b(c, "cinema", "GET", "https://api.kino-arena.example/v1/schedule?city=sofia&date=today")
    b.decoy("cinema schedule: film titles, screening times and durations")
    b.ok_json(
        {
            "projekcii": [
                {"film": f, "nachalo": t, "prodalzhitelnost_min": d, "zala": c.rng.randint(1, 9)}
                for f, t, d in [
                    ("Гунди - легенда за любовта", "18:30", 129),
                    ("Dune: Part Two", "20:00", 166),
                    ("Вездесъщият", "21:15", 126),
                ]
            ]
        }
    )
    return b.build()


def gradski_transport(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        f"https://api.gradski-transport.example/v1/stops/{c.rng.randint(1, 2800):04d}/arrivals",
    )
    b.ok_json(
        {"pristigane": [{"liniya": n, "min": c.rng.randint(1, 20)} for n in ("94", "280", "M2")]}
    )
    return b.build()


def kursove_bnb(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.valuti.example/v1/bnb?base=BGN")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "EUR": 1.95583,
            "USD": rf(c.rng, 1.7, 1.9, 4),
            "GBP": rf(c.rng, 2.2, 2.4, 4),
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44721.ingest.sentry.io/api/5521907/envelope/")
    b.decoy("trace / span / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "java.net.UnknownHostException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def snimka(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.novini-dnes.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu72xKKTU1Kvnz.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    vreme,
    karta,
    marshrut,
    eshop_tarsene,
    eshop_istoriya,
    taksi,
    chat,
    novini,
    kino,
    gradski_transport,
    kursove_bnb,
    sentry,
    snimka,
    fonts,
    chat,
    karta,
    vreme,
]
