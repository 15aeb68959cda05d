"""Chinese analytics SDKs the apps embed, each as its own wire format.

- Sensors Data (sa-sdk-android, github.com/sensorsdata/sa-sdk-android): POST to
  `<server>/sa?project=...`, form body `crc=&gzip=1&data_list=<base64(gzip(JSON array))>`;
  each event has `distinct_id`, `anonymous_id`, `identities` ({"$identity_android_id",
  "$identity_oaid"...}), `lib`, `properties` ($device_id = ANDROID_ID, $oaid...).
- GrowingIO Android SDK 3.x (github.com/growingio/growingio-sdk-android-autotracker):
  `POST /v3/projects/<id>/collect?stm=`, JSON array of events with `deviceId`,
  `androidId`, `oaid`, `sessionId`, `eventType`; or encrypted (X-Crypt-Codec: 1).
- Umeng U-App: `POST https://ulogs.umeng.com/unify_logs`, `Msg-Type: envelope/json`,
  a binary envelope around an encrypted body (opaque).
- Tencent Beacon (灯塔): `POST otheve.beacon.qq.com/analytics/v2_upload`, events whose
  `mapValue` keys are code names (A1, A19...); QIMEI is its device id.
"""

from __future__ import annotations

import hashlib
import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, ROM, dalvik, iso, ms, rid


def _crc(data: str) -> str:
    return str(zlib.crc32(data.encode()) & 0x7FFFFFFF)


def sensors(c: Context, host: str, aid_attr: str, events: list[dict], views: bool) -> Flow:
    """A Sensors Data flush: events already hold their own properties."""
    b = FB(c, "sensorsdata", "POST", f"https://{host}/sa", [("project", "production")])
    aid = b.id(aid_attr, where="body:data_list[].properties.$device_id")
    oaid = b.id("oaid", where="body:data_list[].properties.$oaid")
    b.other_id("sa_anon", "body:data_list[].anonymous_id")
    anon = c.phone.sa_anon
    out = []
    for i, ev in enumerate(events):
        props = {
            "$lib": "Android",
            "$lib_version": "6.8.0",
            "$manufacturer": "Xiaomi",
            "$model": c.phone.model,
            "$os": "Android",
            "$os_version": "14",
            "$device_id": aid,
            "$oaid": oaid,
            "$wifi": True,
            "$network_type": "WIFI",
            "$is_first_day": False,
            "$screen_width": 1200,
            "$screen_height": 2670,
        }
        props.update(ev.get("props", {}))
        out.append(
            {
                "_track_id": c.rng.randint(-(2**31), 2**31),
                "time": ms(c) - 500 * i,
                "type": "track",
                "event": ev["event"],
                "distinct_id": anon,
                "anonymous_id": anon,
                "identities": {"$identity_android_id": aid, "$identity_oaid": oaid},
                "lib": {"$lib": "Android", "$lib_method": "code", "$lib_version": "6.8.0"},
                "properties": props,
                "_flush_time": ms(c),
            }
        )
    payload = b64(gz(js(out).encode()))
    b.form([("crc", _crc(payload)), ("gzip", "1"), ("data_list", payload)])
    b.header("user-agent", dalvik())
    if views:
        b.view("body:data_list[].properties (base64+gzip)")
    b.no_content()
    return b.build()


def growingio(c: Context, project: str, events: list[dict], aid_attr: str, views: bool) -> Flow:
    url = f"https://napi.growingio.com/v3/projects/{project}/collect"
    b = FB(c, "growingio", "POST", url, [("stm", str(ms(c)))])
    b.other_id("gio_device", "body:[].deviceId")
    aid = b.id(aid_attr, where="body:[].androidId")
    oaid = b.id("oaid", where="body:[].oaid")
    sid = rid(c.rng)
    out = []
    for i, ev in enumerate(events):
        row = {
            "deviceId": c.phone.gio_device,
            "userId": "",
            "sessionId": sid,
            "eventType": ev.get("type", "CUSTOM"),
            "timestamp": ms(c) - 300 * i,
            "domain": "com.huyu.live",
            "urlScheme": "growing.a1b2c3d4e5f6",
            "eventSequenceId": 40 + i,
            "platform": "Android",
            "platformVersion": "14",
            "deviceBrand": "Xiaomi",
            "deviceModel": c.phone.model,
            "deviceType": "PHONE",
            "androidId": aid,
            "oaid": oaid,
            "appVersion": "7.12.0",
            "sdkVersion": "3.5.2",
            "language": "zh",
            "networkState": "WIFI",
            "screenWidth": 1200,
        }
        row.update(ev.get("fields", {}))
        out.append(row)
    b.json(out, "gzip")
    b.header("user-agent", dalvik())
    b.header("x-compress-codec", "3")
    if views:
        b.view("body:[].attributes (live room watch)")
    b.no_content()
    return b.build()


def growingio_sealed(c: Context, project: str) -> Flow:
    """The same SDK with encryption on: a reader sees bytes only."""
    url = f"https://napi.growingio.com/v3/projects/{project}/collect"
    b = FB(c, "growingio", "POST", url, [("stm", str(ms(c)))])
    b.view("body (xor-encrypted event batch)", detectable=False)
    blob = hashlib.shake_256(f"gio{c.counter}{c.now}".encode()).digest(c.rng.randint(300, 700))
    b.set_body(blob, "application/protobuf")
    b.header("x-crypt-codec", "1")
    b.header("x-compress-codec", "2")
    b.no_content()
    c.counter += 1
    return b.build()


def umeng(c: Context, appkey: str) -> Flow:
    """Umeng's envelope: a signature header block, then an encrypted codex body."""
    b = FB(c, "umeng", "POST", "https://ulogs.umeng.com/unify_logs", http_version="HTTP/1.1")
    b.header("msg-type", "envelope/json")
    b.header("content-type", "envelope/json")
    b.header("x-umeng-utc", str(ms(c)))
    b.header("x-umeng-sdk", "Android/9.6.8 Umeng")
    b.header("user-agent", dalvik())
    head = f"envelope\x00{appkey}\x00{c.rng.randint(1000, 9999)}\x00".encode()
    noise = hashlib.shake_256(f"um{c.now}".encode()).digest(c.rng.randint(400, 900))
    b.body = head + noise
    b.decoy("Umeng envelope (encrypted analytics, appkey only)")
    b.ok_json({"status": 0, "msg": "ok"})
    return b.build()


def beacon(c: Context, appkey: str, event: str, attr: str, views: bool) -> Flow:
    """Tencent Beacon: QIMEI and ANDROID_ID sit under code names in mapValue."""
    b = FB(c, "beacon", "POST", "https://otheve.beacon.qq.com/analytics/v2_upload")
    b.other_id("qimei", "body:events[].mapValue.A153", detectable=False)
    aid = b.id(attr, where="body:events[].mapValue.A1", detectable=False)
    mv = {
        "A1": aid,
        "A2": "",
        "A153": c.phone.qimei,
        "A19": "wifi",
        "A9": "Xiaomi",
        "A10": c.phone.model,
        "A23": "20231201",
        "A33": "zh_CN",
        "A95": ROM,
        "A100": str(ms(c)),
    }
    if views:
        mv.update(
            {"vid": f"v00{c.rng.randint(10**8, 10**9 - 1)}", "dura": str(c.rng.randint(30, 2700))}
        )
        b.view("body:events[].mapValue.vid/dura", detectable=False)
    body = {
        "appVersion": "8.9.20",
        "sdkId": "beacon",
        "sdkVersion": "4.2.86",
        "mainAppKey": appkey,
        "platformId": 1,
        "common": {"A95": ROM},
        "events": [
            {
                "eventCode": event,
                "eventTime": str(ms(c)),
                "eventType": 1,
                "mapValue": mv,
                "eventValue": "",
            }
        ],
    }
    b.json(body, "gzip")
    b.header("user-agent", dalvik())
    b.ok_json({"result": 0, "srcGatewayIp": "198.51.100.9", "serverTime": ms(c)})
    return b.build()


def mta(c: Context, appkey: str) -> Flow:
    """Tencent MTA (legacy mstat): `ui` is IMEI, `mc` the Wi-Fi MAC, `mid` its own id."""
    b = FB(
        c,
        "mta",
        "POST",
        "https://pingma.qq.com/mstat/report/",
        [("index", str(ms(c)))],
        http_version="HTTP/1.1",
    )
    mac = b.id("wifi_mac", where="body:ev.mc")
    imei = b.id("imei1", where="body:ev.ui", detectable=False)
    b.other_id("mta_mid", "body:ev.mid", detectable=False)
    ev = {
        "ky": appkey,
        "et": 2,
        "ts": int(c.now),
        "ui": imei,
        "mc": mac,
        "mid": c.phone.mta_mid,
        "cch": "xiaomi",
        "av": "3.4.2",
        "ncts": 1,
        "ev": {
            "md": c.phone.model,
            "os": 1,
            "ov": "34",
            "sr": "1200*2670",
            "tz": "Asia/Shanghai",
            "rom": ROM,
        },
    }
    b.json(ev, "gzip")
    b.header("user-agent", dalvik())
    b.ok_json({"ret": 0})
    return b.build()


def now_iso(c: Context) -> str:
    return iso(c)
