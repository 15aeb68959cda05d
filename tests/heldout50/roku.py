"""The family's Roku Ultra: content recognition, Roku ads (RAF) with the RIDA,
the device's serial and MAC, and a channel's watch log.

Per Roku's ifDeviceInfo docs, GetRIDA() is the advertising id (a UUID) and
GetChannelClientId() a per-channel id; RAF ad requests carry the RIDA in the
ad URL's macro (ROKU_ADS_TRACKING_ID), with a limit-ad-tracking flag.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, ROKU_UA, iso, ms, rid

CONTENT = ["ctv-tva-nouvelles", "hbo-last-of-us-s1e3", "yt-9fjQ2kZ", "cbc-hnic-0117"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "roku-acr", "POST", "https://acr.logs.roku.com/v1/match")
    b.header("user-agent", ROKU_UA)
    b.json(
        {
            "esn": b.id("roku_serial", where="json:esn (device serial)"),
            "matches": [
                {
                    "contentId": c.rng.choice(CONTENT),
                    "offsetMs": c.rng.randint(0, 3_000_000),
                    "input": "HDMI1",
                    "ts": ms(c),
                }
                for _ in range(2)
            ],
        }
    )
    b.view("json:matches[].contentId+offsetMs (ACR)")
    b.no_content()
    return b.build()


def acr_fingerprint_pb(c: Context) -> Flow:
    b = FB(c, "roku-acr", "POST", "https://acr.logs.roku.com/v1/fp")
    b.header("user-agent", ROKU_UA)
    body = pb_bytes(1, b.id("roku_mac", how="protobuf", where="protobuf:1 (mac)")) + b"".join(
        pb_msg(
            2, [pb_varint(1, ms(c)), pb_bytes(2, bytes(c.rng.randrange(256) for _ in range(24)))]
        )
        for _ in range(3)
    )
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf:2 (audio/video fingerprints)", detectable=False)
    b.no_content()
    return b.build()


def raf_ad_request(c: Context) -> Flow:
    b = FB(c, "roku-ads", "GET", "https://pubads.ads.roku.com/ads/vast")
    b.header("user-agent", ROKU_UA)
    for k, v in [
        ("ad_type", "preroll"),
        ("ifa_type", "rida"),
        ("ifa", b.id("rida", where="query:ifa")),
        ("lmt", "0"),
        ("dur", "30"),
        ("cb", str(ms(c))),
        ("content_genre", "news"),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b'<VAST version="4.0"></VAST>')
    return b.build()


def channel_watch(c: Context) -> Flow:
    b = FB(c, "teleboreal-roku", "POST", "https://services.teleboreal.ca/roku/v1/visionnements")
    b.header("user-agent", ROKU_UA)
    b.json(
        {
            "clientId": b.id("roku_client_id", where="json:clientId"),
            "media": c.rng.choice(CONTENT),
            "secondes": c.rng.randint(10, 3600),
            "quand": iso(c),
        }
    )
    b.view("json:media+secondes")
    b.no_content()
    return b.build()


def device_checkin(c: Context) -> Flow:
    b = FB(c, "roku", "POST", "https://cooper.logs.roku.com/checkin")
    b.header("user-agent", ROKU_UA)
    b.header("x-roku-reserved-serial", b.id("roku_serial", where="header:x-roku-reserved-serial"))
    b.json(
        {
            "wifiMac": b.id("roku_mac", where="json:wifiMac"),
            "fw": "13.0.4",
            "uptime": c.rng.randint(10, 10**6),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def opaque_cookie(c: Context) -> Flow:
    b = FB(c, "roku", "GET", "https://scribe.logs.roku.com/ping")
    b.header(
        "cookie",
        "z=" + b.id("rida", how="b64", where="cookie:z (base64, meaningless)", detectable=False),
    )
    b.no_content()
    return b.build()


def screensaver(c: Context) -> Flow:
    b = FB(c, "roku", "GET", "https://image.roku.com/screensaver/city/" + rid(c.rng)[:8] + ".jpg")
    b.header("user-agent", ROKU_UA)
    b.respond(200, "image/jpeg", b64(b"x" * 40).encode())
    b.decoy("screensaver image")
    return b.build()
