"""Ordinary traffic of the phone between app sessions: negatives full of decoys.

Connectivity checks, weather, map tiles and geocoding (coordinate lists),
Sentry crash envelopes (event ids, trace ids), app-update checks (commit
hashes), a web font, a chat message with a price series. None of it carries a
device identifier, viewing history or biometric data.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid, ua


def _b(c: Context, method: str, url: str, sdk: str = "background") -> FB:
    f = FB(c, sdk, method, url)
    f.header("user-agent", ua("Dalvik", "2.1.0"))
    return f


def generate_204(c: Context) -> Flow:
    f = _b(c, "GET", "http://connectivitycheck.gstatic.com/generate_204")
    f.http_version = "HTTP/1.1"
    f.no_content()
    return f.build()


def weather(c: Context) -> Flow:
    f = _b(c, "GET", "https://api.open-meteo.com/v1/forecast")
    f.param("latitude", str(rf(c.rng, 52.4, 52.6)))
    f.param("longitude", str(rf(c.rng, 13.2, 13.5)))
    f.param("hourly", "temperature_2m,precipitation")
    f.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 8, 22, 1) for _ in range(12)]}})
    return f.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(4000, 70000), c.rng.randint(2000, 40000)
    f = _b(c, "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    f.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200))
    return f.build()


def geocode(c: Context) -> Flow:
    f = _b(c, "GET", "https://nominatim.openstreetmap.org/search")
    f.param("q", "Alexanderplatz Berlin")
    f.param("format", "jsonv2")
    f.ok_json(
        [
            {
                "lat": str(rf(c.rng, 52.5, 52.53, 6)),
                "lon": str(rf(c.rng, 13.4, 13.42, 6)),
                "boundingbox": [str(rf(c.rng, 52, 53, 5)) for _ in range(4)],
            }
        ]
    )
    return f.build()


def sentry(c: Context) -> Flow:
    f = _b(c, "POST", "https://o447951.ingest.sentry.io/api/5428563/envelope/", "sentry")
    eid = new_hex(c.rng, 32)
    trace = new_hex(c.rng, 32)
    f.decoy(eid)
    f.decoy(trace)
    header = js({"event_id": eid, "sent_at": iso(c)})
    item = js({"type": "event"})
    event = js(
        {
            "event_id": eid,
            "level": "error",
            "platform": "java",
            "contexts": {
                "trace": {"trace_id": trace, "span_id": new_hex(c.rng, 16)},
                "device": {"model": "SM-A546B", "memory_size": 7812345856},
            },
            "exception": {"values": [{"type": "NullPointerException"}]},
        }
    )
    f.set_body(f"{header}\n{item}\n{event}\n".encode(), "application/x-sentry-envelope", "gzip")
    f.ok_json({"id": eid})
    return f.build()


def update_check(c: Context) -> Flow:
    f = _b(c, "GET", "https://updates.apkmirror-example.net/v1/check")
    commit = new_hex(c.rng, 40)
    f.decoy(commit)
    f.param("pkg", "com.cyclia.tracker")
    f.ok_json({"latest": "8.42.0", "commit": commit, "sha256": new_hex(c.rng, 64)})
    return f.build()


def font(c: Context) -> Flow:
    f = _b(
        c,
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hiA.woff2",
    )
    f.respond(200, "font/woff2", b"wOF2" + bytes(300))
    return f.build()


def chat(c: Context) -> Flow:
    f = _b(c, "POST", "https://chat.messenger-example.org/v1/messages")
    mid = rid(c.rng)
    f.decoy(mid)
    f.json(
        {
            "message_id": mid,
            "to": "group-88412",
            "text": "BTC today",
            "attachments": [],
            "prices": [rf(c.rng, 60000, 64000, 2) for _ in range(8)],
        }
    )
    f.ok_json({"delivered": True})
    return f.build()


def ntp_time(c: Context) -> Flow:
    f = _b(c, "GET", "https://time.cloudflare.com/cdn-cgi/trace")
    f.respond(
        200,
        "text/plain",
        f"fl=12f\nh=time.cloudflare.com\nts={c.now:.3f}\nvisit_scheme=https\n".encode(),
    )
    return f.build()


def play_config(c: Context) -> Flow:
    f = _b(c, "GET", "https://play.googleapis.com/play/log/timestamp")
    f.respond(200, "text/plain", str(int(c.now * 1000)).encode())
    return f.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    geocode,
    sentry,
    update_check,
    font,
    chat,
    ntp_time,
    play_config,
]
