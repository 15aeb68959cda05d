"""Harbour+ : a commercial broadcaster's app with live sport, on the phone and the iPad.

Pre-roll comes from Google IMA (`pubads.g.doubleclick.net/gampad/ads` with
`rdid` / `idtype` / `is_lat`, the IMA SDK's device-id parameters); ratings go
to Nielsen DCR (`/cgi-bin/gn` pings whose keys are Nielsen's short codes:
`tl`, `c3`, `c6`, `at=timer`, `c9=devid,<sha1>`); the app logs live-channel
tuning for its own "Recently watched channels"; AppsFlyer counts launches on
the iPad with the IDFV. Live scores, the draw and ladder are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ios_ua, iso, mk, ms, rf, rid, ua

API = "https://api.harbourplus.example"
UA = ua("HarbourPlus", "12.3.0")
IPAD = ios_ua("HarbourPlus", "12.3.0")
CHANNELS = ["Harbour 1 Sydney", "Harbour Sport", "Harbour Go!", "Harbour Life"]
MATCHES = [
    "Swans v Giants",
    "Black Caps v Australia",
    "Warriors v Roosters",
    "Wallabies v All Blacks",
]


def ima_adrequest(c: Context) -> Flow:
    params = [
        ("iu", "/2442/harbourplus/app/vod/preroll"),
        ("sz", "640x480"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("vpos", "preroll"),
        ("msid", "com.harbourplus.app"),
        ("an", "Harbour+"),
    ]
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads", params)
    b.header("user-agent", UA)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.respond(
        200,
        "text/xml; charset=UTF-8",
        b'<?xml version="1.0"?><VAST version="4.0"><Ad id="1"/></VAST>',
    )
    return b.build()


def nielsen_dcr(c: Context) -> Flow:
    title = c.rng.choice(MATCHES)
    params = [
        ("prd", "dcr"),
        ("ci", "us-204584h"),
        ("ch", "us-204584h_c01_P"),
        ("asn", "harbourplus"),
        ("tl", f"dav0-{title}"),
        ("c3", "st,c"),
        ("c6", "vc,c01"),
        ("at", "timer"),
        ("rt", "video"),
        ("c16", "sdkv,ai.8.1.0"),
        ("c27", f"cln,{c.rng.randint(60, 3600)}"),
        ("c62", f"sendTime,{int(c.now)}"),
    ]
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn", params)
    b.header("user-agent", UA)
    # Ambiguous: Nielsen's keys are short codes; only the title prefix and rt=video hint.
    b.view(
        "query tl + c27 cln (Nielsen short codes; not readable as a watch report)", detectable=False
    )
    b.param("c9", "devid," + b.id("gaid", "sha1", "query c9 devid,<sha1 of advertising id>"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def channel_tune(c: Context) -> Flow:
    b = mk(c, "harbourplus", "POST", f"{API}/v2/live/tuning-log", UA)
    b.header("x-device-id", b.id("aid_nine", where="header x-device-id"))
    b.view("json tunes[] channel + tunedInAt/tunedOutAt")
    b.json(
        {
            "tunes": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "tunedInAt": iso(c),
                    "tunedOutAt": iso(c),
                    "secondsWatched": c.rng.randint(30, 5400),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def recent_channels(c: Context) -> Flow:
    b = mk(c, "harbourplus", "GET", f"{API}/v2/me/recently-watched", IPAD)
    b.header("x-device-id", b.id("ipad_idfv", where="header x-device-id"))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {"channel": ch, "lastWatched": iso(c), "minutes": c.rng.randint(3, 200)}
                for ch in CHANNELS[:3]
            ]
        }
    )
    return b.build()


def appsflyer_ipad(c: Context) -> Flow:
    b = mk(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/iosevent?app_id=id1460285104",
        IPAD,
    )
    b.json(
        {
            "appsflyerKey": "r7Qk2M9xYbXcT4qLhP3e",
            "uid": b.id("af_uid", where="json uid"),
            "vendorId": b.id("ipad_idfv", where="json vendorId"),
            "advertiserIdEnabled": "false",
            "counter": str(c.rng.randint(2, 90)),
            "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
            "model": "iPad13,16",
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def live_scores(c: Context) -> Flow:
    b = mk(c, "harbourplus", "GET", f"{API}/v2/sport/live?comp=afl", UA)
    b.decoy("live scores with match clock and shot coordinates")
    b.ok_json(
        {
            "match": c.rng.choice(MATCHES),
            "clock": f"Q3 {c.rng.randint(0, 19)}:12",
            "shots": [{"x": rf(c.rng, 0, 165, 1), "y": rf(c.rng, 0, 135, 1)} for _ in range(6)],
        }
    )
    return b.build()


def live_manifest(c: Context) -> Flow:
    b = mk(
        c,
        "harbourplus",
        "GET",
        f"https://live.harbourplus.example/ch/{c.rng.randint(1, 4)}/master.m3u8?dvr=7200",
        "AppleCoreMedia/1.0.0.21E219 (iPad; U; CPU OS 17_4 like Mac OS X)",
    )
    b.decoy("live stream manifest (content fetch)")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:6\n")
    return b.build()


def epg(c: Context) -> Flow:
    b = mk(c, "harbourplus", "GET", f"{API}/v2/epg?date=today&state=nsw", UA)
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {
            "listings": [
                {
                    "channel": ch,
                    "title": c.rng.choice(MATCHES),
                    "start": iso(c),
                    "durationMins": 120,
                }
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def tipping(c: Context) -> Flow:
    b = mk(c, "harbourplus", "POST", f"{API}/v2/footy-tips", UA)
    b.json({"round": c.rng.randint(1, 24), "tips": {"m1": "SYD", "m2": "GWS"}, "nonce": rid(c.rng)})
    b.ok_json({"saved": True})
    return b.build()
