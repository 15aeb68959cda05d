"""Dungeon Pop: a casual mobile game monetised with ad SDKs (the tester
allowed tracking at the ATT prompt, so the real IDFA goes out).

Wire shapes: Google Mobile Ads ad requests are GETs to
googleads.g.doubleclick.net/mads/gma with the ad id in `rdid` and `is_lat`
(as seen in public GMA traffic analyses); AppLovin MAX mediation POSTs gzip
JSON with `device_info.idfa` / `idfv` / `dnt` to ms.applovin.com; Unity Ads
fetches its configuration with `advertisingTrackingId`, `limitAdTracking` and
its own install id `idfi` in the query (Unity-Technologies/unity-ads-ios
sources). The two Korean networks are Cauly- and AdPopcorn-style (fictional
hosts; Korean SDKs call the ad id `adid` and often hash it).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.dungeonpop.example.com"
BUNDLE = "com.example.dungeonpop"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("DungeonPop", "1207"))
    return b


def admob(c: Context) -> Flow:
    b = _b(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("format", "320x50_mb"),
        ("sdk", "afma-sdk-i-v11.6.0.0"),
        ("msid", BUNDLE),
        ("u_w", "820"),
        ("u_h", "1180"),
        ("request_id", rid(c.rng)),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("idfa", "plain", "query rdid"))
    b.param("is_lat", "0")
    b.param("idtype", "idfa")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def applovin(c: Context) -> Flow:
    b = _b(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.json(
        {
            "app_info": {"package_name": BUNDLE, "app_version": "1.20.7", "sdk_version": "12.6.0"},
            "device_info": {
                "idfa": b.id("idfa", "plain", "body device_info.idfa"),
                "idfv": b.id("idfv_game", "plain", "body device_info.idfv"),
                "dnt": False,
                "model": "iPad13,16",
                "os": "17.5.1",
                "brand": "Apple",
                "locale": "ko_KR",
                "tz_offset": 9,
            },
            "ad_format": "REWARDED",
            "ad_unit_id": "a1b2c3d4e5f60789",
        },
        encoding="gzip",
    )
    b.ok_json({"ads": [], "ttl": 3600})
    return b.build()


def unity_config(c: Context) -> Flow:
    b = _b(
        c,
        "unityads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/5612345/configuration",
    )
    b.param("platform", "ios")
    b.param("sdkVersion", "4120")
    b.param("advertisingTrackingId", b.id("idfa", "plain", "query advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("idfi", b.id("game_unity_idfi", "plain", "query idfi"))
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def kaebi_ad(c: Context) -> Flow:
    b = _b(c, "kaebi-ads", "POST", "https://ad.kaebiads.example.kr/sdk/v3/request")
    b.form(
        [
            ("app_code", "DGNPOP01"),
            ("sdk_ver", "3.5.2"),
            ("os", "ios"),
            ("dvc_id", b.id("idfa", "md5", "form dvc_id (md5 of IDFA)")),
            ("vendor_id", b.id("idfv_game", "plain", "form vendor_id")),
            ("ad_type", "interstitial"),
        ]
    )
    b.ok_json({"ret": 0, "creative": None})
    return b.build()


def popmile_offerwall(c: Context) -> Flow:
    b = _b(c, "popmile", "GET", "https://ow.popmile.example.kr/v2/offerwall/list")
    b.param("appkey", "839201")
    b.param("usn", b.acct("game_player"))
    b.param("adid", b.id("idfa", "plain", "query adid"))
    b.param("idfv", b.id("idfv_game", "plain", "query idfv"))
    b.ok_json({"campaigns": [{"id": c.rng.randint(1, 9999), "reward": 30}]})
    return b.build()


def applovin_event(c: Context) -> Flow:
    b = _b(c, "applovin", "POST", "https://rt.applovin.com/4.0/pix")
    b.json(
        {
            "event": "ad_show",
            "uid": b.id("game_applovin_uid", "plain", "body uid", detectable=False),
            "ts": ms(c),
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def anticheat_opaque(c: Context) -> Flow:
    b = _b(c, "dungeonpop", "POST", f"{API}/ac/v1/report")
    b.json(
        {
            "d": b.id("idfv_game", "custom_b64", "body d (shuffled base64)", detectable=False),
            "h": rid(c.rng).replace("-", ""),
            "v": 3,
        }
    )
    b.no_content()
    return b.build()


def camera_state(c: Context) -> Flow:
    b = _b(c, "dungeonpop", "POST", f"{API}/telemetry/v1/camera")
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "samples": [
                {
                    "yaw": rf(c.rng, -180, 180, 1),
                    "pitch": rf(c.rng, -30, 60, 1),
                    "roll": 0.0,
                    "zoom": rf(c.rng, 1, 3, 2),
                }
                for _ in range(8)
            ],
            "sid": rid(c.rng),
        }
    )
    b.decoy("in-game camera yaw/pitch/roll samples")
    return b.build()


def level_path(c: Context) -> Flow:
    b = _b(c, "dungeonpop", "POST", f"{API}/telemetry/v1/level-end")
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "path": [[rf(c.rng, 0, 64, 2), rf(c.rng, 0, 64, 2)] for _ in range(24)],
            "score": c.rng.randint(100, 99999),
            "clearMs": c.rng.randint(20000, 300000),
        }
    )
    b.decoy("player path coordinates in a level")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "dungeonpop", "GET", f"{API}/rank/v1/weekly?top=50")
    b.ok_json(
        {
            "rows": [{"nick": f"용사{i}", "score": c.rng.randint(1000, 999999)} for i in range(10)],
            "season": "2024W45",
        }
    )
    b.decoy("leaderboard")
    return b.build()


def iap_verify(c: Context) -> Flow:
    b = _b(c, "dungeonpop", "POST", f"{API}/iap/v1/verify")
    b.json(
        {
            "productId": "gem_pack_3",
            "transactionId": str(c.rng.randint(2 * 10**14, 3 * 10**14)),
            "originalTransactionId": str(c.rng.randint(2 * 10**14, 3 * 10**14)),
            "at": iso(c),
        }
    )
    b.ok_json({"granted": 300})
    b.decoy("App Store purchase verification (transaction ids)")
    return b.build()
