"""Ordinary iPhone traffic between the apps: captive-portal check, Apple
configuration, weather, map tiles, CDN images, Sentry crash envelopes with
trace ids, Firebase Remote Config with an app-instance-free fetch, exchange
rates. None of it carries biometric data, viewing history or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, cfnet, iso, rf, rid


def hotspot(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.100.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, -23.7, -23.4, 3), rf(c.rng, -46.8, -46.4, 3)
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m"
    b = FB(c, "weather", "GET", url)
    b.ok_json(
        {"latitude": lat, "hourly": {"temperature_2m": [rf(c.rng, 15, 32, 1) for _ in range(24)]}}
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    b = FB(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://img.cdn-exemplo.net/{new_hex(c.rng, 32)}/640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o30211.ingest.sentry.io/api/4504/envelope/")
    b.decoy("event / trace ids")
    eid = new_hex(c.rng, 32)
    head = {"event_id": eid, "sent_at": iso(c), "trace": {"trace_id": new_hex(c.rng, 32)}}
    ev = {
        "event_id": eid,
        "level": "error",
        "platform": "cocoa",
        "exception": {"values": [{"type": "NSRangeException"}]},
    }
    body = js(head) + "\n" + js({"type": "event"}) + "\n" + js(ev) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/8812/namespaces/firebase:fetch",
    )
    b.header("user-agent", cfnet("TorcidaVerdao", "314"))
    b.json(
        {"appId": "1:8812:ios:" + new_hex(c.rng, 16), "countryCode": "BR", "languageCode": "pt-BR"}
    )
    b.ok_json(
        {
            "entries": {"feature_face_entry": "true"},
            "state": "UPDATE",
            "templateVersion": str(c.rng.randint(10, 99)),
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = FB(c, "rates", "GET", "https://economia.awesomeapi.com.br/json/last/USD-BRL")
    b.decoy("price series")
    b.ok_json(
        {
            "USDBRL": {
                "bid": str(rf(c.rng, 4.9, 5.9, 4)),
                "series": [rf(c.rng, 4.9, 5.9, 4) for _ in range(10)],
            }
        }
    )
    return b.build()


def apple_config(c: Context) -> Flow:
    b = FB(c, "ios", "GET", f"https://gsp64-ssl.ls.apple.com/hvr/v3/use?req={rid(c.rng)}")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(80)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    hotspot,
    weather,
    map_tile,
    cdn,
    sentry,
    remote_config,
    rates,
    apple_config,
]
