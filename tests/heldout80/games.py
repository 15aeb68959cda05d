"""Casual games on break: a 3D runner (camera yaw/pitch, score series: decoys)
and its ad SDKs, which really do send her GAID / ANDROID_ID.

Adjust: the Android SDK's session package is a form body with `gps_adid`,
`android_uuid` (Adjust's own install uuid), `app_token`, `created_at`,
`tracking_enabled` (adjust/android_sdk PackageBuilder.java). AppLovin MAX:
JSON `device_info` with `idfa` (the GAID on Android) and `dnt`, as in public
captures of ms.applovin.com/1.0/mediate. Unity Ads: `advertisingTrackingId`
and `androidId` in the ad request (Unity-Technologies/unity-ads-android,
DeviceInfo).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, jsb

from .phone import FB, b_, iso, ms, rf, rid


def camera_telemetry(c: Context) -> Flow:
    b = b_(c, "game", "POST", "https://telemetry.rushpastel.games/v1/frames", "RushPastel", "2.3.1")
    b.decoy("3D camera yaw/pitch/roll samples and fps series of a game (not head pose of a face)")
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "camera": {
                "yaw": [rf(c.rng, -180, 180, 1) for _ in range(12)],
                "pitch": [rf(c.rng, -30, 30, 1) for _ in range(12)],
                "roll": 0.0,
            },
            "fps": [c.rng.randint(40, 61) for _ in range(12)],
            "sessionId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = b_(
        c,
        "game",
        "GET",
        "https://api.rushpastel.games/v1/leaderboard?week=current",
        "RushPastel",
        "2.3.1",
    )
    b.decoy("leaderboard: player ids and scores")
    b.ok_json(
        {
            "top": [
                {"player": "p" + new_digits(c.rng, 8), "score": c.rng.randint(1000, 99999)}
                for _ in range(10)
            ]
        }
    )
    return b.build()


def avatar_face(c: Context) -> Flow:
    b = b_(c, "game", "PUT", "https://api.rushpastel.games/v1/avatar", "RushPastel", "2.3.1")
    b.decoy("cartoon avatar builder: chosen face shape/eyes/mouth preset indices (not her face)")
    b.json(
        {
            "faceShape": c.rng.randint(0, 12),
            "eyes": c.rng.randint(0, 30),
            "mouth": c.rng.randint(0, 20),
            "skinTone": c.rng.randint(0, 8),
            "hat": "chef",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)")
    b.header("client-sdk", "android4.38.2")
    b.other_id("adjust_uuid", "form android_uuid")
    b.form(
        [
            ("app_token", "x7r2kq9vzb5s"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", c.phone.adjust_uuid),
            ("tracking_enabled", "1"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("device_type", "phone"),
            ("os_name", "android"),
        ]
    )
    b.ok_json({"app_token": "x7r2kq9vzb5s", "adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", "okhttp/4.12.0")
    body = {
        "app_info": {"package_name": "games.rushpastel", "sdk_version": "12.4.0"},
        "device_info": {
            "idfa": b.id("gaid", where="json device_info.idfa"),
            "dnt": False,
            "model": "23124RA7EO",
            "os": "14",
        },
        "ad_format": "INTER",
        "ts": ms(c),
    }
    b.set_body(jsb(body), "application/json", "gzip")
    b.ok_json({"ads": [{"network": "APPLOVIN_NETWORK", "ad_unit_id": new_hex(c.rng, 16)}]})
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", "https://auction.unityads.unity3d.com/v6/games/5129874/requests")
    b.header("user-agent", "okhttp/4.12.0")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json advertisingTrackingId"),
            "limitAdTracking": False,
            "androidId": b.id("aid_game", where="json androidId"),
            "deviceMake": "Xiaomi",
            "deviceModel": "23124RA7EO",
            "placements": {"video": {"adTypes": ["VIDEO"]}},
            "requestId": rid(c.rng),
        }
    )
    b.ok_json(
        {"correlationId": rid(c.rng), "placements": {"video": {"mediaId": new_hex(c.rng, 24)}}}
    )
    return b.build()


def game_cloudsave_opaque(c: Context) -> Flow:
    b = FB(c, "game", "POST", "https://save.rushpastel.games/v2/blob")
    b.header("user-agent", "okhttp/4.12.0")
    raw = b.id_raw("aid_game", "xor_cipher", "opaque save blob 'd' (device-bound key)")
    blob = bytes(ch ^ 0x5A for ch in (raw + "|" + new_hex(c.rng, 40)).encode())
    b.json({"v": 3, "d": b64(blob), "t": ms(c)})
    b.no_content()
    return b.build()


BLOCK = [(0.7, camera_telemetry), (0.4, leaderboard), (0.15, avatar_face)]
ADS = [adjust_session, applovin_mediate, unity_ads, applovin_mediate, game_cloudsave_opaque]
