"""The Chinese SDKs these apps carry, as they are configured in the apps.

Umeng (友盟, Alibaba) launches with its umid, the OAID and the host app's
ANDROID_ID; the release build seals the envelope (encrypted). GeTui (个推) push
registers its client id (cid). Sensors Data (神策) batches events as gzip+base64
`data_list` with the ANDROID_ID as `$device_id`. TalkingData launches with its
tdid. Pangle (穿山甲) asks for ads with the OAID, once in the clear and once in
its encrypted `message`. OceanEngine (巨量引擎) gets an activation callback with
an MD5 of the OAID. Tencent Beacon (灯塔) carries the music app's QIMEI and its
`song_play` event (viewing history). The Xiaomi system statistics service, a
system app, may read the IMEI.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, ms, opaque_blob, rid

SDK_UA = "Dalvik/2.1.0 (Linux; U; Android 14; 23127PN0CC Build/UKQ1.230804.001)"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", SDK_UA)
    return b


def umeng_launch(c: Context) -> Flow:
    b = _b(c, "umeng", "POST", "https://alogus.umeng.com/unify_logs")
    b.header("msg-type", "envelope/json")
    b.json(
        {
            "header": {
                "appkey": "5f8e" + new_hex(c.rng, 20),
                "umid": b.id("umid", where="json header.umid"),
                "oaid": b.id("oaid", where="json header.oaid"),
                "android_id": b.id("aid_video", where="json header.android_id"),
                "device_model": "23127PN0CC",
                "channel": "xiaomi",
            },
            "content": {"analytics": {"sessions": [{"id": rid(c.rng), "start_time": ms(c)}]}},
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def umeng_sealed(c: Context) -> Flow:
    b = _b(c, "umeng", "POST", "https://ulogs.umeng.com/unify_logs")
    b.header("msg-type", "envelope/json")
    b.id_raw("umid", "umeng_envelope", "body (sealed Umeng envelope)")
    b.id_raw("aid_short", "umeng_envelope", "body (sealed Umeng envelope)")
    b.set_body(
        b"UMPX" + bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream"
    )
    b.ok_json({"status": "ok"})
    return b.build()


def getui_register(c: Context) -> Flow:
    b = _b(c, "getui", "POST", "https://sdk-open-phone.getui.com/api.php?format=json&t=1")
    b.json(
        {
            "action": "addphoneinfo",
            "id": b.id("getui_cid", where="json id (GeTui cid)"),
            "appid": new_hex(c.rng, 22),
            "model": "23127PN0CC",
            "oaid": b.id("oaid", where="json oaid"),
            "deviceToken": b.acct("push_token"),
        }
    )
    b.ok_json({"result": "ok"})
    return b.build()


def sensors_batch(c: Context) -> Flow:
    """Sensors Data in the bank app: gzip+base64 `data_list` of events."""
    b = _b(c, "sensorsdata", "POST", "https://jinsha.datasink.sensorsdata.cn/sa?project=production")
    anon = b.id_raw("sa_anon", "gzip_b64", "form data_list (gzip+base64) distinct_id")
    device = b.id_raw("aid_bank", "gzip_b64", "form data_list (gzip+base64) $device_id")
    b.carriers[-1].known = True  # plain JSON once gzip and base64 are undone: --known may see it
    events = [
        {
            "distinct_id": anon,
            "type": "track",
            "event": e,
            "time": ms(c),
            "properties": {"$device_id": device, "$os": "Android", "$model": "23127PN0CC"},
        }
        for e in ("$AppStart", "$AppViewScreen", "$AppClick")
    ]
    packed = b64(gzip.compress(js(events).encode(), mtime=0))
    b.form([("crc", str(c.rng.randint(10**8, 10**9))), ("gzip", "1"), ("data_list", packed)])
    b.ok_json({})
    return b.build()


def talkingdata(c: Context) -> Flow:
    b = _b(c, "talkingdata", "POST", "https://tdcv3.talkingdata.com/g/d")
    b.json(
        {
            "tdid": b.id("ride_tdid", where="json tdid"),
            "androidId": b.id("aid_ride", where="json androidId"),
            "oaid": b.id("oaid", where="json oaid"),
            "appKey": new_hex(c.rng, 32).upper(),
            "ts": ms(c),
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def pangle_ads(c: Context) -> Flow:
    b = _b(
        c, "pangle", "POST", "https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/"
    )
    b.json(
        {
            "app": {"appid": "5" + new_hex(c.rng, 6), "package_name": "com.kuaipai.android"},
            "device": {
                "oaid": b.id("oaid", where="json device.oaid"),
                "android_id": b.id("aid_short", where="json device.android_id"),
                "os_type": "Android",
                "conn_type": 4,
            },
            "adslots": [
                {"id": "9" + new_hex(c.rng, 8), "adtype": 5, "accepted_size": [[1080, 1920]]}
            ],
            "req_id": rid(c.rng),
        }
    )
    b.ok_json({"message": "success", "ads": []})
    return b.build()


def pangle_encrypted(c: Context) -> Flow:
    b = _b(
        c, "pangle", "POST", "https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/"
    )
    b.id_raw("oaid", "pangle_cypher3", "json message (cypher 3)")
    b.json({"message": opaque_blob(c, 420), "cypher": 3, "ad_sdk_version": "5.9.1.6"})
    b.ok_json({"message": opaque_blob(c, 120), "cypher": 3})
    return b.build()


def oceanengine_activate(c: Context) -> Flow:
    b = _b(c, "oceanengine", "GET", "https://ad.oceanengine.com/track/activate/")
    b.param("callback", "EJi" + new_hex(c.rng, 40))
    b.param("event_type", "0")
    b.param("oaid_md5", b.id("oaid", "md5", "query oaid_md5"))
    b.param("conv_time", str(int(c.now)))
    b.ok_json({"code": 0, "ret": 0, "msg": "success"})
    return b.build()


def beacon_song_play(c: Context) -> Flow:
    b = _b(c, "tencent-beacon", "POST", "https://otheve.beacon.qq.com/analytics/v2_upload")
    b.view("json events[] song_play with song_id / play_time")
    b.json(
        {
            "appVersion": "13.2.1",
            "qimei36": b.id("music_qimei", where="json qimei36"),
            "events": [
                {
                    "eventCode": "song_play",
                    "eventTime": ms(c),
                    "mapValue": {
                        "song_id": str(c.rng.randint(100000, 999999)),
                        "play_time": str(c.rng.randint(5, 300)),
                        "from": "daily_rec",
                    },
                }
            ],
        }
    )
    b.ok_json({"result": 0})
    return b.build()


def beacon_app_start(c: Context) -> Flow:
    b = _b(c, "tencent-beacon", "POST", "https://otheve.beacon.qq.com/analytics/v2_upload")
    b.json(
        {
            "appVersion": "13.2.1",
            "qimei36": b.id("music_qimei", where="json qimei36"),
            "events": [{"eventCode": "rqd_applaunched", "eventTime": ms(c), "mapValue": {}}],
        }
    )
    b.ok_json({"result": 0})
    return b.build()


def mistat_system(c: Context) -> Flow:
    """Xiaomi's system statistics app: a system app, allowed to read the IMEI."""
    b = _b(c, "xiaomi-mistat", "POST", "https://data.mistat.xiaomi.com/mistats/v3")
    b.form(
        [
            ("imei", b.id("imei", where="form imei")),
            ("oaid", b.id("oaid", where="form oaid")),
            ("miui", "V816.0.10.0.UNCCNXM"),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def mistat_hashed(c: Context) -> Flow:
    b = _b(c, "xiaomi-mistat", "GET", "https://data.mistat.xiaomi.com/key_get")
    b.param("i", b.id("imei", "md5_upper", "query i (MD5 of IMEI)", detectable=False))
    b.param("r", "CN")
    b.ok_json({"code": 0})
    return b.build()
