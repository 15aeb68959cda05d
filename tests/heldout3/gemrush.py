"""Gem Rush: a casual game with ad mediation (LevelPlay/ironSource, AppLovin MAX)
and bidders (Unity Ads, Liftoff/Vungle, Mintegral, InMobi, Amazon APS),
GameAnalytics telemetry and its own backend.

- ironSource/LevelPlay init: init.supersonicads.com/sdk/v with advId, advIdType
  (LevelPlay init request as seen in published traffic studies); ironSource logs:
  logs.ironsrc.mobi/logs?data=<base64 JSON> with data.deviceid (TrackHAR ironsource.ts).
- Unity Ads configuration: publisher-config.unityads.unity3d.com/games/{id}/configuration
  with advertisingTrackingId, limitAdTracking, androidId (Unity Ads SDK parameter list;
  TrackHAR unity.ts).
- Vungle: api.vungle.com/api/v5/ads JSON with device.ifa and
  device.ext.vungle.android.gaid (TrackHAR vungle.ts).
- Mintegral: configure.rayjump.com/setting?gaid=... and analytics.rayjump.com with a
  url-encoded form whose `data` is itself a query string (TrackHAR rayjump.ts).
- GameAnalytics REST API v2: POST api.gameanalytics.com/v2/{game_key}/events, gzip JSON
  array, Authorization = base64 HMAC-SHA256 of the body; fields user_id, session_id,
  google_aid, android_id (gameanalytics.com/docs, "REST API").
- Amazon APS (mobile): aax.amazon-adsystem.com/e/msdk/ads with `dinfo` JSON
  (adId, sha1_udid) - key names as in older Amazon Mobile Ads SDK traffic.
- InMobi: api.w.inmobi.com/showad/v3 form with `u-id-map` JSON (GPID, O1 = SHA-1 of
  ANDROID_ID, UM5 = MD5 of ANDROID_ID) - as seen in published InMobi SDK traffic.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_mp4, gz, js, jsb

from .phone import FB, okhttp, play_order_id, rf, ua
from .shapes import camera_pose

API = "https://api.gemrush.example"
UA = ua("GemRush", "1.42.3")
BUNDLE = "com.lumenbyte.gemrush"


def levelplay_init(ctx: Context) -> Flow:
    b = FB(ctx, "ironsource:init", "GET", "https://init.supersonicads.com/sdk/v")
    b.header("user-agent", okhttp())
    b.params += [
        ("platform", "android"),
        ("applicationKey", "1c9f" + new_hex(ctx.rng, 6)),
        ("applicationUserId", ctx.phone.gem_player),
        ("sdkVersion", "7.9.0"),  # type: ignore[attr-defined]
        ("advId", b.id("gaid", where="query:advId")),
        ("advIdType", "GAID"),
        ("mt", "0"),
        ("plugin", "Unity"),
        ("plugin_fw_v", "2022.3.20f1"),
        ("mobileCarrier", "o2-de"),
        ("connectionType", "wifi"),
        ("deviceOS", "android"),
        ("deviceOSVersion", "34"),
    ]
    b.ok_json(
        {
            "configurations": {
                "adUnits": {
                    "rewardedVideo": {"placements": [{"placementName": "DefaultRewardedVideo"}]}
                }
            }
        }
    )
    return b.build()


def ironsource_logs(ctx: Context) -> Flow:
    b = FB(ctx, "ironsource:logs", "GET", "https://logs.ironsrc.mobi/logs")
    b.header("user-agent", okhttp())
    data = {
        "data": {
            "deviceid": b.id("gaid", where="query:data(b64).data.deviceid"),
            "deviceoem": "samsung",
            "devicemodel": "SM-A546B",
            "deviceos": "android",
            "deviceosversion": "14",
            "deviceapilevel": 34,
            "connectiontype": "wifi",
            "bundleid": BUNDLE,
            "appversion": "1.42.3",
            "sdkversion": "7.9.0",
            "eventid": ctx.rng.choice([14, 40, 41, 2002]),
        }
    }
    b.params += [("data", b64(jsb(data)))]
    b.respond(200, "text/plain", b"ok")
    return b.build()


def applovin_mediate(ctx: Context) -> Flow:
    b = FB(ctx, "applovin:max", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("user-agent", okhttp())
    body = {
        "sdk_key": new_hex(ctx.rng, 86),
        "format": ctx.rng.choice(["inter", "reward", "banner"]),
        "ad_unit_id": new_hex(ctx.rng, 16),
        "device_info": {
            "idfa": b.id("gaid", where="body.device_info.idfa"),
            "dnt": False,
            "brand": "samsung",
            "model": "SM-A546B",
            "os": "14",
            "locale": "en_GB",
            "tz_offset": 2.0,
            "volume": 40,
            "bt_ms": int(ctx.now * 1000) - 7200000,
            "lpm": 0,
        },
        "app_info": {
            "package_name": BUNDLE,
            "app_version": "1.42.3",
            "installer_name": "com.android.vending",
        },
        "signal_data": [{"network": "UNITY", "token": b64(new_hex(ctx.rng, 60))}],
    }
    b.json(body, "gzip")
    b.respond(
        200,
        "application/json",
        jsb({"ads": [{"network_name": "UNITY", "ad_id": new_hex(ctx.rng, 12)}]}),
        "gzip",
    )
    return b.build()


def unity_config(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "unity:config",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/4821733/configuration",
    )
    b.header("user-agent", UA)
    b.params += [
        ("advertisingTrackingId", b.id("gaid", where="query:advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("androidId", b.id("aid_game", where="query:androidId")),
        ("idfi", b.id("unity_idfi", where="query:idfi", detectable=False)),
        ("bundleId", BUNDLE),
        ("deviceMake", "samsung"),
        ("deviceModel", "SM-A546B"),
        ("platform", "android"),
        ("osVersion", "14"),
        ("screenWidth", "1080"),
        ("screenHeight", "2340"),
        ("sdkVersion", "4400"),
        ("rooted", "false"),
        ("connectionType", "wifi"),
        ("language", "en_GB"),
    ]
    b.ok_json({"enabled": True, "country": "DE", "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def vungle_ads(ctx: Context) -> Flow:
    b = FB(ctx, "vungle", "POST", "https://api.vungle.com/api/v5/ads")
    b.header("user-agent", "VungleDroid/7.1.0")
    b.header("vungle-version", "7.0.0")
    gaid = b.id("gaid", where="body.device.ifa")
    body = {
        "device": {
            "make": "samsung",
            "model": "SM-A546B",
            "osv": "14",
            "carrier": "o2 - de",
            "os": "android",
            "w": 1080,
            "h": 2340,
            "ua": "Mozilla/5.0 (Linux; Android 14; SM-A546B)",
            "ifa": gaid,
            "lmt": 0,
            "ext": {
                "vungle": {
                    "android": {
                        "gaid": b.id("gaid", where="body.device.ext.vungle.android.gaid"),
                        "battery_level": rf(ctx.rng, 0.2, 1, 2),
                        "battery_state": "NOT_CHARGING",
                        "connection_type": "WIFI",
                        "language": "en",
                        "time_zone": "Europe/Berlin",
                        "volume_level": 0.4,
                        "storage_bytes_available": 41234567890,
                    }
                }
            },
        },
        "app": {"id": "5f2c" + new_hex(ctx.rng, 20), "bundle": BUNDLE, "ver": "1.42.3"},
        "request": {"placements": ["REWARDED-0931"], "header_bidding": True},
    }
    b.json(body, "gzip")
    b.ok_json({"ads": []})
    return b.build()


def mintegral_setting(ctx: Context) -> Flow:
    b = FB(ctx, "mintegral:setting", "GET", "https://configure.rayjump.com/setting")
    b.header("user-agent", okhttp())
    b.params += [
        ("app_id", "118693"),
        ("sign", new_hex(ctx.rng, 32)),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", BUNDLE),
        ("app_version_name", "1.42.3"),
        ("brand", "samsung"),
        ("model", "SM-A546B"),
        ("gaid", b.id("gaid", where="query:gaid")),
        ("language", "en-GB"),
        ("timezone", "GMT+02:00"),
        ("sdk_version", "MAL_16.7.21"),
        ("screen_size", "1080x2340"),
        ("orientation", "1"),
    ]
    b.ok_json({"cc": "DE", "vtag": new_hex(ctx.rng, 8)})
    return b.build()


def mintegral_analytics(ctx: Context) -> Flow:
    b = FB(ctx, "mintegral:analytics", "POST", "https://analytics.rayjump.com/")
    b.header("user-agent", okhttp())
    inner = urlencode(
        [
            ("key", "2000047"),
            ("gaid", b.id("gaid", where="form:data(query).gaid")),
            ("os", "1"),
            ("osv", "14"),
            ("brand", "samsung"),
            ("model", "SM-A546B"),
            ("pn", BUNDLE),
            ("ct", "DE"),
            ("result", "1"),
        ]
    )
    b.set_body(
        urlencode([("platform", "1"), ("app_id", "118693"), ("data", inner)]).encode(),
        "application/x-www-form-urlencoded",
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def inmobi_ad(ctx: Context) -> Flow:
    b = FB(ctx, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3", http_version="HTTP/1.1")
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv)")
    umap = {
        "GPID": b.id("gaid", where="form:u-id-map.GPID"),
        "O1": b.id(
            "aid_game", "sha1", where="form:u-id-map.O1 (sha1 ANDROID_ID)", detectable=False
        ),
        "UM5": b.id(
            "aid_game", "md5", where="form:u-id-map.UM5 (md5 ANDROID_ID)", detectable=False
        ),
    }
    form = [
        ("im-plid", "1700000000123"),
        ("format", "native"),
        ("mk-version", "pr-SAND-KTPTD-20231010"),
        ("u-id-map", js(umap)),
        ("u-id-adt", "1"),
        ("d-device-screen-size", "1080X2340"),
        ("d-localization", "en_GB"),
        ("d-nettype", "wifi"),
        ("u-appbid", BUNDLE),
        ("u-appver", "1.42.3"),
        ("ts", str(int(ctx.now * 1000))),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"requestId": new_uuid(ctx.rng), "ads": []})
    return b.build()


def amazon_aps(ctx: Context) -> Flow:
    b = FB(ctx, "amazon:aps", "GET", "https://aax.amazon-adsystem.com/e/msdk/ads")
    b.header("user-agent", "AmazonAdSDK-Android/9.8.10")
    dinfo = {
        "dt": "android",
        "make": "samsung",
        "model": "SM-A546B",
        "os": "Android",
        "osVersion": "14",
        "sha1_udid": b.id("aid_game", "sha1", where="query:dinfo.sha1_udid"),
        "screenSize": "1080x2340",
        "orientation": "portrait",
        "connectionType": "Wifi",
    }
    pkg = {"pn": BUNDLE, "v": "1.42.3", "lbl": "Gem Rush"}
    b.params += [
        ("c", "msdk"),
        ("adId", b.id("gaid", where="query:adId")),
        ("oo", "false"),
        ("dinfo", js(dinfo)),
        ("pkg", js(pkg)),
        ("slots", js([{"sz": "320x50", "slot": "banner"}])),
        ("sdkVer", "aps-android-9.8.10"),
    ]
    b.ok_json(
        {
            "errorCode": "204",
            "instrPixelURL": "https://aax.amazon-adsystem.com/x/px/" + new_hex(ctx.rng, 20),
        }
    )
    return b.build()


def gameanalytics(ctx: Context, progression: bool) -> Flow:
    key = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    b = FB(ctx, "gameanalytics", "POST", f"https://api.gameanalytics.com/v2/{key}/events")
    b.header("user-agent", UA)
    common = {
        "v": 2,
        "user_id": b.id("gameanalytics_uid", where="body[].user_id", detectable=False),
        "google_aid": b.id("gaid", where="body[].google_aid"),
        "android_id": b.id("aid_game", where="body[].android_id"),
        "client_ts": int(ctx.now),
        "sdk_version": "unity 7.8.0",
        "os_version": "android 14",
        "manufacturer": "samsung",
        "device": "SM-A546B",
        "platform": "android",
        "session_id": new_uuid(ctx.rng),
        "session_num": ctx.rng.randint(2, 60),
        "build": "1.42.3",
    }
    ev = dict(common)
    if progression:
        ev.update(
            {
                "category": "progression",
                "event_id": f"Complete:World0{ctx.rng.randint(1, 9)}:Level{ctx.rng.randint(1, 40)}",
                "score": ctx.rng.randint(100, 9000),
            }
        )
    else:
        ev.update({"category": "user"})
    raw = gz(jsb([ev]))
    b.set_body(jsb([ev]), "application/json", "gzip")
    b.header("authorization", b64(hmac.new(b"secret", raw, hashlib.sha256).digest()))
    b.ok_json({"status": "ok"})
    return b.build()


def backend_sync_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "gemrush:sync", "POST", f"{API}/v1/sync")
    b.header("user-agent", UA)
    b.json(
        {
            "p": ctx.phone.gem_player,
            "d": b.id("aid_game", "sha256", where="body.d (sha256 ANDROID_ID)", detectable=False),  # type: ignore[attr-defined]
            "gems": ctx.rng.randint(0, 5000),
            "lvl": ctx.rng.randint(1, 300),
        }
    )
    b.ok_json({"ok": True, "server_ts": int(ctx.now)})
    return b.build()


# --- ordinary traffic -----------------------------------------------------------


def level_telemetry(ctx: Context) -> Flow:
    b = FB(ctx, "gemrush:telemetry", "POST", f"{API}/v1/telemetry")
    b.header("user-agent", UA)
    samples = [
        {"t": i * 0.5, "camera": camera_pose(ctx.rng), "fps": ctx.rng.randint(55, 60)}
        for i in range(12)
    ]
    b.json(
        {
            "level": ctx.rng.randint(1, 300),
            "moves": ctx.rng.randint(5, 40),
            "samples": samples,
            "session": new_uuid(ctx.rng),
        },
        "gzip",
    )
    b.decoy("camera yaw/pitch/roll")
    b.respond(204, None)
    return b.build()


def iap_verify(ctx: Context) -> Flow:
    b = FB(ctx, "gemrush:iap", "POST", f"{API}/v1/iap/verify")
    b.header("user-agent", UA)
    b.json(
        {
            "sku": ctx.rng.choice(["gems_500", "gems_1200", "no_ads"]),
            "order_id": play_order_id(ctx.rng),
            "token": new_hex(ctx.rng, 60),
        }
    )
    b.ok_json({"valid": True, "request_id": new_uuid(ctx.rng)})
    return b.build()


def leaderboard(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "gemrush:leaderboard",
        "GET",
        f"{API}/v1/leaderboard/weekly",
        [("around", "me"), ("n", "20")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "rows": [
                {
                    "rank": i + 1,
                    "name": f"player{ctx.rng.randint(100, 999)}",
                    "score": 90000 - i * 731,
                }
                for i in range(20)
            ]
        }
    )
    return b.build()


def remote_config(ctx: Context) -> Flow:
    b = FB(ctx, "gemrush:config", "GET", f"{API}/v1/config", [("build", "1.42.3")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "ab_tests": {
                "interstitial_cap": {
                    "bucket": f"b{ctx.rng.randint(0, 9)}",
                    "test_id": new_uuid(ctx.rng),
                }
            },
            "hard_mode": False,
        }
    )
    return b.build()


def crash_report(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "unity:crash",
        "POST",
        "https://perf-events.cloud.unity3d.com/symbolicate/android/v1/projects/"
        + new_uuid(ctx.rng)
        + "/events",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "appVersion": "1.42.3",
            "crashId": new_uuid(ctx.rng),
            "threadId": ctx.rng.randint(1, 99),
            "stackTrace": "NullReferenceException: Object reference not set\n  at GemBoard.Match3 (Int32 x, Int32 y)",  # noqa: E501
            "buildGuid": new_hex(ctx.rng, 32),
            "timestamp": int(ctx.now),
        }
    )
    b.respond(202, None)
    return b.build()


def asset_bundle(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "gemrush:cdn",
        "GET",
        f"https://cdn.gemrush.example/bundles/android/{new_hex(ctx.rng, 32)}.bundle",
    )
    b.header("user-agent", "UnityPlayer/2022.3.20f1 (UnityWebRequest/1.0)")
    b.respond(200, "application/octet-stream", b"UnityFS\x00" + new_hex(ctx.rng, 300).encode())
    return b.build()


def ad_creative(ctx: Context) -> Flow:
    b = FB(ctx, "ads:creative", "GET", f"https://cdn-lb.vungle.com/zen/{new_hex(ctx.rng, 24)}.mp4")
    b.header("user-agent", "VungleDroid/7.1.0")
    b.respond(200, "video/mp4", fake_mp4(ctx.rng.getrandbits(20), 600))
    return b.build()
