"""Ordinary background traffic of the phone: OS checks, crash reports, feature
flags, push registration, time sync (and the everyday module's weather, maps,
transit, news). Not sensitive; full of look-alikes (request / trace / event ids,
hashes, a flag named after face unlock).

Sentry's envelope format (develop.sentry.dev/sdk/envelopes: header line with
event_id, sent_at, dsn; item header; event with trace context).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from . import everyday
from .phone import FB, dalvik, iso, ms, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def sentry(c: Context) -> Flow:
    key = new_hex(c.rng, 32)
    b = FB(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/4504123/envelope/")
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_version=7,sentry_key={key},sentry_client=sentry.java.android/7.14.0",
    )
    ev_id = new_hex(c.rng, 32)
    event = {
        "event_id": ev_id,
        "timestamp": iso(c),
        "platform": "java",
        "level": "error",
        "release": "ie.cnoc.bms@2.14.0",
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
        "contexts": {
            "trace": {
                "trace_id": new_hex(c.rng, 32),
                "span_id": new_hex(c.rng, 16),
                "op": "http.client",
            },
            "device": {
                "model": "SM-S911B",
                "manufacturer": "samsung",
                "battery_level": c.rng.randint(10, 100),
                "orientation": "portrait",
            },
        },
    }
    body = (
        js({"event_id": ev_id, "sent_at": iso(c)})
        + "\n"
        + js({"type": "event"})
        + "\n"
        + js(event)
        + "\n"
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev_id})
    b.decoy("crash report: event / trace / span ids (no device identifier)")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://flags.cnoc-systems.example/v1/evaluate",
        [("app", "bms"), ("ver", "2.14.0"), ("bucket", str(c.rng.randint(0, 99)))],
    )
    b.ok_json(
        {
            "flags": {"new_hvac_ui": True, "badge_v2": False, "face_unlock_prompt": False},
            "etag": new_hex(c.rng, 40),
        }
    )
    b.decoy("feature flags (etag hash; a flag named face_unlock_prompt)")
    return b.build()


def push_register(c: Context) -> Flow:
    b = FB(
        c,
        "fcm",
        "POST",
        "https://fcmregistrations.googleapis.com/v1/projects/cnoc-bms/registrations",
    )
    b.json({"web": None, "token": b.acct("push_token"), "requestId": rid(c.rng)})
    b.ok_json({"name": "registrations/" + new_hex(c.rng, 20)})
    b.decoy("push token registration (a token, not a device id)")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://time.samsungcloudsolution.com/time", [("t", str(ms(c)))])
    b.ok_json({"serverTime": ms(c), "reqId": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    everyday.weather,
    everyday.map_tile,
    sentry,
    flags,
    everyday.transit,
    everyday.news,
    everyday.fuel_prices,
    push_register,
    time_sync,
]
