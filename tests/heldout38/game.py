"""Ludo Raja, a casual game monetised by ad SDKs: AdMob, Unity Ads, InMobi,
Mintegral and a Bangladeshi local network, plus the game's own backend.

Sources: AdMob `mads/gma` request parameters (rdid, is_lat, msid, u_w/u_h) as
documented in Google's Ad Manager / IMA ad-tag parameter lists and seen in
Exodus / AppCensus traffic reports; Unity Ads SDK "All Parameters" reference
(advertisingTrackingId, androidId, idfi, limitAdTracking, deviceMake,
deviceModel: Unity-Technologies/unity-ads-android docs); InMobi SDK `u-id-map`
with GPID / O1 (SHA-1 of ANDROID_ID) / UM5 (MD5 of ANDROID_ID) (InMobi Android
SDK, decompiled analyses); Mintegral openapi/ad/v3 with `gaid` and the
obfuscated `dvi` blob (Mintegral-official docs, AppCensus reports). The local
network's and the game's own keys are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import js

from .phone import FB, dalvik, ms, rf, rid

PKG = "com.example.ludoraja"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", dalvik())
    return b


def admob(c: Context) -> Flow:
    b = _b(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.params += [
        ("preqs", str(c.rng.randint(0, 9))),
        ("session_id", str(c.rng.getrandbits(62))),
        ("seq_num", str(c.rng.randint(1, 40))),
        ("u_w", "393"),
        ("u_h", "873"),
        ("msid", PKG),
        ("an", f"512.android.{PKG}"),
        ("net", "wi"),
        ("u_so", "p"),
        ("is_lat", "0"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("format", "320x50_mb"),
        ("output", "html"),
        ("region", "mobile_app"),
        ("correlator", str(c.rng.getrandbits(52))),
    ]
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def unity_request(c: Context) -> Flow:
    b = _b(c, "unityads", "POST", "https://auction.unityads.unity3d.com/v6/games/4471023/requests")
    b.params += [
        ("deviceMake", "vivo"),
        ("deviceModel", "V2250"),
        ("platform", "android"),
        ("sdkVersion", "4910"),
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("connectionType", "wifi"),
    ]
    b.json(
        {
            "bundleId": PKG,
            "idfi": b.id("unity_idfi", where="body.idfi", detectable=False),
            "gameSessionId": c.rng.getrandbits(48),
            "sessionDepth": c.rng.randint(1, 30),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "language": "bn_BD",
            "timeZone": "Asia/Dhaka",
        }
    )
    b.ok_json(
        {"correlationId": rid(c.rng), "placements": {"rewardedVideo": {"mediaId": rid(c.rng)}}}
    )
    return b.build()


def inmobi(c: Context) -> Flow:
    b = _b(c, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3.3")
    umap = {
        "GPID": b.id("gaid", where="form u-id-map.GPID"),
        "O1": b.id("aid_game", "sha1", where="form u-id-map.O1", detectable=False),
        "UM5": b.id("aid_game", "md5", where="form u-id-map.UM5", detectable=False),
    }
    b.form(
        [
            ("im-plid", "1719463508712"),
            ("u-id-map", js(umap)),
            ("d-device-screen-density", "2.75"),
            ("d-device-screen-size", "393X873"),
            ("u-appbid", PKG),
            ("trackertype", "url_ping"),
            ("mk-ads", "1"),
            ("sdk-version", "a-10.7.1"),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json({"requestId": rid(c.rng), "ads": []})
    return b.build()


def mintegral(c: Context) -> Flow:
    b = _b(c, "mintegral", "GET", "https://net.rayjump.com/openapi/ad/v3")
    dvi = encode(
        js(
            {
                "imei": "",
                "andid": b.id_raw("aid_game", "custom_b64", "query dvi"),
                "model": "V2250",
                "brand": "vivo",
            }
        ),
        "custom_b64",
    )
    b.params += [
        ("app_id", "148221"),
        ("unit_id", "1902288"),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", PKG),
        ("ad_num", "1"),
        ("gaid", b.id("gaid", where="query gaid")),
        ("dvi", dvi),
        ("sign", rid(c.rng).replace("-", "")),
    ]
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def local_network(c: Context) -> Flow:
    b = _b(c, "adbangla", "POST", "https://sdk.adbangla-net.com/v1/req")
    b.json(
        {
            "slot": "ludo_interstitial",
            "dev": {
                "uid": b.id("aid_game", where="body.dev.uid", detectable=False),
                "gadid": b.id("gaid", where="body.dev.gadid"),
                "mk": "vivo",
                "md": "V2250",
                "carrier": "Grameenphone",
                "lang": "bn",
            },
            "app": {"bundle": PKG, "ver": "3.4.0"},
        }
    )
    b.ok_json({"fill": False, "rid": rid(c.rng)})
    return b.build()


def mediation_config(c: Context) -> Flow:
    b = _b(
        c, "game", "GET", "https://api.ludoraja.example.com/v2/ads/waterfall?country=BD&build=340"
    )
    b.ok_json(
        {
            "waterfall": ["admob", "unity", "inmobi", "mintegral", "adbangla"],
            "floors": [rf(c.rng, 0.1, 3.0, 2) for _ in range(5)],
        }
    )
    b.decoy("number series (price floors)")
    return b.build()


def camera_state(c: Context) -> Flow:
    """3-D board camera orientation: yaw / pitch / roll of a game camera, not of a head."""
    b = _b(c, "game", "POST", "https://api.ludoraja.example.com/v2/match/state")
    b.json(
        {
            "matchId": rid(c.rng),
            "turn": c.rng.randint(1, 80),
            "dice": c.rng.randint(1, 6),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -60, 10, 2),
                "roll": 0.0,
                "zoom": rf(c.rng, 0.8, 2.0, 2),
            },
            "tokens": [[c.rng.randint(0, 56) for _ in range(4)] for _ in range(4)],
        }
    )
    b.decoy("game camera yaw/pitch/roll")
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "game", "GET", "https://api.ludoraja.example.com/v2/leaderboard?region=BD&page=1")
    b.ok_json(
        {
            "rows": [
                {
                    "rank": i + 1,
                    "name": f"Player{c.rng.randint(100, 999)}",
                    "coins": c.rng.randint(1000, 900000),
                }
                for i in range(10)
            ]
        }
    )
    return b.build()


def game_login(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.ludoraja.example.com/v2/auth/guest")
    b.json(
        {
            "guestKey": b.id("aid_game", "sha256", where="body.guestKey", detectable=False),
            "deviceAndroidId": b.id("aid_game", where="body.deviceAndroidId"),
            "userId": b.acct("game_user"),
            "build": 340,
        }
    )
    b.ok_json({"token": rid(c.rng), "coins": c.rng.randint(100, 5000)})
    return b.build()
