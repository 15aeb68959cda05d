"""Ordinary traffic between the apps: Ulaanbaatar air quality and weather, map
tiles, a news article about face recognition, chat, crash reports with trace
ids, the Mongolbank rate feed, a Seoul university portal and a translator.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

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


def air_quality(c: Context) -> Flow:
    b = _b(c, "agaar", "GET", "https://api.agaar-mn.example/v1/pm25?hot=ulaanbaatar")
    b.decoy("PM2.5 series per station with coordinates")
    b.ok_json(
        {
            "stants": [
                {
                    "ner": n,
                    "lat": rf(c.rng, 47.88, 47.95),
                    "lng": rf(c.rng, 106.8, 107.0),
                    "pm25": [c.rng.randint(20, 480) for _ in range(24)],
                }
                for n in ("Толгойт", "Баянхошуу", "Нисэх", "Зурагт")
            ]
        }
    )
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice([(47.92, 106.92), (49.03, 104.08), (37.57, 126.98)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={city[0]}&longitude={city[1]}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": city[0],
            "longitude": city[1],
            "hourly": {"temperature_2m": [rf(c.rng, -32, 5, 1) for _ in range(24)]},
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


def news_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://news.medee-mn.example/api/niitlel/{c.rng.randint(10**5, 10**6)}"
    )
    b.decoy("news article about face recognition at border posts (about faces, not a face)")
    b.ok_json(
        {
            "garchig": "Хилийн боомтод нүүр таних систем нэвтрүүлнэ",
            "tovch": "Замын-Үүдийн боомтод нүүр танилтын камер суурилуулж, зорчигчдын царайг...",
            "ognoo": iso(c),
            "zurag": "https://news.medee-mn.example/img/boomt.jpg",
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["Ээж ээ, сайн байна уу?", "아빠 돈 보냈어요?", "Эрдэнэт рүү маргааш явна", "ok 👍"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o55102.ingest.sentry.io/api/6630021/envelope/")
    b.decoy("crash envelope: trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NullPointerException", "value": "PlayerView.getPlayer() on null"}]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def mongolbank_rates(c: Context) -> Flow:
    b = _b(c, "rates", "GET", "https://rates.mongolbank-feed.example/v1/official?date=today")
    b.decoy("official exchange rates (a number series)")
    b.ok_json(
        {
            "date": iso(c)[:10],
            "rates": {
                "USD": rf(c.rng, 3390, 3420, 2),
                "KRW": rf(c.rng, 2.4, 2.5, 3),
                "RUB": rf(c.rng, 34, 38, 2),
            },
        }
    )
    return b.build()


def university_portal(c: Context) -> Flow:
    b = FB(
        c, "snu-portal", "GET", "https://portal.seoul-univ.example/api/timetable?semester=2025-2"
    )
    b.header(
        "user-agent",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15",
    )
    b.decoy("student timetable with a student number (an account)")
    b.ok_json(
        {
            "학번": "2023-" + str(c.rng.randint(10000, 99999)),
            "강의": [
                {"과목": s, "강의실": f"{c.rng.randint(1, 80)}동 {c.rng.randint(100, 500)}호"}
                for s in ("한국어 3", "경영학원론", "통계학")
            ],
        }
    )
    return b.build()


def translate(c: Context) -> Flow:
    b = _b(c, "translate", "POST", "https://translate.example-lang.com/v1/translate")
    b.json({"source": "mn", "target": "ko", "text": "Би Сөүлд суралцдаг"})
    b.ok_json({"translated": "저는 서울에서 공부합니다"})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Ulaanbaatar"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansmongolian/v21/VdGCAYADGIwE0EopZx8xQfHlgEAMsrToxL4g6-av1x0.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    air_quality,
    weather,
    map_tile,
    news_article,
    chat,
    sentry_crash,
    mongolbank_rates,
    university_portal,
    translate,
    time_sync,
    fonts,
    map_tile,
    chat,
]
