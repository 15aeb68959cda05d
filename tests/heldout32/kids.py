"""Bubble Zoo (fictional kids' game) with four ad SDKs, after the parent allowed
tracking on some runs (IDFA) and denied it on others (all-zero IDFA, a decoy).

Sources (wire formats as public traffic analyses record them):
- AdMob / GMA: GET googleads.g.doubleclick.net/mads/gma with query rdid (the
  ad id), is_lat, idtype, msid, seq_num (tweaselORG/TrackHAR src/adapters/google.ts).
- Unity Ads: auction.unityads.unity3d.com/v6/games/{gameId}/requests, query
  advertisingTrackingId, limitAdTracking, idfi, deviceMake, deviceModel...
  (TrackHAR src/adapters/unity.ts; Unity Ads SDK request parameter table).
- AppLovin: POST ms.applovin.com/1.0/mediate JSON with device_info {idfa,
  idfv, dnt} and app_info (AppLovin SDK traffic as seen in privacy studies).
- Chartboost: POST live.chartboost.com/api/config with `identity` = base64 of a
  JSON holding ifa (TrackHAR src/adapters/chartboost.ts; Chartboost Charles
  proxy guide).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, ZERO_IDFA, ms, rf, rid, sdk_ua

UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Mobile/15E148"
)
BUNDLE = "com.bubblezoo.kids"


def _ok(c: Context) -> bool:
    """Tracking allowed on half of the runs (rotating, deterministic per rng)."""
    return c.rng.random() < 0.5


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", UA)
    allowed = _ok(c)
    rdid = b.id("idfa", where="query.rdid") if allowed else ZERO_IDFA
    if not allowed:
        b.decoy("zeroed IDFA (tracking denied)")
    for k, v in [
        ("request_id", rid(c.rng)),
        ("app_name", f"1.4.0.iphone.{BUNDLE}"),
        ("rdid", rdid),
        ("is_lat", "0" if allowed else "1"),
        ("idtype", "idfa"),
        ("tfcd", "1"),
        ("format", "320x50_mb"),
        ("seq_num", str(c.rng.randint(1, 40))),
        ("u_w", "393"),
        ("u_h", "852"),
        ("msid", BUNDLE),
        ("js", "afma-sdk-i-v11.2.0.0"),
    ]:
        b.param(k, v)
    b.respond(200, "application/json", b'{"ad_networks":[]}')
    return b.build()


def unity(c: Context) -> Flow:
    allowed = _ok(c)
    b = FB(c, "unity", "POST", "https://auction.unityads.unity3d.com/v6/games/5120433/requests")
    b.header("user-agent", UA)
    params = [
        ("deviceMake", "Apple"),
        ("deviceModel", "iPhone15,4"),
        ("platform", "ios"),
        ("osVersion", "17.4.1"),
        ("sdkVersion", "4110"),
        ("bundleId", BUNDLE),
        ("limitAdTracking", "false" if allowed else "true"),
        ("idfi", b.id("unity_idfi", where="query.idfi")),
    ]
    if allowed:
        params.insert(
            0, ("advertisingTrackingId", b.id("idfa", where="query.advertisingTrackingId"))
        )
    for k, v in params:
        b.param(k, v)
    b.json(
        {
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "coppa": True,
            "sessionDepth": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "placements": {}})
    return b.build()


def applovin(c: Context) -> Flow:
    allowed = _ok(c)
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", sdk_ua("AppLovinSdk", "12.4.1"))
    dev = {
        "brand": "Apple",
        "model": "iPhone15,4",
        "os": "17.4.1",
        "dnt": not allowed,
        "idfv": b.id("idfv_kids", where="body.device_info.idfv"),
        "tz_offset": 2.0,
    }
    dev["idfa"] = b.id("idfa", where="body.device_info.idfa") if allowed else ZERO_IDFA
    b.json(
        {
            "device_info": dev,
            "app_info": {"package_name": BUNDLE, "app_version": "1.4.0"},
            "ad_unit_id": "9b3c1e2d4a5f6071",
            "ad_format": "INTER",
        },
        encoding="gzip",
    )
    b.ok_json({"ads": []})
    return b.build()


def chartboost(c: Context) -> Flow:
    allowed = _ok(c)
    b = FB(c, "chartboost", "POST", "https://live.chartboost.com/api/config")
    b.header("user-agent", UA)
    ident = {"ifv": b.id("idfv_kids", where="body.identity(base64 json).ifv")}
    if allowed:
        ident["ifa"] = b.id("idfa", where="body.identity(base64 json).ifa")
    b.json(
        {
            "app": "65f0c1d2e3a4b5c6d7e8f901",
            "bundle": "1.4.0",
            "bundle_id": BUNDLE,
            "identity": b64(js(ident)),
            "session_id": rid(c.rng).replace("-", ""),
            "model": "iPhone15,4",
            "os": "iOS 17.4.1",
            "language": "he",
            "timezone": "Asia/Jerusalem",
            "w": 1179,
            "h": 2556,
            "is_portrait": True,
            "sdk": "9.7.0",
            "country": "IL",
        }
    )
    b.ok_json({"status": 200})
    return b.build()


def appsflyer(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.14/iosevent?app_id=id6470012345&buildnumber=6.14.3"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", sdk_ua("BubbleZoo", "1.4.0"))
    b.json(
        {
            "uid": b.id("af_uid", where="body.uid"),
            "vendorId": b.id("idfv_kids", where="body.vendorId"),
            "appsflyerKey": "k3yXXXX",
            "eventName": "level_complete",
            "timestamp": str(ms(c)),
            "isFirstCall": "false",
            "deviceType": "iPhone15,4",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def game_camera(c: Context) -> Flow:
    b = FB(c, "kids", "POST", "https://api.bubblezoo.games/v1/telemetry/level")
    b.json(
        {
            "level": c.rng.randint(1, 60),
            "cameraYaw": rf(c.rng, -180, 180, 2),
            "cameraPitch": rf(c.rng, -30, 60, 2),
            "stars": c.rng.randint(0, 3),
            "path": [[rf(c.rng, 0, 20, 1), rf(c.rng, 0, 20, 1)] for _ in range(6)],
        }
    )
    b.no_content()
    b.decoy("game camera yaw/pitch and path")
    return b.build()


def ad_creative(c: Context) -> Flow:
    b = FB(
        c,
        "unity",
        "GET",
        f"https://cdn-creatives-akamaistls-prd.unityads.unity3d.com/assets/{rid(c.rng)}/600x800.mp4",
    )
    b.respond(200, "video/mp4", c.rng.randbytes(500))
    b.decoy("ad creative video fetch")
    return b.build()
