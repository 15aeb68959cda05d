"""Ordinary background traffic of the Fire TV and the Quest: connectivity checks,
weather, ambient photos, crash reports, feature flags, update checks, store
pages, map tiles, a news article. None of it is sensitive; much of it carries
look-alikes (trace ids, hashes, coordinate lists, numeric series, an article
about face recognition).

Fire OS checks connectivity with `spectrum.s3.amazonaws.com/kindle-wifi/
wifistub.txt` (plain HTTP). Horizon OS posts its own telemetry to
`graph.oculus.com/logging_client_events` (form `access_token`, `message`), which
carries the platform device id and is labelled (not in BENIGN). Sentry envelopes
follow develop.sentry.dev/sdk/envelopes/.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, fire_ua, iso, ms, quest_ua, rf, rid

Gen = Callable[[Context], Flow]


def wifistub(c: Context) -> Flow:
    b = FB(
        c,
        "fireos",
        "GET",
        "http://spectrum.s3.amazonaws.com/kindle-wifi/wifistub.txt",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", fire_ua())
    b.respond(200, "text/plain", b"81ce4465-7167-4dcb-835b-dcc9e44c112a")
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "fireos", "GET", "https://api.skycast-weather.com/v2/forecast")
    b.param("lat", "40.71")
    b.param("lon", "-74.01")
    b.param("units", "imperial")
    b.decoy("hourly temperature series and coordinates")
    hours = [{"t": ms(c) + i * 3_600_000, "temp": rf(c.rng, 40, 62, 1)} for i in range(12)]
    b.ok_json({"hourly": hours, "requestId": rid(c.rng)})
    return b.build()


def ambient_photo(c: Context) -> Flow:
    b = FB(c, "fireos", "GET", f"https://ambient-media.firetv-cdn.net/art/{new_hex(c.rng, 32)}.jpg")
    b.decoy("screensaver photo fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 800))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o448812.ingest.sentry.io/api/5839102/envelope/")
    b.decoy("crash report: event/trace ids, stack frames, device model")
    eid = new_hex(c.rng, 32)
    header = {
        "event_id": eid,
        "sent_at": iso(c),
        "dsn": "https://" + new_hex(c.rng, 32) + "@o448812.ingest.sentry.io/5839102",
    }
    event = {
        "event_id": eid,
        "platform": "java",
        "level": "error",
        "contexts": {
            "device": {"model": c.rng.choice(["AFTKRT", "Quest 3"]), "arch": "arm64-v8a"},
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
        },
        "exception": {"values": [{"type": "IllegalStateException", "value": "surface released"}]},
    }
    text = js(header) + "\n" + js({"type": "event"}) + "\n" + js(event) + "\n"
    b.header("user-agent", "sentry.java.android/7.8.0")
    b.set_body(text.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "loopline", "GET", "https://config.loopline.tv/v1/flags")
    b.param("platform", "firetv")
    b.decoy("feature flags with rollout hashes")
    b.ok_json(
        {
            "flags": {"newGuide": True, "pip": False},
            "rolloutHash": new_hex(c.rng, 40),
            "rev": c.rng.randint(100, 999),
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = FB(c, "horizon", "GET", "https://updates.plazavr.net/android/latest.json")
    b.header("user-agent", quest_ua())
    b.decoy("update manifest with sha256 and version")
    b.ok_json(
        {"version": "1.92.0", "sha256": new_hex(c.rng, 64), "size": c.rng.randint(10**8, 10**9)}
    )
    return b.build()


def oculus_store(c: Context) -> Flow:
    b = FB(c, "horizon", "POST", "https://graph.oculus.com/graphql")
    b.param("forced_locale", "en_US")
    b.header("user-agent", quest_ua())
    b.form(
        [
            ("access_token", "OC|" + "".join(c.rng.choice("0123456789") for _ in range(16)) + "|"),
            ("doc_id", "".join(c.rng.choice("0123456789") for _ in range(16))),
            ("variables", js({"sectionId": "top_selling", "first": 20})),
        ]
    )
    b.decoy("store section query")
    b.ok_json(
        {
            "data": {
                "section": {
                    "items": [{"id": new_hex(c.rng, 8), "price": "$19.99"} for _ in range(4)]
                }
            }
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 10, c.rng.randint(299, 303), c.rng.randint(383, 387)
    b = FB(c, "fireos", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.decoy("weather radar map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def article(c: Context) -> Flow:
    b = FB(
        c,
        "fireos",
        "GET",
        f"https://news.headlinehub.com/api/articles/{c.rng.randint(10**6, 10**7)}",
    )
    b.decoy("news article about face recognition (text, no face data)")
    text = (
        "Stadiums test face recognition at the gates. Critics say face templates and "
        "facial landmarks stored by vendors could leak; the league says images are deleted."
    )
    b.ok_json({"headline": "Face scans at the turnstile", "body": text, "published": iso(c)})
    return b.build()


def horizon_logging(c: Context) -> Flow:
    b = FB(c, "horizon", "POST", "https://graph.oculus.com/logging_client_events")
    msg = {
        "seq": c.rng.randint(1, 900),
        "time": ms(c) / 1000,
        "app_id": "1481000308606657",
        "device_id": b.id("oculus_device", where="body:message.device_id"),
        "data": [
            {
                "name": "oculus_system_ui_panel_open",
                "extra": {"panel": c.rng.choice(["library", "store", "people"])},
            }
        ],
    }
    b.header("user-agent", quest_ua())
    b.form([("access_token", "OC|" + new_hex(c.rng, 16)), ("format", "json"), ("message", js(msg))])
    b.ok_json({"success": True})
    return b.build()


BENIGN: list[Gen] = [
    wifistub,
    weather,
    ambient_photo,
    sentry,
    flags,
    update_check,
    oculus_store,
    map_tile,
    article,
    weather,
    ambient_photo,
]
