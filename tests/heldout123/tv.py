"""Hallam TV (a smart TV with "viewing information services") and a streaming stick.

The TV's ACR reports which channel and programme were on screen and for how
long, with its serial; older firmware uploads raw audio/video fingerprints only
(what was watched, in bytes no one reads) under a partner id header. The
stick's Freeview live-TV tuner logs each channel tune with the dwell time, and
its ad requests carry its advertising id (`rida`). The EPG, screensavers and the
app store are ordinary.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid

ACR = "https://acr-eu.hallamtv.example"
TVAPI = "https://api.hallamtv.example"
STICK = "https://logs.tweedstick.example"
STICKADS = "https://ads.tweedstick.example"
TV_UA = "HallamTV/T-KTM2 (Linux; Tizen-like 7.0)"
STICK_UA = "TweedStick/12.5.0 (3930X)"
CHANNELS = [
    (101, "BBC One Yorks"),
    (103, "ITV1 Calendar"),
    (104, "Channel 4"),
    (105, "Channel 5"),
    (211, "BBC Scotland"),
]
PROGRAMMES = ["Look North", "Emmerdale", "The Traitors", "Pointless", "Still Game", "Bake Off"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "hallam-acr", "POST", f"{ACR}/v3/viewing/matches")
    b.header("user-agent", TV_UA)
    b.view("json matches[] channelName + programme + startTs + durationSec")
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "matches": [
                {
                    "channelName": c.rng.choice(CHANNELS)[1],
                    "programme": c.rng.choice(PROGRAMMES),
                    "startTs": iso(c),
                    "durationSec": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["hdmi1", "tuner"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "hallam-acr", "POST", f"{ACR}/fp/2")
    b.header("user-agent", TV_UA)
    b.header("x-psid", b.id("tv_psid", where="header x-psid (partner id)", detectable=False))
    b.view("octet-stream audio/video fingerprints of the screen", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(640)), "application/octet-stream")
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = FB(c, "hallam-tv", "POST", f"{TVAPI}/v1/device/register")
    b.header("user-agent", TV_UA)
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "viewingInfoConsent": True,
            "country": "GB",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tv_epg(c: Context) -> Flow:
    b = FB(c, "hallam-tv", "GET", f"{TVAPI}/v1/epg?region=yorkshire&hours=6")
    b.header("user-agent", TV_UA)
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {
            "channels": [
                {"lcn": n, "name": ch, "now": c.rng.choice(PROGRAMMES), "start": iso(c)}
                for n, ch in CHANNELS
            ]
        }
    )
    return b.build()


def tune_log(c: Context) -> Flow:
    b = FB(c, "tweedstick", "POST", f"{STICK}/v1/livetv/tune-log")
    b.header("user-agent", STICK_UA)
    b.view("json tunes[] lcn + serviceName + tunedAt + dwellSec")
    b.json(
        {
            "esn": b.id("stick_serial", where="json esn (stick serial)"),
            "tunes": [
                {
                    "lcn": lcn,
                    "serviceName": name,
                    "tunedAt": iso(c),
                    "dwellSec": c.rng.randint(5, 2400),
                }
                for lcn, name in c.rng.sample(CHANNELS, c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def stick_ad_request(c: Context) -> Flow:
    b = FB(c, "tweedstick", "GET", f"{STICKADS}/vast/v2")
    b.header("user-agent", STICK_UA)
    b.params += [
        ("rida", b.id("stick_rida", where="query rida")),
        ("lat", "0"),
        ("app", "screensaver"),
        ("cb", str(c.rng.randint(10**8, 10**9))),
    ]
    b.respond(200, "application/xml", b'<VAST version="4.0"></VAST>')
    return b.build()


def stick_heartbeat_opaque(c: Context) -> Flow:
    b = FB(c, "tweedstick", "POST", f"{STICK}/hb")
    b.header("user-agent", STICK_UA)
    b.form(
        [("d", b.id("stick_serial", "sha1", "form d (sha1 of serial)", False)), ("u", str(ms(c)))]
    )
    b.no_content()
    return b.build()


def screensaver(c: Context) -> Flow:
    b = FB(c, "tweedstick", "GET", f"https://img.tweedstick.example/ss/{new_hex(c.rng, 16)}.jpg")
    b.header("user-agent", STICK_UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def stick_channel_store(c: Context) -> Flow:
    q = urlencode([("category", "most-watched"), ("country", "GB")])
    b = FB(c, "tweedstick", "GET", f"https://store.tweedstick.example/v1/channels?{q}")
    b.header("user-agent", STICK_UA)
    b.decoy("'most watched' channel-store ranking: an aggregate over all users")
    b.ok_json(
        {
            "channels": [
                {"id": rid(c.rng), "name": n, "installs": c.rng.randint(10**4, 10**6)}
                for n in ("Heather Player", "Lark TV", "YouTube")
            ]
        }
    )
    return b.build()
