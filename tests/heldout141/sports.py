"""Buckeye Sports Hub: scores, highlights and a free tier paid for by ads (Galaxy).

Highlight plays go to GA4 for Firebase as `video_progress` events (title and
current time: viewing history). The ad stack is the usual US mediation one:
AppLovin MAX, ironSource and Unity Ads each send the advertising id and their own
install ids. Live scores, win-probability series, standings and the "most
watched highlights" rail are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from . import sdkwire
from .phone import FB, android_ua, ms, rf, rid

API = "https://api.buckeyesportshub.example"
UA = android_ua("BuckeyeSports", "8.4.0")
TEAMS = ["Ohio State", "Michigan", "Browns", "Bengals", "Guardians", "Cavaliers", "Reds"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buckeyesports", method, url)
    b.header("user-agent", UA)
    return b


def highlight_progress(c: Context) -> Flow:
    return sdkwire.firebase(c, "sports", ["video_start", "video_progress"], "aid_sports", True)


def screen_views(c: Context) -> Flow:
    return sdkwire.firebase(c, "sports", ["screen_view", "user_engagement"], "aid_sports", False)


def highlight_watched(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/users/me/highlights/watched")
    b.view("json clipId + secondsWatched + completed")
    b.header("x-device-android-id", b.id("aid_sports", where="header x-device-android-id"))
    b.json(
        {
            "clipId": f"clip_{c.rng.randint(10**5, 10**6)}",
            "secondsWatched": c.rng.randint(5, 240),
            "completed": c.rng.random() < 0.5,
            "watchedAt": ms(c),
        }
    )
    b.no_content()
    return b.build()


def applovin_max(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", UA)
    b.json(
        {
            "device_info": {
                "idfa": b.id("gaid", where="json device_info.idfa (GAID)"),
                "dnt": False,
                "brand": "samsung",
                "model": "SM-S921U",
                "os": "14",
                "wvvc": 126,
                "country_code": "US",
            },
            "app_info": {
                "package_name": "com.example.buckeyesports",
                "app_version": "8.4.0",
                "installer_name": "com.android.vending",
            },
            "ad_format": c.rng.choice(["BANNER", "INTER"]),
            "ad_unit_id": rid(c.rng)[:16],
        },
        "gzip",
    )
    b.ok_json({"ads": [], "ad_unit_id": "x", "ttl_ms": 3600000})
    return b.build()


def ironsource_init(c: Context) -> Flow:
    b = FB(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v")
    b.header("user-agent", UA)
    b.param("platform", "android")
    b.param("applicationKey", "1a2b3c4d5")
    b.param("advId", b.id("gaid", where="query advId"))
    b.param("advIdType", "GAID")
    b.param("deviceOS", "Android")
    b.param("deviceModel", "SM-S921U")
    b.param("sdkVersion", "8.1.0")
    b.ok_json({"configurations": {"rewardedVideo": {"adapterTimeOutInSeconds": 60}}})
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", "https://auction.unityads.unity3d.com/v6/games/4412/requests")
    b.header("user-agent", UA)
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json advertisingTrackingId"),
            "limitAdTracking": False,
            "androidId": b.id("aid_sports", "md5", "json androidId (md5)"),
            "deviceMake": "samsung",
            "screenWidth": 1080,
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "placements": {}})
    return b.build()


def ad_config_opaque(c: Context) -> Flow:
    """The mediation layer's own ping: the GAID's MD5 under a one-letter key."""
    b = _b(c, "POST", f"{API}/m/cfg")
    b.form(
        [
            ("h", b.id("gaid", "md5", "form h (md5 of advertising id)", detectable=False)),
            ("v", "84"),
            ("z", b64(gz(jsb({"s": c.rng.randint(1, 9)})))),
        ]
    )
    b.ok_json({"f": 1})
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/scores/live?league=ncaaf,nfl,mlb")
    b.decoy("live game clocks and scores (public, not anyone's viewing)")
    b.ok_json(
        {
            "games": [
                {
                    "home": h,
                    "away": a,
                    "homeScore": c.rng.randint(0, 40),
                    "awayScore": c.rng.randint(0, 40),
                    "clock": f"{c.rng.randint(0, 14)}:{c.rng.randint(10, 59)}",
                    "period": c.rng.randint(1, 4),
                }
                for h, a in zip(TEAMS[::2], TEAMS[1::2], strict=False)
            ]
        }
    )
    return b.build()


def win_probability(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/games/{c.rng.randint(10**6, 10**7)}/winprob")
    b.decoy("win-probability time series (a float series, not a person's data)")
    b.ok_json({"series": [[i * 30, rf(c.rng, 0.05, 0.95, 3)] for i in range(40)]})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/highlights/most-watched?window=24h")
    b.decoy("most-watched highlights with total view counts (aggregate over all fans)")
    b.ok_json(
        {
            "clips": [
                {
                    "clipId": f"clip_{c.rng.randint(10**5, 10**6)}",
                    "title": f"{t} top plays",
                    "views": c.rng.randint(10**4, 10**6),
                    "durationSec": c.rng.randint(30, 200),
                }
                for t in TEAMS[:4]
            ]
        }
    )
    return b.build()


def clip_fetch(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://clips.buckeyesportshub.example/clip_{c.rng.randint(10**5, 10**6)}/720p.mp4",
    )
    b.respond(200, "video/mp4", b"\x00\x00\x00\x20ftypisom" + c.rng.randbytes(400))
    return b.build()
