"""HMS Core traffic the apps share: Petal Ads requests, HMS Analytics (HiAnalytics)
uploads and push-token registration with an app's own backend.

Sources: Petal Ads server request (`acd.op.hicloud.com/ppsadx/getResult`, body
version/multislot/app/device{oaid, isTrackingEnabled, localeCountry, clientTime}
/network/regs/consent/clientAdRequestId) from prebid/prebid-server
adapters/huaweiads (huaweiads.go and its exemplary JSON tests); the ROM
attributes (`_rom_ver`, `_emui_ver`, `_model`, `_oaid_tracking_flag`...) and the
upload path `{url}/common/hmshioperqrt` with the `App-Id`, `Sdk-Name:
hianalytics`, `servicetag`, `x-hasdk-*` headers from decompiled
com.huawei.hms.analytics / com.huawei.hms.hatool classes in public repos. The
event payload of HiAnalytics is encrypted (AES, key wrapped with RSA: the
`chifer` header field); ids and media events inside it are labelled opaque.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, UA_SYS, iso, rid

APPS: dict[str, tuple[str, str, str]] = {
    # key: (package, HMS app id, display name)
    "kpop": ("com.stanlive.global", "106482913", "StanLive"),
    "radio": ("fm.wavedial.app", "104771203", "WaveDial"),
    "metro": ("kr.metropass.mobile", "105530077", "MetroPass"),
    "gym": ("club.ironhouse.member", "107002114", "IronHouse"),
    "news": ("com.dispatchdaily.news", "103398541", "Dispatch Daily"),
}


def _blob(ctx: Context, n: int) -> str:
    return b64(hashlib.shake_256(f"ha{ctx.counter}{ctx.now}".encode()).digest(n))


def petal_ad(ctx: Context, app: str, adtype: int = 3, tracking: bool = True) -> Flow:
    """A Petal Ads native/banner request: the OAID under device.oaid."""
    pkg, _, name = APPS[app]
    b = FB(ctx, "petal-ads", "POST", "https://acd.op.hicloud.com/ppsadx/getResult")
    b.header("user-agent", UA_SYS)
    b.header("accept", "application/json")
    device = {
        "type": 4,
        "useragent": UA_SYS,
        "os": "android",
        "version": "12",
        "maker": "HUAWEI",
        "model": "MNA-LX9",
        "width": 1220,
        "height": 2700,
        "language": "ko",
        "oaid": b.id("oaid", where="json:device.oaid"),
        "isTrackingEnabled": "1" if tracking else "0",
        "localeCountry": "KR",
        "belongCountry": "KR",
        "clientTime": iso(ctx).replace("T", " ").replace("Z", "+0900"),
    }
    body = {
        "version": "3.4",
        "multislot": [{"adtype": adtype, "slotid": "m" + rid(ctx.rng)[:9], "test": 0}],
        "app": {"version": "4.2.1", "name": name, "pkgname": pkg, "lang": "ko", "country": "KR"},
        "device": device,
        "network": {"type": 1, "carrier": 0},
        "regs": {"coppa": 0},
        "geo": {},
        "consent": "",
        "clientAdRequestId": rid(ctx.rng),
    }
    b.json(body, ctype="application/json;charset=utf-8")
    b.ok_json({"retcode": 204, "multiad": [], "totalCacheSize": 300})
    return b.build()


def _rom(ctx: Context, pkg: str) -> dict[str, object]:
    return {
        "_rom_ver": "13.1.0.176(C432E5R1P2)",
        "_emui_ver": "EmotionUI_13.1.0",
        "_model": "MNA-LX9",
        "_package_name": pkg,
        "_app_ver": "4.2.1",
        "_lib_ver": "6.9.0.300",
        "_lib_name": "hianalytics",
        "_channel": "AppGallery",
        "_restriction_enabled": False,
        "_sys_language": "ko-KR",
        "_manufacturer": "HUAWEI",
        "_os": "android",
        "_os_ver": "12",
        "_screen_height": 2700,
        "_screen_width": 1220,
        "_oaid_tracking_flag": "1",
        "_network_type": "WIFI",
        "_battery_level": ctx.rng.randint(18, 99),
    }


def hianalytics(ctx: Context, app: str, media: bool = False) -> Flow:
    """A HiAnalytics upload: ROM attributes in clear, ids and events encrypted."""
    pkg, appid, _ = APPS[app]
    b = FB(ctx, "hianalytics", "POST", "https://metrics1-dre.dt.dbankcloud.com/common/hmshioperqrt")
    for k, v in (
        ("App-Id", appid),
        ("App-Ver", "4.2.1"),
        ("Sdk-Name", "hianalytics"),
        ("Sdk-Ver", "6.9.0.300"),
        ("Device-Type", "MNA-LX9"),
        ("servicetag", "_openness_log_tag"),
        ("x-hasdk-productid", "99536292102" + appid[-4:]),
        ("x-hasdk-clientid", appid + "0031"),
        ("Request-Id", rid(ctx.rng).replace("-", "")),
    ):
        b.header(k, v)
    b.id_raw("hms_aaid", "aes_gcm", "json:event (encrypted)")
    b.id_raw("oaid", "aes_gcm", "json:event (encrypted)")
    if media:
        b.view("json:event (encrypted $StartPlay/$EndPlay)", detectable=False)
    body = {
        "header": {
            "protocol_version": "1",
            "compress_mode": "1",
            "serviceid": "hmshioperqrt",
            "appid": appid,
            "requestid": rid(ctx.rng).replace("-", ""),
            "servicetag": "_openness_log_tag",
            "chifer": _blob(ctx, 256),
        },
        "_rom_attribute": _rom(ctx, pkg),
        "event": _blob(ctx, 420 if media else 260),
    }
    b.decoy("ROM attributes: screen size, battery, model (not identifiers)")
    b.json(body, encoding="gzip")
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def push_register(ctx: Context, app: str, host: str, aid_attr: str) -> Flow:
    """The app tells its backend the HMS push token, with its ANDROID_ID."""
    b = FB(ctx, app, "POST", f"https://{host}/v1/push/devices")
    b.header("user-agent", UA_SYS)
    b.json(
        {
            "provider": "HMS",
            "token": b.acct("push_token"),
            "androidId": b.id(aid_attr, where="json:androidId"),
            "osVersion": "EMUI 13.1",
            "locale": "ko_KR",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
