"""Ordinary traffic between the apps: connectivity checks, weather, map tiles,
CDN images, crash envelopes with trace ids, news, time. No sensitive data."""

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
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 39.6, 41.4, 2), rf(c.rng, 64.4, 69.4, 2)
    b = _b(c, "weather", "GET", f"https://api.ob-havo.example/v1/prognoz?lat={lat}&lon={lon}")
    b.ok_json({"harorat": [rf(c.rng, -5, 38, 1) for _ in range(24)], "shahar": "Toshkent"})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.kinoteka-uz.example/poster/{new_hex(c.rng, 24)}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o55120.ingest.sentry.io/api/6612/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    lines = [
        js({"event_id": event_id, "sent_at": iso(c)}),
        js({"type": "event"}),
        js(
            {
                "event_id": event_id,
                "level": "error",
                "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
            }
        ),
    ]
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.yangiliklar.example/v1/lenta?til=uz&req={rid(c.rng)}")
    b.ok_json({"maqolalar": [{"sarlavha": "Toshkentda yangi metro bekati", "vaqt": iso(c)}]})
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.yangiliklar.example/v1/maqola/yuzni-tanish-texnologiyasi")
    b.decoy("news article ABOUT face recognition: text, not anyone's biometric data")
    b.ok_json({"sarlavha": "Yuzni tanish: metroda yangi tizim", "matn": "Face ID, landmarks..."})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Tashkent"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    news,
    face_article,
    time_sync,
    cdn_image,
    weather,
]
