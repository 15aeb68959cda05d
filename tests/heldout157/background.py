"""Ordinary traffic between the apps: connectivity checks, weather for Lahore and
Karachi, map tiles, crash envelopes with trace ids, WhatsApp-like chat, a ludo
game's camera angles, a shopping app's product vectors, a pet-camera's cat face
boxes, a sign-up form, remote config. None of it carries biometric data, viewing
history or an identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import floats
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
    city = c.rng.choice([("Lahore", 31.55, 74.34), ("Karachi", 24.86, 67.0)])
    b = _b(
        c,
        "mausam",
        "GET",
        f"https://api.mausam.example/v1/forecast?shehar={city[0]}&lat={city[1]}&lon={city[2]}",
    )
    b.decoy("coordinates and hourly temperature series")
    b.ok_json(
        {
            "shehar": city[0],
            "hourly": [rf(c.rng, 14, 44, 1) for _ in range(24)],
            "smog_aqi": c.rng.randint(80, 420),
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o91823.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("event / trace / span ids (no device id)")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid, "platform": "java", "level": "error",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }  # fmt: skip
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.gupshup-messenger.example/v1/messages")
    b.json(
        {
            "thread": rid(c.rng),
            "text": c.rng.choice(["Ammi khana tayyar hai?", "match dekh rahe ho?", "ok ji 👍"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def ludo_camera(c: Context) -> Flow:
    b = _b(c, "ludo", "POST", "https://telemetry.ludostar.example/v2/frame-stats")
    b.decoy("game camera yaw/pitch/roll (not a head pose)")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -90, 90, 2), "roll": 0.0},
            "fps": c.rng.randint(30, 60),
            "room": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def product_vector(c: Context) -> Flow:
    b = _b(c, "bazaar", "POST", "https://api.bazaar-shop.example/v1/similar")
    b.decoy("product image embedding (feature vector of a kurta photo, no face)")
    b.json({"sku": f"KRT-{c.rng.randint(1000, 9999)}", "embedding": floats(c.rng, 64)})
    b.ok_json({"similar": [f"KRT-{c.rng.randint(1000, 9999)}" for _ in range(5)]})
    return b.build()


def pet_face(c: Context) -> Flow:
    b = _b(c, "petcam", "POST", "https://api.petcam.example/v1/detections")
    b.decoy("cat face box and landmarks from a pet camera (an animal's face)")
    b.json(
        {
            "species": "cat",
            "face_box": [c.rng.randint(0, 400) for _ in range(4)],
            "landmarks": [[rf(c.rng, 0, 640, 1), rf(c.rng, 0, 480, 1)] for _ in range(9)],
        }
    )
    b.no_content()
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "bazaar", "POST", "https://api.bazaar-shop.example/v1/signup")
    b.decoy("sign-up form with self-declared gender and birth year")
    b.json({"naam": "Bilal", "jins": "mard", "paidaish_saal": 2001, "shehar": "Lahore"})
    b.ok_json({"ok": True})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/dg-prod/namespaces/firebase:fetch",
    )
    b.decoy("remote config flags and a request nonce")
    b.json(
        {
            "appId": "1:4481:android:" + new_hex(c.rng, 16),
            "languageCode": "ur-PK",
            "timeZone": "Asia/Karachi",
            "nonce": rid(c.rng),
        }
    )
    b.ok_json({"entries": {"psl_banner": "true", "ramzan_theme": "false"}, "state": "UPDATE"})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(
        c, "cdn", "GET", f"https://img.dramaghar-cdn.example/thumbs/{new_hex(c.rng, 24)}/w320.jpg"
    )
    b.decoy("drama thumbnail (a poster with actors' faces, content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notonastaliqurdu/v20/LhWNMUPbN-oZdNFcBy1-DJYsEoTq5pu.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, sentry, chat, ludo_camera, product_vector, pet_face,
    signup, remote_config, thumbnail, fonts, weather, chat, thumbnail,
]  # fmt: skip
