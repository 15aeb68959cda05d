"""Ordinary traffic between the apps: weather for Columbus and San Antonio,
map tiles, captive-portal checks, crash envelopes with trace ids, chat, a
grocery order, app updates with commit hashes, an article about facial
recognition, ad-viewability pixels (an ad's impression, not what a person
watched) and a game's camera telemetry. None of it carries biometric data,
viewing history or a device identifier of the household."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(39.96, -83.0, "ILN", "Columbus"), (29.42, -98.49, "EWX", "San Antonio")]


def _b(c: Context, sdk: str, method: str, url: str, ua: str = "okhttp/4.12.0") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua)
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


def hotspot_detect(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-491.0.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon, office, _ = c.rng.choice(CITIES)
    b = _b(c, "nws", "GET", f"https://api.weather.gov/points/{lat},{lon}", "WeatherKitApp/2.1")
    b.decoy("coordinates and forecast grid")
    b.ok_json(
        {
            "properties": {
                "gridId": office,
                "gridX": c.rng.randint(20, 90),
                "gridY": c.rng.randint(20, 90),
            }
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o1123.ingest.us.sentry.io/api/4504210/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "cocoa",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "EXC_BAD_ACCESS", "value": "KERN_INVALID_ADDRESS"}]},
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
            "text": c.rng.choice(
                ["¿ya comieron?", "running late, 10 min", "Go Bucks!", "love you mijo"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "grocery", "POST", "https://api.example-grocer.com/v3/curbside/orders")
    b.decoy("order number and pickup slot")
    b.json(
        {
            "items": [{"sku": f"{c.rng.randint(10**6, 10**7)}", "qty": 2}],
            "store": "SA-412",
            "slot": iso(c),
        }
    )
    b.ok_json({"orderNumber": f"CS-{c.rng.randint(10**7, 10**8)}", "total": rf(c.rng, 20, 180, 2)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?platform=ios")
    b.decoy("build commit hash")
    b.ok_json({"version": "3.2.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://news.example-daily.com/api/articles/face-recognition-at-stadiums"
    )
    b.decoy("news article about facial recognition and face scans at stadiums (text about faces)")
    b.ok_json(
        {
            "headline": "Face scans at NFL stadiums: what fans should know",
            "body": "Several teams now use facial recognition for entry; fans can opt out...",
            "published": iso(c),
        }
    )
    return b.build()


def viewability_pixel(c: Context) -> Flow:
    b = _b(c, "doubleverify", "GET", "https://tps.doubleverify.com/visit.jpg")
    b.decoy("ad viewability measurement (an ad's in-view time, not what the person watched)")
    for k, v in [
        ("ctx", "818052"),
        ("cmp", "DV" + str(c.rng.randint(10**6, 10**7))),
        ("sid", str(c.rng.randint(10**5, 10**6))),
        ("impid", new_hex(c.rng, 32)),
        ("inview", "1"),
        ("invtime", str(c.rng.randint(1000, 30000))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.example-games.com/v1/session")
    b.decoy("game camera yaw/pitch/roll and positions (not a face)")
    b.json(
        {
            "frames": [
                {
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -90, 90, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                }
                for _ in range(6)
            ],
            "level": c.rng.randint(1, 40),
        }
    )
    b.no_content()
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    hotspot_detect,
    weather,
    map_tile,
    sentry_crash,
    chat,
    grocery_order,
    update_check,
    article,
    viewability_pixel,
    game_camera,
    cdn_image,
    weather,
    cdn_image,
]
