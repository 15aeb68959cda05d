"""Ordinary traffic between the apps: connectivity checks, weather for Vladikavkaz
and the mountains, map tiles, a taxi order, bus times, news in Ossetian,
crash reports with trace ids, an update check. No biometric data, viewing
history or device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(43.02, 44.68), (42.79, 43.91), (42.84, 44.24), (43.18, 44.52)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=snowfall",
    )
    b.decoy("coordinates of a town / resort (weather lookup)")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"snowfall": [rf(c.rng, 0, 3, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "maps",
        "GET",
        "https://core-renderer-tiles.maps.yandex.net/tiles"
        f"?l=map&x={c.rng.randint(0, 2**z)}&y={c.rng.randint(0, 2**z)}&z={z}&lang=ru_RU",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def taxi(c: Context) -> Flow:
    lat, lon = PLACES[0]
    b = _b(c, "taxi", "POST", "https://api.taxi-iryston.example/v1/order")
    b.decoy("taxi order: pickup coordinates and order number")
    b.json(
        {
            "from": {"lat": lat + rf(c.rng, -0.01, 0.01), "lon": lon + rf(c.rng, -0.01, 0.01)},
            "to": "пр. Мира, 12",
            "tariff": "econom",
            "idem": rid(c.rng),
        }
    )
    b.ok_json({"order": order_no(c.rng), "eta": c.rng.randint(2, 12)})
    return b.build()


def bus(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.vladbus.example/v1/stop/{c.rng.randint(1, 300)}")
    b.ok_json({"routes": [{"route": r, "min": c.rng.randint(1, 25)} for r in ("2", "10", "17")]})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.rastdzinad.example/v1/news?lang=os&t={ms(c)}")
    b.ok_json(
        {
            "news": [
                {"id": c.rng.randint(10**5, 10**6), "sær": t}
                for t in ("Дзæуджыхъæуы бæрæгбон", "Цæй: ног лифт", "Театры ног спектакль")
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44105.ingest.sentry.io/api/5523871/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def update(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://apps.iryston-dev.example/v1/latest?ch=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.3", "commit": new_hex(c.rng, 40), "notes": "Раст кодтам"})
    return b.build()


def avatar_img(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.rastdzinad.example/{new_hex(c.rng, 24)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    taxi,
    bus,
    news,
    sentry,
    update,
    avatar_img,
    fonts,
    map_tile,
    news,
]
