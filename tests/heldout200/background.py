"""Ordinary traffic between the apps: connectivity checks, weather for Phnom
Penh / Siem Reap / Long Beach, map tiles, a Khmer news app, a market app whose
catalogue lists a motorbike part's serial number, a chat app's messages, a
mobile game reporting its camera yaw, crash reports with trace ids, fonts and
the riel exchange board. None of it carries biometric data, viewing history or
a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(11.5564, 104.9282), (13.3633, 103.8564), (33.7701, -118.1937)]


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
        "&hourly=temperature_2m,precipitation_probability",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 22, 36, 1) for _ in range(24)],
                "precipitation_probability": [c.rng.randint(0, 90) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
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


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.pordamean-khmer.example/v1/atthabat?t={ms(c)}")
    b.ok_json(
        {
            "atthabat": [
                {"id": c.rng.randint(10**5, 10**6), "chamnong": t, "meul": c.rng.randint(100, 9000)}
                for t in (
                    "ភ្លៀងធ្លាក់ខ្លាំងនៅខេត្តសៀមរាប",
                    "តម្លៃប្រេងឥន្ធនៈថយចុះ",
                    "ក្រុមបាល់ទាត់កម្ពុជាឈ្នះ",
                )
            ]
        }
    )
    b.decoy("article view counts (meul) - aggregate")
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.pordamean-khmer.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def psar_catalogue(c: Context) -> Flow:
    b = _b(c, "psar", "GET", "https://api.psar-online.example/v2/tumnenh?prophet=moto&tumpor=1")
    b.decoy("product serial numbers and model codes in a catalogue")
    b.ok_json(
        {
            "tumnenh": [
                {
                    "sku": f"HND-{c.rng.randint(1000, 9999)}",
                    "chhmoh": "Honda Dream 125 carburettor",
                    "serial_no": f"KZV{c.rng.randint(10**6, 10**7)}",
                    "tlai": c.rng.randint(12, 60),
                    "rubiyaban": "USD",
                },
                {
                    "sku": f"PHN-{c.rng.randint(1000, 9999)}",
                    "chhmoh": "Refurbished phone",
                    "serial_no": f"R58{new_hex(c.rng, 8).upper()}",
                    "imei_status": "clean",
                    "tlai": c.rng.randint(60, 200),
                    "rubiyaban": "USD",
                },
            ]
        }
    )
    return b.build()


def psar_order(c: Context) -> Flow:
    b = _b(c, "psar", "POST", "https://api.psar-online.example/v2/kammang")
    b.decoy("order number and delivery position")
    b.json(
        {
            "tumnenh": [{"sku": f"HND-{c.rng.randint(1000, 9999)}", "chamnuon": 1}],
            "titang": {"lat": rf(c.rng, 11.5, 11.6), "lng": rf(c.rng, 104.85, 104.95)},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"lekh_kammang": order_no(c.rng), "status": "pending"})
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.niyeay.example/v1/sar/phnheu")
    b.decoy("chat message id and text mentioning watching a drama")
    b.json(
        {
            "chat_id": c.rng.randint(10**8, 10**9),
            "sar": c.rng.choice(
                [
                    "ម៉ាក់មើលរឿងទុំទាវដល់ភាគណាហើយ?",
                    "Tonight I'm watching the new lakorn, call later",
                    "បងរត់តុកតុកដល់ម៉ោងប៉ុន្មាន?",
                    "Sent you $50 on LuyPay",
                ]
            ),
            "client_msg_id": rid(c.rng),
            "t": ms(c),
        }
    )
    b.ok_json({"msg_id": new_hex(c.rng, 16), "delivered": True})
    return b.build()


def chat_poll(c: Context) -> Flow:
    offset = c.rng.randint(1, 99999)
    b = _b(c, "chat", "GET", f"https://api.niyeay.example/v1/updates?offset={offset}")
    b.ok_json({"updates": [], "ts": ms(c)})
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.angkor-runner.example/v1/frame-stats")
    b.decoy("game camera yaw/pitch and player position (not a person's face or viewing)")
    b.json(
        {
            "level": c.rng.randint(1, 40),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "player": {"x": rf(c.rng, 0, 500, 1), "y": rf(c.rng, 0, 80, 1)},
            "fps": c.rng.randint(28, 60),
            "session": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44172.ingest.sentry.io/api/7712034/envelope/")
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


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosanskhmer/v24/ijw3s5roRME5LLRxjsRb.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def riel_board(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.atra-prak.example/v1/board?city=phnom-penh")
    b.ok_json(
        {
            "USD": {"tinh": c.rng.randint(4080, 4110), "luk": c.rng.randint(4050, 4090)},
            "THB": {"tinh": 118, "luk": 116},
            "update": iso(c),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    news_image,
    psar_catalogue,
    psar_order,
    chat_message,
    chat_poll,
    game_telemetry,
    sentry_crash,
    fonts,
    riel_board,
    weather,
    news_image,
    chat_poll,
]
