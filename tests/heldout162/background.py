"""Ordinary traffic between the apps: connectivity checks, the Glasgow weather,
map tiles, crash envelopes with trace ids, the staff group chat, a news article
about facial recognition, update checks and parcel tracking. None of it carries
biometric data, viewing history or a device identifier of the tester."""

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
    lat, lon = rf(c.rng, 55.82, 55.9, 3), rf(c.rng, -4.32, -4.2, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.met.no/weatherapi/locationforecast/2.0/compact?lat={lat}&lon={lon}",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "geometry": {"coordinates": [lon, lat, 30]},
            "timeseries": [
                {"time": iso(c), "air_temperature": rf(c.rng, 6, 19, 1)} for _ in range(12)
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o219934.ingest.sentry.io/api/4504401/envelope/")
    b.decoy("crash envelope: event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "reelhouse-tms@3.22.1",
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


def staff_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(
                [
                    "screen 2 lamp warning again",
                    "can someone cover bar at 7",
                    "Aftersun KDM is in",
                    "sold out tonight!",
                ]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://news.example-herald.co.uk/api/articles/cinemas-trial-face-recognition",
    )
    b.decoy("news article about face recognition at cinema doors (text about faces, no face data)")
    b.ok_json(
        {
            "headline": "Chains trial facial recognition at the door",
            "body": "Critics say face templates...",
            "published": iso(c),
        }
    )
    return b.build()


def article_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.example-herald.co.uk/{new_hex(c.rng, 16)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.reelhouse.example/tms-android/latest")
    b.decoy("commit hash of a release")
    b.ok_json({"version": "3.22.2", "commit": new_hex(c.rng, 40)})
    return b.build()


def parcel(c: Context) -> Flow:
    b = _b(
        c,
        "parcel",
        "GET",
        f"https://track.example-parcels.co.uk/v1/{c.rng.randint(10**11, 10**12)}",
    )
    b.decoy("parcel tracking number (popcorn supplies)")
    b.ok_json({"status": "out_for_delivery", "eta": iso(c)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    staff_chat,
    news_article,
    article_image,
    update_check,
    parcel,
    staff_chat,
    generate_204,
]
