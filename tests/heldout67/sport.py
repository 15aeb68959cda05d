"""Sha'ar: an Israeli / Greek football and basketball app with live streams
measured by NPAW (Youbora) plus its own live heartbeat.

NPAW / Youbora Open REST API v2 (NicePeopleAtWork/NicePlayers youboralib, and
the Kaltura youbora plugin citing the "Player Plugin Open REST API" PDF): GET
/start with accountCode, system, title, mediaResource, live, mediaDuration,
then /joinTime and /ping?code=&pingTime=&playhead=&bitrate= every 5 s.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from . import ads
from .phone import FB, iso, ms, rf, rid, ua

APP = ads.App("il.shaar.sport", "Shaar", "7.3.2", "aid_sport")
API = "https://api.shaar-sport.co.il"
NPAW = "https://a-fds.youborafds01.com"
MATCHES = [
    ("m-88120", "Maccabi Tel Aviv v Olympiacos - EuroLeague"),
    ("m-88131", "Hapoel Be'er Sheva v Maccabi Haifa"),
    ("m-88140", "APOEL v Omonia - Cyta Championship"),
    ("m-88152", "Panathinaikos v Hapoel Jerusalem"),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-trace-id", rid(b.ctx.rng))


def _code(c: Context) -> str:
    return "U_" + new_hex(c.rng, 14)


def npaw_start(c: Context) -> Flow:
    mid, title = c.rng.choice(MATCHES)
    params = [
        ("accountCode", "shaarsport"),
        ("system", "shaarsport"),
        ("pluginVersion", "6.8.21-exoplayer"),
        ("player", "ExoPlayer2"),
        ("title", title),
        ("mediaResource", f"https://live.shaar-sport.co.il/{mid}/master.m3u8"),
        ("live", "true"),
        ("code", _code(c)),
        ("deviceUUID", c.phone.npaw_uuid),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "npaw", "GET", f"{NPAW}/start", params)
    b.other_id("npaw_uuid", "query:deviceUUID")
    b.view("query:title/mediaResource (NPAW /start)")
    b.header("user-agent", ua(APP.name, APP.ver))
    b.no_content()
    return b.build()


def npaw_ping(c: Context) -> Flow:
    params = [
        ("code", _code(c)),
        ("pingTime", "5"),
        ("playhead", str(c.rng.randint(5, 6000))),
        ("bitrate", str(c.rng.choice([2400000, 4800000, 1200000]))),
        ("throughput", str(c.rng.randint(8, 60) * 10**6)),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "npaw", "GET", f"{NPAW}/ping", params)
    b.view("query:playhead/pingTime (NPAW heartbeat)")
    b.header("user-agent", ua(APP.name, APP.ver))
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    mid, _title = c.rng.choice(MATCHES)
    b = FB(c, "shaar", "POST", f"{API}/v4/live/heartbeat")
    _hdr(b)
    b.view("json:match_id/watched_ms")
    b.json(
        {
            "match_id": mid,
            "stream": "hd",
            "watched_ms": c.rng.randint(5, 5400) * 1000,
            "hb_seq": c.rng.randint(1, 900),
            "user": c.phone.sport_user,
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = FB(c, "shaar", "GET", f"{API}/v4/live/scores", [("league", "euroleague,ligat-haal")])
    _hdr(b)
    b.decoy("live scores and minute-by-minute numbers")
    b.ok_json(
        {
            "matches": [
                {
                    "id": m,
                    "home": c.rng.randint(0, 99),
                    "away": c.rng.randint(0, 99),
                    "minute": c.rng.randint(1, 40),
                }
                for m, _ in MATCHES
            ]
        }
    )
    return b.build()


def shot_map(c: Context) -> Flow:
    mid = c.rng.choice(MATCHES)[0]
    b = FB(c, "shaar", "GET", f"{API}/v4/match/{mid}/shotmap")
    _hdr(b)
    b.decoy("shot map: pitch coordinates and xG values")
    shots = [
        {"x": rf(c.rng, 0, 105, 1), "y": rf(c.rng, 0, 68, 1), "xg": rf(c.rng, 0, 0.8, 3)}
        for _ in range(12)
    ]
    b.ok_json({"shots": shots})
    return b.build()


def odds(c: Context) -> Flow:
    b = FB(c, "shaar", "GET", f"{API}/v4/odds/history", [("market", "1x2")])
    _hdr(b)
    b.decoy("betting-odds price series")
    b.ok_json({"series": [[ms(c) - i * 60000, rf(c.rng, 1.2, 4.5, 2)] for i in range(20)]})
    return b.build()


def stadium_view(c: Context) -> Flow:
    b = FB(c, "shaar", "POST", f"{API}/v4/arena360/state")
    _hdr(b)
    b.decoy("360-degree arena viewer camera yaw / pitch / fov")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "fov": 75},
            "seat": f"{new_digits(c.rng, 3)}-{c.rng.randint(1, 30)}",
        }
    )
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "shaar", "GET", f"{API}/v4/init")
    _hdr(b)
    b.param("udid", b.id(APP.aid, where="query:udid"))
    b.param("os", "android")
    b.ok_json({"config": {"hb_interval": 30}})
    return b.build()


def adjust(c: Context) -> Flow:
    return ads.adjust(c, APP, "event" if c.rng.random() < 0.5 else "session")
