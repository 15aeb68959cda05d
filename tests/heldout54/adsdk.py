"""Ad SDKs inside the free tiers of the football and music apps.

- Unity Ads: ad request POST auction.unityads.unity3d.com/v6/games/{gameId}/requests
  with advertisingTrackingId, limitAdTracking, androidId, deviceMake,
  deviceModel, platform, screen*, apiLevel, connectionType in the query and
  bundleId, language, timeZone, deviceFreeSpace in the body; video events carry
  eventId, sessionId, advertisingTrackingId in the body
  (Unity-Technologies unity-ads documentation, "All Parameters" tables).
- Mintegral: GET setting.rayjump.com/setting with app_id, sign, platform,
  package_name, gaid, brand, model; ad loads carry the device block
  obfuscated with Mintegral's own shuffled base64 ("dvi") (Mintegral Android
  SDK integration notes; captures discussed in adblock filter issues).
- Pangle: POST api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/ with the
  real request AES-encrypted in "message" ("cypher": 3); settings/stats calls
  (Pangle Android SDK behaviour as seen in public traffic captures).
- InMobi: POST api.w.inmobi.com/showad/v3 (form) with im-plid and u-id-map, a
  JSON map of GPID (advertising id), O1 (SHA-1 of ANDROID_ID), UM5 (MD5 of
  ANDROID_ID) (InMobi Android SDK, RequestBuilder / UidHelper in decompiled SDKs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import b64, js

from .phone import FB, ms, rid

APPS = {
    "futbol": ("com.golazo.app", "aid_futbol", "5012874"),
    "musica": ("com.ritmo.music", "aid_musica", "5309911"),
}


def _app(c: Context) -> tuple[str, str, str]:
    return APPS[c.rng.choice(["futbol", "musica"])]


def unity_request(c: Context) -> Flow:
    bundle, aid, game = _app(c)
    b = FB(c, "unityads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{game}/requests")
    b.params += [
        ("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("androidId", b.id(aid, where="query.androidId")),
        ("deviceMake", "motorola"),
        ("deviceModel", "moto g84 5G"),
        ("platform", "android"),
        ("screenDensity", "400"),
        ("screenWidth", "1080"),
        ("screenHeight", "2400"),
        ("sdkVersion", "4920"),
        ("apiLevel", "34"),
        ("connectionType", c.rng.choice(["wifi", "cellular"])),
        ("idfi", b.id("unity_idfi", where="query.idfi")),
    ]
    b.json(
        {
            "bundleId": bundle,
            "bundleVersion": "7.3.0",
            "language": "es_MX",
            "timeZone": "GMT-06:00",
            "deviceFreeSpace": c.rng.randint(10**6, 9 * 10**7),
            "networkOperator": "334020",
            "networkOperatorName": "TELCEL",
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "placements": {"video": "none"}})
    return b.build()


def unity_event(c: Context) -> Flow:
    game = _app(c)[2]
    path = f"mobile/gamers/{new_hex(c.rng, 24)}/video/start/{game}"
    b = FB(
        c,
        "unityads",
        "POST",
        f"https://adserver.unityads.unity3d.com/{path}",
    )
    b.json(
        {
            "eventId": rid(c.rng),
            "sessionId": rid(c.rng),
            "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "cached": True,
            "deviceMake": "motorola",
            "deviceModel": "moto g84 5G",
            "apiLevel": 34,
            "sdkVersion": "4920",
        }
    )
    b.no_content()
    return b.build()


def mintegral_setting(c: Context) -> Flow:
    bundle = _app(c)[0]
    b = FB(c, "mintegral", "GET", "https://setting.rayjump.com/setting")
    b.params += [
        ("app_id", "118472"),
        ("sign", new_hex(c.rng, 32)),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", bundle),
        ("gaid", b.id("gaid", where="query.gaid")),
        ("brand", "motorola"),
        ("model", "moto g84 5G"),
        ("sdk_version", "MAL_16.7.21"),
    ]
    b.ok_json({"status": 1, "data": {"cc": "MX"}})
    return b.build()


def mintegral_load(c: Context) -> Flow:
    aid = _app(c)[1]
    b = FB(c, "mintegral", "POST", "https://hb.rayjump.com/load")
    dvi = {
        "gaid": b.id_raw("gaid", "custom_b64", "body.dvi (shuffled base64)"),
        "android_id": b.id_raw(aid, "custom_b64", "body.dvi (shuffled base64)"),
        "mtg_uid": b.id_raw("mtg_uuid", "custom_b64", "body.dvi"),
    }
    b.form(
        [
            ("app_id", "118472"),
            ("unit_id", "2154" + new_hex(c.rng, 4)),
            ("ad_num", "1"),
            ("dvi", encode(js(dvi), "custom_b64")),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def pangle_get_ads(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.id_raw("gaid", "pangle_aes", "body.message (AES)")
    b.id_raw("pangle_did", "pangle_aes", "body.message (AES)")
    b.json(
        {
            "message": "3" + b64(bytes.fromhex(new_hex(c.rng, 600))),
            "cypher": 3,
            "ad_sdk_version": "5.9.0.4",
        }
    )
    b.ok_json({"message": b64(bytes.fromhex(new_hex(c.rng, 200))), "cypher": 3})
    return b.build()


def pangle_stats(c: Context) -> Flow:
    bundle = _app(c)[0]
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/stats/batch/")
    b.json(
        {
            "ad_sdk_version": "5.9.0.4",
            "app": {"package_name": bundle},
            "device_info": {
                "gaid": b.id("gaid", where="body.device_info.gaid"),
                "did": b.id("pangle_did", where="body.device_info.did"),
                "os": "Android",
                "model": "moto g84 5G",
            },
            "stats_list": [{"type": "sdk_init", "ts": ms(c)}],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def inmobi_showad(c: Context) -> Flow:
    bundle, aid, _ = _app(c)
    b = FB(c, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3")
    idmap = {
        "GPID": b.id("gaid", where="body.u-id-map.GPID"),
        "O1": b.id(aid, how="sha1", where="body.u-id-map.O1", detectable=False),
        "UM5": b.id(aid, how="md5", where="body.u-id-map.UM5", detectable=False),
    }
    b.form(
        [
            ("im-plid", "1719" + new_hex(c.rng, 8)),
            ("u-id-map", js(idmap)),
            ("u-id-adt", "0"),
            ("ufid", b.id("inmobi_ufid", where="body.ufid", detectable=False)),
            ("d-device-screen-size", "1080X2400"),
            ("u-appbid", bundle),
            ("mk-version", "pr-SAND-KTRKA-20240318"),
        ]
    )
    b.ok_json({"requestId": rid(c.rng), "ads": []})
    return b.build()
