"""Ordinary background traffic on the home network: iPadOS captive-portal and
asset checks, crash reports (Sentry's envelope format: a JSON header line,
an item header line, the event), feature flags, CDN fetches, a subway
timetable. Nothing sensitive, plenty of look-alikes: trace ids, hashes,
numeric series, coordinate lists.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

UA_CNA = "CaptiveNetworkSupport-481.100.2 wispr"


def captive(c: Context) -> Flow:
    b = FB(
        c, "ipados", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", UA_CNA)
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    b.decoy("captive-portal check")
    return b.build()


def assets(c: Context) -> Flow:
    b = FB(
        c,
        "ipados",
        "GET",
        "https://mesu.apple.com/assets/com_apple_MobileAsset_Font7/com_apple_MobileAsset_Font7.xml",
    )
    b.header("user-agent", "MobileAsset/1.0")
    b.respond(200, "application/xml", b'<?xml version="1.0"?><plist version="1.0"><dict/></plist>')
    b.decoy("OS asset catalogue")
    return b.build()


def sentry(c: Context) -> Flow:
    eid = new_hex(c.rng, 32)
    b = FB(c, "sentry", "POST", "https://o450912.ingest.sentry.io/api/5532101/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.cocoa/8.30.0,"
        "sentry_key=3f2e1d0c9b8a7f6e5d4c3b2a19081726",
    )
    event = {
        "event_id": eid,
        "timestamp": ms(c) / 1000,
        "platform": "cocoa",
        "level": "error",
        "exception": {"values": [{"type": "NSRangeException", "value": "index 7 beyond bounds"}]},
        "contexts": {
            "device": {"family": "iOS", "model": "iPad13,16", "memory_size": 8e9},
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
        },
    }
    text = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body(text.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report with event / trace ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c, "flags", "GET", f"https://flags.appcfg.example.com/v1/sdk/eval?env=prod&r={rid(c.rng)}"
    )
    b.ok_json(
        {
            "flags": {
                "new_player_ui": c.rng.random() < 0.5,
                "face_filter_v2": True,
                "voice_wakeword": "하늘아",
            },
            "hash": new_hex(c.rng, 40),
        }
    )
    b.decoy("feature flags naming face/voice features")
    return b.build()


def cdn_font(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://static.cdnkr.example.net/fonts/pretendard-{c.rng.randint(1, 9)}00.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(200))
    b.decoy("font download")
    return b.build()


def subway(c: Context) -> Flow:
    b = FB(
        c, "transit", "GET", "https://transit.seoulinfo.example.kr/v1/arrival?station=강남&line=2"
    )
    b.ok_json(
        {
            "arrivals": [
                {"train": str(c.rng.randint(2000, 2999)), "etaSec": c.rng.randint(30, 900)}
                for _ in range(4)
            ],
            "stationXY": [rf(c.rng, 127.02, 127.03, 6), rf(c.rng, 37.49, 37.5, 6)],
        }
    )
    b.decoy("subway arrivals with station coordinates")
    return b.build()


def air_quality(c: Context) -> Flow:
    b = FB(c, "airkorea", "GET", "https://air.env.example.kr/api/v2/realtime?sido=서울&ver=1.3")
    b.ok_json(
        {
            "items": [
                {"station": s, "pm25": c.rng.randint(5, 70), "o3": rf(c.rng, 0, 0.1, 3)}
                for s in ["강남구", "서초구", "송파구"]
            ]
        }
    )
    b.decoy("air-quality readings")
    return b.build()


BENIGN = [captive, assets, sentry, flags, cdn_font, subway, air_quality]
