"""Fjord Drift: a casual racing game with AdMob, Unity Ads, AppLovin MAX and
Liftoff (Vungle) ads, plus its own game telemetry.

Formats from the public record: AdMob's ad request GET
googleads.g.doubleclick.net/mads/gma with `rdid` (advertising id), `is_lat`,
`submodel`, `sys_name`, `os_version`, `android_app_volume`, `msid` (TrackHAR
google adapter); Unity Ads auction requests with `advertisingTrackingId`,
`deviceMake`, `deviceModel`, `platform` in the query (TrackHAR unity adapter;
Unity's ads-sdk parameter tables list `idfi` and `androidId`); AppLovin MAX
gzip JSON to ms.applovin.com/1.0/mediate with a `device_info` object; Vungle
/api/v5/ads with device.ifa and device.ext.vungle.android.gaid (TrackHAR
vungle adapter).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, dalvik, ms, order_like, rf, rid, ua

UA = ua("FjordDrift", "1.42.0")
BUNDLE = "is.fjordgames.drift"


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.params = [
        ("preqs", str(c.rng.randint(0, 30))),
        ("u_sd", "2.625"),
        ("u_w", "411"),
        ("u_h", "914"),
        ("submodel", "CPH2493"),
        ("platform", "OnePlus"),
        ("sys_name", "android"),
        ("os_version", "14"),
        ("android_app_volume", "0.6"),
        ("format", c.rng.choice(["320x50_mb", "interstitial_mb"])),
        ("msid", BUNDLE),
        ("an", f"1420.android.{BUNDLE}"),
        ("net", "wi"),
        ("rdid", b.id("gaid", where="query:rdid")),
        ("is_lat", "0"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]
    b.header("user-agent", dalvik())
    b.ok_json({"ad_networks": []})
    return b.build()


def unity(c: Context) -> Flow:
    url = "https://auction.unityads.unity3d.com/v6/games/5271843/requests"
    b = FB(c, "unityads", "POST", url)
    b.params = [
        ("advertisingTrackingId", b.id("gaid", where="query:advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("deviceMake", "OnePlus"),
        ("deviceModel", "CPH2493"),
        ("platform", "android"),
        ("osVersion", "14"),
        ("screenWidth", "1080"),
        ("screenHeight", "2412"),
        ("connectionType", "wifi"),
        ("bundleId", BUNDLE),
    ]
    b.header("user-agent", UA)
    b.json(
        {
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "idfi": b.id("game_idfi", where="json:idfi"),
            "sessionDepth": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"correlationId": rid(c.rng)})
    return b.build()


def unity_config(c: Context) -> Flow:
    url = "https://publisher-config.unityads.unity3d.com/games/5271843/configuration"
    b = FB(c, "unityads", "GET", url)
    b.params = [
        ("androidId", b.id("aid_game", where="query:androidId")),
        ("bundleId", BUNDLE),
        ("sdkVersion", "4110"),
    ]
    b.header("user-agent", UA)
    b.ok_json({"enabled": True})
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", dalvik())
    body = {
        "device_info": {
            "brand": "OnePlus",
            "model": "CPH2493",
            "os": "14",
            "idfa": b.id("gaid", where="gzip json:device_info.idfa"),
            "dnt": False,
            "vol": rf(c.rng, 0, 1, 2),
        },
        "app_info": {"package_name": BUNDLE, "app_version": "1.42.0"},
        "applovin_random_token": b.id(
            "game_applovin", where="gzip json:applovin_random_token", detectable=False
        ),
        "ad_unit_id": "b4e1c0f2a9d83e71",
        "ad_format": "INTER",
    }
    b.set_body(jsb(body), "application/json; charset=utf-8", "gzip")
    b.ok_json({"ads": []})
    return b.build()


def vungle(c: Context) -> Flow:
    b = FB(c, "vungle", "POST", "https://adx.ads.vungle.com/api/v5/ads")
    b.header("user-agent", UA)
    b.header("vungle-version", "5.10.0")
    ext = {
        "gaid": b.id("gaid", where="json:device.ext.vungle.android.gaid"),
        "android_id": b.id("aid_game", where="json:device.ext.vungle.android.android_id"),
        "battery_level": rf(c.rng, 0.1, 1, 2),
        "connection_type": "WIFI",
        "language": "is",
        "time_zone": "Atlantic/Reykjavik",
    }
    b.json(
        {
            "device": {
                "make": "OnePlus",
                "model": "CPH2493",
                "os": "android",
                "osv": "14",
                "w": 1080,
                "h": 2412,
                "ifa": b.id("gaid", where="json:device.ifa"),
                "ext": {"vungle": {"android": ext}},
            },
            "app": {"id": "64f0a1b2c3d4e5f6a7b8c9d0", "bundle": BUNDLE, "ver": "1.42.0"},
            "request": {"placements": ["REWARDED-1234567"]},
        }
    )
    b.ok_json({"ads": []})
    return b.build()


def telemetry(c: Context) -> Flow:
    b = FB(c, "fjordgames", "POST", "https://t.fjordgames.is/v1/events")
    b.header("user-agent", UA)
    evs = [
        {"e": "cam", "yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -30, 60, 1), "t": ms(c) + i}
        for i in range(5)
    ]
    b.json(
        {
            "events": evs,
            "track": c.rng.choice(["Hvalfjörður", "Vatnajökull"]),
            "lap_ms": c.rng.randint(60_000, 140_000),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("in-game camera yaw/pitch")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c,
        "fjordgames",
        "GET",
        "https://api.fjordgames.is/v1/leaderboard",
        [("track", "vatnajokull"), ("top", "50")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {"rows": [{"rank": i + 1, "name": f"driver{i}", "ms": 60_000 + i * 731} for i in range(10)]}
    )
    b.decoy("leaderboard scores")
    return b.build()


def purchase(c: Context) -> Flow:
    b = FB(c, "fjordgames", "POST", "https://api.fjordgames.is/v1/iap/verify")
    b.header("user-agent", UA)
    b.json(
        {
            "orderId": order_like(c.rng),
            "productId": "coins_500",
            "purchaseToken": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"valid": True})
    b.decoy("order id and purchase token")
    return b.build()
