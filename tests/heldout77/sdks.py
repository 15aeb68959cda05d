"""Attribution, engagement and ad SDKs the set-77 apps embed, on a phone without
Google services (so no GAID: the OAID and the HMS AAID take its place).

Sources:
- Adjust: adjust/android_sdk PackageBuilder and doc/english/plugins/oaid.md (form
  body to app.adjust.com/session; `oaid` from the OAID plugin, `android_uuid`).
- AppsFlyer: Android SDK v6 launch event to launches.appsflyer.com/api/v6.x/androidevent
  (JSON: `uid`, `oaid` when collectOAID is on, `deviceData`).
- CleverTap and MoEngage: see engage.py.
- HMS Analytics Kit: collector hosts from agconnect-services.json
  (`datacollector-dra.dt.hicloud.com`), path `/common/hmshioperqrt` and the
  App-Id / x-hasdk-productid / x-hasdk-resourceid / x-hasdk-token /
  x-hasdk-clientid / servicetag headers from the decompiled hatool and
  analytics classes (public APK decompilations); the event body is compressed
  and encrypted, so the ids in it are opaque.
- Petal Ads (HUAWEI Ads Kit): ad request JSON with `multislot` and `device.oaid`,
  `isTrackingEnabled`.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ms, rid, ua

APPS = {
    "mashahid": ("com.mashahid.android", "aid_mashahid", "5.14.2"),
    "layali": ("ae.layali.plus", "aid_layali", "3.8.0"),
    "koora": ("com.kooralive.app", "aid_koora", "7.2.1"),
    "tilawa": ("com.tilawa.quran", "aid_tilawa", "4.0.6"),
    "bank": ("sa.mizanbank.mobile", "aid_bank", "2.31.0"),
    "ride": ("com.mishwar.captain", "aid_ride", "9.4.3"),
}


def adjust_session(c: Context, app: str) -> Flow:
    pkg, aid, ver = APPS[app]
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("Client-SDK", "android4.38.2")
    b.header("User-Agent", ua(pkg, ver))
    pairs = [
        ("app_token", hashlib.md5(pkg.encode()).hexdigest()[:12]),
        ("app_version", ver),
        ("android_uuid", c.phone.adjust_uuid),
        ("oaid", b.id("oaid", where="body.oaid")),
        ("oaid_src", "hms"),
        ("api_level", "31"),
        ("device_manufacturer", "HUAWEI"),
        ("device_name", "ALN-AL00"),
        ("device_type", "phone"),
        ("environment", "production"),
        ("os_name", "android"),
        ("os_version", "12"),
        ("country", c.rng.choice(["SA", "AE", "EG"])),
        ("language", "ar"),
        ("session_count", str(c.rng.randint(3, 90))),
        ("created_at", f"{ms(c)}"),
        ("needs_response_details", "1"),
        ("tracking_enabled", "1"),
    ]
    b.other_id("adjust_uuid", "body.android_uuid")
    if c.rng.random() < 0.4:
        pairs.append(("android_id", b.id(aid, where="body.android_id")))
    b.form(pairs)
    b.ok_json({"tracker_token": "abc12x", "tracker_name": "Organic", "timestamp": ms(c)})
    return b.build()


def appsflyer_launch(c: Context, app: str) -> Flow:
    pkg, aid, ver = APPS[app]
    url = f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={pkg}&buildnumber=6.13.1"
    b = FB(c, "appsflyer", "POST", url)
    body = {
        "uid": c.phone.af_uid,
        "oaid": b.id("oaid", where="body.oaid"),
        "isGaidWithGps": "false",
        "android_id": b.id(aid, where="body.android_id") if c.rng.random() < 0.3 else None,
        "appsflyerKey": "Kx" + hashlib.sha1(pkg.encode()).hexdigest()[:20],
        "af_timestamp": str(ms(c)),
        "counter": str(c.rng.randint(2, 120)),
        "brand": "HUAWEI",
        "model": "ALN-AL00",
        "deviceData": {
            "cpu_abi": "arm64-v8a",
            "build_display_id": "ALN-AL00 4.0.0.120",
            "dim": {"x_px": "1260", "y_px": "2720"},
        },
        "lang_code": "ar",
        "country": "SA",
        "app_version_name": ver,
        "platformextension": "android_native",
    }
    b.other_id("af_uid", "body.uid")
    b.json({k: v for k, v in body.items() if v is not None})
    b.ok_json({"ok": True})
    return b.build()


def hms_analytics(c: Context, app: str) -> Flow:
    """The HA kit's `oper` upload: real header set (x-hasdk-*), compressed and
    encrypted event body in which the AAID and OAID travel: opaque."""
    pkg, _aid, ver = APPS[app]
    url = "https://datacollector-dra.dt.hicloud.com/common/hmshioperqrt"
    b = FB(c, "hianalytics", "POST", url, http_version="HTTP/1.1")
    b.header("App-Id", str(104000000 + int(hashlib.md5(pkg.encode()).hexdigest()[:6], 16)))
    b.header("App-Ver", ver)
    b.header("x-hasdk-productid", hashlib.md5(pkg.encode()).hexdigest()[:18])
    b.header("x-hasdk-resourceid", "p1")
    b.header("x-hasdk-token", b64(hashlib.sha256(pkg.encode()).digest()[:24]))
    b.header("x-hasdk-clientid", str(106000000 + len(pkg)))
    b.header("Sdk-Ver", "6.12.0.300")
    b.header("Device-Type", "ALN-AL00")
    b.header("servicetag", "_openness_config_tag")
    b.header("Request-Id", rid(c.rng))
    raw = b.id_raw("aaid", "aes_gcm", where="body (compressed, encrypted events_common)")
    raw += b.id_raw("oaid", "aes_gcm", where="body (compressed, encrypted events_common)")
    blob = hashlib.shake_256(f"{raw}{pkg}{c.now}".encode()).digest(c.rng.randint(400, 1400))
    b.set_body(blob, "application/octet-stream")
    b.ok_json({"result": 0})
    return b.build()


def petal_ads(c: Context, app: str) -> Flow:
    pkg, _aid, ver = APPS[app]
    b = FB(c, "petal_ads", "POST", "https://adx-dra.op.hicloud.com/result.ad")
    b.header("User-Agent", ua(pkg, ver))
    dev = {
        "type": 4,
        "model": "ALN-AL00",
        "brand": "HUAWEI",
        "os": "android",
        "version": "12",
        "harmonyOsVersion": "4.0.0",
        "oaid": b.id("oaid", where="body.device.oaid"),
        "isTrackingEnabled": "1",
        "height": 2720,
        "width": 1260,
        "language": "ar",
        "localeCountry": c.rng.choice(["SA", "AE", "EG"]),
    }
    slot = {
        "slotid": "h" + hashlib.md5(pkg.encode()).hexdigest()[:11],
        "adtype": c.rng.choice([1, 3, 8]),
        "test": 0,
    }
    b.json(
        {
            "version": "3.4.62",
            "multislot": [slot],
            "app": {"pkgname": pkg, "version": ver},
            "device": dev,
            "clientAdRequestId": rid(c.rng),
        }
    )
    b.ok_json({"retcode": 200, "multiad": [{"slotid": slot["slotid"], "retcode30": 204}]})
    return b.build()


def fraud_shield(c: Context, app: str) -> Flow:
    """A regional anti-fraud SDK that ciphers its whole device block (base64 of
    AES output) under `d`: opaque. Fictional vendor, common pattern."""
    pkg, _aid, _ver = APPS[app]
    b = FB(c, "fraudshield", "POST", "https://collect.fraudshield-mena.com/v2/d")
    raw = b.id_raw("oaid", "aes_gcm", where="body.d (encrypted device block)")
    raw += b.id_raw("odid", "aes_gcm", where="body.d (encrypted device block)")
    blob = hashlib.shake_256(f"{raw}{pkg}{c.now}".encode()).digest(160)
    b.form([("k", hashlib.md5(pkg.encode()).hexdigest()[:16]), ("d", b64(blob)), ("t", str(ms(c)))])
    b.ok_json({"s": 0})
    return b.build()
