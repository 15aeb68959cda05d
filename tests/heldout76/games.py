"""Games: a Dutch 3D puzzle game ("Blokwereld") with an avatar editor.

Real: GameAnalytics REST API v2 (POST api.gameanalytics.com/v2/<game_key>/init
and /events, gzip JSON array, HMAC in Authorization; event fields v, user_id,
session_id, session_num, client_ts, category, device, os_version, manufacturer,
platform, sdk_version, ios_idfv, ios_idfa, limited_ad_tracking), per the
GameAnalytics REST API docs and GA-SDK-IOS. ATT was refused for the game, so
ios_idfa is all zeros; ios_idfv is the vendor id (device_id), user_id the
SDK-made install id (device_id, not in known.yaml).
In-house: camera yaw/pitch telemetry, the avatar editor's FACE SLIDERS (a
cartoon character's face, not the player's), leaderboards: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64

from .phone import FB, ZERO_IDFA, ms, rf, ua

GAME_KEY = "5c6bcb5402204249437fb5a7a80a4959"
UA = ua("Blokwereld", "2.3.0")


def _ga_common(b: FB, c: Context, where: str) -> dict[str, object]:
    b.other_id("ga_user_id", f"{where}.user_id")
    return {
        "v": 2,
        "user_id": c.phone.ga_user_id,
        "sdk_version": "ios 4.3.1",
        "os_version": "ios 17.5",
        "manufacturer": "apple",
        "platform": "ios",
        "device": "iPhone16,1",
        "ios_idfv": b.id("idfv_game", where=f"{where}.ios_idfv"),
        "ios_idfa": ZERO_IDFA,
        "limited_ad_tracking": True,
        "build": "2.3.0",
    }


def ga_init(c: Context) -> Flow:
    b = FB(c, "gameanalytics", "POST", f"https://api.gameanalytics.com/v2/{GAME_KEY}/init")
    b.header("authorization", b64(bytes(c.rng.getrandbits(8) for _ in range(32))))
    b.json({k: v for k, v in _ga_common(b, c, "body").items() if k != "build"}, encoding="gzip")
    b.ok_json({"enabled": True, "server_ts": int(c.now), "flags": []})
    return b.build()


def ga_events(c: Context) -> Flow:
    b = FB(c, "gameanalytics", "POST", f"https://api.gameanalytics.com/v2/{GAME_KEY}/events")
    b.header("authorization", b64(bytes(c.rng.getrandbits(8) for _ in range(32))))
    common = _ga_common(b, c, "body[*]")
    sess = new_uuid(c.rng)
    events = [
        {
            **common,
            "session_id": sess,
            "session_num": c.rng.randint(1, 90),
            "client_ts": int(c.now),
            "category": cat,
            **extra,
        }
        for cat, extra in (
            ("design", {"event_id": "camera:rotate", "value": rf(c.rng, -180, 180, 1)}),
            ("progression", {"event_id": f"Complete:wereld1:level{c.rng.randint(1, 40)}"}),
        )
    ]
    b.json(events, encoding="gzip")
    b.ok_json({})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "blokwereld", "POST", "https://api.blokwereld.games/v1/telemetrie")
    b.header("user-agent", UA)
    frames = [
        {
            "t": i * 200,
            "cameraYaw": rf(c.rng, -180, 180, 2),
            "cameraPitch": rf(c.rng, -60, 60, 2),
            "zoom": rf(c.rng, 1, 4, 2),
            "pos": [rf(c.rng, -50, 50, 2) for _ in range(3)],
        }
        for i in range(10)
    ]
    b.json({"level": c.rng.randint(1, 40), "sessie": new_hex(c.rng, 16), "frames": frames})
    b.no_content()
    b.decoy("in-game camera yaw/pitch/zoom samples: a virtual camera, not a head pose")
    return b.build()


def avatar_save(c: Context) -> Flow:
    b = FB(c, "blokwereld", "PUT", "https://api.blokwereld.games/v1/avatar")
    b.header("user-agent", UA)
    sliders = {
        k: rf(c.rng, 0, 1, 3)
        for k in (
            "jawWidth",
            "eyeSize",
            "noseLength",
            "mouthWidth",
            "browHeight",
            "cheekFullness",
            "smile",
        )
    }
    b.json(
        {
            "gezichtPreset": f"face_{c.rng.randint(1, 24):02d}",
            "faceSliders": sliders,
            "haar": c.rng.choice(["kort", "krullen", "staart"]),
            "huidskleur": c.rng.randint(1, 8),
            "expressie": c.rng.choice(["blij", "boos", "verbaasd"]),
        }
    )
    b.ok_json({"ok": True, "avatarVersie": c.rng.randint(1, 40)})
    b.decoy("avatar editor face sliders of a cartoon character (chosen, not measured)")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c,
        "blokwereld",
        "GET",
        "https://api.blokwereld.games/v1/ranglijst",
        [("wereld", "1"), ("periode", "week")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "rijen": [
                {
                    "plek": i,
                    "naam": f"speler{c.rng.randint(100, 999)}",
                    "score": c.rng.randint(1000, 90000),
                    "tijdMs": c.rng.randint(30000, 600000),
                }
                for i in range(1, 11)
            ],
            "bijgewerkt": ms(c),
        }
    )
    b.decoy("leaderboard of scores and times")
    return b.build()


def level_pack(c: Context) -> Flow:
    b = FB(
        c,
        "blokwereld",
        "GET",
        f"https://cdn.blokwereld.games/levels/wereld{c.rng.randint(1, 3)}.json",
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "levels": [
                {
                    "id": i,
                    "grid": [[c.rng.randint(0, 4) for _ in range(6)] for _ in range(6)],
                    "hash": new_hex(c.rng, 40),
                }
                for i in range(3)
            ]
        }
    )
    b.decoy("level pack with content hashes")
    return b.build()
