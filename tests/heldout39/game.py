"""Ludo Arena Naija (fictional casual game) with ad SDKs.

- AdMob (Google Mobile Ads SDK): GET googleads.g.doubleclick.net/mads/gma with
  the raw advertising id in `rdid` and `is_lat` (GMA ad-request parameters as
  documented by privacy analyses of GMA traffic and Google's IMA/GMA parameter
  lists).
- Unity Ads: configuration and ad requests carry `advertisingTrackingId`,
  `limitAdTracking`, `androidId` in the query; video events in a JSON body
  (Unity Ads SDK parameter reference, "All Parameters" / "Configuration request"
  / "Ad request" / "Video events" tables).
- Mintegral (MBridge SDK): a settings call with `gaid` in the query, and ad
  loads whose device block is under a shuffled base64 alphabet (`dvi`); the
  param names beyond gaid/dvi are my assumption.
- Pangle (ByteDance): get_ads body is `{"message": <encrypted>, "cypher": 3}`
  (opaque).
- A local Lagos ad network whose SDK builds an OpenRTB 2.5 BidRequest on the
  phone: device.ifa, device.dpidmd5 / dpidsha1 (IAB OpenRTB 2.5 Device object;
  Mintegral-official/mtgrtb_doc).
Decoys: camera yaw / pitch / zoom telemetry, level progress, leaderboard, Play
purchase receipt, asset bundle download.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, ms, rf, rid

PKG = "ng.ludoarena.game"
GAME_ID = "5489213"


def _b(
    c: Context, sdk: str, method: str, url: str, params: list[tuple[str, str]] | None = None
) -> FB:
    b = FB(c, sdk, method, url, params)
    b.header("user-agent", dalvik())
    return b


def admob(c: Context) -> Flow:
    b = _b(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("caps", "inlineVideo_interactiveVideo_mraid1_mraid2_sdkVideo"),
        ("format", "320x50_mb"),
        ("msid", PKG),
        ("js", "afma-sdk-a-v233515999.231710000.1"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("is_lat", "0")
    b.param("u_sd", "2")
    b.param("request_id", rid(c.rng))
    b.param("seq_num", str(c.rng.randint(1, 30)))
    b.respond(200, "application/json; charset=utf-8", js({"ad_networks": []}).encode())
    return b.build()


def unity_config(c: Context) -> Flow:
    url = f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration"
    b = _b(c, "unity", "GET", url)
    b.param("bundleId", PKG)
    b.param("encrypted", "true")
    b.param("rooted", "false")
    b.param("platform", "android")
    b.param("sdkVersion", "4510")
    b.param("osVersion", "13")
    b.param("deviceModel", "itel S665L")
    b.param("language", "ha_NG")
    b.param("test", "false")
    b.param("deviceMake", "ITEL")
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query.androidId"))
    b.param("idfi", b.id("unity_idfi", where="query.idfi"))
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_video_start(c: Context) -> Flow:
    gamer, campaign = new_hex(c.rng, 24), new_hex(c.rng, 24)
    url = (
        "https://adserver.unityads.unity3d.com/mobile/gamers/"
        f"{gamer}/video/video_start/{campaign}/{GAME_ID}"
    )
    b = _b(c, "unity", "POST", url)
    b.json(
        {
            "eventId": rid(c.rng),
            "auctionId": rid(c.rng),
            "gameSessionId": c.rng.getrandbits(48),
            "placementId": "rewardedVideo",
            "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "apiLevel": 33,
            "deviceMake": "ITEL",
            "deviceModel": "itel S665L",
            "cached": True,
            "screenWidth": 720,
            "screenHeight": 1612,
        }
    )
    b.ok_json({})
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    b = _b(c, "mintegral", "GET", "https://setting.rayjump.com/setting")
    b.param("app_id", "148765")
    b.param("platform", "1")
    b.param("os_version", "13")
    b.param("package_name", PKG)
    b.param("gaid", b.id("gaid", where="query.gaid"))
    b.param("sign", new_hex(c.rng, 32))
    b.ok_json({"cc": "NG", "ut": 1})
    return b.build()


def mintegral_load(c: Context) -> Flow:
    b = _b(c, "mintegral", "POST", "https://hb.rayjump.com/openapi/ad/v4")
    inner = js(
        {
            "g": b.id_raw("gaid", "custom_b64", "form.dvi (shuffled base64)"),
            "a": b.id_raw("aid_game", "custom_b64", "form.dvi (shuffled base64)"),
        }
    )
    b.form(
        [
            ("app_id", "148765"),
            ("unit_id", "422001"),
            ("dvi", encode(inner, "custom_b64")),
            ("ad_num", "1"),
        ]
    )
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def pangle_ads(c: Context) -> Flow:
    b = _b(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.id_raw("gaid", "pangle_cipher", "body.message (encrypted)")
    b.json(
        {
            "message": b64(bytes(c.rng.getrandbits(8) for _ in range(420))),
            "cypher": 3,
            "ad_sdk_version": "5.9.0.8",
        }
    )
    b.ok_json({"message": b64(new_hex(c.rng, 40)), "cypher": 3})
    return b.build()


def local_rtb(c: Context) -> Flow:
    b = _b(c, "adnaija", "POST", "https://bid.adnaija-example.com/openrtb/2.5")
    dev = {
        "ua": dalvik(),
        "ifa": b.id("gaid", where="body.device.ifa"),
        "dpidmd5": b.id("aid_game", how="md5", where="body.device.dpidmd5"),
        "dpidsha1": b.id("aid_game", how="sha1", where="body.device.dpidsha1"),
        "make": "itel",
        "model": "S665L",
        "os": "android",
        "osv": "13",
        "lmt": 0,
        "geo": {"country": "NGA", "type": 2},
    }
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}}],
            "app": {"bundle": PKG},
            "device": dev,
        }
    )
    b.no_content()
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.ludoarena.ng/v1/telemetry")
    frames = [
        {
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 60, 2),
            "zoom": rf(c.rng, 0.8, 2.0, 2),
        }
        for _ in range(10)
    ]
    b.json(
        {"camera": frames, "fps": [c.rng.randint(40, 60) for _ in range(10)], "match": rid(c.rng)}
    )
    b.no_content()
    b.decoy("game camera yaw/pitch/zoom series and fps")
    return b.build()


def level_progress(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.ludoarena.ng/v1/progress")
    b.json(
        {
            "player": b.acct("game_user"),
            "level": c.rng.randint(1, 90),
            "stars": c.rng.randint(0, 3),
            "t": ms(c),
        }
    )
    b.no_content()
    b.decoy("game level progress")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "game", "GET", "https://api.ludoarena.ng/v1/leaderboard", [("week", "47")])
    b.ok_json({"top": [{"name": f"Player{i}", "score": 9000 - i * 37} for i in range(10)]})
    b.decoy("leaderboard")
    return b.build()


def purchase(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.ludoarena.ng/v1/iap/verify")
    b.json(
        {"orderId": order_no(c.rng), "productId": "coins_500", "purchaseToken": new_hex(c.rng, 60)}
    )
    b.ok_json({"valid": True})
    b.decoy("Play purchase receipt with order number")
    return b.build()


def asset_bundle(c: Context) -> Flow:
    b = _b(
        c, "game", "GET", f"https://cdn.ludoarena.ng/bundles/board_{c.rng.randint(1, 20)}.unity3d"
    )
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("asset bundle download")
    return b.build()
