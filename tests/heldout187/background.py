"""Ordinary traffic between the apps: BOM weather, map tiles, fonts, Sentry
crash envelopes with trace ids, the shop's customer chat (with voice notes sent
for transcription: speech to text, no speaker model), a staff avatar upload, and
update checks. None of it carries biometric data, viewing history or a device
identifier of the tester."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, js, multipart

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
    b = _b(
        c, "weather", "GET", "https://api.weather.bom.gov.au/v1/locations/r1r0fs/forecasts/hourly"
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "metadata": {"issue_time": iso(c)},
            "data": [
                {
                    "temp": rf(c.rng, 9, 31, 1),
                    "rain": {"chance": c.rng.randint(0, 90)},
                    "lat": -37.80,
                    "lon": 144.90,
                }
                for _ in range(24)
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    url = (
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png"
    )
    b = _b(c, "osm", "GET", url)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hjQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o91233.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("crash envelope with event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "au.fixdesk.app@4.8.2",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "SM-S911B", "battery_level": c.rng.randint(5, 100)},
        },
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
    b = _b(c, "shopchat", "POST", "https://chat.shopinbox.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(
                [
                    "Dạ, máy của anh sửa xong rồi ạ",
                    "Ναι, έχουμε την οθόνη σε απόθεμα",
                    "Ready after 3pm, cheers",
                ]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def voice_note_transcribe(c: Context) -> Flow:
    b = _b(c, "shopchat", "POST", "https://chat.shopinbox.example/v1/voice-notes/transcribe")
    b.decoy("a customer's voice note sent for speech-to-text (transcription, no speaker model)")
    boundary = "vn" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("lang", None, None, c.rng.choice([b"vi-VN", b"el-GR", b"en-AU"])),
            ("audio", "note.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"transcript": "chị ơi, khi nào lấy máy được?", "confidence": rf(c.rng, 0.7, 0.99, 2)}
    )
    return b.build()


def avatar_upload(c: Context) -> Flow:
    b = _b(c, "fixdesk", "PUT", "https://api.fixdesk.example/v2/staff/me/avatar")
    b.decoy("staff profile picture for the ticket screen (no face matching)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"avatarUrl": f"https://img.fixdesk.example/a/{new_hex(c.rng, 16)}.jpg"})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.probediag.example/v1/latest?channel=stable")
    b.decoy("firmware/app update with a commit hash and checksums")
    b.ok_json({"version": "7.3.1", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Australia/Melbourne"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    fonts,
    sentry,
    chat,
    chat,
    voice_note_transcribe,
    avatar_upload,
    update_check,
    time_sync,
    map_tile,
]
