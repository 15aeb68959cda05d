"""Ordinary traffic between the apps: connectivity checks, weather for Bhubaneswar /
Guwahati, map tiles, images, crash reports with trace ids, update checks,
a food order, train PNR status, Odia and Assamese news, fonts. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid

CITIES = [(20.2961, 85.8245), (26.1445, 91.7362), (19.8135, 85.8312)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 18, 36, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    x, y = c.rng.randint(0, 2**z - 1), c.rng.randint(0, 2**z - 1)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.odishabarta.example/i/{new_hex(c.rng, 16)}.jpg?w=640")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o448812.ingest.sentry.io/api/5512290/envelope/")
    b.decoy("trace id and event id")
    ev = rid(c.rng).replace("-", "")
    head = f'{{"event_id":"{ev}","sent_at":"{iso(c)}"}}\n{{"type":"event"}}\n'
    trace = new_hex(c.rng, 32)
    body = (
        '{"level":"error","exception":{"values":[{"type":"IOException"}]},'
        f'"contexts":{{"trace":{{"trace_id":"{trace}"}}}}}}'
    )
    b.set_body((head + body).encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(
        c,
        "updates",
        "GET",
        f"https://updates.bhubaneswar-apps.example/v1/latest?app=hub&commit={new_hex(c.rng, 40)}",
    )
    b.decoy("commit hash in an update check")
    b.ok_json({"latest": "2.4.1", "sha256": new_hex(c.rng, 64)})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.khaiba.example/v2/order")
    b.decoy("order number and delivery coordinates")
    lat, lon = c.rng.choice(CITIES)
    b.json(
        {
            "items": [{"name": "Dahibara Aludum", "qty": 2}, {"name": "Rasagola", "qty": 4}],
            "lat": lat,
            "lon": lon,
        }
    )
    b.ok_json({"order_id": order_no(c.rng), "eta_min": c.rng.randint(20, 50)})
    return b.build()


def rail_pnr(c: Context) -> Flow:
    pnr = str(c.rng.randint(10**9, 10**10 - 1))
    b = _b(c, "rail", "GET", f"https://api.railsathi.example/v1/pnr/{pnr}")
    b.decoy("PNR number")
    b.ok_json({"train": "12509 Guwahati Express", "from": "BBS", "to": "GHY", "status": "CNF"})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.odishabarta.example/v1/khabar?t={ms(c)}")
    b.ok_json(
        {
            "khabar": [
                {"id": c.rng.randint(10**5, 10**6), "shirshaka": t}
                for t in ("ଭୁବନେଶ୍ୱରରେ ବର୍ଷା", "ରଥଯାତ୍ରା ପ୍ରସ୍ତୁତି", "গুৱাহাটীত বিহু")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "fonts", "GET", "https://fonts.gstatic.com/s/notosansoriya/v31/AOd.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    rail_pnr,
    news,
    fonts,
    generate_204,
    cdn_image,
]
