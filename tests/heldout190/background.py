"""Ordinary traffic between the apps: prayer times and weather for the family's
cities, map tiles, a Sentry crash envelope, chat, the SGD/MYR rate, a news
article about facial recognition at the Causeway checkpoint, parcel tracking
and a marketplace search. None of it carries biometric data, viewing history
or a device identifier of the household."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [
    ("Kuala Lumpur", 3.139, 101.687, "WLY01"),
    ("George Town", 5.414, 100.329, "PNG01"),
    ("Johor Bahru", 1.492, 103.741, "JHR02"),
]


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


def prayer_times(c: Context) -> Flow:
    zone = c.rng.choice(CITIES)[3]
    b = _b(
        c,
        "esolat",
        "GET",
        f"https://www.e-solat.gov.my/index.php?r=esolatApi/takwimsolat&period=today&zone={zone}",
    )
    b.decoy("prayer-time table with clock times per zone (public data)")
    b.ok_json(
        {
            "prayerTime": [
                {
                    "subuh": "05:52:00",
                    "zohor": "13:10:00",
                    "asar": "16:33:00",
                    "maghrib": "19:15:00",
                    "isyak": "20:28:00",
                }
            ],
            "zone": zone,
        }
    )
    return b.build()


def weather(c: Context) -> Flow:
    _, lat, lon, _ = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation_probability",
    )
    b.decoy("coordinates and an hourly rain-probability series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation_probability": [c.rng.randint(0, 100) for _ in range(24)]},
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


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o119020.ingest.sentry.io/api/6633021/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"family": "HUAWEI", "model": "ALN-AL80"},
        },
        "exception": {
            "values": [{"type": "NullPointerException", "value": "PlayerView.getPlayer()"}]
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
    b = _b(c, "chat", "POST", "https://chat.sembang.example/v1/mesej")
    b.json(
        {
            "perbualan": rid(c.rng),
            "klien_id": rid(c.rng),
            "teks": c.rng.choice(
                ["Papa dah lepas Woodlands?", "dah makan?", "ok sayang", "jam sangat kat CIQ"]
            ),
            "masa": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "dihantar"})
    return b.build()


def news_face(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://berita.harian-contoh.example/api/artikel/ciq-pengecaman-wajah"
    )
    b.decoy(
        "news article about facial recognition at the Woodlands checkpoint (an article, not a face)"
    )
    b.ok_json(
        {
            "tajuk": "Pengecaman wajah di CIQ: masa menunggu dipendekkan",
            "kandungan": "Sistem pengecaman wajah dan imbasan iris...",
            "diterbitkan": iso(c),
        }
    )
    return b.build()


def parcel(c: Context) -> Flow:
    tn = f"MY{c.rng.randint(10**10, 10**11)}"
    b = _b(c, "parcel", "GET", f"https://track.poskurier.example/v1/jejak/{tn}")
    b.decoy("parcel tracking number and hub scans (not a device)")
    b.ok_json(
        {
            "no_jejak": tn,
            "imbasan": [{"hab": h, "masa": iso(c)} for h in ("Shah Alam", "Seberang Jaya")],
        }
    )
    return b.build()


def marketplace(c: Context) -> Flow:
    q = c.rng.choice(["baju kurung", "tudung bawal", "airpods", "beras 10kg"])
    b = _b(c, "market", "GET", f"https://api.pasarku.example/v2/carian?q={q}")
    b.decoy("product search with price list (catalogue)")
    b.ok_json(
        {
            "produk": [
                {"sku": f"P{c.rng.randint(10**6, 10**7)}", "harga": rf(c.rng, 5, 300, 2)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.cdn-contoh.example/{new_hex(c.rng, 32)}/w360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def toll_balance(c: Context) -> Flow:
    b = _b(c, "toll", "GET", "https://api.tolkad.example/v1/baki")
    b.decoy("toll card balance and trips (the card number is a payment card, not a device)")
    b.ok_json(
        {
            "no_kad": "601443" + str(c.rng.randint(10**9, 10**10)),
            "baki": rf(c.rng, 5, 200, 2),
            "perjalanan": [{"plaza": p, "masa": iso(c)} for p in ("Sg Besi", "Skudai")],
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    prayer_times,
    weather,
    map_tile,
    sentry_crash,
    chat,
    news_face,
    parcel,
    marketplace,
    cdn_image,
    toll_balance,
    weather,
    cdn_image,
    chat,
]
