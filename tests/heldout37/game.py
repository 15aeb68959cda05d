"""Vilkų Takas (fictional Lithuanian multiplayer game) with AdMob, Unity Ads and AppLovin MAX.

Real SDK traffic:
- AdMob: GET googleads.g.doubleclick.net/mads/gma with rdid (the advertising
  id), is_lat, idtype=adid, msid, app_name, format, js (tweaselORG/TrackHAR
  src/adapters/google.ts).
- Unity Ads: publisher-config.unityads.unity3d.com/games/{id}/configuration and
  auction.unityads.unity3d.com/v6/games/{id}/requests with advertisingTrackingId,
  limitAdTracking, androidId, deviceMake, deviceModel in the query (Unity Ads
  SDK parameter table; TrackHAR src/adapters/unity.ts); idfi in the body.
- AppLovin MAX: POST ms4.applovin.com/1.0/mediate with an applovin-ad-format
  header; the body is the SDK's own encrypted envelope (public write-ups of the
  MAX SDK), so what is inside is opaque.
Face emotes (MediaPipe output sent to the game server) are in game_face.py.
In-house telemetry is protobuf without field names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, dalvik, floats, ms, rf, rid, ua

GAME = "https://api.vilkutakas.example.com"
UNITY_GAME = "5491873"


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", dalvik())
    b.params = [
        ("format", c.rng.choice(["interstitial_mb", "320x50_mb"])),
        ("ad_unit", "ca-app-pub-3940256099942544/1033173712"),
        ("app_name", "1.lt.vilkutakas.game"),
        ("msid", "lt.vilkutakas.game"),
        ("js", "afma-sdk-a-v241199999.231700000.1"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("is_lat", "0"),
        ("idtype", "adid"),
        ("u_w", "720"),
        ("u_h", "1604"),
        ("submodel", "moto g 2024"),
        ("net", "wi"),
        ("correlator", str(c.rng.getrandbits(50))),
    ]
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<html>...</html>"}}]})
    return b.build()


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unityads",
        "GET",
        f"https://publisher-config.unityads.unity3d.com/games/{UNITY_GAME}/configuration",
    )
    b.params = [
        ("bundleId", "lt.vilkutakas.game"),
        ("deviceMake", "motorola"),
        ("deviceModel", "moto g 2024"),
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("androidId", b.id("aid_game", where="query androidId")),
        ("platform", "android"),
        ("osVersion", "14"),
        ("sdkVersionName", "4.12.2"),
        ("rooted", "false"),
    ]
    b.ok_json({"enabled": True, "placements": [{"id": "Rewarded_Android"}]})
    return b.build()


def unity_auction(c: Context) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v6/games/{UNITY_GAME}/requests"
    b = FB(c, "unityads", "POST", url)
    b.params = [
        ("deviceMake", "motorola"),
        ("deviceModel", "moto g 2024"),
        ("connectionType", "wifi"),
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("screenWidth", "720"),
        ("screenHeight", "1604"),
    ]
    b.json(
        {
            "auctionId": rid(c.rng),
            "idfi": b.id("unity_idfi", where="json idfi"),
            "placements": {"Rewarded_Android": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 9),
            "deviceFreeSpace": c.rng.randint(10**6, 10**8),
            "gameSessionId": c.rng.getrandbits(52),
        }
    )
    b.ok_json({"placements": {"Rewarded_Android": {"mediaId": rid(c.rng)}}})
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("applovin-ad-format", c.rng.choice(["INTER", "REWARDED", "BANNER"]))
    gaid = b.id_raw("gaid", "applovin_envelope", "encrypted mediate envelope")
    key = bytes(c.rng.randrange(256) for _ in range(16))
    plain = ('{"device_info":{"adid":"' + gaid + '"},"ad_unit_id":"a1b2c3d4e5f60718"}').encode()
    cipher = bytes(x ^ key[i % 16] for i, x in enumerate(plain))
    b.set_body(b"1:" + b64(cipher).encode(), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.randrange(256) for _ in range(64)))
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "POST", f"{GAME}/t")
    b.header("user-agent", ua("VilkuTakas", "1.42.0"))
    msg = (
        pb_bytes(
            1, b.id("game_install", how="protobuf", where="protobuf field 1", detectable=False)
        )
        + pb_bytes(2, b.id("gaid", how="protobuf", where="protobuf field 2", detectable=False))
        + pb_bytes(3, c.rng.choice(["level_start", "level_end", "shop_open"]))
        + pb_varint(4, ms(c))
    )
    b.set_body(msg, "application/x-protobuf")
    b.no_content()
    return b.build()


def camera_state(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "POST", f"{GAME}/v1/match/state")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -60, 60, 2), "fov": 70},
            "pos": [rf(c.rng, -500, 500, 2) for _ in range(3)],
            "tick": c.rng.randint(1, 10**6),
        }
    )
    b.decoy("game camera yaw/pitch")
    b.no_content()
    return b.build()


def matchmaking(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "POST", f"{GAME}/v1/matchmaking")
    b.json(
        {"region": "eu-north", "skillVector": floats(c.rng, 16), "party": 1, "ticket": rid(c.rng)}
    )
    b.decoy("feature vector without face context")
    b.ok_json({"matchId": rid(c.rng)})
    return b.build()


def avatar_custom(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "PUT", f"{GAME}/v1/avatar")
    b.json(
        {
            "bodyType": c.rng.choice(["female", "male"]),
            "hair": c.rng.randint(1, 30),
            "skinTone": c.rng.randint(1, 8),
            "eyeColor": "#5a7d9a",
        }
    )
    b.decoy("avatar appearance choices")
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "vilkutakas", "GET", f"{GAME}/v1/leaderboard", [("season", "7")])
    b.ok_json(
        {"top": [{"name": f"Vilkas{i}", "score": c.rng.randint(1000, 99999)} for i in range(10)]}
    )
    b.decoy("leaderboard")
    return b.build()
