"""Çay Ocağı Match: a casual puzzle game with ad SDKs.

- AdMob: GET googleads.g.doubleclick.net/mads/gma with `rdid` (the advertising
  id), `is_lat`, `idtype`, `submodel`, `platform`, `sys_name`, `os_version`
  (tweaselORG/TrackHAR src/adapters/google.ts, doubleclick-mads-gma).
- Unity Ads: auction GET .../v6/games/{id}/requests with
  `advertisingTrackingId`, `androidId`, `analyticsUserId`, `deviceMake`,
  `deviceModel` (Unity Ads parameter table; TrackHAR unity.ts).
- AppLovin MAX: POST ms.applovin.com/1.0/mediate, JSON with `device_info`
  (`idfa`, `dnt`); key names as seen in published traffic captures, not
  checked against SDK source (closed).
- Yandex Ads and Huawei / Petal Ads (Honor phones carry OAID): query / JSON keys
  `google_aid`, `oaid`, `isTrackingEnabled` modelled on the SDK docs' parameter
  names; endpoints not verified.
- Firebase Remote Config fetch with `appInstanceId` (Remote Config REST).
The game's own telemetry carries a custom-alphabet id (opaque) and camera
yaw/pitch (decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, fake_mp4

from .phone import FB, dalvik, ms, rf, rid

APP = "com.cayocagi.match"


def admob(ctx: Context) -> Flow:
    b = FB(ctx, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("session_id", str(ctx.rng.randint(10**18, 10**19))),
        ("seq_num", str(ctx.rng.randint(1, 40))),
        ("app_name", f"112.android.{APP}"),
        ("submodel", "BVL-N49"),
        ("platform", "HONOR"),
        ("sys_name", "android"),
        ("os_version", "14"),
        ("format", "320x50_mb"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("is_lat", "0")
    b.param("idtype", "adid")
    b.header("user-agent", dalvik())
    b.header("x-requested-with", APP)
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<html></html>"}}]})
    return b.build()


def unity_auction(ctx: Context) -> Flow:
    b = FB(ctx, "unityads", "GET", "https://auction.unityads.unity3d.com/v6/games/5123407/requests")
    b.param("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_oyun", where="query androidId"))
    b.param("analyticsUserId", b.id("oyun_unity_idfi", "nosep", where="query analyticsUserId"))
    for k, v in [
        ("deviceMake", "HONOR"),
        ("deviceModel", "BVL-N49"),
        ("platform", "android"),
        ("osVersion", "14"),
        ("connectionType", "wifi"),
        ("language", "tr_TR"),
    ]:
        b.param(k, v)
    b.ok_json({"placements": {"rewardedVideo": "x"}, "auctionId": rid(ctx.rng)})
    return b.build()


def applovin_mediate(ctx: Context) -> Flow:
    b = FB(ctx, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", dalvik())
    body = {
        "device_info": {
            "idfa": b.id("gaid", where="body device_info.idfa"),
            "dnt": False,
            "brand": "HONOR",
            "model": "BVL-N49",
            "os": "14",
            "locale": "tr_TR",
        },
        "app_info": {"package_name": APP, "app_version": "2.8.0"},
        "ad_format": "INTER",
        "ad_unit_id": "b1f2" + rid(ctx.rng)[:12],
    }
    b.json(body, encoding="gzip")
    b.ok_json({"ads": [], "auction_id": rid(ctx.rng)})
    return b.build()


def yandex_ad(ctx: Context) -> Flow:
    b = FB(ctx, "yandex-ads", "GET", "https://mobile.yandexadexchange.net/v4/ad")
    b.param("ad_unit_id", "R-M-" + str(ctx.rng.randint(10**6, 10**7)) + "-1")
    b.param("google_aid", b.id("gaid", where="query google_aid"))
    b.param("oaid", b.id("oaid", where="query oaid"))
    b.param("manufacturer", "HONOR")
    b.param("ad_type", "interstitial")
    b.ok_json({"native": {"ads": []}})
    return b.build()


def petal_ad(ctx: Context) -> Flow:
    b = FB(ctx, "petal-ads", "POST", "https://acd.op.hicloud.com/result.ad")
    b.json(
        {
            "sdkversion": "3.4.74.300",
            "app": {"pkgname": APP},
            "device": {
                "oaid": b.id("oaid", where="body device.oaid"),
                "isTrackingEnabled": "1",
                "maker": "HONOR",
                "model": "BVL-N49",
                "type": 4,
                "localeCountry": "TR",
            },
            "multislot": [{"slotid": "testw6vs28auh3", "adtype": 7}],
        }
    )
    b.ok_json({"retcode": 200, "multiad": []})
    return b.build()


def remote_config(ctx: Context) -> Flow:
    url = "https://firebaseremoteconfig.googleapis.com/v1/projects/771122334455/namespaces/firebase:fetch"
    b = FB(ctx, "firebase", "POST", url)
    b.header("x-android-package", APP)
    b.json(
        {
            "appInstanceId": b.id("oyun_fid", where="body appInstanceId"),
            "appInstanceIdToken": "eyJ" + b64(rid(ctx.rng)),
            "appId": "1:771122334455:android:9f8e",
            "countryCode": "TR",
            "languageCode": "tr-TR",
            "platformVersion": "34",
            "timeZone": "Europe/Istanbul",
            "appVersion": "2.8.0",
            "packageName": APP,
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json({"entries": {"reklam_araligi_sn": "90"}, "state": "UPDATE"})
    return b.build()


def telemetry_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "cayocagi", "POST", "https://tlm.cayocagi-games.com/t")
    tok = encode(
        b.id_raw("aid_oyun", "custom_b64", where="body t (custom base64 alphabet)"), "custom_b64"
    )
    b.form([("t", tok), ("e", "session_start"), ("ts", str(ms(ctx)))])
    b.no_content()
    return b.build()


def level_end(ctx: Context) -> Flow:
    b = FB(ctx, "cayocagi", "POST", "https://api.cayocagi-games.com/v2/level/end")
    b.json(
        {
            "level": ctx.rng.randint(1, 600),
            "stars": ctx.rng.randint(0, 3),
            "moves_left": ctx.rng.randint(0, 20),
            "camera": {
                "yaw": rf(ctx.rng, -180, 180, 2),
                "pitch": rf(ctx.rng, -30, 60, 2),
                "zoom": 1.4,
            },
            "duration_ms": ctx.rng.randint(20000, 300000),
        }
    )
    b.decoy("level result with camera yaw/pitch (game camera, not a face)")
    b.ok_json({"coins": ctx.rng.randint(5, 120)})
    return b.build()


def leaderboard(ctx: Context) -> Flow:
    b = FB(ctx, "cayocagi", "GET", "https://api.cayocagi-games.com/v2/leaderboard?week=current")
    b.decoy("leaderboard of scores")
    b.ok_json(
        {
            "rows": [
                {
                    "rank": i + 1,
                    "name": f"oyuncu{ctx.rng.randint(100, 999)}",
                    "score": ctx.rng.randint(10**4, 10**6),
                }
                for i in range(10)
            ]
        }
    )
    return b.build()


def ad_creative(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "unityads",
        "GET",
        f"https://cdn-creatives-cf-prd.acquire.unity3dusercontent.com/{rid(ctx.rng)}/v.mp4",
    )
    b.decoy("ad creative video download")
    b.respond(200, "video/mp4", fake_mp4(ctx.rng.randint(0, 10**6), 700))
    return b.build()
