"""Ordinary traffic between the apps: connectivity checks, weather for Athens /
Thessaloniki / Melbourne, map tiles, images, crash reports with trace ids,
update checks with commit hashes, a souvlaki delivery order, bus arrivals, an
e-shop product view, a mobile game's camera pose. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(37.98, 23.73), (40.64, 22.94), (-37.81, 144.96)]


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
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m"
    b = _b(c, "weather", "GET", url)
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 5, 38, 1) for _ in range(24)]},
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.eidiseis-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.decoy("news photo with faces (image fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41873.ingest.sentry.io/api/7730215/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    head = js({"event_id": event_id, "sent_at": iso(c)})
    event = js(
        {
            "event_id": event_id,
            "level": "error",
            "platform": "java",
            "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
            "exception": {
                "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
            },
        }
    )
    body = "\n".join([head, js({"type": "event", "length": len(event.encode())}), event])
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(
        c,
        "updates",
        "GET",
        f"https://updates.eidiseis-cdn.example/app/latest.json?c={new_hex(c.rng, 7)}",
    )
    b.decoy("commit hash / file sha256")
    b.ok_json({"version": "5.3.2", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def souvlaki_order(c: Context) -> Flow:
    b = _b(c, "delivery", "POST", "https://api.souvlaki-express.example/v2/paraggelies")
    b.decoy("order number and payment order id")
    b.json(
        {
            "katastima": "Ο Κώστας - Σύνταγμα",
            "eidi": [{"onoma": "Πίτα γύρο χοιρινό", "temaxia": 3}],
            "plirosi": order_no(c.rng),
        }
    )
    b.ok_json(
        {
            "arithmos_paraggelias": "SX-" + str(c.rng.randint(10**7, 10**8)),
            "eta_lepta": c.rng.randint(15, 45),
        }
    )
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.randint(10000, 99999)
    b = _b(
        c, "bus", "GET", f"https://telematics.astiki-sygkoinonia.example/api/afixeis?stasi={stop}"
    )
    b.decoy("bus vehicle numbers (the operator's equipment)")
    b.ok_json(
        {
            "afixeis": [
                {
                    "grammi": c.rng.choice(["040", "550", "Χ95", "A1"]),
                    "lepta": c.rng.randint(1, 25),
                    "ochima": str(c.rng.randint(1000, 9999)),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def eshop_product(c: Context) -> Flow:
    b = _b(
        c,
        "eshop",
        "GET",
        f"https://www.hlektrika-eshop.example/api/proionta/{c.rng.randint(100000, 999999)}",
    )
    b.decoy("product view: a TV model's serial format in specs, product ids")
    b.ok_json(
        {
            "onoma": 'Τηλεόραση 55" 4K',
            "sku": "HV-55U9G",
            "timi": 549.0,
            "embedding": [rf(c.rng, -0.2, 0.2) for _ in range(32)],
            "trace": rid(c.rng),
        }
    )
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.tavli-online.example/v1/replay")
    b.decoy("game camera yaw/pitch/roll (not a head pose)")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0},
            "zaria": [c.rng.randint(1, 6), c.rng.randint(1, 6)],
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    souvlaki_order,
    bus_times,
    eshop_product,
    game_camera,
]
