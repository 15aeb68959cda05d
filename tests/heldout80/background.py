"""Ordinary traffic between the apps: MIUI/HyperOS and Android checks, weather
(IPMA / AEMET style), map tiles, CDN images, Sentry crash envelopes with trace
ids, Firebase Remote Config feature flags, a news article about facial
recognition, a gym sign-up form with self-declared gender, exchange-rate
series. None carries biometric data, viewing history or her device ids.

The flags come from the hotel's own flag service (no instance id); the Sentry
envelope follows develop.sentry.dev/sdk/envelopes.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, b_, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "https://connect.rom.miui.com/generate_204", http_version="HTTP/1.1"
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 36.5, 41.8, 3), rf(c.rng, -9.2, -3.5, 3)
    b = b_(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and an hourly numeric series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 6, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = b_(
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
    b = b_(c, "cdn", "GET", f"https://img.hotelmar-cdn.pt/quartos/{new_hex(c.rng, 32)}/w720.jpg")
    b.decoy("room photo thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = b_(c, "sentry", "POST", "https://o91234.ingest.sentry.io/api/4503312/envelope/")
    b.decoy("trace / event / span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "room == null"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = b_(c, "flags", "GET", "https://flags.hotelmar-pms.pt/v1/flags?app=staff&env=prod")
    b.decoy("feature flags named after faces/video (face_checkin_enabled=false, video_tips)")
    b.ok_json(
        {
            "flags": {
                "face_checkin_enabled": False,
                "video_tips": True,
                "new_kds": c.rng.random() < 0.5,
            },
            "etag": new_hex(c.rng, 16),
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = b_(
        c,
        "news",
        "GET",
        "https://www.publico-exemplo.pt/api/artigo/" + str(c.rng.randint(10**6, 10**7)),
    )
    b.decoy("news article about facial recognition at airports (text about faces, no face data)")
    b.ok_json(
        {
            "titulo": "Reconhecimento facial chega aos aeroportos",
            "corpo": "O sistema compara o rosto do "
            "passageiro com a fotografia do passaporte (face matching)...",
            "leituras": c.rng.randint(100, 9000),
        }
    )
    return b.build()


def gym_signup(c: Context) -> Flow:
    b = b_(c, "gym", "POST", "https://api.ginasio-exemplo.es/v1/altas")
    b.decoy("sign-up form with self-declared gender and birth year")
    b.json({"nombre": "Inês", "genero": "mujer", "anoNacimiento": 1996, "objetivo": "tonificar"})
    b.ok_json({"socio": "S" + str(c.rng.randint(10**5, 10**6))})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = b_(c, "fx", "GET", "https://api.frankfurter.app/latest?from=EUR&to=GBP,USD,BRL")
    b.decoy("exchange-rate series")
    b.ok_json(
        {
            "base": "EUR",
            "rates": {
                "GBP": rf(c.rng, 0.8, 0.9),
                "USD": rf(c.rng, 1, 1.2),
                "BRL": rf(c.rng, 5, 6.5),
            },
        }
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = b_(c, "time", "GET", "https://time.hotelmar-pms.pt/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Lisbon", "requestId": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    feature_flags,
    news_article,
    gym_signup,
    fx_rates,
    time_sync,
    cdn_image,
    map_tile,
]
