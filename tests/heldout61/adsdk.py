"""Ad and attribution SDKs in the set-61 apps (device identifiers, one flow each).

Wire shapes, from each SDK's public code or documentation:
- Adjust Android SDK (github.com/adjust/android_sdk, PackageBuilder.java): form
  POSTs to app.adjust.com/session and /event with app_token, gps_adid, oaid (the
  OAID plugin), android_uuid (the SDK's own install uuid), created_at, api_level.
- AppsFlyer Android SDK v6: POST launches.appsflyer.com/api/v6.x/androidevent
  ?app_id=&buildnumber= with a JSON body: advertiserId, uid (its own install id),
  oaid, deviceData{...}; newer builds send the body encrypted (octet-stream).
- AppLovin MAX: POST ms.applovin.com/1.0/event with device_info{idfa (the GAID on
  Android), dnt} and applovin_random_token (an SDK-made install token).
- Unity Ads: GET publisher-config.unityads.unity3d.com/games/{id}/configuration
  with advertisingTrackingId, limitAdTracking and idfi (Unity's install id).
- Mintegral: form POST to analytics.rayjump.com with gaid / oaid fields.
- Huawei Ads (Petal Ads) kit: OAID documented by developer.huawei.com "OAID";
  the ad request path and the JSON shape here are approximated, not sourced.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua


def adjust_session(ctx: Context, path: str = "session") -> Flow:
    b = FB(ctx, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", ua("Mal3ab", "5.2.1"))
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", "q8m2x4v6j0pk"),
        ("gps_adid", b.id("gaid", where="body.gps_adid")),
        ("oaid", b.id("oaid", where="body.oaid")),
        ("android_uuid", ctx.phone.adjust_uuid),
        ("created_at", iso(ctx).replace("Z", "+0300")),
        ("api_level", "34"),
        ("device_manufacturer", "HONOR"),
        ("tracking_enabled", "1"),
        ("session_count", str(ctx.rng.randint(2, 60))),
    ]
    b.other_id("adjust_uuid", "body.android_uuid")
    if path == "event":
        pairs.append(("event_token", ctx.rng.choice(["a1b2c3", "kq8z1m", "x0r9td"])))
    b.form(pairs)
    b.ok_json({"adid": new_hex(ctx.rng, 32), "message": "Session tracked", "timestamp": iso(ctx)})
    return b.build()


def appsflyer_launch(ctx: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.13/androidevent"
    b = FB(ctx, "appsflyer", "POST", url, [("app_id", "tv.dizigo.app"), ("buildnumber", "6.13.0")])
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; BVL-N49 Build/HONORBVL-N49)")
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": ctx.phone.af_uid,
        "oaid": b.id("oaid", where="body.oaid"),
        "af_timestamp": str(ms(ctx)),
        "brand": "HONOR",
        "model": "BVL-N49",
        "lang_code": "tr",
        "deviceData": {
            "arch": "",
            "build_display_id": "BVL-N49 8.0.0.150",
            "dim": {"x_px": "1280"},
        },
        "counter": str(ctx.rng.randint(2, 90)),
    }
    b.other_id("af_uid", "body.uid")
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_encrypted(ctx: Context) -> Flow:
    """Newer AppsFlyer builds encrypt the launch body: nothing in it says what it holds."""
    url = "https://launches.appsflyer.com/api/v6.14/androidevent"
    b = FB(
        ctx, "appsflyer", "POST", url, [("app_id", "ae.sayara.rider"), ("buildnumber", "6.14.2")]
    )
    raw = b.id_raw("gaid", "appsflyer_cipher", "body (encrypted)")
    b.other_id("af_uid", "body (encrypted)", detectable=False)
    blob = (
        bytes(x ^ 0x5A for x in (raw + ctx.phone.af_uid).encode()) + new_hex(ctx.rng, 40).encode()
    )
    b.set_body(blob, "application/octet-stream")
    b.ok_json({"status": "ok"})
    return b.build()


def applovin_event(ctx: Context) -> Flow:
    b = FB(ctx, "applovin", "POST", "https://ms.applovin.com/1.0/event")
    b.header("user-agent", ua("Mal3ab", "5.2.1"))
    body = {
        "event": ctx.rng.choice(["mrec_shown", "inter_shown", "landing"]),
        "device_info": {
            "idfa": b.id("gaid", where="body.device_info.idfa"),
            "dnt": False,
            "brand": "HONOR",
            "os": "14",
            "tz_offset": 3.0,
        },
        "applovin_random_token": ctx.phone.applovin_uuid,
        "app_info": {"package_name": "qa.mal3ab.live", "app_version": "5.2.1"},
        "ts": ms(ctx),
    }
    b.other_id("applovin_uuid", "body.applovin_random_token")
    b.json(body, encoding="gzip")
    b.ok_json({"result": "ok"})
    return b.build()


def unity_config(ctx: Context) -> Flow:
    url = "https://publisher-config.unityads.unity3d.com/games/5412873/configuration"
    b = FB(ctx, "unity-ads", "GET", url)
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("idfi", ctx.phone.unity_idfi)
    b.other_id("unity_idfi", "query.idfi")
    b.param("deviceMake", "HONOR")
    b.param("sdkVersionName", "4.12.2")
    b.ok_json({"enabled": True, "country": "QA", "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def mintegral_report(ctx: Context) -> Flow:
    b = FB(ctx, "mintegral", "POST", "https://analytics.rayjump.com/")
    pairs = [
        ("key", "2000054"),
        ("gaid", b.id("gaid", where="body.gaid")),
        ("oaid", b.id("oaid", where="body.oaid")),
        ("platform", "1"),
        ("os_version", "14"),
        ("app_id", "148112"),
        ("unit_id", str(ctx.rng.randint(400000, 499999))),
        ("ts", str(ms(ctx))),
    ]
    b.form(pairs)
    b.no_content()
    return b.build()


def petal_ad_request(ctx: Context) -> Flow:
    b = FB(ctx, "huawei-ads", "POST", "https://adx-dre.op.hicloud.com/result.ad")
    body = {
        "version": "3.4.62",
        "app": {"pkgname": "ae.tilawa.quran", "version": "3.8.0"},
        "device": {
            "oaid": b.id("oaid", where="body.device.oaid"),
            "isTrackingEnabled": "1",
            "brand": "HONOR",
            "emuiVer": "MagicOS_8.0",
            "gaid": b.id("gaid", "sha256", where="body.device.gaid (sha256)"),
        },
        "multislot": [{"slotid": "q" + new_hex(ctx.rng, 8), "adtype": 3}],
        "reqId": rid(ctx.rng),
    }
    b.json(body)
    b.ok_json({"retcode": 200, "multiad": []})
    return b.build()


def petal_opaque(ctx: Context) -> Flow:
    """An ad-kit event whose device block is base64 of a private cipher: opaque."""
    b = FB(ctx, "huawei-ads", "POST", "https://events-dre.op.hicloud.com/contserver/event")
    raw = b.id_raw("oaid", "xor5_hex_b64", "body.d (ciphered)")
    blob = b64(encode(raw, "xor5_hex").encode())
    b.json({"v": 2, "d": blob, "s": rf(ctx.rng, 0, 1, 6), "t": ms(ctx)})
    b.no_content()
    return b.build()
