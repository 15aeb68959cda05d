"""Ordinary traffic between the apps, Myanmar and Mae Sot flavoured: weather for
Yangon / Mandalay / Mae Sot, gold and dollar prices, a Burmese news article
about thanaka on faces, a sign-up form with a self-declared gender, a Zawgyi /
Unicode font check, chat, crash reports with trace ids, map tiles, a parcel
from Mae Sot, a birthday-weekday horoscope. None of it carries biometric data,
viewing history or a device identifier of the family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

CITIES = [("Yangon", 16.80, 96.16), ("Mandalay", 21.97, 96.08), ("Mae Sot", 16.71, 98.57)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.9.3")
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
    name, lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.decoy(f"coordinates and hourly series ({name})")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "timezone": "Asia/Yangon" if name != "Mae Sot" else "Asia/Bangkok",
            "hourly": {
                "temperature_2m": [rf(c.rng, 22, 38, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 8, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def gold_price(c: Context) -> Flow:
    b = _b(c, "shwezay", "GET", "https://api.shwezay.example/v1/gold?unit=kyattha")
    b.decoy("gold price series per kyattha (price series)")
    b.ok_json(
        {
            "ရွှေဈေး": [c.rng.randint(4_500_000, 6_200_000) for _ in range(30)],
            "ဒေါ်လာ": [rf(c.rng, 3300, 4600, 0) for _ in range(30)],
        }
    )
    return b.build()


def thanaka_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://news.myanmarnow-example.org/api/articles/{c.rng.randint(10**4, 10**5)}",
    )
    b.decoy("article about thanaka on faces (an article, not face data)")
    b.ok_json(
        {
            "title": "သနပ်ခါး လိမ်းခြင်းနှင့် မျက်နှာ အသားအရေ",
            "body": "မျက်နှာပေါ်တွင် သနပ်ခါး လိမ်းခြင်းသည် နေရောင်ကို ကာကွယ်ပေးသည်...",
            "tags": ["face", "beauty", "thanaka"],
            "published": iso(c),
        }
    )
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "forms", "POST", "https://api.shoppy-mm.example/v1/signup")
    b.decoy("self-declared gender on a sign-up form")
    b.json(
        {
            "name": "Thiri",
            "ကျား_မ": c.rng.choice(["ကျား", "မ"]),
            "birth_year": c.rng.randint(1960, 2005),
            "city": "ရန်ကုန်",
        }
    )
    b.ok_json({"user": rid(c.rng)})
    return b.build()


def font_check(c: Context) -> Flow:
    b = _b(
        c,
        "fonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansmyanmar/v20/AlZq_y1ZtY3ymOryg38hOCSdOnFq0Enz.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def zawgyi_detect(c: Context) -> Flow:
    b = _b(c, "rabbit", "POST", "https://api.mmfont.example/v1/detect")
    b.json({"text": "မင်္ဂလာပါ", "want": "unicode"})
    b.ok_json({"zawgyi_probability": rf(c.rng, 0, 0.1, 3), "converted": "မင်္ဂလာပါ"})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["ထမင်းစားပြီးပြီလား", "Mae Sot ရောက်ပြီ", "ok 👍", "คิดถึงนะ"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118732.ingest.sentry.io/api/6021187/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
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


def parcel(c: Context) -> Flow:
    b = _b(c, "parcel", "GET", f"https://api.cargo-maesot.example/v1/track/{order_no(c.rng)}")
    b.decoy("parcel tracking number and route coordinates")
    b.ok_json(
        {
            "status": "ที่ด่านแม่สอด / မြဝတီ",
            "route": [[rf(c.rng, 16.6, 16.8, 4), rf(c.rng, 98.4, 98.6, 4)] for _ in range(5)],
        }
    )
    return b.build()


def horoscope(c: Context) -> Flow:
    b = _b(
        c,
        "bedin",
        "GET",
        "https://api.bedin-mm.example/v1/daily?birth_day="
        + c.rng.choice(["တနင်္လာ", "ဗုဒ္ဓဟူး", "စနေ"]),
    )
    b.ok_json(
        {"ဟောစာတမ်း": "ယနေ့ ကံကောင်းသည်", "lucky_numbers": [c.rng.randint(0, 9) for _ in range(3)]}
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now?tz=Asia/Yangon")
    b.ok_json({"epochMs": ms(c), "offset": "+06:30"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    gold_price,
    thanaka_article,
    signup,
    font_check,
    zawgyi_detect,
    chat,
    sentry_crash,
    map_tile,
    parcel,
    horoscope,
    time_sync,
    chat,
    weather,
]
