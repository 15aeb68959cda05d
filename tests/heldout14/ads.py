"""Tower Tumble's ad SDKs: Amazon Publisher Services (APS) and ironSource mediation.

APS: the Android SDK posts bid requests to `https://aax.amazon-adsystem.com/e/
msdk/ads` as JSON with `dinfo{os, model, make, osVer, dt, ua...}`, `slots[{sz,
slot, slotId, supportedMediaTypes}]`, `appId`, `pj`, `isDTBMobile`, `pkg{lbl,
pn, v, vn}`, `gdpr{c, e}` (a decrypted capture published in
"mobile privacy traffic analysis" notes); config from
`mads.amazon-adsystem.com/msdk/getConfig`; ad id and hashed device id under
the DTB names `idfa` and `sha1_udid`. ironSource: events POSTed to
`https://outcome.supersonicads.com/mediation/` as the general properties
(`bundleId`, `advertisingId`, `advertisingIdType`, `isLimitAdTrackingEnabled`,
`appKey`, `deviceOS`, `osVersion`, `deviceOEM`, `deviceModel`, `sessionId`,
`mt`, `auid`...) plus `timestamp`, `adUnit` and `events[{eventId, timestamp...}]`
(mediationsdk AbstractEventsFormatter / GeneralPropertiesWorker); init at
`init.supersonicads.com/sdk/v` (query names assumed).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, ms, rid

APS_APP = "7c2d4e1a-9b3f-4a6e-8d0c-5f1e2a3b4c5d"
IS_KEY = "1a2b3c4d5"
WV_UA = (
    "Mozilla/5.0 (Linux; Android 11; KFTRWI Build/RS8332.3115N; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.186 Safari/537.36"
)


def aps_bid(c: Context) -> Flow:
    b = FB(c, "aps", "POST", "https://aax.amazon-adsystem.com/e/msdk/ads", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("accept", "application/json")
    dinfo = {
        "os": "Android",
        "model": "KFTRWI",
        "make": "Amazon",
        "osVer": "11",
        "dt": "tablet",
        "ua": WV_UA,
        "screenSize": "1280x800",
        "connectionType": "Wifi",
        "orientation": "landscape",
        "idfa": b.id("adid", where="body.dinfo.idfa"),
        "oo": "false",
        "sha1_udid": b.id("aid_game", "sha1", where="body.dinfo.sha1_udid"),
    }
    size = c.rng.choice(["320x50", "728x90", "interstitial"])
    b.json(
        {
            "dinfo": dinfo,
            "sdkVer": "aps-android-9.10.3-IRONSOURCE",
            "slots": [
                {"sz": size, "slot": rid(c.rng), "slotId": 1, "supportedMediaTypes": ["DISPLAY"]}
            ],
            "appId": APS_APP,
            "pj": {"autoRefresh": "false", "mediationName": "IRONSOURCE", "fwk": "unity"},
            "isDTBMobile": "true",
            "pkg": {"lbl": "Tower Tumble", "pn": "games.towertumble", "v": "142", "vn": "1.42.0"},
        },
        "gzip",
    )
    b.ok_json(
        {"errorCode": 200, "ads": {"1": {"bidId": rid(c.rng), "pp": "amzn_b_" + rid(c.rng)[:6]}}}
    )
    return b.build()


def aps_config(c: Context) -> Flow:
    b = FB(
        c, "aps", "GET", "https://mads.amazon-adsystem.com/msdk/getConfig", http_version="HTTP/1.1"
    )
    b.header("user-agent", dalvik())
    b.param("appId", APS_APP)
    b.param("sdkVer", "aps-android-9.10.3")
    b.param("fp", "false")
    b.param("mkt", "US")
    b.param("idfa", b.id("adid", where="query.idfa"))
    b.ok_json({"status": "ok", "pj": {"cfg": 1}, "ttl": 86400})
    return b.build()


def is_init(c: Context) -> Flow:
    b = FB(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.param("platform", "android")
    b.param("applicationKey", IS_KEY)
    b.param("applicationUserId", b.id("adid", where="query.applicationUserId", detectable=False))
    b.param("sdkVersion", "7.9.0")
    b.param("pluginType", "Unity")
    b.param("advId", b.id("adid", where="query.advId"))
    b.param("advIdType", "AMAZON")
    b.ok_json({"providerOrder": {"rewardedVideo": ["APS", "ironSource"]}, "configurations": {}})
    return b.build()


def is_init_encrypted(c: Context) -> Flow:
    b = FB(c, "ironsource", "POST", "https://init.supersonicads.com/sdk/v", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.params = [("platform", "android"), ("applicationKey", IS_KEY), ("sdkVersion", "8.3.0")]
    b.id_raw("adid", "aes_cbc", where="body (encrypted init payload)")
    b.set_body(c.rng.randbytes(c.rng.randint(500, 900)), "application/octet-stream")
    b.ok_json({"response": c.rng.randbytes(60).hex()})
    return b.build()


def is_outcome(c: Context) -> Flow:
    b = FB(
        c,
        "ironsource",
        "POST",
        "https://outcome.supersonicads.com/mediation/",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    t = ms(c)
    events = [
        {
            "eventId": c.rng.choice([1001, 1003, 1200, 1301]),
            "timestamp": t - i * 900,
            "provider": c.rng.choice(["APS", "ironSource"]),
            "placement": "DefaultRewardedVideo",
        }
        for i in range(c.rng.randint(1, 4))
    ]
    body = {
        "bundleId": "games.towertumble",
        "advertisingId": b.id("adid", where="body.advertisingId"),
        "advertisingIdType": "AMAZON",
        "isLimitAdTrackingEnabled": False,
        "appKey": IS_KEY,
        "deviceOS": "Android",
        "osVersion": "30(11)",
        "connectionType": "wifi",
        "language": "EN",
        "deviceOEM": "Amazon",
        "deviceModel": "KFTRWI",
        "battery": c.rng.randint(20, 100),
        "gmtMinutesOffset": -360,
        "appVersion": "1.42.0",
        "sessionId": rid(c.rng).replace("-", ""),
        "pluginType": "Unity",
        "jb": False,
        "mt": "ironSource",
        "firstSession": False,
        "auid": b.id("game_auid", where="body.auid", detectable=False),
        "timestamp": t,
        "adUnit": 1,
        "events": events,
    }
    b.json(body)
    b.ok_json({})
    return b.build()
