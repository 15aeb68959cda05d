"""Casual games: "Yıldız Koşusu" (runner) and "Fútbol Rápido" (3D arcade), Unity-built.

Look-alikes: level timers and best times, replays as input-frame lists,
camera yaw/pitch/roll and orbit distance, an avatar creator's cartoon face
parameters (face_shape, eye_color, nose_width of the game character),
leaderboards, remote balancing tables.
Sensitive: Unity Ads ad requests (query advertisingTrackingId, limitAdTracking,
idfi, androidId, as the open-source Unity Ads Android SDK builds them:
github.com/Unity-Technologies/unity-ads-android, DeviceInfo / ClientProperties)
and UGS Analytics batches (collect.analytics.unity3d.com/api/analytics/collect/v1
/projects/{id}/environments/{env}: eventList[] with userID, sessionID,
eventUUID, eventTimestamp, eventParams).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.yildizkosusu-oyun.com"
UA = ua("UnityPlayer", "2022.3.21f1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "games", method, url)
    b.header("user-agent", UA)
    b.header("x-unity-version", "2022.3.21f1")
    return b


def level_end(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/seviye/bitir")
    b.json(
        {
            "seviye": c.rng.randint(1, 240),
            "sure_ms": c.rng.randint(20000, 180000),
            "en_iyi_sure_ms": c.rng.randint(18000, 90000),
            "yildiz": c.rng.randint(0, 3),
            "altin": c.rng.randint(0, 500),
            "deneme": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("level end: duration and best time")
    return b.build()


def replay_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/replays")
    b.json(
        {
            "seviye": c.rng.randint(1, 240),
            "fps": 60,
            "frames": [[i * 6, c.rng.choice(["L", "R", "J", "S"])] for i in range(40)],
            "duracion_replay_s": rf(c.rng, 20, 180, 1),
            "visualizaciones": c.rng.randint(0, 50),
        }
    )
    b.ok_json({"replay_id": rid(c.rng)})
    b.decoy("game replay: input frames, replay duration, view counter")
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", "https://telemetry.futbolrapido-juego.com/v2/cam")
    b.json(
        {
            "match": rid(c.rng),
            "samples": [
                {
                    "t": i,
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -30, 60, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                    "fov": 60,
                    "orbit": rf(c.rng, 4, 12, 1),
                }
                for i in range(12)
            ],
            "head_tracking": False,
        }
    )
    b.no_content()
    b.decoy("in-game camera yaw/pitch/roll")
    return b.build()


def avatar_save(c: Context) -> Flow:
    b = _b(c, "PUT", "https://api.futbolrapido-juego.com/v1/jugador/avatar")
    b.json(
        {
            "personaje": {
                "face_shape": c.rng.randint(1, 12),
                "eye_color": c.rng.choice(["#3b2f2f", "#1f6fb2"]),
                "nose_width": rf(c.rng, 0, 1, 2),
                "jaw": rf(c.rng, 0, 1, 2),
                "skin_tone": c.rng.randint(1, 8),
                "hair": f"hair_{c.rng.randint(1, 40)}",
                "expression": "sonrisa",
                "blend": {"smile": rf(c.rng, 0, 1, 2)},
            }
        }
    )
    b.ok_json({"ok": True})
    b.decoy("cartoon avatar creator sliders (chosen by the player, not measured)")
    return b.build()


def balancing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/config/denge")
    b.ok_json(
        {
            "zorluk_egrisi": [rf(c.rng, 0.5, 3, 2) for _ in range(20)],
            "reklam_arasi_s": 90,
            "hiz_katsayisi": 1.08,
        }
    )
    b.decoy("difficulty curve numbers")
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(c, "unity-ads", "POST", "https://auction.unityads.unity3d.com/v6/games/5318427/requests")
    for k, v in [
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("idfi", b.id("unity_idfi", where="query idfi")),
        ("deviceMake", "samsung"),
        ("deviceModel", "SM-A546E"),
        ("platform", "android"),
        ("sdkVersion", "4120"),
        ("stores", "google"),
        ("connectionType", "wifi"),
    ]:
        b.param(k, v)
    if c.rng.random() < 0.5:
        b.param("androidId", b.id("aid_game", where="query androidId"))
    b.header("user-agent", UA)
    b.json(
        {
            "bundleId": "com.yildizkosusu.runner",
            "language": "tr_TR",
            "timeZone": "+0300",
            "screenWidth": 1080,
            "screenHeight": 2340,
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
        }
    )
    b.ok_json(
        {
            "correlationId": rid(c.rng),
            "placements": {"rewardedVideo": "media-" + str(c.rng.randint(1, 9))},
        }
    )
    return b.build()


def ugs_analytics(c: Context) -> Flow:
    url = "https://collect.analytics.unity3d.com/api/analytics/collect/v1/projects/9f1d2c07-5a4e-4f0b-8a61-2b7d0c4e11aa/environments/production"
    b = FB(c, "unity-analytics", "POST", url)
    uid = b.id("unity_user", where="body eventList[].userID", detectable=False)
    ev = [
        {
            "eventName": n,
            "userID": uid,
            "sessionID": rid(c.rng),
            "eventUUID": rid(c.rng),
            "eventTimestamp": iso(c),
            "eventVersion": 1,
            "eventParams": {
                "platform": "ANDROID_MOBILE",
                "clientVersion": "1.14.0",
                "userCountry": "TR",
                "sdkVersion": "5.1.0",
                "levelNumber": c.rng.randint(1, 200),
            },
        }
        for n in ("gameRunning", "levelCompleted")
    ]
    b.json({"eventList": ev})
    b.no_content()
    return b.build()
