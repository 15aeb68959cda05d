"""Ordinary traffic between the apps: connectivity checks, weather for Yakutsk
and Ulan-Ude, map tiles and a taxi ride with the phone's position (`миэстэ`,
`байрлал`), a marketplace order and its order history, Sakha and Buryat news,
a chat message, crash reports with trace ids, a dating-profile signup with a
self-declared gender, a mobile game's camera pose, and a time sync. None of it
carries biometric data, viewing history or one of the family's device ids."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no

from .phone import FB, iso, ms, rf, rid

GORODA = [(62.03, 129.73), (51.83, 107.58)]


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


def pogoda(c: Context) -> Flow:
    lat, lon = c.rng.choice(GORODA)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {"latitude": lat, "hourly": {"temperature_2m": [rf(c.rng, -48, -20, 1) for _ in range(24)]}}
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
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(200))
    return b.build()


def taksi(c: Context) -> Flow:
    lat, lon = c.rng.choice(GORODA)
    b = _b(c, "taxi", "POST", "https://api.taksi-tuymaada.example/v2/zakaz")
    b.decoy("pickup coordinates (миэстэ) and an order number")
    b.json(
        {
            "миэстэ": {
                "lat": rf(c.rng, lat - 0.02, lat + 0.02, 5),
                "lon": rf(c.rng, lon - 0.02, lon + 0.02, 5),
            },
            "tarif": "econom",
        }
    )
    b.ok_json(
        {
            "zakaz": order_no(c.rng),
            "voditel": {"байрлал": [rf(c.rng, lat - 0.01, lat + 0.01, 5), lon]},
            "eta_min": c.rng.randint(3, 15),
        }
    )
    return b.build()


def zakaz(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.marketplace-vostok.example/v1/orders?page=1")
    b.decoy("order history with order numbers and dates")
    b.ok_json(
        {
            "orders": [
                {"nomer": order_no(c.rng), "data": iso(c), "summa": c.rng.randint(300, 9000)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def novosti(c: Context) -> Flow:
    src = c.rng.choice(
        ["https://ysia.example/api/news?tyl=sah", "https://burunen.example/api/news?hel=bxr"]
    )
    b = _b(c, "news", "GET", src)
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10**5, 10**6), "aat": "Сонун", "published": iso(c)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.kepset.example/v1/messages")
    b.decoy("a chat message with a message id")
    b.json({"chat": "fam-" + new_hex(c.rng, 6), "text": "Дорообо! Тымныы дуо?", "mid": rid(c.rng)})
    b.ok_json({"ok": True, "ts": ms(c)})
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/5512/envelope/")
    b.decoy("crash report with trace id and event id")
    tid = new_hex(c.rng, 32)
    body = (
        f'{{"event_id":"{new_hex(c.rng, 32)}"}}\n{{"type":"event"}}\n'
        f'{{"contexts":{{"trace":{{"trace_id":"{tid}"}}}},"level":"error"}}'
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "dating", "POST", "https://api.tapsy.example/v1/profile")
    b.decoy("self-declared gender and age in a profile form")
    b.json({"name": "Айаал", "gender": "male", "age": 27, "city": "Якутск"})
    b.ok_json({"ok": True})
    return b.build()


def game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.olonkho-quest.example/v1/frame")
    b.decoy("a game camera's pose (yaw/pitch/roll) and FPS, not a face")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -30, 30, 1), "roll": 0.0},
            "fps": c.rng.randint(40, 60),
            "level": 3,
        }
    )
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.vremya.example/api/now?tz=Asia/Yakutsk")
    b.ok_json({"unixtime": int(c.now), "tz": "Asia/Yakutsk"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    pogoda,
    map_tile,
    map_tile,
    taksi,
    zakaz,
    novosti,
    chat,
    chat,
    sentry,
    signup,
    game,
    time_sync,
]
