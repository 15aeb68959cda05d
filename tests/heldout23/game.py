"""Blasterfall: a VR shooter on the Quest 3 with in-game ads and telemetry.

Unity Gaming Services analytics: POST to
`collect.analytics.unity3d.com/api/analytics/collect/v1/projects/<id>/environments/<env>`
an `eventList` of `eventName`, `userID` (by default the Unity installation id),
`sessionID`, `eventUUID`, `eventTimestamp`, `eventParams` (docs.unity.com/ugs/
manual/analytics: standard events, `platform`, `clientVersion`; newer SDKs add
`unityInstallationID`). The in-world billboard ads come from a fictional VR ad
network with its own keys. Gameplay telemetry is full of look-alikes:
controller yaw/pitch/roll per shot and the Guardian boundary polygon.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, quat, rf, rid, unity_ua

PROJECT = "6f1c2e9a-0d4b-4c55-9a1e-3b7f00c2d8e1"


def ugs_events(c: Context) -> Flow:
    url = (
        "https://collect.analytics.unity3d.com/api/analytics/collect/v1/projects/"
        f"{PROJECT}/environments/production"
    )
    b = FB(c, "unity", "POST", url)
    params: dict[str, object] = {
        "platform": "ANDROID",
        "clientVersion": "1.14.2",
        "deviceModel": "Oculus Quest 3",
        "buildGUUID": new_hex(c.rng, 32),
        "level": c.rng.randint(1, 30),
    }
    if c.rng.random() < 0.6:
        params["unityInstallationID"] = b.id(
            "unity_install", where="body:eventList[].eventParams.unityInstallationID"
        )
    ev = {
        "eventName": c.rng.choice(["gameRunning", "levelComplete", "gameStarted", "transaction"]),
        "userID": b.id("unity_install", where="body:eventList[].userID", detectable=False),
        "sessionID": rid(c.rng),
        "eventUUID": rid(c.rng),
        "eventTimestamp": iso(c),
        "eventVersion": 1,
        "eventParams": params,
    }
    b.header("user-agent", unity_ua())
    b.json({"eventList": [ev]}, encoding="gzip")
    b.no_content()
    return b.build()


def ad_request(c: Context) -> Flow:
    b = FB(c, "immersa", "POST", "https://ads.immersa.gg/v3/request")
    device: dict[str, object] = {"model": "Quest 3", "os": "HorizonOS", "osv": "v69"}
    if c.rng.random() < 0.6:
        device["android_id"] = b.id("aid_game", where="body:device.android_id")
    else:
        device["hw"] = b.id("aid_game", "md5", where="body:device.hw", detectable=False)
    if c.rng.random() < 0.5:
        device["serial_sha256"] = b.id("quest_serial", "sha256", where="body:device.serial_sha256")
    body = {
        "placement": c.rng.choice(["lobby_billboard", "arena_banner", "rewarded_ammo"]),
        "device": device,
        "app": {"bundle": "com.blasterfall.quest", "ver": "1.14.2"},
        "requestId": rid(c.rng),
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.ok_json(
        {
            "fill": c.rng.random() < 0.5,
            "creative": f"https://cdn.immersa.gg/{new_hex(c.rng, 10)}.ktx2",
        }
    )
    return b.build()


def match_telemetry(c: Context) -> Flow:
    b = FB(c, "blasterfall", "POST", "https://telemetry.blasterfall.gg/v1/match")
    b.decoy("controller yaw/pitch/roll per shot, head pose, Guardian boundary polygon")
    shots = [
        {
            "t": ms(c) + i * 400,
            "hand": c.rng.choice(["L", "R"]),
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -80, 80, 2),
            "roll": rf(c.rng, -45, 45, 2),
            "hit": c.rng.random() < 0.4,
        }
        for i in range(8)
    ]
    w, d = rf(c.rng, 1.8, 3.2, 2), rf(c.rng, 1.8, 3.2, 2)
    body = {
        "matchId": rid(c.rng),
        "shots": shots,
        "headPose": {"r": quat(c.rng), "heightM": rf(c.rng, 1.5, 1.9, 2)},
        "boundary": {
            "type": "roomscale",
            "points": [[0, 0], [w, 0], [w, d], [0, d]],
            "areaM2": round(w * d, 2),
        },
        "fpsP50": 90,
        "fpsP1": c.rng.randint(60, 88),
    }
    b.header("user-agent", unity_ua())
    b.json(body, encoding="gzip")
    b.ok_json({"ok": True})
    return b.build()


def store(c: Context) -> Flow:
    b = FB(c, "blasterfall", "GET", "https://api.blasterfall.gg/v1/store/items")
    b.param("currency", "USD")
    b.decoy("store catalogue with prices")
    items = [{"sku": f"skin_{i}", "price": rf(c.rng, 0.99, 9.99, 2)} for i in range(6)]
    b.ok_json({"items": items, "etag": new_hex(c.rng, 40)})
    return b.build()


def player_login(c: Context) -> Flow:
    b = FB(c, "blasterfall", "POST", "https://api.blasterfall.gg/v1/auth/oculus")
    b.header("user-agent", unity_ua())
    b.json({"oculusUserId": b.acct("game_user"), "nonce": new_hex(c.rng, 32), "platform": "quest"})
    b.ok_json({"jwt": new_hex(c.rng, 64), "expiresIn": 3600})
    return b.build()
