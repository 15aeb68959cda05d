"""Ordinary traffic between the apps: connectivity checks, weather for Kigali,
map tiles, news, crash reports with trace ids, update checks with commit hashes,
a moto-taxi ride quote, fonts. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import EB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> EB:
    b = EB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = EB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=-1.95"
        "&longitude=30.06&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": -1.95,
            "longitude": 30.06,
            "hourly": {"temperature_2m": [rf(c.rng, 15, 28, 1) for _ in range(24)]},
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
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.amakuru-rw.example/v1/inkuru?icyiciro=ubuzima&t={ms(c)}")
    b.ok_json(
        {
            "inkuru": [
                {"id": c.rng.randint(10**5, 10**6), "umutwe": t}
                for t in ("Inkingo nshya zageze mu bitaro", "Imvura iteganyijwe i Kigali")
            ]
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.amakuru-rw.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51822.ingest.sentry.io/api/7719034/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.chuk-hospital.example/apps/latest?canal=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "1.9.4", "commit": new_hex(c.rng, 40), "notes": "Corrections"})
    return b.build()


def moto_quote(c: Context) -> Flow:
    b = _b(c, "moto", "POST", "https://api.moto-ride.example/v1/quotes")
    b.decoy("pickup / drop-off coordinates and a quote id")
    b.json(
        {
            "from": [rf(c.rng, -1.97, -1.94, 5), rf(c.rng, 30.05, 30.1, 5)],
            "to": [rf(c.rng, -1.97, -1.94, 5), rf(c.rng, 30.05, 30.1, 5)],
            "req": rid(c.rng),
        }
    )
    b.ok_json({"quoteId": rid(c.rng), "price": c.rng.choice([800, 1000, 1500]), "currency": "RWF"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    cdn_image,
    sentry_crash,
    update_check,
    moto_quote,
    fonts,
    generate_204,
    cdn_image,
]
