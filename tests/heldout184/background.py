"""Ordinary traffic between the apps: connectivity checks, weather over Dakar,
map tiles, news, CDN thumbnails, crash envelopes with trace ids, a sign-up form
of a school portal with self-declared sex, a football-game telemetry with camera
yaw/pitch/roll, a chat and update checks. None of it carries biometric data,
viewing history or an identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
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
    lat, lon = rf(c.rng, 14, 16.5, 2), rf(c.rng, -17.5, -16, 2)
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
            "hourly": {"temperature_2m": [rf(c.rng, 22, 38, 1) for _ in range(24)]},
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


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.senactu.example/v1/articles?rubrique=societe")
    b.decoy("news article about facial recognition at AIBD airport (an article, not a face)")
    b.ok_json(
        {
            "articles": [
                {
                    "titre": "La reconnaissance faciale arrive à l'AIBD",
                    "publie": iso(c),
                    "vues": c.rng.randint(100, 50000),
                }
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(
        c, "cdn", "GET", f"https://img.terangaxool.example/vignettes/{new_hex(c.rng, 20)}/w320.jpg"
    )
    b.decoy("episode thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o77120.ingest.sentry.io/api/4504821/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
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


def signup(c: Context) -> Flow:
    b = _b(c, "school", "POST", "https://portail.ecole-example.sn/api/inscription")
    b.decoy("school sign-up form with self-declared sex and birth date (not biometric)")
    b.json(
        {
            "prenom": "Khadija",
            "nom": "Ndiaye",
            "sexe": "F",
            "date_naissance": "2011-03-14",
            "classe": "5e",
        }
    )
    b.ok_json({"dossier": "INS-" + new_hex(c.rng, 6).upper()})
    return b.build()


def game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.galsenfoot.example/v1/frames")
    b.decoy("football game camera yaw/pitch/roll and ball positions (a game camera)")
    b.json(
        {
            "frames": [
                {
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -30, 30, 2),
                    "roll": 0.0,
                    "ball": [rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)],
                }
                for _ in range(5)
            ],
            "session": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["Nanga def?", "Jërëjëf", "Maa ngi ci yoon wi"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def update(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("release commit hash")
    b.ok_json({"version": "3.9.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    thumbnail,
    sentry,
    signup,
    game,
    chat,
    update,
    fonts,
    thumbnail,
    weather,
]
