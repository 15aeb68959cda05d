"""Ordinary traffic between the apps: weather, map tiles, crash envelopes with
trace ids, chat, an e-book's reading position, a news article about face
recognition at stadiums, update checks, fonts, bus arrivals. None of it carries
biometric data, viewing history or one of his device identifiers."""

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
    lat, lon = rf(c.rng, 40.55, 40.68, 3), rf(c.rng, 22.88, 23.02, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 4, 28, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450912.ingest.sentry.io/api/6601234/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "clip == null"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["Ορισμός για Κυριακή 11:00", "ok ρε", "πάμε για τρέξιμο;", "η προπόνηση στις 6"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = _b(
        c,
        "ebooks",
        "PUT",
        f"https://sync.biblionet-reader.example/v1/books/{c.rng.randint(10**5, 10**6)}/position",
    )
    b.decoy("e-book reading position and progress (reading is not watching or listening)")
    b.json(
        {
            "chapter": c.rng.randint(1, 20),
            "position": rf(c.rng, 0, 1, 4),
            "progressPct": c.rng.randint(1, 100),
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://www.thessnews-example.gr/api/articles/anagnorisi-prosopou-gipeda"
    )
    b.decoy("news article about face recognition at stadium gates (an article, not a face)")
    b.ok_json(
        {
            "title": "Αναγνώριση προσώπου στις θύρες των γηπέδων: τι προβλέπει ο νόμος",
            "body": "Η κάμερα εντοπίζει το πρόσωπο και συγκρίνει face embeddings με λίστα...",
            "tags": ["face recognition", "γήπεδα", "GDPR"],
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.9.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v30/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def bus_arrivals(c: Context) -> Flow:
    b = _b(
        c,
        "oasth",
        "GET",
        "https://telematics.oasth-example.gr/api/?act=getStopArrivals"
        f"&p1={c.rng.randint(1000, 2000)}",
    )
    b.decoy("bus arrivals with vehicle numbers (public buses, not his devices)")
    b.ok_json(
        [
            {
                "route_code": str(c.rng.randint(1, 90)),
                "veh_code": str(c.rng.randint(100, 999)),
                "btime2": str(c.rng.randint(1, 25)),
            }
            for _ in range(3)
        ]
    )
    return b.build()


def cdn_thumb(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.example-cdn.net/{new_hex(c.rng, 32)}/w320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sports_shop_signup(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.sportshop-example.gr/v1/signup")
    b.decoy("shop sign-up form: name, gender, birth year (self-declared, not biometric)")
    b.json(
        {
            "firstName": "Νίκος",
            "gender": "male",
            "birthYear": 1988,
            "newsletter": c.rng.random() < 0.5,
        }
    )
    b.ok_json({"created": True, "requestId": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    chat,
    ebook_position,
    face_article,
    update_check,
    fonts,
    bus_arrivals,
    cdn_thumb,
    sports_shop_signup,
    chat,
    weather,
]
