"""Ordinary traffic between the apps: connectivity checks, weather for
Antananarivo / Toamasina / Saint-Denis / Paris, map tiles, images, crash
reports with trace ids, update checks with commit hashes, a food order, taxi-be
times, an electricity bill (the utility's meter number), a flight booking
reference, a route with a coordinate list, news. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(-18.91, 47.54), (-18.15, 49.4), (-20.88, 55.45), (48.86, 2.35)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 12, 32, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 8, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
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


def route(c: Context) -> Flow:
    b = _b(c, "route", "GET", "https://api.taxibe-tana.example/v1/itineraire?de=Analakely&a=Ivato")
    b.decoy("route as a coordinate list")
    b.ok_json(
        {
            "lignes": ["009", "135"],
            "trace": [[rf(c.rng, -18.95, -18.8, 5), rf(c.rng, 47.45, 47.55, 5)] for _ in range(12)],
            "minutes": c.rng.randint(25, 90),
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.vaovao-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44871.ingest.sentry.io/api/5530219/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "dns"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.gasy-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.8.0", "commit": new_hex(c.rng, 40), "fanamarihana": "Fanitsiana"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.sakafo-express.example/v2/baiko")
    b.decoy("order number")
    b.json(
        {
            "entana": [{"sku": f"ROMAZAVA-{c.rng.randint(100, 999)}", "isa": 2}],
            "vola": "MGA",
            "adiresy": "Lalana Rainandriamampandry, Antananarivo",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"laharanaBaiko": order_no(c.rng), "totaly": rf(c.rng, 8000, 60000, 0)})
    return b.build()


def jirama_bill(c: Context) -> Flow:
    b = _b(
        c,
        "jirama",
        "GET",
        f"https://api.jirama-fa.example/v1/faktiora?kaonty={c.rng.randint(10**7, 10**8)}",
    )
    b.decoy("the utility's meter number and serial (not the phone's)")
    b.ok_json(
        {
            "numeroCompteur": "CPT" + str(c.rng.randint(10**8, 10**9)),
            "serieCompteur": "HX" + new_hex(c.rng, 8).upper(),
            "montant": c.rng.randint(20000, 150000),
            "echeance": "2024-12-20",
        }
    )
    return b.build()


def flight(c: Context) -> Flow:
    b = _b(
        c,
        "airline",
        "GET",
        f"https://api.air-austral.example/v1/reservation/{new_hex(c.rng, 6).upper()}",
    )
    b.decoy("booking reference and ticket number")
    b.ok_json(
        {
            "pnr": new_hex(c.rng, 6).upper(),
            "billet": "760" + str(c.rng.randint(10**9, 10**10)),
            "vols": [{"de": "RUN", "vers": "TNR", "depart": iso(c)}],
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.vaovao-mg.example/v1/lahatsoratra?sokajy=fanatanjahantena&t={ms(c)}",
    )
    b.ok_json(
        {
            "lahatsoratra": [
                {"id": c.rng.randint(10**5, 10**6), "lohateny": t}
                for t in (
                    "Barea: fandresena tao Mahamasina",
                    "Toetr'andro: orana any Toamasina",
                    "Vidin'ny vary",
                )
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    route,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    jirama_bill,
    flight,
    fonts,
    news,
    weather,
    cdn_image,
]
