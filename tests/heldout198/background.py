"""Ordinary traffic between the apps: weather for Miami and Port-au-Prince, map
tiles, chat, images, crash reports with trace ids, a news article (one about
face recognition at the airport), a domino game's camera yaw / pitch / roll,
update checks with commit hashes, a parcel tracker. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(25.77, -80.19), (18.54, -72.34), (19.76, -72.2)]


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
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.decoy("coordinates (city, not the device)")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 22, 34, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 6, 1) for _ in range(24)],
            },
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51277.ingest.us.sentry.io/api/4507712/envelope/")
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


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.decoy("conversation / message ids")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                ["Bonjou manmi!", "m voye kòb la deja", "nou wè dimanch", "ok 👍"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://www.example-nouvelles.ht/api/articles/reconnaissance-faciale-aeroport",
    )
    b.decoy("article about face recognition (not biometric data)")
    b.ok_json(
        {
            "titre": "Reconnaissance faciale à l'aéroport de Miami: ce qui change",
            "auteur": "Rédaction",
            "publie": iso(c),
            "corps": "Les passagers verront leur visage comparé à la photo de leur passeport...",
        }
    )
    return b.build()


def domino_game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.domino-lakay.example-games.com/v1/telemetry")
    b.decoy("game camera yaw / pitch / roll (not a head pose)")
    b.json(
        {
            "match": rid(c.rng),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "roll": 0.0},
            "score": [c.rng.randint(0, 150), c.rng.randint(0, 150)],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.2.0", "commit": new_hex(c.rng, 40), "notes": "Ti koreksyon"})
    return b.build()


def parcel(c: Context) -> Flow:
    num = f"HT{c.rng.randint(10**8, 10**9)}US"
    b = _b(c, "parcel", "GET", f"https://track.example-kouri.com/v1/koli/{num}")
    b.decoy("parcel tracking number")
    b.ok_json(
        {"koli": num, "estati": c.rng.choice(["nan Miami", "nan dwann", "Pòtoprens"]), "le": iso(c)}
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "America/Port-au-Prince"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    chat,
    news,
    domino_game,
    update_check,
    parcel,
    fonts,
    time_sync,
    chat,
    cdn_image,
]
