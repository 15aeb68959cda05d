"""Ordinary background traffic with look-alikes: connectivity checks, weather,
map tiles, crash reports (trace ids), feature flags, a news article about face
recognition, fuel price series, a sign-up form with self-declared gender,
thumbnails and video segments of a vet-news site. All negatives.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, floats, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://prodapi.metweb.ie/weather/details/53.35/-6.26")
    b.ok_json({"hourly": [{"t": iso(c), "temp": rf(c.rng, 2, 18, 1)} for _ in range(6)]})
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(7800, 7900), c.rng.randint(5300, 5400)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", fake_jpeg(c.rng.randint(0, 999), 300))
    return b.build()


def crash(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/77/envelope/")
    b.json(
        {
            "event_id": new_hex(c.rng, 32),
            "trace": {"trace_id": new_hex(c.rng, 32)},
            "exception": "NullPointerException at ImagingViewer.kt:88",
            "timestamp": iso(c),
        }
    )
    b.decoy("crash report with event_id / trace_id (not device ids)")
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://config.vetdesk-clinic.ie/flags")
    b.header("x-request-id", rid(c.rng))
    b.ok_json({"faceIdLogin": False, "newXrayViewer": True, "experiment": new_hex(c.rng, 12)})
    b.decoy("feature flags naming faceIdLogin (a flag, no face data)")
    return b.build()


def article(c: Context) -> Flow:
    b = FB(
        c, "news", "GET", "https://www.vetnews-example.ie/api/articles/facial-recognition-for-cows"
    )
    b.ok_json(
        {
            "headline": "Facial recognition tested on Irish dairy herds",
            "body": "Cameras identify cows by their faces; a face embedding per animal...",
            "published": iso(c),
        }
    )
    b.decoy("news article about face recognition of cows")
    return b.build()


def news_video(c: Context) -> Flow:
    b = FB(
        c,
        "news",
        "GET",
        f"https://cdn.vetnews-example.ie/v/{new_hex(c.rng, 8)}/seg_{c.rng.randint(1, 90)}.ts",
    )
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 999), 600))
    b.decoy("video segment fetch (no watch log)")
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = FB(c, "fuel", "GET", "https://api.pumps-example.ie/prices")
    b.ok_json(
        {
            "diesel": floats(c.rng, 30),
            "stations": [[rf(c.rng, 51, 55), rf(c.rng, -10, -6)] for _ in range(8)],
        }
    )
    b.decoy("price series and coordinate list")
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "coop", "POST", "https://members.coop-example.ie/signup")
    b.header("user-agent", ua("CoopMember", "1.0"))
    b.form([("first_name", "Aoife"), ("gender", "female"), ("county", "Meath"), ("ts", str(ms(c)))])
    b.decoy("self-declared gender on a sign-up form")
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    tile,
    crash,
    flags,
    article,
    news_video,
    fuel_prices,
    signup,
    tile,
]
