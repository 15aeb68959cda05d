"""Ad SDKs of the puzzle game: AppLovin MAX, Unity Ads, Chartboost.

Sources: Unity Ads SDK parameter tables (unity-ads-sdk docs: configuration and
ad-request query keys `advertisingTrackingId`, `limitAdTracking`, `auctionId`,
`deviceModel`, `stores`..., body keys `bundleId`, `gameSessionId`, `coppa`...;
iOS adds the SDK's own `idfi`); Chartboost init calls to
`live.chartboost.com/api/install` and `/api/config` (TrackHAR / exodus adapter
notes: a JSON body with a base64 `identity` object holding the `ifa`); AppLovin
MAX `ms.applovin.com/1.0/mediate` with `device_info` (`idfa`, `idfv`, `dnt`) and
the `rt.applovin.com/4.0/pix` event pixel (reconstructed from public traffic
write-ups).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import ms, rf, rid
from .puzzle import BUNDLE, GAME_ID, sdk_builder


def applovin_mediate(c: Context) -> Flow:
    b = sdk_builder(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    body = {
        "app_info": {
            "package_name": BUNDLE,
            "app_version": "3.4.1",
            "sdk_version": "12.5.0",
            "installed_at": ms(c) - 86400000 * 12,
        },
        "device_info": {
            "idfa": b.id("idfa", where="body:device_info.idfa"),
            "idfv": b.id("idfv_game", where="body:device_info.idfv"),
            "dnt": False,
            "att_status": 3,
            "model": "iPad13,18",
            "os": "17.5.1",
            "platform": "ios",
            "tz_offset": 2.0,
        },
        "ad_format": c.rng.choice(["INTER", "REWARDED", "BANNER"]),
        "ad_unit_id": "f3c1a29be8d04411",
        "request_id": rid(c.rng),
    }
    b.json(body, "gzip")
    b.ok_json({"ad_unit_id": "f3c1a29be8d04411", "ads": [], "trace": rid(c.rng)})
    return b.build()


def applovin_pix(c: Context) -> Flow:
    b = sdk_builder(c, "applovin", "GET", "https://rt.applovin.com/4.0/pix")
    for k, v in [
        ("event", c.rng.choice(["landing", "paused", "resumed", "imp"])),
        ("platform", "ios"),
        ("sdk_key", "Yx3aQ9zL0p"),
        ("idfa", b.id("idfa", where="query:idfa")),
        ("idfv", b.id("idfv_game", where="query:idfv")),
        ("sdk_uid", b.id("applovin_sdk_uid", where="query:sdk_uid")),
        ("ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def unity_config(c: Context) -> Flow:
    url = f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration"
    b = sdk_builder(c, "unity-ads", "GET", url)
    for k, v in [
        ("bundleId", BUNDLE),
        ("encrypted", "true"),
        ("rooted", "false"),
        ("platform", "ios"),
        ("sdkVersion", "4120"),
        ("osVersion", "17.5.1"),
        ("deviceModel", "iPad13,18"),
        ("language", "nb_NO"),
        ("test", "false"),
        ("advertisingTrackingId", b.id("idfa", where="query:advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("idfi", b.id("unity_idfi", where="query:idfi")),
        ("frameworkName", "Unity"),
        ("frameworkVersion", "2022.3.21f1"),
    ]:
        b.param(k, v)
    b.ok_json({"enabled": True, "country": "NO", "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_auction(c: Context) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    b = sdk_builder(c, "unity-ads", "POST", url)
    for k, v in [
        ("advertisingTrackingId", b.id("idfa", how="lower", where="query:advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("auctionId", rid(c.rng)),
        ("deviceModel", "iPad13,18"),
        ("platform", "ios"),
        ("sdkVersion", "4120"),
        ("screenWidth", "1640"),
        ("screenHeight", "2360"),
        ("connectionType", "wifi"),
        ("stores", "apple"),
        ("idfi", b.id("unity_idfi", where="query:idfi")),
    ]:
        b.param(k, v)
    b.json(
        {
            "bundleVersion": "3.4.1",
            "bundleId": BUNDLE,
            "coppa": False,
            "language": "nb_NO",
            "timeZone": "+0200",
            "gameSessionId": c.rng.randint(10**11, 10**12),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "volume": rf(c.rng, 0, 1, 2),
            "simulator": False,
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "media": {}})
    return b.build()


def chartboost_install(c: Context) -> Flow:
    path = c.rng.choice(["install", "config"])
    b = sdk_builder(c, "chartboost", "POST", f"https://live.chartboost.com/api/{path}")
    ident = {"ifa": b.id("idfa", where="body:identity(base64 json).ifa"), "tracking": 1}
    b.json(
        {
            "app": "65f0c2a91b",
            "model": "iPad",
            "device_type": "iPad13,18",
            "os": "iPadOS 17.5.1",
            "country": "NO",
            "language": "nb",
            "sdk": "9.7.0",
            "timestamp": str(int(c.now)),
            "session": c.rng.randint(1, 80),
            "reachability": 1,
            "scale": 2.0,
            "is_portrait": False,
            "bundle": "3.4.1",
            "bundle_id": BUNDLE,
            "vendor_id": b.id("idfv_game", where="body:vendor_id"),
            "identity": b64(js(ident)),
            "limit_ad_tracking": False,
        }
    )
    b.ok_json({"status": 200, "message": "success"})
    return b.build()
