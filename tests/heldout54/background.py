"""Ordinary background traffic of the phone and the TV: nothing sensitive, many look-alikes.

Connectivity checks (Android's generate_204), map tiles and a route with a
coordinate list, a weather API, Sentry crash envelopes (event ids, trace ids,
release hashes), a feature-flag fetch, CDN fonts, the TV's NTP-over-HTTP time
check and a CDN-hosted HLS segment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid, tv_ua, ua

VOD = "https://vod.telenovelas-plus.example.mx"


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; moto g84 5G Build/U1TCS34.18-38)")
    b.no_content()
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(7300, 7400), c.rng.randint(14500, 14600)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Golazo", "7.3.0"))
    b.decoy("map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes.fromhex(new_hex(c.rng, 200)))
    return b.build()


def route(c: Context) -> Flow:
    b = FB(
        c,
        "maps",
        "GET",
        "https://router.project-osrm.org/route/v1/driving/-99.13,19.43;-99.17,19.41",
    )
    b.header("user-agent", ua("FuerzaGym", "5.1.7"))
    b.decoy("route coordinate list")
    coords = [[rf(c.rng, -99.2, -99.1, 5), rf(c.rng, 19.4, 19.45, 5)] for _ in range(30)]
    b.ok_json(
        {"routes": [{"geometry": {"coordinates": coords}, "duration": rf(c.rng, 300, 1800, 1)}]}
    )
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice([("4.71", "-74.07"), ("-33.45", "-70.66"), ("19.43", "-99.13")])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [("latitude", city[0]), ("longitude", city[1]), ("hourly", "temperature_2m")],
    )
    b.header("user-agent", ua("Golazo", "7.3.0"))
    b.decoy("hourly temperature series")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 5, 28, 1) for _ in range(24)]}})
    return b.build()


def sentry(c: Context) -> Flow:
    app = c.rng.choice(["banconube", "prestaya", "ritmo", "golazo"])
    project = c.rng.randint(100000, 999999)
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o45{c.rng.randint(10, 99)}.ingest.sentry.io/api/{project}/envelope/",
    )
    ev = rid(c.rng).replace("-", "")
    head = {
        "event_id": ev,
        "sent_at": iso(c),
        "sdk": {"name": "sentry.java.android", "version": "7.8.0"},
    }
    event = {
        "event_id": ev,
        "level": "error",
        "release": f"{app}@1.0+{new_hex(c.rng, 7)}",
        "contexts": {
            "device": {"model": "moto g84 5G", "manufacturer": "motorola"},
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
        },
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
    }
    body = "\n".join([js(head), js({"type": "event"}), js(event)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.decoy("crash report with event / trace ids")
    b.ok_json({"id": ev})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://flags.golazo-app.example.co/v1/flags",
        [("platform", "android"), ("v", "7.3.0")],
    )
    b.header("user-agent", ua("Golazo", "7.3.0"))
    b.header("x-request-id", rid(c.rng))
    b.decoy("feature flags with request id")
    b.ok_json({"nuevo_marcador": True, "exp_hash": new_hex(c.rng, 40)})
    return b.build()


def font(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", bytes.fromhex(new_hex(c.rng, 120)))
    return b.build()


def tv_time(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "GET", "https://mx.lgtvsdp.com/rest/sdp/v3.0/time", http_version="HTTP/1.1")
    b.header("user-agent", tv_ua())
    b.ok_json({"serverTime": iso(c)})
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"{VOD}/nov-{c.rng.randint(1000, 3999)}/1080p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", ua("NovelasPlus", "4.18.2"))
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", b"G@" + bytes.fromhex(new_hex(c.rng, 300)))
    return b.build()


BENIGN = [
    generate_204,
    map_tile,
    route,
    weather,
    sentry,
    flags,
    font,
    tv_time,
    hls_segment,
    generate_204,
]
