"""Ordinary traffic between the apps: connectivity checks, weather for Phnom
Penh and Vientiane, map tiles, news in Khmer, crash envelopes with trace ids,
Telegram-like chat, an update check, a food order. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [("Phnom Penh", 11.56, 104.92), ("Siem Reap", 13.36, 103.86), ("Vientiane", 17.97, 102.63)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
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
    _, lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.openweathermap.org/data/2.5/forecast?lat={lat}&lon={lon}&lang=km",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "list": [
                {"dt": ms(c) // 1000 + i * 10800, "temp": rf(c.rng, 24, 36, 1)} for i in range(8)
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
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
    b = _b(c, "news", "GET", "https://api.khmernews.example/v1/articles?cat=ព័ត៌មានជាតិ")
    b.decoy("articles incl. one about face-scan ATMs (an article about faces, not biometric)")
    b.ok_json(
        {
            "articles": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "title": "ធនាគារដាក់ឱ្យប្រើការស្កេនមុខ (face scan)",
                    "thumb": f"https://img.khmernews.example/{new_hex(c.rng, 16)}.jpg",
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    b = _b(
        c,
        "cdn",
        "GET",
        f"https://img.reachflix.example/poster/{c.rng.randint(1000, 9999)}_w342.jpg",
    )
    b.decoy("poster thumbnail of a drama (a fetch, not watching)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def crash(c: Context) -> Flow:
    b = _b(c, "crash", "POST", "https://crash.prakwallet.example/api/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    env = "\n".join(
        [
            js({"event_id": eid, "sent_at": iso(c)}),
            js({"type": "event"}),
            js(
                {
                    "event_id": eid,
                    "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                    "exception": {"values": [{"type": "NullPointerException"}]},
                }
            ),
        ]
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.example-chat.com/v1/send")
    b.json(
        {
            "chat": rid(c.rng),
            "text": c.rng.choice(["ញ៉ាំបាយនៅ?", "ໄປໃສ?", "ok bong", "merci"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"msg_id": rid(c.rng)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "vivo-update", "GET", "https://update.example-vivo.com/check?pkg=com.vivo.appstore")
    b.decoy("commit hash and build fingerprint")
    b.ok_json({"latest": "9.12.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.nhamfood.example/v2/orders")
    b.decoy("order id and delivery coordinates")
    b.json(
        {
            "items": [{"sku": "bai-sach-chrouk", "qty": 2}],
            "drop": [rf(c.rng, 11.5, 11.6), rf(c.rng, 104.85, 104.95)],
            "idem": rid(c.rng),
        }
    )
    b.ok_json({"order_id": "NF" + new_hex(c.rng, 10).upper(), "eta_min": c.rng.randint(15, 45)})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.psarshop.example/v1/signup")
    b.decoy("sign-up form with self-declared gender and birth year (not biometric)")
    b.json({"name": "Srey Mom", "gender": "female", "birth_year": 1996, "otp_req": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Phnom_Penh"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, news, thumb, crash, chat, update_check, food_order, signup,
    time_sync, thumb, weather, chat,
]  # fmt: skip
