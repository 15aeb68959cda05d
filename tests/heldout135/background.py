"""Ordinary traffic between the apps: weather, maps, LINE-style chat, shop
orders, train transfer search, crash envelopes with trace ids, a news article
about face recognition, OCR of a receipt, speech-to-text of a voice memo."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, js

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
    lat, lon = rf(c.rng, 34.6, 43.1, 3), rf(c.rng, 135.4, 141.4, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m&timezone=Asia%2FTokyo",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -8, 30, 1) for _ in range(24)]},
        }
    )
    return b.build()


def transit(c: Context) -> Flow:
    b = _b(
        c,
        "transit",
        "GET",
        "https://api.norikae.example/v1/route?from=%E6%A2%85%E7%94%B0&to=%E9%9B%A3%E6%B3%A2",
    )
    b.decoy("train route with times (乗換案内)")
    b.ok_json(
        {"routes": [{"shuppatsu": iso(c), "shoyou_fun": c.rng.randint(8, 30), "unchin": 240}]}
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.talkline.example/v3/send")
    b.json(
        {
            "to": rid(c.rng),
            "text": c.rng.choice(["今から帰るね", "了解です", "晩ごはん何?"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"msgId": rid(c.rng)})
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o77120.ingest.sentry.io/api/4401/envelope/")
    b.decoy("crash envelope: event and trace ids")
    eid = new_hex(c.rng, 32)
    trace = {"trace": {"trace_id": new_hex(c.rng, 32)}}
    error = {"type": "NullPointerException", "value": "saisei_view is null"}
    ev = {"event_id": eid, "platform": "java", "contexts": trace, "exception": {"values": [error]}}
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(ev)]) + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def shop(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kaimono.example/v1/chumon")
    b.decoy("order number and idempotency key")
    b.json({"sku": f"4901{c.rng.randint(10**8, 10**9)}", "kazu": 1, "idempotency": rid(c.rng)})
    b.ok_json({"chumon_bango": f"{c.rng.randint(100, 999)}-{c.rng.randint(10**6, 10**7)}"})
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://news.nippo.example/articles/{c.rng.randint(10**5, 10**6)}")
    b.decoy("a news article about face recognition at stations (text about faces)")
    b.ok_json(
        {
            "midashi": "駅の顔認証改札、実証実験へ",
            "honbun": "顔認証で改札を通過する実験が…",
            "published": iso(c),
        }
    )
    return b.build()


def receipt_ocr(c: Context) -> Flow:
    b = _b(c, "kakeibo", "POST", "https://api.kakeibo.example/v1/ocr")
    b.decoy("receipt OCR with text boxes")
    b.json({"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 300))})
    b.ok_json(
        {
            "lines": [
                {"text": "ローソン", "box": [12, 30, 200, 60]},
                {"text": "¥540", "box": [12, 90, 120, 120]},
            ]
        }
    )
    return b.build()


def voice_memo(c: Context) -> Flow:
    b = _b(c, "memo", "POST", "https://stt.onsei-memo.example/v1/mojiokoshi")
    b.decoy("speech-to-text of a voice memo (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 700), "audio/wav")
    b.ok_json({"text": "牛乳とたまごを買う"})
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


def config(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/minpo/namespaces/firebase:fetch",
    )
    b.decoy("remote config with experiment ids")
    b.ok_json({"entries": {"saisei_ui_v2": "true", "ab_test": new_hex(c.rng, 8)}})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, transit, chat, sentry, shop, face_article, receipt_ocr, voice_memo,
    map_tile, config, weather, chat,
]  # fmt: skip
