"""Ad SDKs in the games: HUAWEI Ads Kit, Pangle, Mintegral and Unity Ads.

- HUAWEI Ads Kit: the ads-identifier SDK gives the OAID and the "Disable
  personalized ads" switch, which the Ads SDK "includes in the request"
  (developer.huawei.com HMS-Guides 3030102 / 3030304); body modelled on the
  OpenRTB-style device object, with the OAID and isTrackingEnabled.
- Pangle (ByteDance): get_ads bodies are encrypted ({"message", "cypher"}),
  so the ids inside are opaque; the stats batch names its fields.
- Mintegral: ad requests to *.rayjump.com /openapi/ad/v3 with query params;
  the device fields follow Mintegral's RTB doc (Mintegral-official/mtgrtb_doc:
  ifa, android_id, dpidmd5 / dpidsha1 hashes), the rest packed in an
  obfuscated "dvi" parameter (custom base64 alphabet: not detectable).
- Unity Ads: parameter names from Unity's SDK parameter table
  (advertisingTrackingId, limitAdTracking, androidId, deviceMake, ...);
  without Google services advertisingTrackingId stays empty.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64

from .phone import FB, dalvik, ms, rid

GAME_PKG = "com.sandstorm.rally"


def hms_ad_request(c: Context) -> Flow:
    b = FB(c, "hms_ads", "POST", "https://acd.op.hicloud.com/result.ad")
    b.header("user-agent", dalvik())
    b.json(
        {
            "version": "3.4.62",
            "app": {"pkgname": GAME_PKG, "version": "2.7.0"},
            "device": {
                "type": 4,
                "os": "android",
                "version": "12",
                "maker": "HUAWEI",
                "model": "MNA-LX9",
                "oaid": b.id("oaid", where="json device.oaid"),
                "isTrackingEnabled": "1",
                "language": "ar",
                "width": 1220,
                "height": 2700,
            },
            "multislot": [{"slotid": "testx9dtjwj8hp", "adtype": 7, "orientation": 1}],
            "reqId": rid(c.rng),
        }
    )
    b.ok_json({"retcode": 200, "multiad": []})
    return b.build()


def hms_ad_event(c: Context) -> Flow:
    b = FB(
        c, "hms_ads", "POST", "https://events-dre.op.dbankcloud.com/contserver/newcontent/action"
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "event": [
                {
                    "type": "imp",
                    "contentid": "c" + str(c.rng.randint(10**8, 10**9)),
                    "time": ms(c),
                    "slotid": "testx9dtjwj8hp",
                }
            ],
            "oaid": b.id("oaid", "sha256", where="json oaid (sha256)"),
            "isTrackingEnabled": "1",
        }
    )
    b.ok_json({"retcode": 200})
    return b.build()


def pangle_get_ads(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.id_raw("oaid", "pangle_cipher", "json message (encrypted request: oaid inside)")
    b.id_raw("aid_game", "pangle_cipher", "json message (encrypted request: android_id inside)")
    b.json({"message": b64(bytes(c.rng.getrandbits(8) for _ in range(480))), "cypher": 3})
    b.ok_json({"message": b64(bytes(c.rng.getrandbits(8) for _ in range(200))), "cypher": 3})
    return b.build()


def pangle_stats(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-event-sg.pangle.io/api/ad/union/sdk/stats/batch/")
    b.json(
        {
            "stats_list": [
                {
                    "type": "load_ad",
                    "ad_sdk_version": "5.9.0.6",
                    "app_id": "8123456",
                    "device_id": b.id("pangle_did", where="json stats_list[].device_id"),
                    "oaid": b.id("oaid", where="json stats_list[].oaid"),
                    "timestamp": ms(c),
                    "duration": c.rng.randint(80, 900),
                }
            ]
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def mintegral_ad(c: Context) -> Flow:
    b = FB(c, "mintegral", "GET", "https://net.rayjump.com/openapi/ad/v3")
    b.header("user-agent", dalvik())
    dvi = json.dumps({"andid": c.phone.aid_game, "sysid": c.phone.mtg_sysid}, separators=(",", ":"))
    b.id_raw("aid_game", "custom_b64", "query dvi (obfuscated: android id inside)")
    b.id_raw("mtg_sysid", "custom_b64", "query dvi (obfuscated: sys_id inside)")
    for k, v in [
        ("app_id", "142233"),
        ("unit_id", "461122"),
        ("platform", "1"),
        ("os_version", "12"),
        ("brand", "HUAWEI"),
        ("model", "MNA-LX9"),
        ("oaid", b.id("oaid", where="query oaid")),
        ("dpidmd5", b.id("aid_game", "md5", where="query dpidmd5")),
        ("dvi", encode(dvi, "custom_b64")),
        ("ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    b = FB(c, "mintegral", "GET", "https://configure.rayjump.com/setting")
    for k, v in [
        ("app_id", "142233"),
        ("platform", "1"),
        ("sdk_version", "MAL_16.8.11"),
        ("sys_id", b.id("mtg_sysid", where="query sys_id")),
        ("country_code", "MA"),
    ]:
        b.param(k, v)
    b.ok_json({"cc": "MA", "upal": 1})
    return b.build()


def unity_request(c: Context) -> Flow:
    b = FB(c, "unity", "POST", "https://auction.unityads.unity3d.com/v6/games/5012345/requests")
    for k, v in [
        ("advertisingTrackingId", ""),
        ("limitAdTracking", "true"),
        ("androidId", b.id("aid_game", where="query androidId")),
        ("deviceMake", "HUAWEI"),
        ("deviceModel", "MNA-LX9"),
        ("platform", "android"),
        ("sdkVersion", "4120"),
        ("apiLevel", "31"),
        ("connectionType", "wifi"),
    ]:
        b.param(k, v)
    b.json(
        {
            "bundleId": GAME_PKG,
            "bundleVersion": "2.7.0",
            "language": "ar_MA",
            "timeZone": "Africa/Casablanca",
            "idfi": b.id("unity_idfi", where="json idfi"),
            "deviceFreeSpace": c.rng.randint(10**6, 9 * 10**7),
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
        }
    )
    b.ok_json({"placements": {}, "correlationId": rid(c.rng)})
    return b.build()


def unity_operative(c: Context) -> Flow:
    b = FB(c, "unity", "POST", "https://httpkafka.unityads.unity3d.com/v1/events")
    b.json(
        {
            "type": "ads.sdk2.events.operative.json",
            "msg": {
                "eventId": rid(c.rng),
                "sessionId": rid(c.rng),
                "placementId": "rewardedVideo",
                "cached": True,
                "skippedAt": c.rng.randint(0, 30000),
                "osVersion": "12",
                "deviceModel": "MNA-LX9",
                "idfi": b.id("unity_idfi", where="json msg.idfi"),
            },
        }
    )
    b.no_content()
    return b.build()
