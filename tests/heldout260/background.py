"""Ordinary traffic between the apps: connectivity checks, map tiles, crash
reports with trace ids, update checks with commit hashes, bus times, courier
tracking, news, fonts. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from . import takutai
from .phone import WB, iso, ms


def _b(c: Context, sdk: str, method: str, url: str) -> WB:
    b = WB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = WB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
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


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41877.ingest.sentry.io/api/7720951/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "Mātaki view"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.aotearoa-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.9.1", "commit": new_hex(c.rng, 40), "notes": "Whakapai pūrere"})
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.randint(1000, 9999)
    b = _b(c, "bus", "GET", f"https://api.pahi-metro.example/v1/stops/{stop}/departures")
    b.ok_json(
        {
            "departures": [
                {"route": r, "due_min": c.rng.randint(1, 25)} for r in ("1", "7", "Orbiter")
            ]
        }
    )
    return b.build()


def courier(c: Context) -> Flow:
    code = f"NZ{c.rng.randint(10**8, 10**9)}"
    b = _b(c, "courier", "GET", f"https://api.kaikawe.example/track/{code}")
    b.decoy("parcel tracking number")
    b.ok_json({"tracking": code, "status": "Out for delivery", "updated": iso(c)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.purongo-nz.example/v1/stories?section=nz&t={ms(c)}")
    b.decoy("news with 'watch' video links")
    b.ok_json(
        {
            "stories": [
                {"id": c.rng.randint(10**5, 10**6), "headline": t, "video": "Watch: 2 min"}
                for t in ("Matariki fireworks", "Surf warning for Canterbury", "Waka ama nationals")
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    map_tile,
    sentry_crash,
    update_check,
    bus_times,
    courier,
    news,
    fonts,
    takutai.weather,
    takutai.marine,
]
