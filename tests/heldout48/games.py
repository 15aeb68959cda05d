"""Two ad-funded casual games (Mobile Legends-style arena, a tile matcher)
with ad mediation. Wire shapes follow public sources:
- AdMob / GMA: GET googleads.g.doubleclick.net/mads/gma with `rdid` (GAID), `is_lat`.
- Unity Ads: request parameters `advertisingTrackingId`, `limitAdTracking`,
  `androidId`, `idfi` (unity-ads-android docs "All Parameters" table).
- Vungle / Liftoff: POST adx.ads.vungle.com/api/v5/ads, `device.ifa` and
  `device.ext.vungle.android.gaid` (plotalyzer's Vungle2 parser, TU Braunschweig).
- Pangle: POST api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/ with the
  request AES-encrypted under `message` (`cypher`: 3), so ids are opaque.
- Mintegral: GET {host}.rayjump.com/openapi/ad/v3 with `gaid` in clear and a
  device blob `dvi` in Mintegral's shuffled-alphabet base64.
Camera yaw / pitch telemetry and leaderboards are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, ms, rf, rid, ua

GAME_UA = ua("Dalvik", "2.1.0")


def unity_ads(c: Context) -> Flow:
    url = (
        f"https://auction.unityads.unity3d.com/v6/games/{c.rng.choice([5012873, 4471209])}/requests"
    )
    b = FB(c, "unityads", "POST", url)
    b.header("user-agent", GAME_UA)
    for k, v in [
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("androidId", b.id("aid_game", where="query androidId")),
        ("deviceMake", "INFINIX"),
        ("sdkVersion", "4120"),
        ("platform", "android"),
    ]:
        b.param(k, v)
    b.json(
        {
            "idfi": b.id("unity_idfi", where="body idfi"),
            "placements": {"rewardedVideo": {}},
            "sessionDepth": c.rng.randint(1, 30),
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "media": {}})
    return b.build()


def vungle_ads(c: Context) -> Flow:
    b = FB(c, "vungle", "POST", "https://adx.ads.vungle.com/api/v5/ads")
    b.header("user-agent", GAME_UA)
    b.header("vungle-version", "5.10.0")
    gaid = b.id("gaid", where="body device.ifa")
    b.json(
        {
            "device": {
                "make": "INFINIX",
                "model": "Infinix X6853",
                "os": "android",
                "ifa": gaid,
                "ext": {
                    "vungle": {
                        "android": {
                            "gaid": b.id("gaid", where="body ext.vungle.android.gaid"),
                            "battery_level": rf(c.rng, 0.2, 1, 2),
                        }
                    }
                },
            },
            "app": {"id": "com.tilematch.pinoy"},
            "request": {"placements": ["INTERSTITIAL-1"]},
        }
    )
    b.ok_json({"ads": []})
    return b.build()


def pangle_ads(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", GAME_UA)
    b.id_raw("gaid", "pangle_aes", "body message (AES)")
    b.id_raw("pangle_did", "pangle_aes", "body message (AES)")
    b.json(
        {
            "message": b64(bytes(c.rng.getrandbits(8) for _ in range(700))),
            "cypher": 3,
            "ad_sdk_version": "5.9.0.6",
        }
    )
    b.ok_json({"message": b64(bytes(c.rng.getrandbits(8) for _ in range(200))), "cypher": 3})
    return b.build()


def mintegral_ads(c: Context) -> Flow:
    b = FB(c, "mintegral", "GET", "https://hb.rayjump.com/openapi/ad/v3")
    b.header("user-agent", GAME_UA)
    for k, v in [
        ("app_id", "118890"),
        ("unit_id", "462311"),
        ("platform", "1"),
        ("gaid", b.id("gaid", where="query gaid")),
        ("dvi", b.id("aid_game", "custom_b64", where="query dvi (shuffled b64)", detectable=False)),
        ("sdk_version", "MAL_16.8.11"),
        ("ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def admob_rewarded(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", GAME_UA)
    for k, v in [
        ("ad_format", "rewarded"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("is_lat", "0"),
        ("msid", "com.arena.legends.ph"),
        ("seq_num", str(c.rng.randint(1, 40))),
    ]:
        b.param(k, v)
    b.ok_json({"ad_networks": []})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "arena", "POST", "https://telemetry.arenalegends-game.com/v1/perf")
    b.header("user-agent", GAME_UA)
    b.decoy("game camera yaw/pitch and fps series")
    b.json(
        {
            "match": new_hex(c.rng, 12),
            "cam": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "fov": 60}
                for _ in range(6)
            ],
            "fps": [c.rng.randint(40, 60) for _ in range(12)],
        }
    )
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "arena", "GET", "https://api.arenalegends-game.com/v1/leaderboard?region=SEA")
    b.header("user-agent", GAME_UA)
    b.decoy("leaderboard")
    b.ok_json({"top": [{"name": f"pinoy{i}", "mmr": c.rng.randint(1800, 3200)} for i in range(10)]})
    return b.build()
