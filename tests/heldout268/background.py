"""Ordinary traffic between the apps: connectivity checks, weather for Willemstad
and Paramaribo, map tiles, images, crash reports with trace ids, update checks,
a food order, bus times, a racing game's camera settings and news. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(12.11, -68.93), (5.85, -55.2), (12.2, -68.26)]


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
            "hourly": {"temperature_2m": [rf(c.rng, 25, 33, 1) for _ in range(24)]},
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
    b = _b(c, "cdn", "GET", f"https://img.notisia-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41177.ingest.sentry.io/api/7712093/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "no network"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.isla-apps.example/v1/latest?kanal=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.8.0", "commit": new_hex(c.rng, 40), "nota": "Korekshon"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kumindadushi.example/v1/orden")
    b.decoy("order number")
    b.json(
        {
            "artikulonan": [{"sku": f"PASTECHI-{c.rng.randint(100, 999)}", "kantidat": 4}],
            "moneda": "XCG",
            "adrès": "Kaya Gobernador N. Debrot, Willemstad",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"orden": order_no(c.rng), "total": rf(c.rng, 15, 90, 2)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.busparbo.example/v1/stop/{c.rng.randint(1, 300)}")
    b.ok_json(
        {
            "lijnen": [
                {"lijn": c.rng.choice(["PL", "9", "4"]), "min": c.rng.randint(1, 25)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.notisia-kw.example/v1/artikulo?seccion=deporte&t={ms(c)}"
    )
    b.ok_json(
        {
            "artikulonan": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in ("Kòrsou gana den beisbòl", "Solo na Parbo: 32 grado", "Preis di gasolin")
            ]
        }
    )
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.kartisla.example/v2/settings/camera")
    b.decoy("racing game camera pose (yaw / pitch / roll of a virtual camera)")
    b.json(
        {
            "camera": {
                "mode": "chase",
                "yaw": rf(c.rng, -180, 180, 1),
                "pitch": rf(c.rng, -20, 5, 1),
                "roll": 0.0,
            },
            "fov": 75,
            "session": rid(c.rng),
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
    food_order,
    bus_times,
    fonts,
    news,
    game_camera,
    weather,
    cdn_image,
]
