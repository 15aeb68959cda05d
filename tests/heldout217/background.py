"""Ordinary traffic between the apps: connectivity checks, weather for Utrecht,
map tiles, crash reports with trace ids, update checks with commit hashes,
train times, a supermarket order, news, the home's intranet. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import HB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> HB:
    b = HB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = HB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(52.09, 5.12), (52.08, 5.14), (52.37, 4.9)])
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
            "hourly": {"temperature_2m": [rf(c.rng, -2, 12, 1) for _ in range(24)]},
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
    b.decoy("map position")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41907.ingest.sentry.io/api/5512093/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "view not attached"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.zorghuis-utrecht.example/v1/latest?kanaal=stabiel")
    b.decoy("commit hash, build serial")
    b.ok_json(
        {
            "versie": "4.2.0",
            "commit": new_hex(c.rng, 40),
            "buildSerial": c.rng.randint(10**5, 10**6),
            "notities": "Bugfixes",
        }
    )
    return b.build()


def train_times(c: Context) -> Flow:
    b = _b(c, "ov", "GET", "https://api.ov-reisinfo.example/v3/vertrektijden?station=UT")
    b.ok_json(
        {
            "vertrek": [
                {
                    "trein": c.rng.randint(3000, 9000),
                    "naar": n,
                    "spoor": c.rng.randint(1, 20),
                    "vertraging": c.rng.randint(0, 5),
                }
                for n in ("Amersfoort", "Gouda", "Arnhem")
            ]
        }
    )
    return b.build()


def groceries(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.supermarkt-bezorgd.example/v2/bestelling")
    b.decoy("order number, product views")
    b.json(
        {
            "artikelen": [{"sku": f"AH-{c.rng.randint(10**5, 10**6)}", "aantal": 2}],
            "bekekenProducten": c.rng.randint(1, 30),
            "sleutel": rid(c.rng),
        }
    )
    b.ok_json({"bestelnummer": order_no(c.rng), "totaal": rf(c.rng, 10, 120, 2)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.nieuws-utrecht.example/v1/artikelen?rubriek=regio&t={ms(c)}"
    )
    b.ok_json(
        {
            "artikelen": [
                {"id": c.rng.randint(10**5, 10**6), "titel": t}
                for t in ("Nieuwe tramlijn open", "Zorghuizen zoeken vrijwilligers")
            ]
        }
    )
    return b.build()


def intranet_image(c: Context) -> Flow:
    b = _b(
        c,
        "intranet",
        "GET",
        f"https://intranet.zorghuis-utrecht.example/media/{new_hex(c.rng, 32)}/w800.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def ticket(c: Context) -> Flow:
    b = _b(c, "servicedesk", "POST", "https://servicedesk.zorghuis-utrecht.example/api/tickets")
    b.decoy("helpdesk ticket about a screen 'view' and a room's position")
    b.json(
        {
            "onderwerp": "Weergave dagkamer-tv hapert",
            "kamer": "1.04",
            "prioriteit": "laag",
            "id": rid(c.rng),
        }
    )
    b.ok_json({"ticket": f"INC{c.rng.randint(10**5, 10**6)}"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    update_check,
    train_times,
    groceries,
    news,
    intranet_image,
    fonts,
    ticket,
    generate_204,
]
