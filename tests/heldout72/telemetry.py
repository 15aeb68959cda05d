"""Background telemetry from the school apps: a Sentry crash envelope (event,
trace and span ids, contexts.device with the model only) and feature flags
with a hashed rollout bucket. Look-alike ids that identify no device.

Sources: Sentry envelope format (develop.sentry.dev/sdk/envelopes: header
line, item header, item; sentry.cocoa event contexts.device / contexts.os).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import iso, new, rid, ua


def sentry(c: Context) -> Flow:
    r = c.rng
    app = r.choice(["com.example.classpilot", "com.example.attendez", "com.example.lessonloop"])
    eid = new_hex(r, 32)
    event = {
        "event_id": eid,
        "timestamp": iso(c),
        "platform": "cocoa",
        "level": "error",
        "release": f"{app}@3.1.0",
        "exception": {"values": [{"type": "NSURLErrorDomain", "value": "Code=-1001 timed out"}]},
        "contexts": {
            "device": {
                "model": "iPad13,16",
                "family": "iOS",
                "arch": "arm64e",
                "simulator": False,
                "free_memory": r.randint(10**8, 10**9),
            },
            "os": {"name": "iPadOS", "version": "17.5", "build": "21F90"},
            "trace": {"trace_id": new_hex(r, 32), "span_id": new_hex(r, 16)},
        },
    }
    item = js(event)
    body = (
        "\n".join(
            [
                js(
                    {
                        "event_id": eid,
                        "sent_at": iso(c),
                        "sdk": {"name": "sentry.cocoa", "version": "8.30.0"},
                    }
                ),
                js({"type": "event", "length": len(item.encode())}),
                item,
            ]
        )
        + "\n"
    )
    url = f"https://o{new_digits(r, 6)}.ingest.sentry.io/api/{new_digits(r, 7)}/envelope/"
    b = new(c, "sentry", "POST", url, ua("ClassPilot", "812"))
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_key={new_hex(r, 32)},sentry_version=7,sentry_client=sentry.cocoa/8.30.0",
    )
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash envelope: event, trace and span ids (random per event)")
    return b.build()


def flags(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "flags",
        "GET",
        "https://flags.example-isd.org/v1/evaluate",
        ua("AttendEZ", "540"),
        [("app", r.choice(["attendez", "classpilot", "busfinder"])), ("ver", "3.1.0")],
    )
    b.ok_json(
        {
            "flags": {"newSeatEditor": r.random() < 0.5, "spanishUI": True},
            "bucket": hashlib.sha256(rid(r).encode()).hexdigest(),
            "etag": new_hex(r, 16),
        }
    )
    b.decoy("feature flags with a hashed rollout bucket")
    return b.build()
