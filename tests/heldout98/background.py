"""Ordinary background traffic of an iPhone in Busan, Seoul and Tokyo.

Apple's captive-portal check and asset catalogue, map tiles and routes (coordinate
lists), weather, the festival shuttle-bus tracker (the bus's own GPS unit serial:
a shared vehicle), a Sentry crash envelope (event ids, trace ids, memory
addresses), feature flags and a film-news article about faces and voices.
All negatives.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, rf, rid, ua


def captive(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.0.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def mesu(c: Context) -> Flow:
    b = FB(
        c,
        "ios",
        "GET",
        "https://mesu.apple.com/assets/com_apple_MobileAsset_SoftwareUpdate/com_apple_MobileAsset_SoftwareUpdate.xml",
    )
    b.decoy("asset catalogue with build hashes")
    b.respond(
        200,
        "application/xml",
        f"<plist><dict><key>Hash</key><data>{new_hex(c.rng, 40)}</data></dict></plist>".encode(),
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(27900, 28000), c.rng.randint(12900, 13000)
    b = FB(c, "maps", "GET", f"https://map.pstatic.net/nrb/styles/basic/{z}/{x}/{y}.png")
    b.decoy("map tile fetch")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + new_hex(c.rng, 200).encode())
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "maps", "GET", "https://api.transit-example.jp/v1/route?from=Hibiya&to=Shibuya")
    b.decoy("walking/transit route as a coordinate list")
    path = [[rf(c.rng, 139.69, 139.77, 5), rf(c.rng, 35.65, 35.68, 5)] for _ in range(25)]
    b.ok_json({"path": path, "durationSec": c.rng.randint(600, 2400)})
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(c, "weather", "GET", "https://api.weather-example.kr/v1/forecast?lat=35.17&lon=129.13")
    b.decoy("hourly temperature / precipitation series")
    b.ok_json(
        {
            "temp": [rf(c.rng, 14, 24, 1) for _ in range(24)],
            "pop": [c.rng.randint(0, 90) for _ in range(24)],
        }
    )
    return b.build()


def shuttle(c: Context) -> Flow:
    b = FB(c, "shuttle", "GET", "https://shuttle.seaside-filmfest.kr/api/buses/live?route=B2")
    b.decoy("shuttle buses' GPS unit serials and positions (shared vehicles)")
    buses = [
        {
            "busNo": f"부산70사{new_digits(c.rng, 4)}",
            "gpsUnitSerial": "TK" + new_digits(c.rng, 10),
            "imeiMasked": "35" + "*" * 11 + new_digits(c.rng, 2),
            "lat": rf(c.rng, 35.15, 35.18, 6),
            "lng": rf(c.rng, 129.11, 129.16, 6),
            "eta_s": c.rng.randint(30, 900),
        }
        for _ in range(c.rng.randint(2, 5))
    ]
    b.ok_json({"buses": buses, "updated": iso(c)})
    return b.build()


def sentry(c: Context) -> Flow:
    key = new_hex(c.rng, 32)
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o{new_digits(c.rng, 6)}.ingest.sentry.io/api/{new_digits(c.rng, 7)}/envelope/",
    )
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_version=7, sentry_key={key}, sentry_client=sentry.cocoa/8.21.0",
    )
    b.decoy("crash envelope: event id, trace id, image addresses, thread ids")
    eid = new_hex(c.rng, 32)
    head = {"event_id": eid, "sent_at": iso(c), "trace": {"trace_id": new_hex(c.rng, 32)}}
    event = {
        "event_id": eid,
        "platform": "cocoa",
        "contexts": {"device": {"model": "iPhone16,1", "memory_size": 8_000_000_000}},
        "debug_meta": {
            "images": [{"image_addr": "0x" + new_hex(c.rng, 9), "uuid": new_uuid(c.rng).upper()}]
        },
        "threads": {"values": [{"id": c.rng.randint(1, 90), "crashed": i == 0} for i in range(3)]},
    }
    lines = [js(head), js({"type": "event"}), js(event)]
    b.set_body("\n".join(lines).encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(c, "flags", "GET", "https://flags.seaside-filmfest.kr/v1/flags?platform=ios")
    b.header("x-request-id", rid(c.rng))
    b.decoy("feature flags with rollout percentages and hashes")
    b.ok_json({"flags": {"newSeatMap": {"on": True, "pct": 50, "salt": new_hex(c.rng, 16)}}})
    return b.build()


def article(c: Context) -> Flow:
    b = FB(c, "news", "GET", "https://news.kinema-example.jp/articles/" + new_digits(c.rng, 6))
    b.decoy("film-news article about face-swap and voice cloning in cinema (text)")
    html = (
        "<article><h1>顔と声のディープフェイク、映画祭で議論</h1>"
        "<p>face landmarks, voiceprint…</p></article>"
    )
    b.respond(200, "text/html; charset=utf-8", html.encode())
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://cdn.seaside-filmfest.kr/stills/{new_hex(c.rng, 12)}_face_closeup.jpg",
    )
    b.header("user-agent", ua("FestOps", "4.12.1"))
    b.decoy("film still named '..._face_closeup' downloaded (a fetch, not an upload)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive, mesu, map_tile, map_tile, route, weather,
    shuttle, shuttle, sentry, flags, article, cdn_image,
]  # fmt: skip
