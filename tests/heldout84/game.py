"""A casual game on her phone (fictional "Kiwi Run", Unity-built), ATT allowed.

Gameplay telemetry has camera yaw/pitch/roll and positions (hard decoys for head
pose), leaderboards and a Unity Remote Config fetch (config.unity3d.com/api/v1/
settings with projectId, environmentId, userId). Ads go through Prebid and
attribution through Adjust (ads.py), with the IDFA since she allowed tracking.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, sdk_ua

HOST = "https://api.kiwirun.example.nz"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "game", method, HOST + path)
    b.header("user-agent", sdk_ua("KiwiRun", "1.9.3") + " UnityPlayer/2022.3.21f1")
    return b


def camera_track(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/telemetry/camera")
    samples = [
        {
            "t": i * 0.2,
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 60, 2),
            "roll": rf(c.rng, -5, 5, 2),
            "pos": [rf(c.rng, -50, 50, 2), rf(c.rng, 0, 10, 2), rf(c.rng, -50, 50, 2)],
        }
        for i in range(20)
    ]
    b.json({"level": c.rng.randint(1, 40), "cameraRig": "third_person", "samples": samples})
    b.no_content()
    b.decoy("game camera yaw/pitch/roll and positions (not a head pose)")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/leaderboards/weekly")
    b.ok_json(
        {
            "entries": [
                {
                    "rank": i + 1,
                    "name": f"player{c.rng.randint(100, 999)}",
                    "score": c.rng.randint(1000, 90000),
                }
                for i in range(10)
            ]
        }
    )
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(c, "unity-rc", "POST", "https://config.unity3d.com/api/v1/settings")
    b.header("user-agent", sdk_ua("KiwiRun", "1.9.3"))
    b.json(
        {
            "projectId": rid(c.rng),
            "environmentId": rid(c.rng),
            "userId": b.acct("game_user"),
            "attributes": {
                "unity": {"osVersion": "iOS 17.5.1", "model": "iPhone15,4"},
                "app": {"level": c.rng.randint(1, 40)},
            },
        }
    )
    b.ok_json({"configs": {"settings": {"spawnRate": rf(c.rng, 0.5, 2.0, 2), "adFrequency": 3}}})
    return b.build()


def game_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sessions")
    b.json(
        {
            "vendorDeviceId": b.id("idfv_game", where="json:vendorDeviceId"),
            "playerId": b.acct("game_user"),
            "startedAt": iso(c),
            "build": "1.9.3",
        }
    )
    b.ok_json({"session": rid(c.rng)})
    return b.build()


def avatar_face(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/me/avatar")
    b.json(
        {
            "face": {
                "shape": c.rng.randint(0, 7),
                "eyes": c.rng.randint(0, 12),
                "mouth": c.rng.randint(0, 9),
                "skinTone": c.rng.randint(0, 5),
            },
            "hat": "beanie",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("cartoon avatar 'face' preset picks (not face data)")
    return b.build()
