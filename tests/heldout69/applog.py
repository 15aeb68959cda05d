"""The short-video app's third-party SDKs: Volcengine DataRangers AppLog (ByteDance)
and Pangle ads.

- AppLog (github.com/volcengine/datarangers-sdk-android, DeviceManager / Api):
  `POST /service/2/device_register/` with `magic_tag: ss_app_log` and a `header`
  (openudid = ANDROID_ID, oaid, device model...) answered with `device_id` /
  `install_id`; events to `/service/2/app_log/` as `event_v3` rows whose `params` is a
  JSON string; with encryption on, `?tt_data=a` and a sealed body.
- Pangle (穿山甲) `api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/`:
  a `device` object with oaid and android_id, or `message` + `cypher` when encrypted.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, dalvik, ms, rid

LOG = "https://gator.volces.com/service/2"
AID = "582318"


def _photo(c: Context) -> str:
    return str(c.rng.randint(5 * 10**18, 9 * 10**18))


def _header(b: FB, c: Context, registered: bool) -> dict:
    h = {
        "aid": AID,
        "app_name": "kuaipai",
        "channel": "xiaomi",
        "package": "com.kuaipai.app",
        "app_version": "12.4.10",
        "os": "Android",
        "os_version": "14",
        "os_api": 34,
        "device_model": c.phone.model,
        "device_brand": "Xiaomi",
        "device_manufacturer": "Xiaomi",
        "rom": "MIUI-OS1.0",
        "cpu_abi": "arm64-v8a",
        "resolution": "2670x1200",
        "language": "zh",
        "region": "CN",
        "tz_name": "Asia/Shanghai",
        "timezone": 8,
        "access": "wifi",
        "sdk_version": "6.15.4",
        "openudid": b.id("aid_short", where="body:header.openudid"),
        "oaid": {
            "id": b.id("oaid", where="body:header.oaid.id"),
            "req_id": rid(c.rng),
            "is_track_limited": False,
            "take_ms": 12,
        },
    }
    if registered:
        b.other_id("bd_did", "body:header.device_id")
        b.other_id("bd_iid", "body:header.install_id")
        h.update({"device_id": c.phone.bd_did, "install_id": c.phone.bd_iid})
    return h


def device_register(c: Context) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/device_register/", [("aid", AID)])
    b.header("user-agent", dalvik())
    b.json({"magic_tag": "ss_app_log", "header": _header(b, c, False), "_gen_time": ms(c)}, "gzip")
    b.other_id("bd_did", "response:device_id", direction="response")
    b.other_id("bd_iid", "response:install_id", direction="response")
    b.ok_json(
        {
            "server_time": int(c.now),
            "device_id": int(c.phone.bd_did),
            "install_id": int(c.phone.bd_iid),
            "device_id_str": c.phone.bd_did,
            "install_id_str": c.phone.bd_iid,
            "new_user": 0,
        }
    )
    return b.build()


def applog_events(c: Context, watched: bool = True) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/app_log/", [("aid", AID)])
    b.header("user-agent", dalvik())
    rows = []
    if watched:
        dur = c.rng.randint(7000, 60000)
        rows.append(
            {
                "event": "video_play_finish",
                "local_time_ms": ms(c),
                "session_id": rid(c.rng),
                "params": json.dumps(
                    {
                        "group_id": _photo(c),
                        "author_id": str(c.rng.randint(10**9, 10**10)),
                        "duration": dur,
                        "play_duration": c.rng.randint(1000, dur),
                        "enter_from": "homepage_hot",
                        "is_auto_play": 1,
                    },
                    separators=(",", ":"),
                ),
            }
        )
        b.view("body:event_v3[].params (JSON string)")
    rows.append(
        {
            "event": "enter_tab",
            "local_time_ms": ms(c),
            "session_id": rid(c.rng),
            "params": json.dumps({"tab_name": c.rng.choice(["follow", "discover", "mine"])}),
        }
    )
    b.json(
        {
            "magic_tag": "ss_app_log",
            "header": _header(b, c, True),
            "event_v3": rows,
            "time_sync": {"server_time": int(c.now), "local_time": int(c.now)},
        },
        "gzip",
    )
    b.ok_json({"magic_tag": "ss_app_log", "message": "success", "server_time": int(c.now)})
    return b.build()


def applog_sealed(c: Context) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/app_log/", [("aid", AID), ("tt_data", "a")])
    b.header("user-agent", dalvik())
    b.set_body(
        bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(400, 900))),
        "application/octet-stream;tt-data=a",
    )
    b.view("body (tt-encrypted event batch)", detectable=False)
    b.ok_json({"magic_tag": "ss_app_log", "message": "success"})
    return b.build()


def pangle_ads(c: Context) -> Flow:
    b = FB(
        c, "pangle", "POST", "https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/"
    )
    dev = {
        "os": 1,
        "os_version": "14",
        "model": c.phone.model,
        "vendor": "Xiaomi",
        "conn_type": 1,
        "oaid": b.id("oaid", where="body:device.oaid"),
        "android_id": b.id("aid_short", where="body:device.android_id"),
        "screen_width": 1200,
        "screen_height": 2670,
        "rom_version": "OS1.0",
    }
    b.json(
        {
            "request_id": rid(c.rng),
            "ad_sdk_version": "5.8.1.6",
            "source_type": "app",
            "app": {"appid": "5432109", "name": "快拍", "package_name": "com.kuaipai.app"},
            "device": dev,
            "adslots": [
                {
                    "id": "956781234",
                    "adtype": 5,
                    "accepted_size": [{"width": 1080, "height": 1920}],
                    "ad_count": 3,
                }
            ],
            "ts": int(c.now),
        }
    )
    b.ok_json({"status_code": 20001, "request_id": rid(c.rng), "message": "no ad"})
    return b.build()


def pangle_sealed(c: Context) -> Flow:
    b = FB(
        c, "pangle", "POST", "https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/"
    )
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(500, 800)))
    b.json({"message": b64(blob), "cypher": 3, "ad_sdk_version": "6.1.0.4"})
    b.decoy("encrypted ad request (no readable id)")
    b.ok_json({"message": b64(blob[:64]), "cypher": 3})
    return b.build()
