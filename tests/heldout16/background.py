"""Ordinary Google TV background traffic: nothing sensitive, many look-alikes
(trace ids, hashes, build fingerprints, coordinate and price series)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android-os",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(ctx, "ambient-weather", "GET", "https://api.skycast-example.com/v2/forecast")
    b.param("lat", "51.51")
    b.param("lon", "-0.13")
    b.decoy("coordinates and temperature series")
    b.ok_json({"hourly": [[rf(ctx.rng, 5, 14, 1), rf(ctx.rng, 0, 1, 2)] for _ in range(12)]})
    return b.build()


def sentry(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o118422.ingest.sentry.io/api/5512233/envelope/")
    eid = rid(ctx.rng).replace("-", "")
    b.decoy("crash report with event and trace ids")
    trace = rid(ctx.rng).replace("-", "")
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": trace}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "surface released"}]},
    }
    head = js({"event_id": eid, "sent_at": iso(ctx)})
    env = head + "\n" + js({"type": "event"}) + "\n" + js(event)
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(ctx, "flags", "POST", "https://flags.tvservices-example.net/v1/evaluate")
    b.decoy("feature flags with experiment hashes")
    b.json(
        {
            "project": "launcher",
            "context": {"build": "STT2.230718.002", "locale": "en_GB"},
            "flags": ["new_rows", "hdr_badge"],
            "stateHash": rid(ctx.rng).replace("-", "")[:32],
        }
    )
    b.ok_json(
        {"new_rows": True, "hdr_badge": ctx.rng.random() < 0.5, "etag": b64(rid(ctx.rng))[:24]}
    )
    return b.build()


def launcher_art(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "launcher",
        "GET",
        f"https://lh3.googleusercontent.com/{b64(rid(ctx.rng))[:40]}=w480-h270",
    )
    b.decoy("launcher artwork")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 250))
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "android-os", "GET", "https://time.tvservices-example.net/now")
    b.ok_json({"epochMs": ms(ctx), "tz": "Europe/London"})
    return b.build()


def store_prices(ctx: Context) -> Flow:
    b = FB(ctx, "playstore", "GET", "https://store.tvservices-example.net/v1/rentals/prices")
    b.decoy("rental price series and order numbers")
    b.ok_json(
        {
            "items": [
                {
                    "sku": "mv_" + str(ctx.rng.randint(1000, 9999)),
                    "price": [3.49, 4.99, 5.99],
                    "order": "GPA.33" + str(ctx.rng.randint(10**15, 10**16)),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    sentry,
    flags,
    launcher_art,
    time_sync,
    store_prices,
    generate_204,
]
