"""A casual match-3 game with ad SDKs: AdMob, Unity Ads, Yandex Mobile Ads /
AppMetrica, Mintegral and a local (Iranian) ad network.

Sources: Google Mobile Ads request to googleads.g.doubleclick.net/mads/gma
(`rdid` + `idtype=adid` + `is_lat`, as TrackHAR's google adapter documents);
Unity Ads auction (auction.unityads.unity3d.com/v6/games/{id}/requests, keys
`advertisingTrackingId`, `limitAdTracking`, `androidId`, `idfi`, per
Unity-Technologies' unity-ads-webview parameter list); AppMetrica report
(report.appmetrica.yandex.net/report query `deviceid`, `uuid`, `adv_id`,
tweaselORG/TrackHAR src/adapters/yandex.ts); Mintegral
(configure.rayjump.com/setting query `gaid`, and analytics.rayjump.com form
body whose `data` is itself a query string with `gaid`, TrackHAR rayjump.ts).
The local network's keys are in-house guesses (`tabligh` = advert).
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, ms, rf, rid

PKG = "com.shirin.match3"


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", dalvik())
    for k, v in [
        ("format", "interstitial_mb"),
        ("msid", PKG),
        ("an", f"1.4.2.android.{PKG}"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("u_sd", "2.75"),
        ("correlator", str(c.rng.getrandbits(52))),
        ("js", "afma-sdk-a-v233.0"),
    ]:
        b.param(k, v)
    b.respond(200, "application/json", b'{"ad_networks":[]}')
    return b.build()


def unity_auction(c: Context) -> Flow:
    gid = "5123456"
    b = FB(c, "unityads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{gid}/requests")
    b.param("deviceModel", "23021RAAEG")
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json advertisingTrackingId"),
            "limitAdTracking": False,
            "androidId": b.id("aid_game", where="json androidId"),
            "idfi": b.id("unity_idfi", where="json idfi"),
            "gameSessionId": c.rng.getrandbits(48),
            "placements": {"rewarded": {"adTypes": ["VIDEO"]}},
            "deviceMake": "Xiaomi",
            "screenDensity": 440,
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "placements": {}})
    return b.build()


def appmetrica_report(c: Context) -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    for k, v in [
        ("deviceid", b.id("appmetrica_devid", where="query deviceid")),
        ("uuid", b.id("appmetrica_uuid", where="query uuid")),
        ("adv_id", b.id("gaid", where="query adv_id")),
        ("app_id", PKG),
        ("app_platform", "android"),
        ("model", "23021RAAEG"),
    ]:
        b.param(k, v)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(200)), "application/x-protobuf", "gzip")
    b.respond(200, None)
    return b.build()


def yandex_ad(c: Context) -> Flow:
    b = FB(c, "yandex-ads", "GET", "https://mobile.yandexadexchange.net/v4/ad")
    for k, v in [
        ("ad_unit_id", "R-M-" + str(c.rng.randint(1000000, 9999999)) + "-1"),
        ("google_aid", b.id("gaid", where="query google_aid")),
        ("uuid", b.id("appmetrica_uuid", where="query uuid")),
        ("app_id", PKG),
        ("screen_width", "1080"),
        ("screen_height", "2400"),
    ]:
        b.param(k, v)
    b.ok_json({"native": {"ads": []}})
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    b = FB(c, "mintegral", "GET", "https://configure.rayjump.com/setting")
    for k, v in [
        ("app_id", "18" + str(c.rng.randint(1000, 9999))),
        ("platform", "1"),
        ("os_version", "13"),
        ("package_name", PKG),
        ("brand", "Xiaomi"),
        ("model", "23021RAAEG"),
        ("gaid", b.id("gaid", where="query gaid")),
        ("sdk_version", "MAL_16.5.91"),
    ]:
        b.param(k, v)
    b.ok_json({"cc": "AZ", "getpf": 43200})
    return b.build()


def mintegral_analytics(c: Context) -> Flow:
    b = FB(c, "mintegral", "POST", "https://analytics.rayjump.com/")
    inner = urlencode(
        [
            ("key", "2000047"),
            ("gaid", b.id("gaid", where="form data= nested query gaid")),
            ("sys_id", b.id("mtg_sys_id", where="form data= nested query sys_id")),
            ("os", "android"),
            ("ts", str(ms(c))),
        ]
    )
    b.form([("platform", "1"), ("package_name", PKG), ("data", inner)])
    b.respond(200, "text/plain", b"ok")
    return b.build()


def tapsell_request(c: Context) -> Flow:
    b = FB(c, "tapsell", "POST", "https://api.tapsell.ir/v2/ad-suggestions/rewarded")
    b.header("user-agent", dalvik())
    b.json(
        {
            "zoneId": new_hex(c.rng, 24),
            "developerKey": new_hex(c.rng, 32),
            "dastgah": {
                "advertisingId": b.id("gaid", where="json dastgah.advertisingId"),
                "androidId": b.id("aid_game", where="json dastgah.androidId"),
                "brand": "Xiaomi",
                "operator": "Azercell",
            },
        }
    )
    b.ok_json({"tabligh": []})
    return b.build()


def ad_opaque(c: Context) -> Flow:
    b = FB(c, "local-adnet", "POST", "https://sdk.reklam-az.example/r")
    value = b.id_raw("gaid", "custom_b64", where="body z (shuffled-alphabet base64)")
    b.form([("z", encode(value, "custom_b64")), ("v", "3")])
    b.ok_json({"a": []})
    return b.build()


def level_telemetry(c: Context) -> Flow:
    b = FB(c, "shirin", "POST", "https://api.shirin-games.example/v1/level")
    b.json(
        {
            "level": c.rng.randint(1, 400),
            "moves": c.rng.randint(5, 40),
            "score": c.rng.randint(1000, 90000),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "boardHash": new_hex(c.rng, 40),
            "session": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("level result, camera yaw/pitch, board hash, session id")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "shirin", "GET", "https://api.shirin-games.example/v1/leaderboard")
    rows = [
        {
            "nick": f"player{c.rng.randint(1, 9999)}",
            "score": c.rng.randint(10_000, 1_000_000),
            "avatar": b64(new_hex(c.rng, 12)),
        }
        for _ in range(10)
    ]
    b.ok_json({"top": rows})
    b.decoy("leaderboard (other players' nicknames and scores)")
    return b.build()


def iap_verify(c: Context) -> Flow:
    b = FB(c, "shirin", "POST", "https://api.shirin-games.example/v1/iap/verify")
    b.json(
        {
            "orderId": "GPA.33" + str(c.rng.randint(10, 99)) + "-" + str(c.rng.randint(1000, 9999)),
            "productId": "coins_500",
            "purchaseToken": new_hex(c.rng, 60),
        }
    )
    b.ok_json({"valid": True})
    b.decoy("purchase order id and token")
    return b.build()
