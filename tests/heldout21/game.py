"""Gacha game ("Hoshifuri Chronicle") with ad mediation: AppLovin MAX, Unity
Ads, Pangle and nend, plus its own game server.

Sources: nend Android SDK `NendAdRequest.buildRequestUrl` (decompiled copies on
GitHub): `https://ad1.nend.net/na.php?apikey&spot&uid&os&version&model&device&
localize&sdkver&gaid`. Unity Ads SDK parameter list (`advertisingTrackingId`,
`limitAdTracking`, `androidId`, `idfi`...; auction endpoint
`auction.unityads.unity3d.com/v4/games/<id>/requests`). AppLovin SDK ad
requests carry the GAID as `idfa` with `dnt` (AppLovin Android SDK). Pangle's
SDK sends encrypted bodies (`cypher`, `message`) to `api16-access-sg.pangle.io`.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, MODEL, iso, ms, rf, rid, ua

GAME = "https://gs.hoshifuri.jp"
UA = ua("Hoshifuri", "2.31.0")


def _g(c: Context, path: str) -> FB:
    b = FB(c, "hoshifuri", "POST", GAME + path)
    b.header("user-agent", "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)")
    b.header("x-player-id", b.acct("gacha_player"))
    return b


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", UA)
    body = {
        "sdk_key": "Zx1rQk" + "a" * 80,
        "ad_unit_id": "e3f1c2a9b8d70145",
        "ad_format": c.rng.choice(["REWARDED", "INTER", "BANNER"]),
        "device_info": {
            "idfa": b.id("gaid", where="body.device_info.idfa"),
            "dnt": False,
            "brand": "Sony",
            "model": MODEL,
            "os": "14",
            "locale": "ja_JP",
            "tz_offset": 9.0,
            "volume": c.rng.randint(0, 100),
        },
        "app_info": {"package_name": "jp.hoshifuri.chronicle", "app_version": "2.31.0"},
        "compass_random_token": b.id(
            "applovin_uid", where="body.compass_random_token", detectable=False
        ),
        "ts": ms(c),
    }
    b.json(body, encoding="gzip")
    b.ok_json({"ads": [], "ad_unit_id": "e3f1c2a9b8d70145"})
    return b.build()


def unity_request(c: Context) -> Flow:
    url = "https://auction.unityads.unity3d.com/v4/games/5481207/requests"
    b = FB(c, "unity-ads", "POST", url, [("deviceModel", MODEL), ("platform", "android")])
    b.header("user-agent", UA)
    body = {
        "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
        "limitAdTracking": False,
        "androidId": b.id("aid_gacha", where="body.androidId"),
        "idfi": b.id("unity_idfi", where="body.idfi"),
        "deviceMake": "Sony",
        "connectionType": "wifi",
        "gameSessionId": c.rng.randint(10**12, 10**13),
        "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
        "sdkVersionName": "4.12.2",
    }
    b.json(body)
    b.ok_json({"correlationId": rid(c.rng), "placements": {}})
    return b.build()


def pangle_get_ads(c: Context) -> Flow:
    url = "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/"
    b = FB(c, "pangle", "POST", url)
    b.header("user-agent", UA)
    raw = b.id_raw("gaid", "pangle_cipher", where="body.message (encrypted, carries gaid)")
    key = hashlib.sha256(f"pangle{c.rng.random()}".encode()).digest()
    sealed = bytes(x ^ key[i % 32] for i, x in enumerate(jsb({"gaid": raw, "ts": ms(c)}) * 3))
    b.json({"cypher": 3, "message": b64(sealed)})
    b.ok_json({"cypher": 3, "message": b64(key * 4)})
    return b.build()


def nend_ad(c: Context) -> Flow:
    b = FB(c, "nend", "GET", "https://ad1.nend.net/na.php", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.params = [
        ("apikey", "a6eca9dd074372c898dd1df549301f277c53f2b9"),
        ("spot", "3172"),
        (
            "uid",
            b.id("aid_gacha", "sha1", where="query.uid (sha1 of ANDROID_ID)", detectable=False),
        ),
        ("os", "android"),
        ("version", "14"),
        ("model", MODEL),
        ("device", "XQ-DQ44"),
        ("localize", "ja_JP"),
        ("sdkver", "10.0.1"),
        ("gaid", b.id("gaid", where="query.gaid")),
    ]
    b.ok_json(
        {"status_code": 1, "default_ad": {"image_url": "https://img1.nend.net/img/banner/x.png"}}
    )
    return b.build()


def jp_network_ad(c: Context) -> Flow:
    """An OpenRTB-ish request to a Japanese native ad network (own invention)."""
    b = FB(c, "kirameki-ads", "POST", "https://sdk.kirameki-ads.jp/v3/ad")
    b.header("user-agent", UA)
    body = {
        "id": rid(c.rng),
        "imp": [{"id": "1", "tagid": "hoshifuri_native_01", "native": {"ver": "1.2"}}],
        "device": {
            "ifa": b.id("gaid", where="body.device.ifa"),
            "lmt": 0,
            "make": "Sony",
            "model": MODEL,
            "os": "Android",
            "osv": "14",
            "geo": {"country": "JPN", "lat": rf(c.rng, 35.5, 35.8), "lon": rf(c.rng, 139.5, 139.9)},
        },
        "app": {"bundle": "jp.hoshifuri.chronicle"},
    }
    b.json(body)
    b.no_content()
    return b.build()


def game_login(c: Context) -> Flow:
    b = _g(c, "/api/auth/login")
    body = {
        "uuid": b.id("aid_gacha", "md5", where="body.uuid (md5 of ANDROID_ID)", detectable=False),
        "ad_id": b.id("gaid", where="body.ad_id"),
        "platform": 2,
        "client_ver": "2.31.0",
        "res_ver": f"{c.rng.randint(1000, 1999)}",
    }
    b.json(body)
    b.ok_json({"session": b64(rid(c.rng)), "server_time": int(c.now)})
    return b.build()


def gacha_pull(c: Context) -> Flow:
    b = _g(c, "/api/gacha/draw")
    b.decoy("gacha draw: banner id, results, prices")
    b.json(
        {"banner_id": 4021, "count": 10, "currency": "hoshi_stone", "cost": 3000, "req": rid(c.rng)}
    )
    res = [
        {"card_id": c.rng.randint(10000, 19999), "rarity": c.rng.choice([3, 4, 5])}
        for _ in range(10)
    ]
    b.ok_json({"results": res, "pity": c.rng.randint(0, 89)})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = _g(c, "/api/telemetry/camera")
    b.decoy("in-game camera yaw/pitch/roll and position series")
    frames = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -60, 60, 2), "roll": 0.0,
         "pos": [rf(c.rng, -50, 50, 2), rf(c.rng, 0, 10, 2), rf(c.rng, -50, 50, 2)]}
        for _ in range(20)
    ]  # fmt: skip
    b.json({"scene": "homeroom_3d", "frames": frames, "fps": rf(c.rng, 50, 60, 1)})
    b.no_content()
    return b.build()


def shop_prices(c: Context) -> Flow:
    b = FB(c, "hoshifuri", "GET", GAME + "/api/shop/products")
    b.header("user-agent", UA)
    b.decoy("store prices and order receipt number")
    b.ok_json(
        {
            "products": [
                {"sku": f"stone_{n}", "price_jpy": p}
                for n, p in ((60, 120), (300, 610), (980, 1840))
            ],
            "lastOrder": "GPA.3342-" + str(c.rng.randint(1000, 9999)),
            "at": iso(c),
        }
    )
    return b.build()
