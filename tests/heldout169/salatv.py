"""The living room: a Roku TV with automatic content recognition (ACR) and a Fire TV stick.

Roku TVs' "Use information from TV inputs" setting sends ACR matches of what
is on screen (antenna, cable box, HDMI) with the TV's serial (ESN) and the
Roku advertising id (RIDA); the older path uploads raw video-fingerprint
hashes per frame window under `fp` (what was on screen, nothing readable).
Device registration names the TV's MAC. Fire OS's metrics batch carries the
stick's DSN and the Amazon advertising id (AFAI). The Roku home-screen rail,
the channel store and local ECP key presses are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid

ROKU_UA = "Roku/DVP-14.0 (14.0.4.5184-C6)"
FIRE_UA = "AmazonWebView/FireOS 7.6.6.9 (AFTKA)"
CHANNELS = ["Univision 45", "Telemundo 47", "KPRC 2", "TUDN", "Galavisión", "Pluto TV Novelas"]
PROGRAMS = [
    "Noticiero Univision",
    "Hoy Día",
    "La Casa de los Famosos",
    "Liga MX: Chivas vs América",
]


def _roku(c: Context, method: str, url: str, sdk: str = "roku") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ROKU_UA)
    return b


def acr_matches(c: Context) -> Flow:
    b = _roku(c, "POST", "https://acr.logs.roku.com/v2/matches", "roku-acr")
    b.view("json matches[] (contentId, channelName, matchStart, durationSec)")
    b.json(
        {
            "esn": b.id("roku_serial", where="json esn (TV serial)"),
            "rida": b.id("rida", where="json rida (Roku advertising id)"),
            "input": c.rng.choice(["tuner", "hdmi1", "hdmi2"]),
            "matches": [
                {
                    "contentId": "EP" + new_digits(c.rng, 10),
                    "channelName": c.rng.choice(CHANNELS),
                    "programTitle": c.rng.choice(PROGRAMS),
                    "matchStart": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = _roku(c, "POST", "https://acr.logs.roku.com/v1/fp", "roku-acr")
    b.view("json fp[] frame-window fingerprint hashes with times", detectable=False)
    b.json(
        {
            "d": b.id("roku_serial", "sha1", "json d (sha1 of ESN)", detectable=False),
            "fp": [[ms(c) + 500 * i, new_hex(c.rng, 16)] for i in range(c.rng.randint(6, 14))],
        }
    )
    b.no_content()
    return b.build()


def roku_register(c: Context) -> Flow:
    b = _roku(c, "POST", "https://api.roku.com/device/v1/register")
    b.json(
        {
            "serialNumber": b.id("roku_serial", where="json serialNumber"),
            "wifiMac": b.id("roku_mac", where="json wifiMac"),
            "advertisingId": b.id("rida", where="json advertisingId (RIDA)"),
            "model": "55R6A5R",
            "softwareVersion": "14.0.4",
            "country": "US",
        }
    )
    b.ok_json({"linked": True, "accountType": "primary"})
    return b.build()


def home_rail(c: Context) -> Flow:
    b = _roku(c, "GET", "https://api.roku.com/content/v1/home?locale=es_US")
    b.decoy("'Trending on The Roku Channel' rail (all viewers, catalogue)")
    b.ok_json(
        {
            "rows": [
                {
                    "title": "Tendencias",
                    "items": [{"id": "m" + new_digits(c.rng, 6), "rank": i} for i in range(1, 9)],
                }
            ]
        }
    )
    return b.build()


def ecp_keypress(c: Context) -> Flow:
    key = c.rng.choice(["Home", "Select", "Right", "VolumeUp", "Back"])
    b = FB(
        c, "roku-ecp", "POST", f"http://192.168.1.44:8060/keypress/{key}", http_version="HTTP/1.1"
    )
    b.header("user-agent", "Roku/9.3.0 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.respond(200, None)
    return b.build()


def firetv_metrics(c: Context) -> Flow:
    b = FB(c, "amazon-metrics", "POST", "https://device-metrics-us.amazon.com/metricsBatch")
    b.header("user-agent", FIRE_UA)
    b.json(
        {
            "deviceSerialNumber": b.id("firetv_dsn", where="json deviceSerialNumber (DSN)"),
            "deviceType": "A2GFL5ZMWNE0PX",
            "advertisingId": b.id("afai", where="json advertisingId (AFAI)"),
            "metricEntries": [
                {
                    "program": "LauncherActivity",
                    "source": "startup",
                    "timer": c.rng.randint(200, 900),
                },
                {"program": "WifiService", "source": "rssi", "counter": -c.rng.randint(40, 75)},
            ],
            "sessionId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def firetv_store(c: Context) -> Flow:
    b = FB(
        c,
        "amazon-appstore",
        "GET",
        "https://mas-ext.amazon.com/api/apps/recommended?marketplace=US",
    )
    b.header("user-agent", FIRE_UA)
    b.decoy("app store recommendations with ratings (catalogue)")
    b.ok_json(
        {
            "apps": [
                {"asin": "B0" + new_hex(c.rng, 8).upper(), "rating": rf(c.rng, 3, 5, 1)}
                for _ in range(6)
            ]
        }
    )
    return b.build()
