"""Ordinary background traffic on the Galaxy: connectivity checks, a map route
with a polyline and coordinate list, CDN images, Sentry crash envelopes with
trace ids (envelope format per develop.sentry.dev/sdk/envelopes), feature flags
with hashed bucket keys, and update checks with commit hashes. None of it is
sensitive."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str, v: str = "HTTP/2.0") -> FB:
    b = FB(c, sdk, method, url, http_version=v)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = _b(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204", "HTTP/1.1")
    b.no_content()
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "routing", "GET", "https://routing.tour-maps.net/v1/route?from=luxor&to=edfu")
    b.decoy("route coordinate list")
    b.ok_json(
        {
            "distanceM": c.rng.randint(1000, 110000),
            "coords": [[rf(c.rng, 24.9, 25.7, 5), rf(c.rng, 32.5, 32.9, 5)] for _ in range(20)],
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o77120.ingest.sentry.io/api/4504432/envelope/")
    b.decoy("trace / event / span ids")
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


def flags(c: Context) -> Flow:
    b = _b(c, "flags", "GET", "https://flags.horustrails-ops.com/v1/flags?app=guide")
    b.decoy("feature-flag bucket hash")
    b.ok_json(
        {
            "bucketKey": new_hex(c.rng, 40),
            "flags": {"newRooming": c.rng.random() < 0.5, "arabicOcr": True},
            "ts": ms(c),
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.horustrails-ops.com/android/latest.json")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.3", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = _b(c, "salah", "GET", "https://api.prayer-times.example.org/v1/timings?city=Luxor")
    b.ok_json(
        {"fajr": "04:52", "dhuhr": "11:41", "asr": "14:37", "maghrib": "17:01", "id": rid(c.rng)}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    map_tile,
    map_tile,
    route,
    cdn_image,
    cdn_image,
    sentry_crash,
    flags,
    update_check,
    prayer_times,
]
