"""Ad SDKs in the streaming and cricket apps: Google IMA, AppLovin MAX, Unity Ads.

- Google IMA SDK for Android: VAST ad request GET pubads.g.doubleclick.net/gampad/ads
  with `iu`, `sz`, `env=vp`, `output=vast`, `rdid` (the advertising id), `idtype=adid`,
  `is_lat`, `msid` (Google Ad Manager "VAST ad tag URL parameters" help page).
- AppLovin MAX: gzip JSON POST to ms.applovin.com/1.0/mediate with `device_info`
  holding `idfa` (the Android advertising id too), `dnt`, `brand`, `model`
  (AppLovin SDK request dumps in tracker research, e.g. exodus / TrackerControl).
- Unity Ads: auction POST auction.unityads.unity3d.com/v4/games/{gameId}/requests with
  `advertisingTrackingId`, `limitAdTracking`, `idfi` (Unity's install id), `deviceMake`
  (Unity Ads SDK parameter reference, "All Parameters" table; datenanfragen adapters).
Fetching an ad is not viewing history: these carry device ids only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .measure import APPS
from .phone import FB, ms, rid


def ima(c: Context, app: str, tv: bool = False) -> Flow:
    unit = {"chobi": "/21775744923/chobighor/preroll", "cricket": "/22094/boundary/live_mid"}
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    attr = "tv_gaid" if tv else "gaid"
    for k, v in [
        ("iu", unit.get(app, "/6062/herne_tv/preroll")),
        ("sz", "640x360|1280x720"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("rdid", b.id(attr, where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("msid", {"chobi": "com.chobighor.bd", "cricket": "com.boundary.live"}.get(app, app)),
        ("an", app),
        ("sdkv", "h.3.636.0/n.android.3.33.0"),
        ("vpa", "auto"),
        ("vpmute", "0"),
    ]:
        b.param(k, v)
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 14; SM-A155F; wv) Chrome/130.0 Mobile")
    b.respond(200, "text/xml; charset=UTF-8", b'<VAST version="4.0"><Ad id="9901"/></VAST>')
    return b.build()


def applovin(c: Context, app: str, aid_attr: str) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    body = {
        "app_info": {"package_name": APPS[app][0], "app_version": "4.2.1", "tg": "2"},
        "device_info": {
            "idfa": b.id("gaid", where="json device_info.idfa"),
            "dnt": False,
            "android_id": b.id(aid_attr, "sha1", where="json device_info.android_id (sha1)"),
            "brand": "samsung",
            "model": "SM-A155F",
            "os": "14",
            "carrier": "Grameenphone",
            "locale": "bn_BD",
            "tz_offset": 6.0,
            "volume": c.rng.randint(0, 15),
        },
        "ad_unit_id": rid(c.rng)[:16],
        "ad_format": c.rng.choice(["INTER", "REWARDED", "BANNER"]),
        "ts": ms(c),
    }
    b.json(body, "gzip")
    b.ok_json({"ad_unit_id": body["ad_unit_id"], "ads": []})
    return b.build()


def unity(c: Context, app: str) -> Flow:
    game = {"cricket": "5512203", "gaan": "5598117"}.get(app, "5500001")
    url = f"https://auction.unityads.unity3d.com/v4/games/{game}/requests"
    b = FB(c, "unity-ads", "POST", url, [("deviceModel", "SM-A155F"), ("platform", "android")])
    body = {
        "advertisingTrackingId": b.id("gaid", where="json advertisingTrackingId"),
        "limitAdTracking": False,
        "idfi": b.id("unity_idfi", where="json idfi"),
        "deviceMake": "samsung",
        "osVersion": "14",
        "screenWidth": 1080,
        "screenHeight": 2340,
        "connectionType": c.rng.choice(["wifi", "cellular"]),
        "language": "bn_BD",
        "sdkVersion": 4120,
        "placements": {"rewardedVideo": "rewarded", "video": "interstitial"},
        "sessionDepth": c.rng.randint(1, 30),
        "auctionId": rid(c.rng),
    }
    b.json(body)
    b.ok_json({"correlationId": rid(c.rng), "media": {}})
    return b.build()
