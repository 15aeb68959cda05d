"""A casual 3D game with an avatar editor, and its ad SDK.

Decoys: camera yaw / pitch / roll of the game camera, avatar face-shape
sliders (a cartoon avatar the player designs, not her face), a self-declared
gender on the profile form, leaderboard score series.
Device ids (true): Unity Ads v4 ad request (JSON advertisingTrackingId,
limitAdTracking, idfi = Unity's install id; POST
auction.unityads.unity3d.com/v6/games/{gameId}/requests, per Unity-Technologies/
unity-ads-android DeviceInfo / the webview's request builder), and the game's
own login with its ANDROID_ID under a plain key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, ms, rf, rid, series, ua

API = "https://api.isla-tycoon.games"
UA = ua("IslaTycoon", "1.62.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "isla-tycoon", method, API + path)
    b.header("user-agent", UA)
    return b


def camera_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", "/t/perf")
    b.json(
        {
            "scene": "harbour",
            "fps": series(c.rng, 12, 55, 4, 1),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -60, 60, 2),
                "roll": 0.0,
                "fov": 60,
                "zoom": rf(c.rng, 0.5, 3, 2),
            },
            "frame_ms": series(c.rng, 12, 17, 3, 1),
        }
    )
    b.decoy("game camera yaw/pitch/roll and frame-time series")
    b.no_content()
    return b.build()


def avatar_save(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/avatar")
    sliders = {
        k: rf(c.rng, 0, 1, 3)
        for k in (
            "faceShape",
            "jawWidth",
            "eyeSize",
            "eyeTilt",
            "noseLength",
            "mouthWidth",
            "browHeight",
            "cheekFullness",
        )
    }
    b.json(
        {
            "preset": c.rng.randint(1, 12),
            "skinTone": c.rng.randint(1, 8),
            "hair": "bun_02",
            "faceSliders": sliders,
            "expression": c.rng.choice(["smile", "wink", "neutral"]),
        }
    )
    b.decoy("cartoon avatar face sliders chosen in an editor: not measured from a face")
    b.ok_json({"saved": True})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/profile")
    b.form(
        [("nickname", "mari_cel"), ("gender", "female"), ("birth_year", "1997"), ("country", "PH")]
    )
    b.decoy("self-declared gender and birth year on a profile form")
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/leaderboard?week=48")
    b.ok_json(
        {
            "top": [
                {"player": f"p{new_digits(c.rng, 6)}", "score": c.rng.randint(10**4, 10**6)}
                for _ in range(8)
            ],
            "myScores": series(c.rng, 7, 40000, 9000, 0),
        }
    )
    b.decoy("leaderboard and a score series")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/guest")
    b.json(
        {
            "android_id": b.id("aid_game", where="body.json.android_id"),
            "platform": "android",
            "ts": ms(c),
            "sig": new_hex(c.rng, 40),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48)})
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "POST",
        "https://auction.unityads.unity3d.com/v6/games/4519027/requests",
        [
            ("deviceModel", "SM-A546E"),
            ("platform", "android"),
            ("sdkVersion", "4120"),
            ("stores", "google"),
            ("screenWidth", "1080"),
            ("screenHeight", "2340"),
        ],
    )
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="body.json.advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.acct("unity_idfi"),
            "connectionType": "wifi",
            "language": "en_PH",
            "timeZone": "GMT+08:00",
            "placements": {"rewarded_coins": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 30),
            "auctionId": rid(c.rng),
        }
    )
    b.other_id("unity_idfi", where="body.json.idfi")
    b.ok_json(
        {"auctionId": rid(c.rng), "placements": {"rewarded_coins": {"mediaId": new_hex(c.rng, 24)}}}
    )
    return b.build()


def unity_video(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "GET",
        "https://cdn-creatives-cf-prd.acquire.unity3dusercontent.com/"
        f"{new_hex(c.rng, 24)}/creative.mp4",
    )
    b.respond(200, "video/mp4", b"\x00\x00\x00\x20ftypisom")
    b.decoy("ad creative video fetch: fetching a video is not viewing history")
    return b.build()
