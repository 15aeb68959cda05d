"""Naga Drift: a free-to-play iOS racing game (ATT allowed) monetised through AdMob,
Unity Ads, AppLovin MAX, ironSource and Innity, a Malaysian ad network.

Sources: Google Mobile Ads request (GET googleads.g.doubleclick.net/mads/gma with
rdid = the IDFA, is_lat, idtype, msid, u_sd; as captured in published
ad-traffic studies and Google's "Mobile Ads SDK network requests" notes);
Unity Ads device info (advertisingTrackingId, limitAdTracking, idfi,
vendorIdentifier; Unity Ads SDK device-info spec); AppLovin MAX mediate call
(POST ms.applovin.com/1.0/mediate, gzip JSON with device_info {idfa, idfv, dnt,
...}; AppLovin iOS SDK traffic as documented in public privacy analyses);
ironSource mediation (advertisingId, advertisingIdType IDFA); OpenRTB 2.5
device.ifa / ext.ifv (Prebid PBMORTBDeviceExtAtts). Innity (Kuala Lumpur) is a
real network; its request shape here is our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, cfnet, ios_ua, ms, rf, rid

UA = ios_ua("NagaDrift", "1.44.0")
CF = cfnet("NagaDrift", "1440")


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", CF)
    pairs = [
        ("format", "interstitial_mb"),
        ("msid", "com.nagadrift.game"),
        ("rdid", b.id("idfa", where="query rdid (IDFA)")),
        ("is_lat", "0"),
        ("idtype", "idfa"),
        ("u_sd", "3"),
        ("sdk", "afma-sdk-i-v11.5.0"),
        ("correlator", str(c.rng.getrandbits(52))),
    ]
    for k, v in pairs:
        b.param(k, v)
    b.ok_json({"ad_networks": []})
    return b.build()


def unity_ads(c: Context) -> Flow:
    url = "https://auction.unityads.unity3d.com/v6/games/5512381/requests"
    b = FB(c, "unity-ads", "POST", url)
    b.header("user-agent", UA)
    b.json(
        {
            "advertisingTrackingId": b.id("idfa", how="lower", where="body advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("unity_idfi", where="body idfi"),
            "vendorIdentifier": b.id("idfv_game", where="body vendorIdentifier"),
            "deviceMake": "Apple",
            "deviceModel": "iPhone14,7",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json({"correlationId": rid(c.rng)})
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", UA)
    b.json(
        {
            "sdk_key": "p3Zk9sQ0YwUeLq7HfB2mXnT4",
            "ad_unit_id": "9b1c2e7f4a5d6c3b",
            "ad_format": c.rng.choice(["REWARDED", "INTER", "BANNER"]),
            "device_info": {
                "idfa": b.id("idfa", where="body device_info.idfa"),
                "idfv": b.id("idfv_game", where="body device_info.idfv"),
                "dnt": False,
                "model": "iPhone14,7",
                "os": "17.5.1",
                "tz_offset": 8.0,
            },
            "compass_random_token": b.id(
                "applovin_uid", where="body compass_random_token", detectable=False
            ),
            "app_info": {"package_name": "com.nagadrift.game", "app_version": "1.44.0"},
        },
        encoding="gzip",
    )
    b.ok_json({"ads": []})
    return b.build()


def ironsource(c: Context) -> Flow:
    b = FB(c, "ironsource", "POST", "https://outcome-ssp.supersonicads.com/mediation")
    b.param("adUnit", c.rng.choice(["2", "3"]))
    b.header("user-agent", UA)
    b.json(
        {
            "advertisingId": b.id("idfa", where="body advertisingId"),
            "advertisingIdType": "IDFA",
            "isLimitAdTrackingEnabled": False,
            "deviceOS": "ios",
            "appKey": "1a2b3c4d5",
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"waterfall": []})
    return b.build()


def innity(c: Context) -> Flow:
    b = FB(c, "innity", "POST", "https://ssp.innity.net/openrtb/bid")
    b.header("user-agent", UA)
    b.header("x-openrtb-version", "2.5")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}}],
            "app": {"bundle": "1598237741", "name": "Naga Drift"},
            "device": {
                "ifa": b.id("idfa", where="body device.ifa"),
                "lmt": 0,
                "os": "iOS",
                "geo": {"country": "MYS"},
                "ext": {"atts": 3, "ifv": b.id("idfv_game", where="body device.ext.ifv")},
            },
        }
    )
    b.no_content()
    return b.build()


def innity_hashed(c: Context) -> Flow:
    b = FB(c, "innity", "GET", "https://ad.innity.net/px")
    b.header("user-agent", CF)
    b.param("e", "imp")
    b.param("ifa_md5", b.id("idfa", how="md5", where="query ifa_md5"))
    b.param("cb", str(c.rng.getrandbits(40)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def telemetry(c: Context) -> Flow:
    b = FB(c, "nagadrift", "POST", "https://api.nagadrift.com/v1/telemetry")
    b.header("user-agent", UA)
    cam = [
        [rf(c.rng, -180, 180, 1), rf(c.rng, -30, 45, 1), rf(c.rng, 50, 90, 0)] for _ in range(20)
    ]
    b.json(
        {
            "track": "genting-hill",
            "lap": c.rng.randint(1, 3),
            "lapMs": c.rng.randint(60000, 99000),
            "cameraYawPitchFov": cam,
            "session": rid(c.rng),
        }
    )
    b.decoy("in-game camera yaw/pitch/fov series, lap time, session id")
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "nagadrift", "GET", "https://api.nagadrift.com/v1/leaderboard")
    b.header("user-agent", UA)
    b.param("track", "genting-hill")
    b.ok_json({"rows": [{"name": f"racer{i}", "ms": 61000 + i * 37} for i in range(10)]})
    b.decoy("leaderboard")
    return b.build()


def iap_receipt(c: Context) -> Flow:
    b = FB(c, "nagadrift", "POST", "https://api.nagadrift.com/v1/iap/verify")
    b.header("user-agent", UA)
    b.json(
        {
            "transactionId": str(c.rng.randint(10**14, 10**15)),
            "sku": "coins_500",
            "price": 4.90,
            "currency": "MYR",
            "ts": ms(c),
            "player": b.acct("game_user"),
        }
    )
    b.decoy("App Store transaction id, price")
    b.ok_json({"valid": True})
    return b.build()
