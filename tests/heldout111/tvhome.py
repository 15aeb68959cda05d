"""Lumora TV: the living-room Roku-OS smart TV and its maker's companion app.

The TV's automatic content recognition (ACR) reports fingerprint matches
(content id, network, airing start, matched seconds) as smart-TV ACR does
(FTC v. VIZIO, 2017); older firmware posts bare rows with the MAC under `m`.
The TV's ad client asks for ads with Roku's advertising id (`rida`, with
`lmt`). The companion app on the Pixel pairs the TV (serial, MAC), shows a
"Recently watched on your TV" list, and carries Kochava
(`kvinit`/`kvtracker`: `kochava_device_id`, `adid`). Remote key presses, the
channel lineup and the store's popular-apps rail are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.lumoratv.example"
ACR = "https://acr.lumoratv.example"
ADS = "https://ads.lumoratv.example"
TV_UA = "Roku/DVP-13.0 (13.0.4.5112-46)"
UA = android_ua("LumoraRemote", "3.9.0")
NETWORKS = ["WBNS 10 CBS", "WCMH NBC4", "ESPN", "Univision 41", "HGTV", "Marquee+"]
SHOWS = [
    "Monday Night Football",
    "Wheel of Fortune",
    "Fixer Upper",
    "Noticias 41",
    "The Last Ranch",
]


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumora-app", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def acr_report(c: Context) -> Flow:
    b = FB(c, "lumora-acr", "POST", f"{ACR}/v3/matches")
    b.header("user-agent", TV_UA)
    b.view("json matches[] contentId + network + airingStart + matchedSec")
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "fwVersion": "13.0.4",
            "matches": [
                {
                    "contentId": f"EP{c.rng.randint(10**9, 10**10)}",
                    "network": c.rng.choice(NETWORKS),
                    "title": c.rng.choice(SHOWS),
                    "input": c.rng.choice(["tuner", "hdmi1", "app"]),
                    "airingStart": iso(c),
                    "matchedSec": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_rows(c: Context) -> Flow:
    b = FB(c, "lumora-acr", "POST", f"{ACR}/r")
    b.header("user-agent", TV_UA)
    b.view("json r[] rows [content, network index, start, seconds]", detectable=False)
    mac = b.id("tv_mac", "nosep", "json m (MAC without colons)", detectable=False)
    rows = [
        [c.rng.randint(10**9, 10**10), c.rng.randint(0, 5), ms(c), c.rng.randint(30, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"m": mac, "r": rows, "v": 7})
    b.no_content()
    return b.build()


def tv_ads(c: Context) -> Flow:
    b = FB(c, "lumora-ads", "GET", f"{ADS}/vast/v2")
    b.header("user-agent", TV_UA)
    for k, v in [
        ("rida", b.id("tv_rida", where="query rida")),
        ("lmt", "0"),
        ("placement", "home-screen-tile"),
        ("w", "1920"),
        ("h", "1080"),
        ("cb", str(c.rng.randint(10**8, 10**9))),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b'<VAST version="3.0"/>')
    return b.build()


def pair(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/companion/v1/pair")
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "phoneAndroidId": b.id("aid_tv", where="json phoneAndroidId"),
            "pin": str(c.rng.randint(1000, 9999)),
            "account": b.acct("tv_account"),
        }
    )
    b.ok_json({"paired": True, "tvName": "Living Room TV"})
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/companion/v1/recently-watched?limit=8")
    b.view("response json items[] title + network + watchedAt + minutes", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "title": c.rng.choice(SHOWS),
                    "network": c.rng.choice(NETWORKS),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(5, 180),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def tv_info(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/companion/v1/tv/info")
    serial = b.id("tv_serial", where="response json device.serialNumber", direction="response")
    b.ok_json(
        {
            "device": {
                "serialNumber": serial,
                "modelName": "55R7B5",
                "softwareVersion": "13.0.4",
                "powerMode": "PowerOn",
            }
        }
    )
    return b.build()


def kochava(c: Context) -> Flow:
    b = FB(c, "kochava", "POST", "https://control.kochava.com/track/json")
    b.header("user-agent", UA)
    b.json(
        {
            "action": "session",
            "kochava_app_id": "kolumora-remote-android-8f2x",
            "kochava_device_id": b.id("kochava_kdid", where="json kochava_device_id"),
            "sdk_version": "AndroidTracker 5.4.0",
            "data": {
                "adid": b.id("gaid", where="json data.adid"),
                "android_id": b.id("aid_tv", where="json data.android_id"),
                "state": "resume",
                "uptime": round(c.rng.uniform(1, 900), 2),
                "usertime": int(c.now),
                "device": "Pixel 8-google",
            },
        }
    )
    b.ok_json({"success": "1"})
    return b.build()


def keypress(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/companion/v1/ecp/keypress")
    b.json({"key": c.rng.choice(["Home", "Select", "VolumeUp", "Right", "Back"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def lineup(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/companion/v1/lineup?zip=43215")
    b.decoy("channel lineup with airing times (listing)")
    b.ok_json(
        {
            "channels": [
                {"n": n, "nowPlaying": s, "start": iso(c)}
                for n, s in zip(NETWORKS, SHOWS, strict=False)
            ]
        }
    )
    return b.build()


def popular_apps(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/store/v1/popular")
    b.decoy("'most watched channels this week' across all TVs (aggregate)")
    b.ok_json({"apps": [{"name": n, "weeklyHours": c.rng.randint(10**5, 10**7)} for n in NETWORKS]})
    return b.build()
