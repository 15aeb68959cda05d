"""Palapeli Rally: a casual racing game with AdMob, Unity Ads, AppLovin MAX and
ironSource.

AdMob: GET googleads.g.doubleclick.net/mads/gma with rdid (the advertising id),
idtype=adid, is_lat, msid, submodel (tweaselORG/TrackHAR google adapter).
Unity Ads: publisher-config.unityads.unity3d.com/games/{id}/configuration with
advertisingTrackingId, androidId, deviceMake, deviceModel (Unity Ads SDK
parameter list; TrackHAR unity adapter). ironSource: logs.ironsrc.mobi/logs?
data=base64(JSON) with data.deviceid, deviceoem, devicemodel (TrackHAR
ironsource adapter). AppLovin MAX: a gzipped JSON mediate request to
ms4.applovin.com with a device_info object (OpenRTB-like `ifa`, `dnt`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, js

from .phone import FB, ms, rf, rid, ua

PKG = "fi.palapeli.rally"
API = "https://api.palapeli-games.com"
UA = ua("PalapeliRally", "1.18.0")


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("preqs", str(c.rng.randint(0, 30))),
        ("u_sd", "2.75"),
        ("u_w", "393"),
        ("u_h", "873"),
        ("msid", PKG),
        ("format", c.rng.choice(["interstitial_mb", "320x50_mb"])),
        ("submodel", c.phone.model),
        ("os", "14"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("correlator", str(c.rng.getrandbits(52)))
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 14; 2306EPN60G Build/UKQ1.230804.001; wv)")
    b.respond(200, "application/json; charset=UTF-8", b'{"ad_networks":[]}')
    return b.build()


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unityads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/5471203/configuration",
    )
    for k, v in [
        ("bundleId", PKG),
        ("encrypted", "false"),
        ("rooted", "false"),
        ("platform", "android"),
        ("sdkVersion", "4120"),
        ("osVersion", "14"),
        ("deviceMake", "Xiaomi"),
        ("deviceModel", c.phone.model),
        ("language", c.rng.choice(["hu_HU", "fi_FI", "ro_RO"])),
        ("connectionType", "wifi"),
    ]:
        b.param(k, v)
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query.androidId"))
    b.ok_json({"enabled": True, "placements": [{"id": "Rewarded_Android"}]})
    return b.build()


def ironsource_log(c: Context) -> Flow:
    data = {
        "data": {
            "deviceid": "",
            "deviceoem": "Xiaomi",
            "devicemodel": c.phone.model,
            "deviceos": "android",
            "deviceosversion": "14",
            "deviceapilevel": 34,
            "connectiontype": "wifi",
            "bundleid": PKG,
            "appversion": "1.18.0",
            "sdkversion": "8.4.0",
        },
        "table": "sdk",
    }
    b = FB(c, "ironsource", "GET", "https://logs.ironsrc.mobi/logs")
    data["data"]["deviceid"] = b.id("gaid", where="query.data(b64 json).data.deviceid")
    b.param("data", b64(js(data)))
    b.no_content()
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("user-agent", "AppLovinSdk/12.6.1")
    dev = {
        "ifa": b.id("gaid", where="body.device_info.ifa"),
        "dnt": False,
        "brand": "Xiaomi",
        "model": c.phone.model,
        "os": "14",
        "locale": "hu_HU",
        "tz_offset": 2.0,
    }
    b.json(
        {
            "app_info": {"package_name": PKG, "app_version": "1.18.0"},
            "device_info": dev,
            "ad_format": "REWARDED",
            "ad_unit_id": "a1b2c3d4e5f60718",
        },
        encoding="gzip",
    )
    b.ok_json({"ads": [], "ad_unit_id": "a1b2c3d4e5f60718"})
    return b.build()


def opaque_attrib(c: Context) -> Flow:
    b = FB(c, "palapeli", "POST", f"{API}/v2/s")
    b.header("user-agent", UA)
    raw = b.id_raw("gaid", "custom_b64", "body.t (custom-alphabet base64)")
    b.json({"t": encode(raw + "|" + str(ms(c)), "custom_b64"), "k": 5})
    b.no_content()
    return b.build()


def telemetry(c: Context) -> Flow:
    b = FB(c, "palapeli", "POST", f"{API}/v2/telemetry")
    b.header("user-agent", UA)
    b.json(
        {
            "player": b.acct("game_user"),
            "track": c.rng.choice(["Lapland", "Transilvania", "Balaton"]),
            "lapMs": [c.rng.randint(40000, 70000) for _ in range(3)],
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 10, 2), "fov": 70},
            "fps": [c.rng.randint(50, 60) for _ in range(8)],
        }
    )
    b.no_content()
    b.decoy("game camera yaw/pitch, lap times, fps series")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "palapeli", "GET", f"{API}/v2/leaderboard", [("track", "Balaton"), ("top", "20")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "rows": [
                {"rank": i + 1, "name": f"racer{c.rng.randint(1, 9999)}", "ms": 40000 + i * 311}
                for i in range(5)
            ]
        }
    )
    b.decoy("leaderboard")
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "palapeli", "POST", f"{API}/v2/profile")
    b.header("user-agent", UA)
    b.json(
        {
            "nickname": "Villám" + str(c.rng.randint(1, 99)),
            "gender": c.rng.choice(["female", "male", "other"]),
            "birthYear": c.rng.randint(1980, 2005),
            "avatar": c.rng.randint(1, 24),
        }
    )
    b.ok_json({"player": c.phone.game_user})
    b.decoy("self-declared gender on a sign-up form")
    return b.build()


def shop(c: Context) -> Flow:
    b = FB(c, "palapeli", "POST", f"{API}/v2/iap/verify")
    b.header("user-agent", UA)
    b.json(
        {
            "sku": "coins_500",
            "orderId": "GPA." + str(c.rng.randint(3300, 3399)) + "-" + rid(c.rng)[:14],
            "price": 1.99,
            "currency": "EUR",
        }
    )
    b.ok_json({"valid": True})
    b.decoy("purchase verification (order id, price)")
    return b.build()
