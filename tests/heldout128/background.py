"""Ordinary traffic between the apps: weather, prayer times, maps, fonts, crash
reports with trace ids, chat, push-to-talk voice clips and their transcripts,
news in Chinese, food orders, update checks. None of it carries biometric
data, viewing history or the phone's identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav, js, multipart

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
    lat, lon = rf(c.rng, 3.0, 3.3, 3), rf(c.rng, 101.5, 101.8, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation_probability",
    )
    b.decoy("coordinates and an hourly float series (weather)")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation_probability": [c.rng.randint(0, 100) for _ in range(24)]},
        }
    )
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = _b(c, "solat", "GET", "https://api.waktusolat.example/v2/solat/WLY01")
    b.ok_json(
        {
            "zon": "WLY01",
            "waktu": {
                k: f"{h:02d}:{c.rng.randint(0, 59):02d}"
                for k, h in (
                    ("subuh", 5),
                    ("zohor", 13),
                    ("asar", 16),
                    ("maghrib", 19),
                    ("isyak", 20),
                )
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(14, 18)
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


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosanssc/v36/k3kXo84MPvpLmixcA63oeALhLOCT-xWNm8Hqd37g1OkDRZe7lR4sg1IzSy-MNbE9VH8V.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118203.ingest.sentry.io/api/4504417/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "my.lamanseri.ops@4.2.1+421",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "SM-A546E", "battery_level": c.rng.randint(5, 100)},
        },
        "exception": {
            "values": [
                {"type": "SocketTimeoutException", "value": "timeout rtsp://10.20.4.17/stream1"}
            ]
        },
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
                ["Dah sampai bilik kawalan", "ok noted", "好的，马上到", "lunch kat medan selera?"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def ptt_clip(c: Context) -> Flow:
    b = _b(c, "ptt", "POST", "https://ptt.example-radio.com/v2/talkgroups/LS-SECURITY/clips")
    b.decoy(
        "push-to-talk voice clip to a talkgroup: speech relayed, no speaker model or voiceprint"
    )
    bnd = "----" + new_hex(c.rng, 20)
    parts = [
        ("audio", "clip.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ("durasi_ms", None, None, str(c.rng.randint(800, 9000)).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"clipId": rid(c.rng)})
    return b.build()


def ptt_transcript(c: Context) -> Flow:
    b = _b(c, "ptt", "GET", f"https://ptt.example-radio.com/v2/clips/{rid(c.rng)}/transcript")
    b.decoy("speech-to-text transcript of a radio clip: transcription, not speaker recognition")
    b.ok_json(
        {
            "teks": c.rng.choice(
                ["Unit dua, sila ke pintu C", "Roger, on the way", "保安请到三楼"]
            ),
            "bahasa": "ms",
            "keyakinan": rf(c.rng, 0.6, 0.98, 2),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://news.example-zh.my/api/v1/feed?cat=local")
    b.decoy("news feed articles (one about facial recognition in malls)")
    b.ok_json(
        {
            "articles": [
                {"title": "吉隆坡商场引入人脸识别，引发隐私讨论", "id": new_digits(c.rng, 8)},
                {"title": "雪隆区明日或有雷雨", "id": new_digits(c.rng, 8)},
            ]
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.example-food.my/v1/orders")
    b.decoy("food order: order number, rider coordinates")
    b.json(
        {
            "outlet": "Medan Selera L4 - Nasi Campur",
            "items": [{"sku": f"NC-{c.rng.randint(100, 999)}", "qty": 1}],
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "orderNo": "FD" + new_digits(c.rng, 10),
            "rider": {"lat": rf(c.rng, 3.14, 3.16, 5), "lng": rf(c.rng, 101.70, 101.72, 5)},
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.lamanseri.example/ops/latest?channel=stable")
    b.decoy("commit hash and APK SHA-256")
    b.ok_json({"version": "4.2.2", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Kuala_Lumpur"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    prayer_times,
    map_tile,
    fonts,
    sentry_crash,
    chat,
    chat,
    ptt_clip,
    ptt_transcript,
    news,
    food_order,
    update_check,
    time_sync,
]
