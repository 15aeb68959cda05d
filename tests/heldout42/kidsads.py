"""Kids' ad SDKs inside the tablet's games: SuperAwesome AwesomeAds, Google
AdMob with tag-for-child-directed-treatment, Unity Ads.

- AwesomeAds: `GET ads.superawesome.tv/v2/ad/{placementId}` with `test`,
  `sdkVersion`, `rnd`, `bundle`, `name`, `dauid`, `ct`, `lang`, `device`,
  `pos`, `skip`, `playbackmethod`, `startdelay`, `instl`, `w`, `h` (the
  AdRequest model of superawesome-org/sa-mobile-sdk-ios / -android) and
  `/v2/event` beacons. `dauid` is the SDK's per-device-and-app number; its
  name does not say so (not signature-detectable).
- AdMob: `googleads.g.doubleclick.net/mads/gma` with `tfcd=1`, `tfua=1`,
  `rdid` (the advertising id: zeroed here, Family Link deleted it), `is_lat`
  (Google Mobile Ads "Tag an ad request for child-directed treatment").
- Unity Ads: configuration request parameters `androidId`,
  `advertisingTrackingId`, `limitAdTracking` (Unity Ads SDK API docs, "All
  Parameters"), auction body with `idfi` (Unity's install id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ZERO_GAID, ms, rid, tab_ua

GAMES = [("de.spielwiese.kinderpuzzle", "Kinderpuzzle"), ("at.dinorennen.app", "Dino-Rennen")]


def sa_ad(c: Context) -> Flow:
    bundle, name = c.rng.choice(GAMES)
    b = FB(
        c,
        "superawesome",
        "GET",
        f"https://ads.superawesome.tv/v2/ad/{c.rng.choice([30471, 30472, 44120])}",
    )
    b.params += [
        ("test", "false"),
        ("sdkVersion", "android_9.4.1"),
        ("rnd", str(c.rng.randint(10**6, 10**7))),
        ("bundle", bundle),
        ("name", name),
        ("dauid", b.id("sa_dauid", where="query.dauid", detectable=False)),
        ("ct", "2"),
        ("lang", "de_DE"),
        ("device", "tablet"),
        ("pos", "7"),
        ("skip", "0"),
        ("playbackmethod", "5"),
        ("startdelay", "0"),
        ("instl", "1"),
        ("w", "1280"),
        ("h", "800"),
    ]
    b.header("user-agent", tab_ua("Dalvik", "2.1.0"))
    b.ok_json(
        {
            "advertiserId": 1,
            "publisherId": 4182,
            "lineItemId": c.rng.randint(10000, 99999),
            "creative": {"id": c.rng.randint(10**5, 10**6), "format": "video"},
        }
    )
    return b.build()


def sa_event(c: Context) -> Flow:
    bundle, _ = c.rng.choice(GAMES)
    b = FB(c, "superawesome", "GET", "https://ads.superawesome.tv/v2/event")
    b.params += [
        ("placement", str(c.rng.choice([30471, 30472]))),
        ("line_item", str(c.rng.randint(10000, 99999))),
        ("creative", str(c.rng.randint(10**5, 10**6))),
        ("type", c.rng.choice(["impressionDownloaded", "viewable_impression"])),
        ("sdkVersion", "android_9.4.1"),
        ("rnd", str(c.rng.randint(10**6, 10**7))),
        ("bundle", bundle),
        ("ct", "2"),
        ("dauid", b.id("sa_dauid", where="query.dauid", detectable=False)),
    ]
    b.respond(200, "text/plain", b"")
    return b.build()


def admob_child(c: Context) -> Flow:
    bundle, _ = c.rng.choice(GAMES)
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.params += [
        ("preqs", str(c.rng.randint(0, 9))),
        ("u_w", "1280"),
        ("u_h", "800"),
        ("msid", bundle),
        ("an", f"1.0.android.{bundle}"),
        ("format", "320x50_mb"),
        ("tfcd", "1"),
        ("tfua", "1"),
        ("rdid", ZERO_GAID),
        ("is_lat", "1"),
        ("correlator", str(c.rng.getrandbits(52))),
        ("request_id", rid(c.rng)),
        ("js", "afma-sdk-a-v232400999.231516000.1"),
    ]
    b.header("user-agent", tab_ua("Dalvik", "2.1.0"))
    b.respond(200, "text/html; charset=UTF-8", b"<html><body></body></html>")
    b.decoy("zeroed advertising id (deleted by Family Link), correlator, request id")
    return b.build()


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/4518221/configuration",
    )
    b.params += [
        ("ts", str(ms(c))),
        ("sdkVersion", "4120"),
        ("sdkVersionName", "4.12.0"),
        ("gameId", "4518221"),
        ("androidId", b.id("aid_game", where="query.androidId")),
        ("advertisingTrackingId", ZERO_GAID),
        ("limitAdTracking", "true"),
        ("coppa", "true"),
        ("deviceMake", "LENOVO"),
        ("deviceModel", "TB-X306F"),
        ("language", "de_DE"),
    ]
    b.ok_json(
        {
            "enabled": True,
            "country": "DE",
            "placements": [{"id": "rewardedVideo"}],
            "hash": new_hex(c.rng, 40),
        }
    )
    return b.build()


def unity_auction(c: Context) -> Flow:
    b = FB(c, "unity-ads", "POST", "https://auction.unityads.unity3d.com/v6/games/4518221/requests")
    b.params += [("deviceModel", "TB-X306F"), ("platform", "android"), ("sdkVersion", "4120")]
    b.json(
        {
            "idfi": b.id("unity_idfi", where="body.idfi"),
            "advertisingTrackingId": ZERO_GAID,
            "limitAdTracking": True,
            "coppa": True,
            "gameSessionId": c.rng.getrandbits(50),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "screenWidth": 1280,
            "screenHeight": 800,
            "connectionType": "wifi",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "media": {}})
    return b.build()


def unity_video_event(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "POST",
        "https://tracking.prd.mz.internal.unity3d.com/operative/" + new_hex(c.rng, 24),
    )
    b.params += [
        ("eventType", c.rng.choice(["start", "first_quartile", "complete"])),
        ("gameId", "4518221"),
    ]
    b.json(
        {
            "idfi": b.id("unity_idfi", where="body.idfi"),
            "cachedOrientation": "landscape",
            "deviceFreeSpace": c.rng.randint(10**6, 10**7),
        }
    )
    b.decoy("ad video quartile event (an ad impression, not content viewing)")
    b.no_content()
    return b.build()
