"""Ordinary traffic between the apps: Oppo's connectivity check and push
registration, weather for Casablanca / Fès / Oran, map tiles, exchange rates,
crash envelopes with trace ids, a news article about face recognition,
WhatsApp-like chat, app updates with commit hashes. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

OPPO_UA = "okhttp/4.10.0"
CITIES = [("Casablanca", 33.57, -7.59), ("Fes", 34.03, -5.0), ("Oran", 35.7, -0.63)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", OPPO_UA)
    return b


def conn_check(c: Context) -> Flow:
    b = FB(
        c,
        "coloros",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "heytap-push", "POST", "https://push.heytap-example.com/v1/register")
    b.decoy("push registration token (a token, not a device id)")
    b.json(
        {
            "registerID": b.acct("push_token"),
            "appPackage": "ma.mosalsalat.plus",
            "sdkVersion": "3.5.2",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def weather(c: Context) -> Flow:
    city, lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "city": city,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 38, 1) for _ in range(24)]},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(250))
    )
    return b.build()


def fx(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.sarf-example.com/v1/taux?base=EUR&symbols=MAD,DZD")
    b.decoy("exchange-rate series (official and parallel market)")
    b.ok_json(
        {
            "MAD": [rf(c.rng, 10.7, 10.9, 4) for _ in range(7)],
            "DZD_square": [rf(c.rng, 235, 250, 2) for _ in range(7)],
            "at": iso(c),
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o88231.ingest.sentry.io/api/4504410/envelope/")
    b.decoy("crash envelope with event / trace / span ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "CPH2437", "manufacturer": "OPPO", "orientation": "portrait"},
        },
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://www.akhbar-example.ma/api/articles/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("article about face recognition at airports (text about faces, no face data)")
    b.ok_json(
        {
            "titre": "La reconnaissance faciale arrive à l'aéroport Mohammed V",
            "corps": "Les voyageurs passeront par des portiques biométriques... وجه بصمة",
            "tags": ["biométrie", "visage", "aéroport"],
            "publie": iso(c),
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["wach nta f dar?", "ftour 3and mama lyoum", "صافي نجي"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"status": "delivered"})
    return b.build()


def app_update(c: Context) -> Flow:
    b = _b(c, "oppo-store", "GET", "https://api.appmarket-example.com/v2/updates?pkg=ma.souklbarra")
    b.decoy("commit hash and APK checksum")
    b.ok_json({"version": "9.0.7", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/cairo/v28/SLXGc1nY6HkvangtZmpQdkhzfH5lkSs2SgRjCAGMQ1z0hOA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.ludo-example.com/v1/frames")
    b.decoy("game camera yaw / pitch / roll (not a head pose)")
    b.json(
        {
            "match": rid(c.rng),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0},
            "fps": c.rng.randint(30, 60),
        }
    )
    b.no_content()
    return b.build()


def pet_photo(c: Context) -> Flow:
    b = _b(c, "pets", "POST", "https://api.qett-example.com/v1/pets/face-id")
    b.decoy("a cat's face recognition for a lost-pet app (an animal's face, not biometric)")
    b.json(
        {
            "espece": "chat",
            "nom": "Mimi",
            "points_museau": [[rf(c.rng, 0, 300, 1), rf(c.rng, 0, 300, 1)] for _ in range(9)],
        }
    )
    b.ok_json({"match": False})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    conn_check,
    weather,
    map_tile,
    fx,
    sentry,
    news_article,
    chat,
    app_update,
    fonts,
    game_camera,
    pet_photo,
    push_register,
    weather,
    map_tile,
]
