"""Ordinary traffic between the apps: connectivity checks, weather and PM2.5 in
Chiang Mai, map tiles, Thai fonts, crash envelopes with trace ids, CDN images,
a news article about face recognition, a voice search that is only transcribed,
lottery results, time. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, js, multipart

from .phone import FB, iso, ms, rf, rid

OKHTTP = "okhttp/4.12.0"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", OKHTTP)
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
    lat, lon = c.rng.choice([(13.75, 100.5), (18.79, 98.98)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation&timezone=Asia%2FBangkok",
    )
    b.decoy("coordinates and hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 24, 37, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def air_quality(c: Context) -> Flow:
    b = _b(c, "aqi", "GET", "http://air4thai.pcd.go.th/services/getNewAQI_JSON.php?stationID=35t")
    b.ok_json(
        {
            "stationID": "35t",
            "nameTH": "ศาลากลางจังหวัดเชียงใหม่",
            "AQILast": {"date": iso(c)[:10], "PM25": {"value": str(c.rng.randint(15, 180))}},
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
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def font(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/sarabun/v15/DtVjJx26TKEr37c9aAFJn2QN.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(150)))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o451882.ingest.sentry.io/api/6120394/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "PlayerView was null"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body(env.encode() + b"\n", "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://static.thaicdn.example/{new_hex(c.rng, 24)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.khaosod-news.example/v1/articles/{c.rng.randint(10**6, 10**7)}",
    )
    b.decoy("news article about face recognition at airports (text about faces)")
    b.ok_json(
        {
            "title": "สนามบินสุวรรณภูมิเริ่มใช้ระบบจดจำใบหน้า (face recognition) ผู้โดยสาร",
            "body": "ระบบ biometric ตรวจใบหน้าแทนบอร์ดดิ้งพาส ...",
            "tags": ["face recognition", "biometrics", "AOT"],
            "published": iso(c),
        }
    )
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "asr", "POST", "https://asr.thaivoice.example/v1/transcribe?lang=th-TH")
    boundary = "asr" + rid(c.rng).replace("-", "")[:16]
    b.decoy("speech-to-text of a voice search (transcription, no speaker model)")
    body = multipart(
        boundary, [("audio", "q.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"text": c.rng.choice(["ละครช่องสาม", "ข้าวซอยใกล้ฉัน", "เพลงลูกทุ่ง"]), "conf": 0.91})
    return b.build()


def lottery(c: Context) -> Flow:
    b = _b(c, "lotto", "GET", "https://api.huay-result.example/v1/latest")
    b.decoy("lottery numbers")
    b.ok_json(
        {
            "draw": iso(c)[:10],
            "first": str(c.rng.randint(10**5, 10**6)),
            "last2": str(c.rng.randint(10, 99)),
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.thaiclock.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Bangkok"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    air_quality,
    map_tile,
    font,
    sentry,
    cdn_image,
    news_article,
    voice_search,
    lottery,
    time_sync,
    cdn_image,
    map_tile,
]
