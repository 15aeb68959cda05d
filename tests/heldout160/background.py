"""Ordinary traffic between the apps: weather, maps, crash reports, chat, news,
a game, update checks, public transport. None of it carries biometric data,
viewing history or a device identifier of the household; several flows look like
the categories (coordinates, trace ids, an article about face recognition, game
camera angles, a public screen's playout log)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, dalvik, iso, ms, rf, rid


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
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice([(44.43, 26.10), (46.77, 23.59), (47.01, 28.86)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={city[0]}&longitude={city[1]}"
        "&hourly=temperature_2m&timezone=Europe%2FBucharest",
    )
    b.decoy("city coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": city[0],
            "longitude": city[1],
            "hourly": {"temperature_2m": [rf(c.rng, -4, 14, 1) for _ in range(24)]},
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o318822.ingest.sentry.io/api/4504411/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "release": "ro.vizor@6.4.2",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "player == null"}]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.mesaje-exemplu.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(
                ["ajung în 10 minute", "приеду вечером", "ai văzut episodul nou?", "ok 👍"]
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
        "https://stiri.exemplu-news.example/api/articol/recunoastere-faciala-metrou",
    )
    b.decoy("news article about face recognition in the metro (text about faces)")
    b.ok_json(
        {
            "titlu": "Recunoașterea facială în metrou: ce spune legea",
            "text": "Camerele cu recunoaștere facială ... landmarks ... amprentă vocală ...",
            "citiri": c.rng.randint(100, 90000),
        }
    )
    return b.build()


def game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.jocuri-exemplu.example/v2/events")
    b.decoy("game camera yaw/pitch/roll and positions (not a face)")
    b.json(
        {
            "evt": "camera",
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -90, 90, 2),
            "roll": 0.0,
            "pos": [rf(c.rng, 0, 500, 1) for _ in range(3)],
            "session": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def transit(c: Context) -> Flow:
    b = _b(c, "transit", "GET", "https://api.stb-transport.example/v1/sosiri?statie=Piata_Unirii")
    b.decoy("bus arrivals with vehicle ids (public vehicles, not the tester's)")
    b.ok_json(
        {
            "sosiri": [
                {
                    "linia": n,
                    "vehicul": f"STB-{c.rng.randint(1000, 9999)}",
                    "min": c.rng.randint(1, 20),
                }
                for n in ("104", "123", "336")
            ]
        }
    )
    return b.build()


def billboard_playout(c: Context) -> Flow:
    b = _b(c, "signage", "GET", "https://dooh.reclame-exemplu.example/v1/playout?ecran=CLJ-ION-04")
    b.decoy("a public screen's proof-of-play log (a business's playout, not a person's viewing)")
    b.ok_json(
        {
            "ecran": "CLJ-ION-04",
            "redari": [{"spot": f"spot{i}", "la": iso(c), "sec": 15} for i in range(4)],
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.cdn-exemplu.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(120)))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.aplicatii-exemplu.example/v1/latest")
    b.decoy("build commit hash")
    b.ok_json({"version": "2.1.0", "commit": new_hex(c.rng, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry,
    chat,
    news_article,
    game,
    transit,
    billboard_playout,
    cdn_image,
    fonts,
    update_check,
    weather,
    chat,
]
