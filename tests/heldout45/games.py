"""Two casual / competitive games (own backends) monetised with Unity Ads.

Decoys: match replays (positions, camera yaw/pitch), match timers, ranked
leaderboards, an ad request made while ATT was denied (all-zero IDFA).
Positives: Unity Ads campaign requests, whose query carries
`advertisingTrackingId` and `limitAdTracking` (unity-ads-webview
CampaignManager builds the URL with `Url.addParameters`), the game login with
the IDFV, and an anti-cheat report that hides the IDFV in its own alphabet.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, jsb

from .phone import FB, ZERO_IDFA, ms, rf, rid, ua

API = "https://api.kenshi-arena.example"
UA = ua("KenshiArena", "330")
UNITY = "https://auction.unityads.unity3d.com/v4/games/5120331/requests"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "games", method, API + path)
    b.header("user-agent", UA)
    return b


def replay_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/replays")
    frames = [
        {
            "t": i * 100,
            "x": rf(c.rng, -50, 50, 2),
            "y": rf(c.rng, -50, 50, 2),
            "cam_yaw": rf(c.rng, -180, 180, 1),
            "cam_pitch": rf(c.rng, -60, 60, 1),
        }
        for i in range(20)
    ]
    b.set_body(
        jsb(
            {
                "match_id": rid(c.rng),
                "frames": frames,
                "shiai_jikan_ms": c.rng.randint(60000, 300000),
            }
        ),
        "application/json",
        "gzip",
    )
    b.ok_json({"replay_id": rid(c.rng)})
    b.decoy("game replay: player positions and in-game camera yaw/pitch, match duration")
    return b.build()


def match_timer(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/match/tick")
    b.json(
        {
            "match_id": rid(c.rng),
            "round": c.rng.randint(1, 5),
            "remaining_ms": c.rng.randint(0, 180000),
            "elapsed_ms": c.rng.randint(0, 180000),
            "score": [c.rng.randint(0, 9), c.rng.randint(0, 9)],
        }
    )
    b.no_content()
    b.decoy("match timer ticks: remaining / elapsed ms and score")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/ranking")
    b.param("season", "S14")
    b.ok_json(
        {
            "top": [
                {
                    "nick": f"剣士{c.rng.randint(1, 999)}",
                    "mmr": c.rng.randint(1500, 3200),
                    "watch_replay": f"{API}/v2/replays/{rid(c.rng)}",
                }
                for _ in range(10)
            ]
        }
    )
    b.decoy("ranked leaderboard with replay links")
    return b.build()


def _unity_params(c: Context) -> list[tuple[str, str]]:
    return [
        ("deviceMake", "Apple"),
        ("deviceModel", "iPhone15,4"),
        ("platform", "ios"),
        ("sdkVersion", "4120"),
        ("screenWidth", "1179"),
        ("screenHeight", "2556"),
        ("connectionType", c.rng.choice(["wifi", "cellular"])),
        ("ts", str(ms(c))),
    ]


def unity_request(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", UNITY)
    b.param("advertisingTrackingId", b.id("idfa", where="query:advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    for k, v in _unity_params(c):
        b.param(k, v)
    b.json(
        {
            "bundleId": "jp.kenshi.arena",
            "idfi": b.id("unity_idfi", where="json:idfi"),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "media": {}})
    return b.build()


def unity_att_denied(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", UNITY)
    b.param("advertisingTrackingId", ZERO_IDFA)
    b.param("limitAdTracking", "true")
    for k, v in _unity_params(c):
        b.param(k, v)
    b.json(
        {
            "bundleId": "jp.kenshi.arena",
            "placements": {"video": {"adTypes": ["VIDEO"]}},
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "media": {}})
    b.decoy("ad request with ATT denied: all-zero IDFA, no identifier (contextual ad)")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/auth/guest")
    b.json(
        {"vendorId": b.id("idfv_game", where="json:vendorId"), "platform": "ios", "locale": "ja_JP"}
    )
    b.ok_json({"token": b64(rid(c.rng)), "player_id": c.rng.randint(10**8, 10**9)})
    return b.build()


def anticheat(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/ac/r")
    dev = b.id_raw("idfv_game", "custom_b64", "json:blob (custom-alphabet, idfv inside)")
    b.json({"blob": encode(f"{dev}|{ms(c)}|jb=0", "custom_b64"), "s": c.rng.randint(1, 9)})
    b.no_content()
    return b.build()
