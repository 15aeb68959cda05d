"""Ordinary traffic between the apps: connectivity checks, weather for Cairo /
Alexandria / Riyadh, map tiles, news, a grocery app (serials in the product
catalogue), a chat app, the Cairo metro app, a game's camera yaw, crash
reports with trace ids, update checks with commit hashes. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(30.04, 31.24), (31.2, 29.92), (24.71, 46.68)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 12, 40, 1) for _ in range(24)]},
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
    b = _b(c, "news", "GET", f"https://api.a5bar-masr.example/v1/maqalat?qesm=riyada&t={ms(c)}")
    b.ok_json(
        {
            "maqalat": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "3enwan": t,
                    "moshahdat": c.rng.randint(10, 9999),
                }
                for t in ("الأهلي يفوز على الزمالك", "الطقس: حار نهارًا", "أسعار الدولار اليوم")
            ]
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.a5bar-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def grocery_catalogue(c: Context) -> Flow:
    b = _b(c, "grocery", "GET", "https://api.bakkal.example/v2/montagat?qesm=electronics&safha=1")
    b.decoy("product catalogue with serial / model numbers and 'views' counters")
    b.ok_json(
        {
            "montagat": [
                {
                    "sku": f"BK-{c.rng.randint(10000, 99999)}",
                    "esm": n,
                    "serialNumber": f"SN{new_hex(c.rng, 10).upper()}",
                    "views": c.rng.randint(10, 5000),
                    "se3r": rf(c.rng, 50, 9000, 2),
                }
                for n in ("Tornado kettle", "Fresh fan", "Xiaomi router")
            ]
        }
    )
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "grocery", "POST", "https://api.bakkal.example/v2/talabat")
    b.decoy("order number, delivery position")
    b.json(
        {
            "montagat": [{"sku": f"BK-{c.rng.randint(10000, 99999)}", "kameya": 2}],
            "3enwan": {"share3": "Abbas El Akkad", "lat": 30.06, "lng": 31.34},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"ra2mElTalab": order_no(c.rng), "egmaly": rf(c.rng, 100, 2000, 0)})
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.dardasha.example/v1/rasa2el")
    b.json(
        {
            "le": c.rng.choice(["g:3eela", "u:mama", "u:ahmed"]),
            "nass": c.rng.choice(
                ["كل سنة وانت طيب", "Ramadan kareem ya gama3a", "shoft el matsh?"]
            ),
            "id": rid(c.rng),
            "t": ms(c),
        }
    )
    b.ok_json({"etba3at": True})
    return b.build()


def metro(c: Context) -> Flow:
    st = c.rng.choice(["Sadat", "Attaba", "Shohadaa", "Helwan", "Kit Kat", "Adly Mansour"])
    b = _b(c, "metro", "GET", f"https://api.metro-cairo.example/v1/ma7atta?esm={st}")
    b.decoy("station position on the line and minutes to the next train")
    b.ok_json({"ma7atta": st, "position": c.rng.randint(1, 35), "da2aye2": c.rng.randint(1, 9)})
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.koora-game.example/v1/replay/frame")
    b.decoy("game camera yaw / pitch and player position")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "position": [rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)],
            "frame": c.rng.randint(1, 90000),
        }
    )
    b.no_content()
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o48215.ingest.sentry.io/api/7712045/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.masr-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "molahzat": "Taslee7at"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/cairo/v28/SLXgc1nY6HkvangtZmpQdkhzfH5lkSs2SgRjCAGMQ1z0hOA-a1PiKQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    cdn_image,
    grocery_catalogue,
    grocery_order,
    chat_message,
    metro,
    game_camera,
    sentry_crash,
    update_check,
    fonts,
    weather,
    chat_message,
]
