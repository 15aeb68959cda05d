"""Ordinary traffic between the apps: weather for Kyiv, Lviv and Warsaw, the
National Bank's exchange rates, Nova Poshta parcel tracking, map tiles, crash
envelopes with trace ids, a messenger, an e-book reader's reading position, a
video editor's timeline, a kid's game with camera angles, a shop's product
vectors and a news article about face recognition. None of it carries biometric
data, viewing history or a device identifier of the household.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import FB, floats, iso, ms, rf, rid, ua

CITIES = [("Київ", 50.45, 30.52), ("Львів", 49.84, 24.03), ("Warszawa", 52.23, 21.01)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def connectivity(c: Context) -> Flow:
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
    _name, lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m&timezone=Europe%2FKyiv",
    )
    b.decoy("coordinates and temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -6, 18, 1) for _ in range(24)]},
        }
    )
    return b.build()


def nbu_rates(c: Context) -> Flow:
    b = _b(
        c,
        "nbu",
        "GET",
        "https://bank.gov.ua/NBUStatService/v1/statdirectory/exchange?json",
    )
    b.decoy("exchange rates")
    b.ok_json(
        [
            {
                "r030": code,
                "txt": txt,
                "rate": rf(c.rng, lo, lo * 1.01, 4),
                "cc": cc,
                "exchangedate": "01.12.2026",
            }
            for code, txt, cc, lo in (
                (840, "Долар США", "USD", 41.2),
                (978, "Євро", "EUR", 44.6),
                (985, "Злотий", "PLN", 10.3),
            )
        ]
    )
    return b.build()


def nova_poshta(c: Context) -> Flow:
    b = _b(c, "novaposhta", "POST", "https://api.novaposhta.ua/v2.0/json/")
    b.decoy("parcel tracking number (DocumentNumber)")
    b.json(
        {
            "apiKey": "",
            "modelName": "TrackingDocument",
            "calledMethod": "getStatusDocuments",
            "methodProperties": {"Documents": [{"DocumentNumber": new_digits(c.rng, 14, "20")}]},
        }
    )
    b.ok_json(
        {
            "success": True,
            "data": [
                {
                    "Status": "Прибув у відділення",
                    "WarehouseRecipient": "Відділення №12",
                    "ScheduledDeliveryDate": iso(c),
                }
            ],
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o451207.ingest.sentry.io/api/5839114/envelope/")
    b.decoy("event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "ua.ekran.android@4.18.2",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.rodyna-chat.example/v1/povidomlennia")
    b.decoy("message and conversation ids")
    b.json(
        {
            "chat_id": rid(c.rng),
            "client_msg_id": rid(c.rng),
            "tekst": c.rng.choice(
                ["Мамо, як ти?", "W Warszawie spokojnie", "Тривога, йдемо в укриття", "ок"]
            ),
            "chas": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "dostavleno": True})
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = FB(c, "chytanka", "PUT", "https://api.chytanka.example/v1/knyhy/progres")
    b.header("user-agent", ua("Chytanka", "1.12.0"))
    b.decoy("e-book reading position (reading is not watching or listening)")
    b.json(
        {
            "knyha_id": c.rng.randint(10**4, 10**5),
            "nazva": c.rng.choice(["Тигролови", "Кайдашева сім'я", "Intermezzo"]),
            "storinka": c.rng.randint(1, 320),
            "vidsotok_prochytano": c.rng.randint(1, 100),
            "onovleno": iso(c),
        }
    )
    b.no_content()
    return b.build()


def video_editor(c: Context) -> Flow:
    b = FB(c, "montazh", "POST", "https://api.montazh.example/v2/proekty/zberehty")
    b.header("user-agent", ua("Montazh", "8.1.0"))
    b.decoy("video editor project: timeline playhead and clip positions (an editor, not a viewer)")
    b.json(
        {
            "proekt_id": rid(c.rng),
            "playhead_ms": c.rng.randint(0, 90000),
            "kliby": [
                {
                    "start_ms": i * 5000,
                    "tryvalist_ms": 5000,
                    "dzherelo": f"VID_{new_digits(c.rng, 8)}.mp4",
                }
                for i in range(4)
            ],
        }
    )
    b.ok_json({"zberezheno": iso(c)})
    return b.build()


def kid_game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.kozak-run.example/v1/events")
    b.decoy("game camera yaw/pitch/roll and level times")
    b.json(
        {
            "riven": c.rng.randint(1, 40),
            "kamera": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -45, 45, 1), "roll": 0.0},
            "chas_rivnia_ms": c.rng.randint(20000, 200000),
            "sesiia": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def product_vectors(c: Context) -> Flow:
    b = _b(
        c,
        "shop",
        "GET",
        f"https://api.rozprodazh.example/v1/rekomendatsii?tovar={c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("product feature vectors for recommendations (no face)")
    b.ok_json(
        {
            "tovary": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "vektor": floats(c.rng, 32),
                    "tsina": rf(c.rng, 100, 5000, 2),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def article(c: Context) -> Flow:
    b = FB(c, "news", "GET", f"https://novyny.example/api/statti/{c.rng.randint(10**5, 10**6)}")
    b.header("user-agent", ua("Novyny", "6.2.0"))
    b.decoy("news article about face recognition in the metro (text, not biometric)")
    b.ok_json(
        {
            "zaholovok": "У метро Києва тестують розпізнавання облич: що кажуть юристи",
            "tekst": "Система порівнює обличчя пасажирів з базою розшуку…",
            "teghy": ["біометрія", "обличчя", "приватність"],
            "opublikovano": iso(c),
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.rodyna-chat.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Kyiv"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/e-ukraine/v2/eUkraine-Regular.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    weather,
    nbu_rates,
    nova_poshta,
    map_tile,
    sentry,
    chat,
    ebook_position,
    video_editor,
    kid_game,
    product_vectors,
    article,
    time_sync,
    fonts,
    chat,
    weather,
    map_tile,
]
