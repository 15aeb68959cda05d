"""Ad SDKs the free apps carry in Indonesia: Pangle, Mintegral and Bigo Ads.

Each ad request carries the advertising id and the app's ANDROID_ID in the SDK's
own field names; Mintegral hashes nothing and Pangle puts the GAID under `gaid`.
Bigo Ads' SDK sends the GAID base64-encoded under a bare `g`, which no key name
explains (an opaque carrier). Creatives and video ad files are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, ms, rid

APPS = {
    "klip": ("com.klipku.android", "aid_klip"),
    "dangdut": ("id.dangdutin.music", "aid_dangdut"),
    "wayang": ("id.wayangnusantara.tv", "aid_wayang"),
}


def pangle(c: Context, app: str) -> Flow:
    pkg, aid = APPS[app]
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik())
    b.json(
        {
            "request_id": rid(c.rng),
            "ad_sdk_version": "6.2.0.5",
            "app": {"appid": "8107421", "name": pkg, "package_name": pkg},
            "device": {
                "gaid": b.id("gaid", where="json device.gaid"),
                "android_id": b.id(aid, where="json device.android_id"),
                "os": 1,
                "os_version": "14",
                "model": "SM-A546E",
                "language": "in",
                "timezone": 7,
                "conn_type": 4,
                "carrier_name": "Telkomsel",
            },
            "adslots": [{"id": "981234567", "adtype": 5, "accepted_size": [[1080, 1920]]}],
            "ts": ms(c) // 1000,
        }
    )
    b.ok_json({"code": 20000, "message": "success", "request_id": rid(c.rng)})
    return b.build()


def mintegral(c: Context, app: str) -> Flow:
    pkg, aid = APPS[app]
    b = FB(c, "mintegral", "GET", "https://de-hb.rayjump.com/openapi/ad/v3")
    b.params = [
        ("app_id", "228315"),
        ("unit_id", "1847561"),
        ("package_name", pkg),
        ("gaid", b.id("gaid", where="query gaid")),
        ("android_id", b.id(aid, where="query android_id")),
        ("model", "SM-A546E"),
        ("os_version", "14"),
        ("language", "in-ID"),
        ("network_type", "9"),
        ("ad_num", "1"),
        ("sdk_version", "MAL_16.8.11"),
    ]
    b.header("user-agent", dalvik())
    b.ok_json({"status": 1, "msg": "success", "data": {"ads": []}})
    return b.build()


def bigo(c: Context, app: str) -> Flow:
    pkg, _ = APPS[app]
    b = FB(c, "bigo-ads", "POST", "https://api.bigossp.com/Ad/GetUniAd")
    b.header("user-agent", dalvik())
    b.json(
        {
            "pkg": pkg,
            "slot": "10182906-10064173",
            "g": b.id("gaid", "b64", "json g (base64 GAID, bare key)", detectable=False),
            "os": "android",
            "osv": "14",
            "net": "4g",
            "ts": ms(c),
            "sdk": "4.8.1",
        }
    )
    b.ok_json({"code": 1, "ads": []})
    return b.build()


def creative(c: Context) -> Flow:
    b = FB(
        c,
        "pangle",
        "GET",
        f"https://sf16-fe-tos-sg.pangleglobal.com/obj/ad-pattern/{new_hex(c.rng, 32)}.mp4",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp4", b"\x00\x00\x00\x20ftypisom" + bytes(range(200)))
    return b.build()
