"""Kula: a casual tower-stacking game with ad mediation. Real SDK wire formats:
- AdMob: GET googleads.g.doubleclick.net/mads/gma with `rdid` (the advertising
  id), `is_lat`, `msid`, `format`, `sdk_version` (tweaselORG/TrackHAR
  src/adapters/google.ts).
- Unity Ads: publisher-config.unityads.unity3d.com/games/{id}/configuration and
  auction.unityads.unity3d.com/v6/games/{id}/requests with
  `advertisingTrackingId`, `limitAdTracking`, `androidId`, `idfi`
  (Unity-Technologies unity-ads-webview docs "All Parameters"; TrackHAR unity.ts).
- AppLovin MAX: POST ms4.applovin.com/1.0/mediate, gzipped JSON with
  `device_info.idfa` / `dnt` (public traffic captures).
- Mintegral: configure.rayjump.com/setting query with `gaid`, and
  analytics.rayjump.com form body whose `data` is a nested query string
  (TrackHAR src/adapters/rayjump.ts); its `dvi` blob uses a custom base64 alphabet.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, dalvik, ms, rf, rid

PKG = "rs.kulagames.kula"
GAME_ID = "5123847"


def _ua(b: FB) -> FB:
    b.header("user-agent", dalvik())
    return b


def admob(c: Context) -> Flow:
    b = _ua(FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma"))
    b.param("format", c.rng.choice(["320x50_mb", "interstitial_mb"]))
    b.param("rdid", b.id("gaid", where="query:rdid"))
    b.param("is_lat", "0")
    b.param("msid", PKG)
    b.param("an", "1.8.0.android." + PKG)
    b.param("sdk_version", "afma-sdk-a-v233012999.231516000.1")
    b.param("u_w", "412")
    b.param("u_h", "915")
    b.param("correlator", str(c.rng.getrandbits(52)))
    b.respond(200, "text/html", b"<html><body>ad</body></html>")
    return b.build()


def unity_config(c: Context) -> Flow:
    url = f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration"
    b = _ua(FB(c, "unityads", "GET", url))
    b.param("advertisingTrackingId", b.id("gaid", where="query:advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query:androidId"))
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.ok_json({"enabled": True, "country": "RS"})
    return b.build()


def unity_auction(c: Context) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    b = _ua(FB(c, "unityads", "POST", url, [("deviceModel", "SM-A356B"), ("platform", "android")]))
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json:advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("unity_idfi", where="json:idfi"),
            "deviceMake": "samsung",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 30),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "correlationId": rid(c.rng)})
    return b.build()


def applovin(c: Context) -> Flow:
    b = _ua(FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate"))
    body = {
        "device_info": {
            "idfa": b.id("gaid", where="json:device_info.idfa"),
            "dnt": False,
            "brand": "samsung",
            "model": "SM-A356B",
            "os": "14",
        },
        "app_info": {"package_name": PKG, "installer_name": "com.android.vending"},
        "ad_unit_id": "b5e1" + rid(c.rng).replace("-", "")[:12],
        "sdk_key": "Zx" + rid(c.rng).replace("-", ""),
    }
    b.set_body(jsb(body), "application/json; charset=utf-8", "gzip")
    b.ok_json({"ads": [], "ad_unit_id": body["ad_unit_id"]})
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    b = _ua(FB(c, "mintegral", "GET", "https://configure.rayjump.com/setting"))
    b.param("app_id", "231874")
    b.param("os", "android")
    b.param("brand", "samsung")
    b.param("model", "SM-A356B")
    b.param("gaid", b.id("gaid", where="query:gaid"))
    b.param("package_name", PKG)
    b.param("sdk_version", "MAL_16.7.41")
    b.ok_json({"cc": "RS", "status": 1})
    return b.build()


def mintegral_analytics(c: Context) -> Flow:
    b = _ua(FB(c, "mintegral", "POST", "https://analytics.rayjump.com/"))
    inner = urlencode(
        [
            ("key", "2000047"),
            ("gaid", b.id("gaid", where="form:data.gaid")),
            ("dvi", b.id("gaid", "custom_b64", where="form:data.dvi", detectable=False)),
            ("ts", str(ms(c))),
        ]
    )
    b.form([("app_id", "231874"), ("data", inner), ("platform", "1")])
    b.respond(200, "text/plain", b"ok")
    return b.build()


def hashed_gaid(c: Context) -> Flow:
    """The game's own ad-frequency cap keyed by an MD5 of the advertising id."""
    b = _ua(FB(c, "kula", "POST", "https://api.kulagames.rs/v1/ads/cap"))
    b.json({"adIdMd5": b.id("gaid", "md5", where="json:adIdMd5"), "shown": c.rng.randint(0, 8)})
    b.ok_json({"allow": True})
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    b = _ua(FB(c, "kula", "POST", "https://api.kulagames.rs/v1/t"))
    b.json({"u": b.id("aid_game", "sha1", where="json:u (sha1)", detectable=False), "e": "lvl"})
    b.no_content()
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = _ua(FB(c, "kula", "POST", "https://api.kulagames.rs/v1/level/replay"))
    cams = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "t": i * 100}
        for i in range(12)
    ]
    b.json(
        {
            "level": c.rng.randint(1, 300),
            "camera": cams,
            "heights": [rf(c.rng, 0, 40, 2) for _ in range(20)],
        }
    )
    b.no_content()
    b.decoy("game camera yaw/pitch and tower height series")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _ua(FB(c, "kula", "GET", "https://api.kulagames.rs/v1/leaderboard"))
    b.ok_json(
        {"top": [{"nick": f"igrac{i}", "score": c.rng.randint(1000, 90000)} for i in range(10)]}
    )
    b.decoy("leaderboard scores")
    return b.build()


def creative(c: Context) -> Flow:
    b = _ua(
        FB(
            c,
            "unityads",
            "GET",
            f"https://cdn-creatives-akamaistls-prd.unityads.unity3d.com/assets/{rid(c.rng)}/video.mp4",
        )
    )
    b.respond(200, "video/mp4", b"\x00\x00\x00\x20ftypisom")
    b.decoy("ad video creative fetch")
    return b.build()
