"""Ordinary traffic between the apps: connectivity checks, Johannesburg weather,
load-shedding schedules, map tiles, news, a food order, Gautrain times,
crash reports with trace ids, update checks with commit hashes. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(-26.2041, 28.0473), (-25.9992, 28.1263), (-26.1076, 28.0567), (-26.2678, 27.8585)]


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
    lat, lon = c.rng.choice(PLACES)
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
            "hourly": {"temperature_2m": [rf(c.rng, 8, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def loadshedding(c: Context) -> Flow:
    area = c.rng.choice(["eskde-10-midrandcityofjohannesburggauteng", "jhbcitypower3-11-sandton"])
    b = _b(c, "loadshedding", "GET", f"https://developer.sepush.co.za/business/2.0/area?id={area}")
    b.header("token", new_hex(c.rng, 32).upper())
    b.ok_json(
        {
            "events": [{"start": iso(c), "end": iso(c), "note": f"Stage {c.rng.randint(1, 4)}"}],
            "info": {"name": "Midrand (5)", "region": "Eskom Direct"},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def reverse_geocode(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "nominatim",
        "GET",
        f"https://nominatim.openstreetmap.org/reverse?lat={lat}&lon={lon}&format=jsonv2",
    )
    b.decoy("coordinates (a place, not a device)")
    b.ok_json(
        {
            "display_name": "Midrand, City of Johannesburg, Gauteng, South Africa",
            "lat": str(lat),
            "lon": str(lon),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.nuus24.example/v1/artikels?kategorie=nuus&t={ms(c)}")
    b.ok_json(
        {
            "artikels": [
                {"id": c.rng.randint(10**5, 10**6), "titel": t}
                for t in (
                    "Springbokke wen in Pretoria",
                    "Petrolprys daal in Desember",
                    "Gautrain brei uit",
                )
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.nuus24.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/5518203/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.ingwe-ops.example/v1/latest?kanaal=stabiel")
    b.decoy("commit hash")
    b.ok_json({"weergawe": "7.2.1", "commit": new_hex(c.rng, 40), "notas": "Foutregstellings"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kosnou.example/v2/bestellings")
    b.decoy("order number")
    b.json(
        {
            "items": [
                {"sku": f"KOTA-{c.rng.randint(100, 999)}", "aantal": 1},
                {"sku": "AMAGWINYA-6", "aantal": 1},
            ],
            "geldeenheid": "ZAR",
            "adres": "Beheerkamer, 2 Lever Rd, Midrand",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"bestelNr": order_no(c.rng), "totaal": rf(c.rng, 60, 300, 2)})
    return b.build()


def gautrain(c: Context) -> Flow:
    b = _b(
        c,
        "gautrain",
        "GET",
        "https://api.gautrain-tye.example/v1/stasie/"
        + c.rng.choice(["midrand", "sandton", "marlboro"]),
    )
    b.ok_json({"vertrekke": [{"na": "Park", "minute": c.rng.randint(1, 20)} for _ in range(3)]})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def fcm_register(c: Context) -> Flow:
    b = _b(
        c,
        "fcm",
        "POST",
        "https://fcmregistrations.googleapis.com/v1/projects/ingwe-ops/registrations",
    )
    b.decoy("FCM push token (not a device id)")
    b.json({"web": {"applicationPubKey": new_hex(c.rng, 40)}, "token": b.acct("fcm_token")})
    b.ok_json({"name": "x"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    loadshedding,
    map_tile,
    map_tile,
    reverse_geocode,
    news,
    news_image,
    sentry_crash,
    update_check,
    food_order,
    gautrain,
    fonts,
    fcm_register,
]
