"""The ad-mediation SDKs inside the set-8 casual game (Gemdrop Saga).

Formats, as their SDKs send them on iOS:
- Unity Ads: configuration GET with `advertisingTrackingId`, `limitAdTracking`,
  `deviceModel` in the query; auction request with the same query and a JSON
  body (`bundleId`, `webviewUa`, `gameSessionId`, `idfi`...); operative video
  events. Unity's own parameter table (Unity-Technologies ads documentation,
  "All Parameters / Configuration request / Ad request / Video events") and
  tweaselORG/TrackHAR src/adapters/unity.ts.
- ironSource / LevelPlay: `init.supersonicads.com/sdk/v` with `advId` /
  `advIdType`, and `logs.ironsrc.mobi/logs?data=<base64 JSON>` whose `data`
  object holds `deviceid`, `deviceoem`, `devicemodel`... (TrackHAR
  src/adapters/ironsource.ts); mediation events with an encrypted `data` blob.
- AppLovin MAX: `ms.applovin.com/1.0/mediate` (gzip JSON with `device_info`
  {idfa, idfv, dnt...} and `app_info`), `d.applovin.com/2.0/device`
  (endpoints from decompiled AppLovin SDK settings in public repos).
- Mintegral: `configure.rayjump.com/setting` query with `idfa`, `idfv`,
  `sys_id`; `analytics.rayjump.com` form body whose `data` is itself a query
  string (TrackHAR src/adapters/rayjump.ts).
- Vungle / Liftoff: `ads.api.vungle.com/config` JSON with `device.ifa` and
  `device.ext.vungle.ios.{idfa,idfv}` (TrackHAR src/adapters/vungle.ts).
- InMobi: ad request form with `u-id-map` (JSON map of ids) and `u-id-adt`
  (decompiled InMobi SDK UID helper in public repos).
- PubMatic OpenWrap: OpenRTB 2.6 bid request, `device.ifa`, `device.lmt`,
  `device.ext.atts`, `device.ext.ifv`, `imp.ext.skadn` {versions, sourceapp,
  skadnetids} (IAB OpenRTB 2.6, IAB SKAdNetwork extension).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, js

from .phone import FB, WEBVIEW_UA, ms, rf, rid, sdk_ua

GAME_ID = "5523917"
BUNDLE = "com.gemdrop.saga"
SKADN = [
    "4fzdc2evr5.skadnetwork",
    "v9wttpbfk9.skadnetwork",
    "su67r6k2v3.skadnetwork",
    "cstr6suwn9.skadnetwork",
    "9t245vhmpl.skadnetwork",
    "2u9pt9hc89.skadnetwork",
]


def _b(c: Context, sdk: str, method: str, url: str, ua: str = "") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua or sdk_ua("GemdropSaga", "3.12.0"))
    b.header("accept-language", "nl-NL,nl;q=0.9")
    return b


def unity_config(c: Context) -> Flow:
    b = _b(
        c,
        "unity-ads",
        "GET",
        f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration",
    )
    for k, v in [
        ("bundleId", BUNDLE),
        ("encrypted", "true"),
        ("rooted", "false"),
        ("platform", "ios"),
        ("sdkVersion", "4120"),
        ("osVersion", "17.4.1"),
        ("deviceModel", "iPhone15,4"),
        ("language", "nl_NL"),
        ("test", "false"),
    ]:
        b.param(k, v)
    b.param("advertisingTrackingId", b.id("idfa", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("frameworkName", "Unity")
    b.param("frameworkVersion", "2022.3.21f1")
    b.ok_json(
        {
            "enabled": True,
            "country": "NL",
            "placements": [{"id": "rewardedVideo"}],
            "abGroup": c.rng.randint(1, 19),
            "gamerId": rid(c.rng)[:24],
        }
    )
    return b.build()


def unity_auction(c: Context) -> Flow:
    b = _b(
        c, "unity-ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    )
    auction = rid(c.rng)
    b.param("advertisingTrackingId", b.id("idfa", how="lower", where="query.advertisingTrackingId"))
    for k, v in [
        ("limitAdTracking", "false"),
        ("auctionId", auction),
        ("deviceModel", "iPhone15,4"),
        ("platform", "ios"),
        ("sdkVersion", "4120"),
        ("screenWidth", "393"),
        ("screenHeight", "852"),
        ("connectionType", "wifi"),
        ("stores", "apple"),
    ]:
        b.param(k, v)
    body = {
        "bundleVersion": "3.12.0",
        "bundleId": BUNDLE,
        "language": "nl_NL",
        "timeZone": "Europe/Amsterdam",
        "webviewUa": WEBVIEW_UA,
        "deviceFreeSpace": c.rng.randint(20_000_000, 90_000_000),
        "gameSessionId": int(b.acct("unity_session")),
        "idfi": b.id("unity_idfi", where="body.json.idfi"),
        "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
        "properties": b64(rid(c.rng)),
        "volume": rf(c.rng, 0, 1, 2),
        "simulator": False,
        "skadnetwork": {"versions": ["2.0", "2.2", "3.0", "4.0"], "ids": SKADN[:4]},
    }
    b.json(body)
    b.ok_json({"auctionId": auction, "correlationId": rid(c.rng), "media": {}})
    return b.build()


def unity_operative(c: Context) -> Flow:
    b = _b(
        c,
        "unity-ads",
        "POST",
        "https://tracking.prd.mz.internal.unity3d.com/operative/rewardedVideo",
    )
    b.param("eventType", c.rng.choice(["start", "first_quartile", "midpoint", "complete"]))
    body = {
        "eventId": rid(c.rng),
        "auctionId": rid(c.rng),
        "gameSessionId": int(b.acct("unity_session")),
        "campaignId": rid(c.rng).replace("-", "")[:24],
        "placementId": "rewardedVideo",
        "cached": True,
        "advertisingTrackingId": b.id("idfa", where="body.json.advertisingTrackingId"),
        "limitAdTracking": False,
        "osVersion": "17.4.1",
        "deviceModel": "iPhone15,4",
        "sdkVersion": 4120,
        "connectionType": "wifi",
        "bundleId": BUNDLE,
        "platform": "ios",
        "mediationName": "ironSource",
        "mediationOrdinal": c.rng.randint(1, 9),
    }
    b.json(body)
    b.no_content()
    return b.build()


def ironsource_init(c: Context) -> Flow:
    b = _b(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v")
    for k, v in [
        ("platform", "ios"),
        ("applicationKey", "1b3f9c5e5"),
        ("sdkVersion", "7.8.1"),
        ("mt", "0"),
        ("plugin", "Unity"),
        ("pluginVersion", "7.8.1"),
    ]:
        b.param(k, v)
    b.param("advId", b.id("idfa", where="query.advId"))
    b.param("advIdType", "IDFA")
    b.param("auid", b.id("is_uuid", where="query.auid", detectable=False))
    b.ok_json({"configurations": {"application": {"events": {"sendEvents": True}}}})
    return b.build()


def ironsource_logs(c: Context) -> Flow:
    b = _b(c, "ironsource", "GET", "https://logs.ironsrc.mobi/logs")
    data = {
        "deviceoem": "Apple",
        "devicemodel": "iPhone15,4",
        "deviceos": "iOS",
        "deviceosversion": "17.4.1",
        "deviceid": b.id("idfa", where="query.data|base64|json.data.deviceid"),
        "connectiontype": "wifi",
        "bundleid": BUNDLE,
        "appversion": "3.12.0",
        "sdkversion": "7.8.1",
        "logs": [{"tag": "NATIVE", "lvl": 1, "msg": "banner load timeout", "ts": ms(c)}],
    }
    b.param("data", b64(js({"data": data})))
    b.respond(200, "text/plain", b"OK")
    return b.build()


def ironsource_events(c: Context) -> Flow:
    """Mediation events: the SDK's cipher hides the payload (not expected of anyone)."""
    b = _b(c, "ironsource", "POST", "https://outcome-ssp.supersonicads.com/mediation")
    b.param("adUnit", str(c.rng.choice([2, 3])))
    raw = b.id_raw("idfa", "custom_b64", "body.json.data (encrypted)")
    blob = encode(f'{{"advId":"{raw}","sid":"{rid(c.rng)}","evt":[3011,3110]}}', "custom_b64")
    b.json({"table": "super.dwh.mediation_events", "data": blob, "compression": False})
    b.no_content()
    return b.build()
