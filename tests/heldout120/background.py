"""Ordinary traffic between the apps: weather over Ethiopian cities, map tiles,
CDN posters, crash envelopes with trace ids, chat, update checks, time sync.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid

CITIES = [(9.03, 38.74), (8.54, 39.27), (11.59, 37.39)]  # Addis Ababa, Adama, Bahir Dar


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = _b(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
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
    b.decoy("hourly temperature series over city coordinates")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 9, 28, 1) for _ in range(24)]}})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def poster(c: Context) -> Flow:
    b = _b(
        c, "cdn", "GET", f"https://img.shegerfilms.example/posters/{new_hex(c.rng, 24)}/w342.jpg"
    )
    b.decoy("a poster thumbnail: fetching an image is not viewing history")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450912.ingest.sentry.io/api/6610021/envelope/")
    b.decoy("crash envelope with event and trace ids")
    eid = new_hex(c.rng, 32)
    b.set_body(
        (
            '{"event_id":"' + eid + '","sent_at":"' + iso(c) + '"}\n{"type":"event"}\n'
            '{"exception":{"values":[{"type":"IllegalStateException"}]},"contexts":'
            '{"trace":{"trace_id":"' + new_hex(c.rng, 32) + '"}}}'
        ).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": eid})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.betesebi.example/v1/messages")
    b.decoy("family chat message with a message id")
    b.json(
        {
            "to": "g-family",
            "text": c.rng.choice(["እራት ዝግጁ ነው", "Nagaa bulte?", "on my way"]),
            "mid": rid(c.rng),
        }
    )
    b.ok_json({"ok": True, "at": ms(c)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(
        c,
        "updates",
        "GET",
        f"https://updates.shegerfilms.example/android/latest.json?v={c.rng.randint(500, 530)}",
    )
    b.decoy("update manifest with a commit hash")
    b.ok_json({"version": "5.3.2", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Africa/Addis_Ababa"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    poster,
    sentry,
    chat,
    update_check,
    time_sync,
    poster,
    weather,
]
