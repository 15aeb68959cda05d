"""Goalwire: the football-scores app on his phone, with its ad and analytics SDKs.

AppsFlyer's launch event (advertiserId, uid), the Google Mobile Ads request
(`rdid` with `idtype=adid`), Firebase Analytics' protobuf batch (app instance id
and advertising id as bare strings, no names) and the app's own live feed with
an `x-device-id` header. Live scores, odds and match timelines are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import CLUBS, FB, iso, ms, rf, rid, ua

API = "https://api.goalwire-scores.example"
PKG = "com.goalwire.scores"
UA = ua("Goalwire", "9.4.1")


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.1",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("score_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "9.4.1",
            "model": "SM-A546B",
            "brand": "samsung",
            "lang": "ελληνικά",
            "country": "GR",
            "counter": str(c.rng.randint(2, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def admob_request(c: Context) -> Flow:
    params = [
        ("format", "320x50_mb"),
        ("rdid", ""),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("msid", PKG),
        ("u_sd", "2.625"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    params[1] = ("rdid", b.id("gaid", where="query rdid (idtype=adid)"))
    b.params.extend(params)
    b.header("user-agent", UA)
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def firebase_batch(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    inner = [
        pb_varint(1, 1),
        pb_bytes(2, "match_view"),
        pb_varint(4, ms(c)),
        pb_bytes(7, PKG),
        pb_bytes(21, b.id("score_app_instance", where="protobuf field 21", detectable=False)),
        pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 19", detectable=False)),
    ]
    b.set_body(pb_msg(1, inner), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def live_feed(c: Context) -> Flow:
    b = FB(c, "goalwire", "GET", f"{API}/v3/live?league=gr-3&lang=el")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_score", where="header x-device-id"))
    b.decoy("live scores and match minutes")
    b.ok_json(
        {
            "matches": [
                {
                    "home": c.rng.choice(CLUBS),
                    "away": c.rng.choice(CLUBS),
                    "score": [c.rng.randint(0, 4), c.rng.randint(0, 4)],
                    "minute": c.rng.randint(1, 90),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def odds(c: Context) -> Flow:
    b = FB(c, "goalwire", "GET", f"{API}/v3/odds/{c.rng.randint(10**6, 10**7)}")
    b.header("user-agent", UA)
    b.decoy("odds price series")
    b.ok_json(
        {
            "home": [rf(c.rng, 1.4, 3.5, 2) for _ in range(12)],
            "draw": rf(c.rng, 2.8, 3.6, 2),
            "updated": iso(c),
        }
    )
    return b.build()


def match_timeline(c: Context) -> Flow:
    b = FB(c, "goalwire", "GET", f"{API}/v3/matches/{c.rng.randint(10**6, 10**7)}/timeline")
    b.header("user-agent", UA)
    b.decoy("match events by minute (match clock, not playback)")
    b.ok_json(
        {
            "events": [
                {"minute": c.rng.randint(1, 90), "type": c.rng.choice(["goal", "card", "sub"])}
                for _ in range(6)
            ],
            "trace": rid(c.rng),
        }
    )
    return b.build()
