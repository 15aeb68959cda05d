"""A casual Unity game ("Ludo Raja") with Unity Ads, AppLovin MAX and InMobi:
ad configuration and auctions, the game's own telemetry (camera angles, board
state), leaderboards.

Sources: Unity Ads publisher-config / auction query parameters (bundleId,
deviceMake, deviceModel, advertisingTrackingId, limitAdTracking,
analyticsUserId, connectionType, screenWidth...: TrackHAR's Unity adapter,
tweaselORG/TrackHAR src/adapters/unity.ts). AppLovin MAX `ms4.applovin.com/1.0/mediate`
with the `applovin-ad-format` header; its body is an SDK-encrypted envelope
(public write-ups of the mediate protocol). InMobi ad request form fields
`u-id-map` (JSON map of device ids: GPID, UM5 = MD5 of ANDROID_ID), `u-id-adt`,
`im-plid` (decompiled InMobi SDK com.inmobi UID / UserInfo on GitHub).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, dalvik, ms, rf, rid, ua

GAME_ID = "5512377"
API = "https://api.ludoraja-game.in"


def _unity_params(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("bundleId", "in.ludoraja.game"),
        ("deviceMake", "Xiaomi"),
        ("deviceModel", "23129RN51X"),
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("analyticsUserId", b.acct("game_player")),
        ("idfi", b.id("unity_idfi", where="query idfi")),
        ("connectionType", c.rng.choice(["wifi", "cellular"])),
        ("screenWidth", "720"),
        ("screenHeight", "1600"),
        ("platform", "android"),
        ("osVersion", "14"),
        ("sdkVersion", "4120"),
    ]


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "GET",
        f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration",
    )
    b.params = _unity_params(b, c)
    b.header("user-agent", dalvik())
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo", "adTypes": ["VIDEO"]}]})
    return b.build()


def unity_auction(c: Context) -> Flow:
    b = FB(
        c, "unity-ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    )
    b.params = _unity_params(b, c)
    b.header("user-agent", dalvik())
    b.json(
        {
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "sessionDepth": c.rng.randint(1, 30),
            "ts": ms(c),
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json({"correlationId": new_hex(c.rng, 24), "placements": {"rewardedVideo": "mc1"}})
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("user-agent", dalvik())
    b.header("applovin-ad-format", c.rng.choice(["BANNER", "INTER", "REWARDED"]))
    b.id_raw("gaid", "applovin_envelope", "body (SDK-encrypted envelope with device_info)")
    b.set_body(c.rng.randbytes(700), "application/octet-stream", "gzip")
    b.respond(200, "application/octet-stream", c.rng.randbytes(300))
    return b.build()


def applovin_pixel(c: Context) -> Flow:
    b = FB(
        c,
        "applovin",
        "GET",
        "https://rt.applovin.com/4.0/pix",
        [("event", "landing"), ("ts", str(ms(c)))],
    )
    b.header("user-agent", dalvik())
    b.decoy("event pixel with timestamp")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def inmobi(c: Context) -> Flow:
    b = FB(c, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3")
    b.header("user-agent", dalvik())
    ids = {
        "GPID": b.id("gaid", where="form u-id-map.GPID"),
        "UM5": b.id("aid_game", "md5", "form u-id-map.UM5"),
    }
    b.form(
        [
            ("im-plid", new_digits(c.rng, 13, "1")),
            ("u-id-map", js(ids)),
            ("u-id-adt", "1"),
            ("d-device-screen-density", "2.0"),
            ("d-media-volume", "40"),
            ("mk-version", "pr-SAND-10.7.2"),
            ("u-rt", "1"),
            ("ts", str(ms(c))),
        ],
        encoding="gzip",
    )
    b.respond(
        200, "application/octet-stream", gz(js({"requestId": rid(c.rng), "ads": []}).encode())
    )
    return b.build()


def telemetry(c: Context) -> Flow:
    b = FB(c, "ludoraja", "POST", f"{API}/v1/telemetry")
    b.header("user-agent", ua("LudoRaja", "2.6.0"))
    b.decoy("camera yaw / pitch and board positions in a game")
    b.json(
        {
            "match": rid(c.rng),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -60, 10, 2),
                "zoom": rf(c.rng, 1, 3, 2),
            },
            "tokens": [c.rng.randint(0, 57) for _ in range(16)],
            "dice": [c.rng.randint(1, 6) for _ in range(10)],
        }
    )
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "ludoraja", "GET", f"{API}/v1/leaderboard?week=45")
    b.header("user-agent", ua("LudoRaja", "2.6.0"))
    b.decoy("player ids and scores")
    b.ok_json(
        {
            "top": [
                {"p": new_hex(c.rng, 24), "coins": c.rng.randint(10**3, 10**7)} for _ in range(10)
            ]
        }
    )
    return b.build()


def save_game(c: Context) -> Flow:
    b = FB(c, "ludoraja", "POST", f"{API}/v1/save")
    b.header("user-agent", ua("LudoRaja", "2.6.0"))
    b.header("x-player", b.acct("game_player"))
    b.json({"blob": b64(c.rng.randbytes(120)), "coins": c.rng.randint(100, 10**6)})
    b.ok_json({"ok": True})
    return b.build()
