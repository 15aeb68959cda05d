"""Ordinary traffic between the apps: weather over Metro Manila, Davao and
Iloilo, map tiles, jeepney route look-ups, load top-ups, crash envelopes with
trace ids, chat, fonts, config fetches. None of it carries biometric data,
viewing history or a device identifier; the Xiaomi box's update check (its
serial) is called by the session, not drawn from BENIGN."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout import benign
from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, box_ua, iso, ms, rf, rid

CITIES = [(14.676, 121.044), (7.190, 125.455), (10.720, 122.562)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("city coordinates and an hourly rain series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 30, 1) for _ in range(24)]},
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


def jeepney_route(c: Context) -> Flow:
    b = _b(
        c,
        "sakay",
        "GET",
        f"https://api.sakayna.example/v1/ruta?mula=Cubao&papunta=Quiapo&req={rid(c.rng)}",
    )
    b.decoy("route polyline coordinates and fares")
    b.ok_json(
        {
            "ruta": [[rf(c.rng, 14.59, 14.62, 5), rf(c.rng, 120.98, 121.06, 5)] for _ in range(15)],
            "pamasahe": 13,
        }
    )
    return b.build()


def load_topup(c: Context) -> Flow:
    b = _b(c, "load", "POST", "https://api.loadkaagad.example/v1/bili")
    b.decoy("prepaid load purchase with a reference number")
    b.json({"promo": "GOSURF50", "halaga": 50, "ref": new_hex(c.rng, 12).upper(), "ts": iso(c)})
    b.ok_json({"ok": True, "ref": rid(c.rng)})
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o87123.ingest.sentry.io/api/4505512/envelope/")
    b.decoy("crash envelope: event / trace ids and a stack")
    eid = new_hex(c.rng, 32)
    head = js({"event_id": eid, "sent_at": iso(c)})
    item = js(
        {
            "event_id": eid,
            "level": "error",
            "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
            "exception": {"values": [{"type": "IllegalStateException"}]},
        }
    )
    b.set_body(
        (head + "\n" + js({"type": "event"}) + "\n" + item).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": eid})
    return b.build()


def config(c: Context) -> Flow:
    b = _b(
        c,
        "config",
        "GET",
        f"https://firebaseremoteconfig.googleapis.com/v1/projects/{c.rng.randint(10**11, 10**12)}"
        "/namespaces/firebase:fetch",
    )
    b.decoy("remote config with an etag")
    b.ok_json(
        {
            "entries": {"ipakita_promo": "true"},
            "state": "UPDATE",
            "templateVersion": str(c.rng.randint(10, 300)),
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.pamilya.example/v1/mensahe")
    b.decoy("family chat message with message ids")
    b.json(
        {
            "thread": rid(c.rng),
            "msg_id": rid(c.rng),
            "teksto": c.rng.choice(["Nakauwi na ko", "Kaon na ta", "Diin ka na?"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def miui_ota(c: Context) -> Flow:
    b = FB(c, "xiaomi", "POST", "https://update.intl.miui.com/updates/ota-check")
    b.header("user-agent", box_ua("OTAUpdater", "1.4"))
    b.form(
        [
            ("d", "oneday"),
            ("sn", b.id("box_serial", how="urlenc", where="form sn (TV box serial, url-encoded)")),
            ("mac", b.id("box_mac", how="lower", where="form mac (TV box, lower-case)")),
            ("v", "PI.2.4.31"),
        ]
    )
    b.ok_json({"latest": False})
    return b.build()


def miui_usage(c: Context) -> Flow:
    """The TV box launcher's usage tracking: which app played which title, how long."""
    b = FB(c, "xiaomi", "POST", "https://tracking.intl.miui.com/track/v4")
    b.header("user-agent", box_ua("PatchWall", "9.5.2"))
    b.view("json events[play_end] package + content_title + play_duration (TV box)")
    b.json(
        {
            "device": {"mac": b.id("box_mac", where="json device.mac (TV box)"), "model": "MiBOX4"},
            "events": [
                {
                    "event": "play_end",
                    "package": "ph.sinehanplus.tv",
                    "content_title": c.rng.choice(["Batang Quiapo", "Linlang", "Rewind"]),
                    "play_duration": c.rng.randint(60, 5400),
                    "ts": ms(c),
                }
            ],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    jeepney_route,
    load_topup,
    sentry,
    config,
    chat,
    weather,
    map_tile,
    benign.profile_photo,
    benign.product_embedding,
    benign.game_telemetry,
    benign.article,
    benign.prices,
    benign.parcel,
]
