"""Wanxiang (fictional Chinese-style super-app) with mini-programs.

Real: Tencent Beacon upload, POST https://otheve.beacon.qq.com/analytics/v2_upload
with appVersion, sdkId, sdkVersion, mainAppKey, platformId and common.A2 (the
unique id: XID, QIMEI36, OAID or ANDROID_ID in that order), events[] of
eventCode, eventTime, mapValue (Tencent gamematrix CGBeaconHttpReporter; tcb-cli
report). Umeng (Alibaba) U-App posts its log envelope to
https://ulogs.umeng.com/unify_logs, an encrypted binary body (header
Msg-Type: envelope/json). The OAID comes from the MSA SDK, which Samsung
phones support. The risk / fingerprint and mini-program backends are ours.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, ms, rf, rid, ua

HOST = "https://api.wanxiang-app.cn"
UA = ua("Wanxiang", "9.0.52")
APPIDS = ["wxa18c0e2f9b33d401", "wx5be07a2c11f0e6d3", "wx7d93c55e0a81b2f7"]


def _cipher(seed: str, n: int) -> bytes:
    """Bytes that look like ciphertext and contain no plaintext id."""
    out = b""
    while len(out) < n:
        out += hashlib.sha256((seed + str(len(out))).encode()).digest()
    return out[:n]


def umeng_envelope(ctx: Context) -> Flow:
    b = FB(ctx, "umeng", "POST", "https://ulogs.umeng.com/unify_logs")
    b.header("user-agent", UA)
    b.header("msg-type", "envelope/json")
    umid = b.id_raw("umeng_umid", "umeng_envelope", "binary envelope (encrypted)")
    oaid = b.id_raw("oaid", "umeng_envelope", "binary envelope (encrypted)")
    b.set_body(_cipher(umid + oaid + str(ctx.rng.random()), 640), "envelope/json")
    b.respond(200, "application/json", b'{"code":0}')
    return b.build()


def beacon_upload(ctx: Context) -> Flow:
    b = FB(ctx, "tencent-beacon", "POST", "https://otheve.beacon.qq.com/analytics/v2_upload")
    b.header("user-agent", UA)
    event = ctx.rng.choice(["miniapp_launch", "page_view", "share_click"])
    b.json(
        {
            "appVersion": "9.0.52",
            "sdkId": "android",
            "sdkVersion": "4.2.86.2",
            "mainAppKey": "0AND0WX5T3K9QZ1M",
            "platformId": 3,
            "common": {"A2": b.id("qimei36", where="json common.A2", detectable=False)},
            "events": [
                {
                    "eventCode": event,
                    "eventTime": str(ms(ctx)),
                    "mapValue": {
                        "appid": ctx.rng.choice(APPIDS),
                        "scene": "1001",
                        "oaid": b.id("oaid", where="json events[].mapValue.oaid"),
                    },
                }
            ],
        }
    )
    b.respond(200, "application/json", b'{"result":0,"srcGatewayIp":"","serverTime":0}')
    return b.build()


def risk_collect(ctx: Context) -> Flow:
    b = FB(ctx, "wanxiang", "POST", "https://sec.wanxiang-app.cn/risk/v3/collect")
    b.header("user-agent", UA)
    body = {
        "device_fp": b.id("super_fp", where="json device_fp"),
        "oaid": b.id("oaid", where="json oaid"),
        "android_id_md5": b.id("aid_super", "md5", where="json android_id_md5"),
        "brand": "samsung",
        "model": "SM-S921B",
        "rooted": False,
        "emulator": False,
        "battery": ctx.rng.randint(20, 100),
        "ts": ms(ctx),
    }
    b.json(body, "gzip")
    b.ok_json({"riskLevel": 0, "token": rid(ctx.rng)})
    return b.build()


def drama_progress(ctx: Context) -> Flow:
    b = FB(ctx, "wanxiang-miniapp", "POST", "https://mp.wanxiang-app.cn/miniapp/drama/v1/progress")
    b.header("user-agent", UA + " MiniProgramEnv/android")
    dur = ctx.rng.randint(60, 180)
    b.json(
        {
            "appid": APPIDS[1],
            "openid": b.acct("super_openid"),
            "dramaId": "dr" + str(ctx.rng.randint(10000, 99999)),
            "dramaTitle": ctx.rng.choice(["闪婚总裁", "重生之我是首富", "她的第二人生"]),
            "episodeNo": ctx.rng.randint(1, 80),
            "watchedSec": ctx.rng.randint(5, dur),
            "durationSec": dur,
            "finished": ctx.rng.random() < 0.3,
        }
    )
    b.view("json dramaId/episodeNo/watchedSec (mini-program drama progress)")
    b.ok_json({"errcode": 0})
    return b.build()


def mini_report_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "wanxiang-miniapp", "POST", "https://mp.wanxiang-app.cn/mmdata/report")
    b.header("user-agent", UA)
    body = pb_varint(1, 21053) + pb_varint(2, ctx.rng.randint(1, 80))
    body += pb_varint(3, ctx.rng.randint(5, 180)) + pb_bytes(4, _cipher(rid(ctx.rng), 24))
    b.set_body(body, "application/octet-stream")
    b.view("protobuf numeric fields (drama episode and seconds)", detectable=False)
    b.respond(200, "application/octet-stream", b"\x08\x00")
    return b.build()


def pay_qr(ctx: Context) -> Flow:
    b = FB(ctx, "wanxiang", "POST", HOST + "/pay/v2/qrcode/decode")
    b.header("user-agent", UA)
    b.json(
        {"qr": "https://qr.wanxiang-app.cn/p/" + rid(ctx.rng)[:12], "amount": rf(ctx.rng, 3, 99, 2)}
    )
    b.ok_json({"merchant": "便利店", "orderNo": "WX" + str(ctx.rng.getrandbits(48))})
    b.decoy("payment QR and order number")
    return b.build()


def poi_nearby(ctx: Context) -> Flow:
    b = FB(ctx, "wanxiang", "GET", HOST + "/lbs/v1/poi/nearby")
    b.header("user-agent", UA)
    b.param("loc", f"{rf(ctx.rng, 31.1, 31.3)},{rf(ctx.rng, 121.3, 121.6)}")
    pois = [[rf(ctx.rng, 31.1, 31.3), rf(ctx.rng, 121.3, 121.6)] for _ in range(10)]
    b.ok_json({"pois": pois, "total": 10})
    b.decoy("coordinate list of nearby places")
    return b.build()


def miniapp_package(ctx: Context) -> Flow:
    appid = ctx.rng.choice(APPIDS)
    b = FB(
        ctx,
        "wanxiang",
        "GET",
        f"https://res.wanxiang-app.cn/mp/pkg/{appid}/v{ctx.rng.randint(10, 99)}.wxapkg",
    )
    b.header("user-agent", UA)
    b.respond(200, "application/octet-stream", _cipher(appid, 900))
    b.decoy("mini-program package download")
    return b.build()


def red_packet(ctx: Context) -> Flow:
    b = FB(ctx, "wanxiang", "POST", HOST + "/hongbao/v1/open")
    b.header("user-agent", UA)
    b.form([("sendId", str(ctx.rng.getrandbits(60))), ("ts", str(ms(ctx)))])
    b.ok_json({"amount": rf(ctx.rng, 0.01, 8.88, 2), "hash": _cipher(rid(ctx.rng), 16).hex()})
    b.decoy("red-packet id and hash")
    return b.build()
