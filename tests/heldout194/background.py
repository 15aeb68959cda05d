"""Ordinary traffic between the apps: weather, maps, CDN, crash reports with trace
ids, chat in Sorani and Arabic, update checks, news articles (one about face
recognition). None of it carries the three categories."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import KB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> KB:
    b = KB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
    return b


def generate_204(c: Context) -> Flow:
    b = KB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 35.5, 37.1, 2), rf(c.rng, 43, 45.5, 2)
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
            "hourly": {"temperature_2m": [rf(c.rng, 5, 46, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.kurd-media.example/{new_hex(c.rng, 32)}/thumb.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o99121.ingest.sentry.io/api/4410021/envelope/")
    b.decoy("trace / event ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "player null"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["بەیانیت باش", "ez têm", "تمام"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://news.kurd-media.example/api/article/{c.rng.randint(1, 99999)}"
    )
    b.decoy("news article about face recognition at Erbil airport: an article, not biometric data")
    b.ok_json(
        {"title": "Naskirina rûyan li balafirgeha Hewlêrê", "body": "...", "published": iso(c)}
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.2", "commit": new_hex(c.rng, 40)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Baghdad"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    news_article,
    update_check,
    time_sync,
    cdn_image,
    weather,
]
