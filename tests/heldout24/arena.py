"""Arena Legenda: a Mobile Legends-like MOBA with rewarded ads.

Ad SDKs: Unity Ads (configuration request to publisher-config.unityads.
unity3d.com/games/{id}/configuration with query `advertisingTrackingId`,
`androidId`, `limitAdTracking`, `deviceMake`, `idfi`; unity-ads-android
parameter docs), Mintegral (setting / ad load on *.rayjump.com with `gaid`
plus the SDK's `dvi` field, an obfuscated device-info blob), Pangle
(api16-access-sg.pangle.io `/api/ad/union/sdk/get_ads/`, body encrypted:
`{"message": ..., "cypher": 3}` as the Pangle SDK sends) and Bigo Ads
(OpenRTB-style JSON with `device.ifa`). The game's own telemetry carries
camera yaw/pitch and hero positions (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, ms, rf, rid

API = "https://api.arenalegenda.com"


def unity_config(c: Context) -> Flow:
    b = FB(
        c,
        "unity-ads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/5421337/configuration",
    )
    b.header("user-agent", dalvik())
    b.params = [
        ("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId")),
        ("androidId", b.id("aid_arena", where="query androidId")),
        ("limitAdTracking", "false"),
        ("deviceMake", "Xiaomi"),
        ("deviceModel", c.phone.model),
        ("idfi", b.id("unity_idfi", where="query idfi")),
        ("sdkVersion", "4900"),
        ("platform", "android"),
    ]
    b.ok_json({"enabled": ["rewardedVideo"], "country": "ID"})
    return b.build()


def mintegral_load(c: Context) -> Flow:
    b = FB(c, "mintegral", "POST", "https://hb.rayjump.com/load")
    b.header("user-agent", dalvik())
    dvi = b.id_raw("imei1", "custom_b64", where="form dvi (obfuscated device info)")
    b.id_raw("aid_arena", "custom_b64", where="form dvi (obfuscated device info)")
    b.form(
        [
            ("app_id", "118921"),
            ("unit_id", "402211"),
            ("platform", "1"),
            ("os_version", "13"),
            ("gaid", b.id("gaid", where="form gaid")),
            ("brand", "Xiaomi"),
            ("model", c.phone.model),
            ("mnc", "10"),
            ("mcc", "510"),
            ("network_type", "9"),
            ("sdk_version", "MAL_16.8.61"),
            (
                "dvi",
                b64(dvi[::-1] + c.phone.aid_arena[::-1]).translate(str.maketrans("AEIOU", "uoiea")),
            ),
            ("sys_id", b.id("mtg_sys_id", where="form sys_id")),
        ]
    )
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def pangle_get_ads(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik())
    b.id_raw("gaid", "aes", where="json message (encrypted request)")
    b.json({"message": b64(c.rng.randbytes(600)), "cypher": 3, "ad_sdk_version": "5.9.0.6"})
    b.ok_json({"message": b64(c.rng.randbytes(200)), "cypher": 3})
    return b.build()


def bigo_bid(c: Context) -> Flow:
    b = FB(c, "bigo-ads", "POST", "https://api.bigossp.com/Ad/GetUniAd")
    b.header("user-agent", dalvik())
    b.json(
        {
            "id": rid(c.rng),
            "app": {"bundle": "com.arenalegenda.moba", "ver": "1.8.42"},
            "device": {
                "ifa": b.id("gaid", where="json device.ifa"),
                "os": "android",
                "osv": "13",
                "make": "Xiaomi",
                "model": c.phone.model,
                "carrier": "Telkomsel",
                "ext": {"bigo_uid": b.id("bigo_uid", where="json device.ext.bigo_uid")},
            },
            "imp": [{"tagid": "10182-" + new_digits(c.rng, 6), "rewarded": 1}],
        }
    )
    b.ok_json({"seatbid": []})
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "arena", "POST", f"{API}/v1/auth/guest")
    b.header("user-agent", "UnityPlayer/2021.3.33f1 (UnityWebRequest/1.0)")
    b.json(
        {
            "deviceid": b.id("aid_arena", where="json deviceid"),
            "imei": b.id("imei1", how="md5", where="json imei (md5)"),
            "channel": "googleplay",
            "ver": "1.8.42",
        }
    )
    b.ok_json({"uid": int(c.phone.arena_user), "token": b64(c.rng.randbytes(24))})
    return b.build()


def match_telemetry(c: Context) -> Flow:
    b = FB(c, "arena", "POST", f"{API}/v1/battle/report")
    b.header("user-agent", "UnityPlayer/2021.3.33f1 (UnityWebRequest/1.0)")
    b.decoy("camera yaw/pitch, hero position track, kill counts")
    b.json(
        {
            "battle_id": new_hex(c.rng, 16),
            "hero": c.rng.randint(1, 120),
            "camera": [
                {"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, 20, 70, 1)} for _ in range(12)
            ],
            "path": [[rf(c.rng, 0, 200, 1), rf(c.rng, 0, 200, 1)] for _ in range(20)],
            "kda": [c.rng.randint(0, 15), c.rng.randint(0, 10), c.rng.randint(0, 20)],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def replay_watch(c: Context) -> Flow:
    b = FB(c, "arena", "POST", f"{API}/v1/replay/watched")
    b.header("user-agent", "UnityPlayer/2021.3.33f1 (UnityWebRequest/1.0)")
    b.view("json replay watched: replay_id, watch_seconds")
    b.json(
        {
            "replay_id": new_hex(c.rng, 16),
            "streamer": "RRQ_" + new_hex(c.rng, 4),
            "watch_seconds": c.rng.randint(10, 1200),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def shop(c: Context) -> Flow:
    b = FB(c, "arena", "GET", f"{API}/v1/shop/items", [("region", "ID")])
    b.decoy("skin shop prices, order number")
    b.ok_json(
        {
            "items": [
                {"sku": new_hex(c.rng, 6), "diamond": c.rng.randint(10, 900)} for _ in range(8)
            ],
            "order_hint": "AL" + new_digits(c.rng, 14),
        }
    )
    return b.build()
