"""Sandstorm Rally, a desert racing game (its own backend), the game that
carries the ad SDKs of ads.py. Its own traffic is not sensitive: camera yaw /
pitch / roll samples for the replay camera, lap-time series, a leaderboard,
a cloud save, and a purchase with an order number. The game also registers
its ANDROID_ID for the cloud save (labelled).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ms, rf, rid

HOST = "https://api.sandstorm-rally.example"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "game", method, HOST + path)
    b.header("user-agent", "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)")
    b.header("x-unity-version", "2022.3.21f1")
    return b


def replay_camera(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/replays/camera")
    samples = [
        {
            "t": i * 100,
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 30, 2),
            "roll": rf(c.rng, -5, 5, 2),
        }
        for i in range(20)
    ]
    b.json({"track": "siwa_dunes", "cameraPath": samples})
    b.decoy("replay camera yaw / pitch / roll samples")
    b.ok_json({"replayId": rid(c.rng)})
    return b.build()


def lap_times(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/races/finish")
    b.json(
        {
            "track": c.rng.choice(["siwa_dunes", "merzouga_loop", "sinai_pass"]),
            "laps": [rf(c.rng, 58, 75, 3) for _ in range(3)],
            "position": c.rng.randint(1, 8),
            "raceId": rid(c.rng),
        }
    )
    b.decoy("lap time series and race id")
    b.ok_json({"xp": c.rng.randint(10, 200)})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/leaderboards/siwa_dunes?top=20")
    b.ok_json({"rows": [{"name": f"Racer{i}", "time": rf(c.rng, 170, 220, 3)} for i in range(20)]})
    b.decoy("leaderboard")
    return b.build()


def cloud_save(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/saves/slot0")
    b.header("x-player-device", b.id("aid_game", where="header x-player-device"))
    b.json({"blob": b64(bytes(c.rng.getrandbits(8) for _ in range(160))), "savedAt": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def purchase(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/iap/huawei/verify")
    b.json(
        {
            "productId": "coins_500",
            "orderId": f"2025{c.rng.randint(10**14, 10**15)}",
            "purchaseToken": "00000" + rid(c.rng).replace("-", "") + ".1.101",
        }
    )
    b.decoy("IAP order id and purchase token")
    b.ok_json({"valid": True})
    return b.build()
