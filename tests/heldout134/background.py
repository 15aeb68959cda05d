"""Ordinary traffic between the apps: weather over Pune, a news article about
DigiYatra face boarding (words about faces, no face data), gold and Sensex
price series, a crash envelope with trace ids, a family chat, a grocery order,
fonts and the connectivity check. None of it carries the three categories."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
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
    lat, lon = c.rng.choice([(18.52, 73.86), (22.57, 88.36), (26.85, 80.95)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 14, 33, 1) for _ in range(24)]},
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.khabarlive.example/v1/article/digiyatra-face-boarding")
    b.decoy("news article about face recognition at airports (text, no face data)")
    b.ok_json(
        {
            "headline": "DigiYatra: chehre se boarding ab Pune airport par bhi",
            "body": "Face recognition based boarding ... passengers' facial biometrics ...",
            "tags": ["face recognition", "biometric", "airport"],
        }
    )
    return b.build()


def gold_rates(c: Context) -> Flow:
    b = _b(c, "markets", "GET", "https://api.bazaarbhav.example/v1/gold?city=kolkata&days=30")
    b.decoy("price series")
    b.ok_json(
        {
            "sona_24k": [rf(c.rng, 7400, 7900, 0) for _ in range(30)],
            "sensex": [rf(c.rng, 78000, 81000, 2) for _ in range(30)],
        }
    )
    return b.build()


def crash(c: Context) -> Flow:
    b = _b(c, "crashreport", "POST", "https://crash.appwatch.example/api/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    ev = {
        "event_id": new_hex(c.rng, 32),
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "Player view null"}]},
    }
    env = "\n".join(
        [js({"event_id": ev["event_id"], "sent_at": iso(c)}), js({"type": "event"}), js(ev)]
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev["event_id"]})
    return b.build()


def family_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.gappa.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["Aai, match suru jhali ka?", "khana kha liya?", "আজ রাতে কী রান্না?"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def grocery(c: Context) -> Flow:
    b = _b(c, "grocery", "POST", "https://api.jhatpatkirana.example/v2/orders")
    b.decoy("order id and delivery coordinates")
    b.json(
        {
            "items": [{"sku": "ATTA-5KG", "qty": 1}, {"sku": "TOOR-DAL-1KG", "qty": 2}],
            "drop": {"lat": 18.5204, "lng": 73.8567},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"order_id": f"JK{c.rng.randint(10**8, 10**9)}", "eta_min": 12})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.cdn-bharat.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/notosansdevanagari/v26/TuGoUUFzXI5F.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "matrimony", "POST", "https://api.vivahsutra.example/v1/profile/basic")
    b.decoy("self-declared gender and date of birth on a form (not biometric)")
    b.json({"ling": "female", "janm_tarikh": "1993-04-12", "jaat": "—", "sheher": "Lucknow"})
    b.ok_json({"profile_id": f"VS{c.rng.randint(10**6, 10**7)}"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    news_article,
    gold_rates,
    crash,
    family_chat,
    grocery,
    cdn_image,
    fonts,
    signup_form,
    weather,
    cdn_image,
    family_chat,
]
