"""Ordinary traffic between the apps: Environment Canada weather, TTC / TransLink
departures, map tiles, CDN images, Sentry crash envelopes with trace ids, Firebase
Remote Config, an Apple push-ish config fetch, a Bluesky-like chat, a Canadian French
news article about facial recognition, and a school timetable. None of it carries
biometric data, viewing history or a household device identifier.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

Gen = Callable[[Context], Flow]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "CFNetwork/1496.0.7 Darwin/23.5.0")
    return b


def weather(c: Context) -> Flow:
    city = c.rng.choice(["on-143", "bc-74"])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.weather.gc.ca/collections/citypageweather-realtime/items/{city}?lang=fr",
    )
    b.decoy("forecast with coordinates (fr-CA)")
    b.ok_json(
        {
            "geometry": {
                "type": "Point",
                "coordinates": [rf(c.rng, -123.2, -79.3, 4), rf(c.rng, 43.6, 49.3, 4)],
            },
            "properties": {
                "currentConditions": {
                    "temperature": {"value": {"fr": rf(c.rng, -12, 8, 1)}},
                    "condition": {"fr": "Neige légère"},
                }
            },
        }
    )
    return b.build()


def transit(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        f"https://api.transitnow.example/v1/stops/{c.rng.randint(1000, 15000)}/departures",
    )
    b.decoy("departure times and vehicle positions")
    b.ok_json(
        {
            "departures": [
                {
                    "route": c.rng.choice(["504 King", "99 B-Line", "Line 1"]),
                    "dueInSec": c.rng.randint(30, 900),
                    "vehicle": {
                        "lat": rf(c.rng, 43.6, 49.3, 5),
                        "lon": rf(c.rng, -123.2, -79.3, 5),
                    },
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c,
        "maps",
        "GET",
        f"https://tiles.mapsnow.example/v4/{z}/{c.rng.randint(0, 2**z)}"
        f"/{c.rng.randint(0, 2**z)}@2x.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.snipz.example/thumb/{new_hex(c.rng, 32)}_w360.jpg")
    b.decoy("video thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o4505512.ingest.us.sentry.io/api/4505512774/envelope/")
    b.decoy("crash envelope: event / trace ids")
    eid = new_hex(c.rng, 32)
    ev = {
        "event_id": eid,
        "platform": "cocoa",
        "level": "fatal",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "iPhone15,4", "arch": "arm64e", "memory_size": 6_442_450_944},
        },
        "exception": {"values": [{"type": "EXC_BAD_ACCESS", "value": "KERN_INVALID_ADDRESS"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(ev)]) + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(
        c,
        "firebase-rc",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/847213/namespaces/firebase:fetch",
    )
    b.decoy("remote config flags with an installation auth token (no device id in clear)")
    b.json(
        {
            "appId": "1:847213:ios:" + new_hex(c.rng, 16),
            "appVersion": "31.4.0",
            "countryCode": "CA",
            "languageCode": "en-CA",
            "platformVersion": "17.5.1",
            "timeZone": "America/Toronto",
            "sdkVersion": "10.29.0",
        }
    )
    b.ok_json({"entries": {"lens_carousel_v2": "true", "max_clip_sec": "180"}, "state": "UPDATE"})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.groupchat.example/v1/messages")
    b.json(
        {
            "threadId": rid(c.rng),
            "text": c.rng.choice(["omw", "did u finish the bio lab", "lol", "pick me up at 9?"]),
            "clientTs": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://nouvelles.example/api/articles/reconnaissance-faciale-ecoles")
    b.decoy("news article about facial recognition (text about faces, no face data)")
    b.ok_json(
        {
            "titre": "La reconnaissance faciale dans les écoles : ce qu'il faut savoir",
            "corps": "Plusieurs commissions scolaires examinent les systèmes de "
            "reconnaissance faciale...",
            "publieLe": iso(c),
            "tags": ["reconnaissance faciale", "vie privée"],
        }
    )
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "school", "GET", "https://api.schoolday.example/v2/students/me/timetable?term=2")
    b.decoy("class timetable with periods and room numbers")
    b.ok_json(
        {
            "periods": [
                {"course": cr, "room": str(c.rng.randint(100, 340)), "start": "08:45"}
                for cr in ("SBI3U", "MCR3U", "ENG3U", "FSF3U")
            ]
        }
    )
    return b.build()


def generate_204(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


BENIGN: list[Gen] = [
    weather,
    transit,
    map_tile,
    cdn_image,
    sentry,
    remote_config,
    chat,
    article,
    timetable,
    generate_204,
    cdn_image,
    map_tile,
]
