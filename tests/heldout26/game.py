"""Sahra Drift, a desert racing game (own backend fictional) with ad mediation:
ironSource (LevelPlay), Mintegral, Pangle and Unity Ads.

Sources: TrackHAR adapters (github.com/tweaselORG/TrackHAR, src/adapters):
ironSource `logs.ironsrc.mobi/logs?data=<base64 JSON>` with `data.deviceid`,
`deviceoem`, `devicemodel`, `bundleid`; Mintegral `configure.rayjump.com/setting`
query `gaid`, `os`, `osv`, `brand`, `model`, `package_name`, `sdk_version`, and
`analytics.rayjump.com` url-encoded body whose `data` is itself a query string;
Unity Ads `publisher-config.unityads.unity3d.com/games/<id>/configuration`
query `advertisingTrackingId`, `deviceMake`, `deviceModel`, `analyticsUserId`.
Pangle's get_ads body is `{"cypher": n, "message": <encrypted>}` (the SDK
encrypts its request; nothing is readable).
"""

from __future__ import annotations

import base64
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sahradrift.example"
PKG = "com.falconplay.sahradrift"


def ironsource_logs(c: Context) -> Flow:
    b = FB(c, "ironsource", "GET", "https://logs.ironsrc.mobi/logs")
    data = {
        "data": {
            "deviceid": b.id("gaid", where="query.data(b64 json).data.deviceid"),
            "deviceoem": "Google",
            "devicemodel": "Pixel 8",
            "deviceos": "android",
            "deviceosversion": "14",
            "deviceapilevel": 34,
            "connectiontype": "wifi",
            "bundleid": PKG,
            "appversion": "1.8.4",
            "sdkversion": "8.1.0",
            "sessionid": new_hex(c.rng, 32),
        },
        "type": "init",
        "ts": ms(c),
    }
    b.param("data", base64.b64encode(js(data).encode()).decode())
    b.respond(200, "text/plain", b"")
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    params = [
        ("platform", "1"),
        ("os", "android"),
        ("osv", "14"),
        ("brand", "google"),
        ("model", "Pixel 8"),
        ("package_name", PKG),
        ("app_version_name", "1.8.4"),
        ("sdk_version", "MAL_16.7.61"),
        ("language", "ar-SA"),
        ("timezone", "GMT+03:00"),
        ("orientation", "1"),
        ("screen_size", "1080x2400"),
        ("app_id", "214533"),
    ]
    b = FB(c, "mintegral", "GET", "https://configure.rayjump.com/setting", params)
    b.param("gaid", b.id("gaid", where="query.gaid"))
    b.ok_json({"status": 1, "data": {"cc": "SA"}})
    return b.build()


def mintegral_analytics(c: Context) -> Flow:
    b = FB(c, "mintegral", "POST", "https://analytics.rayjump.com/")
    inner = urlencode(
        [
            ("key", "2000047"),
            ("gaid", b.id("gaid", where="body.data(query).gaid")),
            ("network_type", "9"),
            ("unit_id", "1530211"),
            ("ts", str(ms(c))),
        ]
    )
    b.form([("platform", "1"), ("package_name", PKG), ("os_version", "14"), ("data", inner)])
    b.ok_json({"status": 1})
    return b.build()


def pangle_get_ads(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.id_raw("gaid", "pangle_cipher", "body.message (encrypted)")
    msg = base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(600))).decode()
    b.json({"cypher": 3, "message": msg})
    b.ok_json(
        {
            "cypher": 3,
            "message": base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(200))).decode(),
        }
    )
    return b.build()


def unity_config(c: Context) -> Flow:
    url = "https://publisher-config.unityads.unity3d.com/games/5412207/configuration"
    params = [
        ("bundleId", PKG),
        ("encrypted", "false"),
        ("rooted", "false"),
        ("platform", "android"),
        ("sdkVersion", "4120"),
        ("osVersion", "14"),
        ("deviceMake", "Google"),
        ("deviceModel", "Pixel 8"),
        ("language", "ar_SA"),
        ("test", "false"),
        ("connectionType", "wifi"),
        ("screenHeight", "2400"),
        ("screenWidth", "1080"),
    ]
    b = FB(c, "unity-ads", "GET", url, params)
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("analyticsUserId", new_hex(c.rng, 32))
    b.ok_json({"enabled": True, "country": "SA", "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_auction(c: Context) -> Flow:
    url = "https://auction.unityads.unity3d.com/v6/games/5412207/requests"
    b = FB(c, "unity-ads", "POST", url, [("deviceMake", "Google"), ("platform", "android")])
    b.json(
        {
            "bundleId": PKG,
            "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("unity_idfi", where="body.idfi"),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionId": rid(c.rng),
            "deviceFreeSpace": c.rng.randint(10**6, 10**8),
            "batteryLevel": rf(c.rng, 0.1, 1, 2),
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "media": {}})
    return b.build()


def player_login(c: Context) -> Flow:
    b = FB(c, "sahradrift", "POST", f"{API}/v1/player/login")
    b.header("user-agent", ua("UnityPlayer", "2022.3.21f1"))
    b.json(
        {
            "k": b.id("aid_game", where="body.k", detectable=False),
            "v": "1.8.4",
            "p": c.phone.game_user,
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48)})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "sahradrift", "POST", f"{API}/v1/telemetry/race")
    cam = [
        {
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 10, 2),
            "roll": rf(c.rng, -3, 3, 2),
            "t": i * 100,
        }
        for i in range(12)
    ]
    b.json(
        {
            "track": "liwa_dunes",
            "lapMs": c.rng.randint(60000, 90000),
            "camera": cam,
            "speedSeries": [rf(c.rng, 80, 260, 1) for _ in range(12)],
        }
    )
    b.decoy("in-game camera yaw/pitch/roll and speed series")
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c, "sahradrift", "GET", f"{API}/v1/leaderboard", [("track", "liwa_dunes"), ("top", "20")]
    )
    b.decoy("leaderboard with player names and lap times")
    b.ok_json(
        {
            "rows": [
                {"name": n, "lapMs": c.rng.randint(55000, 70000)} for n in ("صقر", "Omar_R", "نورة")
            ]
        }
    )
    return b.build()


def iap_receipt(c: Context) -> Flow:
    b = FB(c, "sahradrift", "POST", f"{API}/v1/iap/verify")
    order = order_no(c.rng)
    b.json(
        {
            "orderId": order,
            "productId": "coins_500",
            "purchaseToken": new_hex(c.rng, 60),
            "at": iso(c),
        }
    )
    b.decoy("purchase receipt with order number")
    b.ok_json({"valid": True})
    return b.build()
