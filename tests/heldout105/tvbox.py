"""The parlour's Android TV box (an X96-style box) and its live-TV launcher.

The launcher logs each channel tune (NTA, AIT, Channels, Arewa24, TV3 Ghana...)
with start and end, keeps a "recently watched" row, and identifies the box by
its Ethernet MAC and serial. A compact stats call sends numeric-keyed tuning
rows; another keys the box by an MD5 of its MAC under 'u'. The EPG, OTA checks
and the app-store list are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

API = "https://api.naijalive-tv.example"
UA = "NaijaLiveLauncher/2.0.8 (Linux; Android 9; X96Q Build/PPR1.180610.011)"
CHANNELS = [
    "NTA 1",
    "AIT",
    "Channels TV",
    "Arewa24",
    "TVC News",
    "Africa Magic Yoruba",
    "TV3 Ghana",
    "UTV Ghana",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "naijalive", method, url)
    b.header("user-agent", UA)
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v1/heartbeat")
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serialNo": b.id("box_serial", where="json serialNo"),
            "launcherId": b.id("box_launcher_id", where="json launcherId"),
            "fw": "X96Q_20240312",
            "uptimeSec": c.rng.randint(100, 900000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v1/tuning-log")
    b.view("json tunes[].channel/startedAt/endedAt (live channel tuning log)")
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "tunes": [
                {"channel": ch, "startedAt": iso(c), "endedAt": iso(c), "source": "iptv"}
                for ch in c.rng.sample(CHANNELS, 2)
            ],
        }
    )
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v1/recent?rows=1")
    b.view("response json recentlyWatched[] (channels and times)", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {"channel": ch, "lastWatched": iso(c)} for ch in c.rng.sample(CHANNELS, 3)
            ]
        }
    )
    return b.build()


def numeric_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v1/st")
    b.view("json numeric keys 1/2/3 (channel number, seconds, time)", detectable=False)
    b.json({"1": c.rng.randint(1, 120), "2": c.rng.randint(30, 7200), "3": ms(c)})
    b.no_content()
    return b.build()


def hashed_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v1/p")
    b.params.append(("u", b.id("box_mac", "md5", where="query u (md5 of MAC)", detectable=False)))
    b.params.append(("v", "208"))
    b.ok_json({"c": 0})
    return b.build()


def epg(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/epg/v1/{ch.replace(' ', '_').lower()}?day=0")
    b.decoy("programme guide with start times (a schedule, not a viewer's)")
    b.ok_json(
        {"channel": ch, "programmes": [{"title": "News at 9", "start": iso(c), "durMin": 60}]}
    )
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/v1/check?model=X96Q&fw=20240312")
    b.decoy("firmware sha256")
    b.ok_json({"update": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
