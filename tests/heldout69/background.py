"""Ordinary background traffic of a HyperOS phone in mainland China: nothing sensitive,
plenty of look-alikes (request ids, coordinates, hashes, price series, push tokens).

Real endpoints: HyperOS/MIUI connectivity check `connect.rom.miui.com/generate_204`;
AMap web service `restapi.amap.com/v3/weather/weatherInfo` and `/v3/geocode/regeo`
(lbs.amap.com docs) and its raster tiles; Tencent Bugly crash upload
`android.bugly.qq.com/rqd/async?aid=` (a per-request uuid, sealed body); Getui
push keep-alive (sealed; its cid is a push token); Aliyun HTTPDNS `203.107.1.1/<account>/d`.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from . import sdks
from .phone import FB, dalvik, ms, rf, rid

AMAP_KEY = "a3f9c1e2b7d84e6f9a0b1c2d3e4f5a6b"


def generate_204(c: Context) -> Flow:
    b = FB(c, "hyperos", "GET", "http://connect.rom.miui.com/generate_204", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.respond(204, None)
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(
        c,
        "amap",
        "GET",
        "https://restapi.amap.com/v3/weather/weatherInfo",
        [("key", AMAP_KEY), ("city", "330106"), ("extensions", "all")],
    )
    b.ok_json(
        {
            "status": "1",
            "forecasts": [
                {
                    "city": "西湖区",
                    "casts": [
                        {
                            "date": "2024-11-05",
                            "daytemp": str(c.rng.randint(12, 22)),
                            "nighttemp": str(c.rng.randint(5, 12)),
                        }
                        for _ in range(4)
                    ],
                }
            ],
        }
    )
    b.decoy("weather forecast")
    return b.build()


def regeo(c: Context) -> Flow:
    lng, lat = rf(c.rng, 120.05, 120.25, 6), rf(c.rng, 30.2, 30.35, 6)
    b = FB(
        c,
        "amap",
        "GET",
        "https://restapi.amap.com/v3/geocode/regeo",
        [("key", AMAP_KEY), ("location", f"{lng},{lat}"), ("radius", "1000")],
    )
    b.ok_json({"status": "1", "regeocode": {"formatted_address": "浙江省杭州市西湖区文三路"}})
    b.decoy("coordinates for reverse geocoding")
    return b.build()


def map_tile(c: Context) -> Flow:
    b = FB(
        c,
        "amap",
        "GET",
        f"https://webrd0{c.rng.randint(1, 4)}.is.autonavi.com/appmaptile",
        [
            ("lang", "zh_cn"),
            ("size", "1"),
            ("style", "8"),
            ("x", str(c.rng.randint(27000, 27400))),
            ("y", str(c.rng.randint(13300, 13500))),
            ("z", "15"),
        ],
    )
    b.respond(200, "image/png", fake_jpeg(c.rng.randint(0, 10**6), 300))
    b.decoy("map tile")
    return b.build()


def bugly(c: Context) -> Flow:
    b = FB(c, "bugly", "POST", "https://android.bugly.qq.com/rqd/async", [("aid", rid(c.rng))])
    b.header("user-agent", dalvik())
    b.set_body(
        bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(300, 600))),
        "application/octet-stream",
    )
    b.decoy("crash upload request id (aid) and sealed body")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(40)))
    return b.build()


def getui(c: Context) -> Flow:
    b = FB(
        c,
        "getui",
        "POST",
        "https://c-hzgt2.getui.com/api.php",
        [("format", "json"), ("t", "1")],
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "action": "heartbeat",
            "cid": b.acct("getui_cid"),
            "ts": ms(c),
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(120))),
        }
    )
    b.decoy("Getui client id (push token, not a device id)")
    b.ok_json({"result": "ok"})
    return b.build()


def httpdns(c: Context) -> Flow:
    host = c.rng.choice(
        ["api.qiyu-video.cn", "api.kuaipai.cn", "api.huyu.tv", "mapi.jinyunpay.com.cn"]
    )
    b = FB(c, "httpdns", "GET", "http://203.107.1.1/139450/d", [("host", host)], "HTTP/1.1")
    b.ok_json(
        {"host": host, "ips": [f"203.0.113.{c.rng.randint(2, 250)}"], "ttl": 60, "origin_ttl": 600}
    )
    b.decoy("HTTPDNS lookup")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(
        c,
        "alicdn",
        "GET",
        f"https://img.alicdn.com/imgextra/i{c.rng.randint(1, 4)}/{rid(c.rng)}.jpg_q50.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    b.decoy("CDN image")
    return b.build()


def stock(c: Context) -> Flow:
    b = FB(
        c,
        "sina-finance",
        "GET",
        "https://hq.sinajs.cn/list=sh600519,sz000858",
        http_version="HTTP/1.1",
    )
    b.header("referer", "https://finance.sina.com.cn")
    line = ",".join(str(round(1650 + c.rng.gauss(0, 8), 2)) for _ in range(30))
    b.respond(
        200,
        "application/javascript; charset=GBK",
        f'var hq_str_sh600519="贵州茅台,{line}";'.encode(),
    )
    b.decoy("price series")
    return b.build()


def ab_config(c: Context) -> Flow:
    b = FB(
        c,
        "hyperos",
        "GET",
        "https://api.sec.miui.com/cloud/config/v2",
        [("pkg", "com.miui.home"), ("r", "CN"), ("v", "OS1.0.36.0")],
    )
    b.ok_json(
        {
            "experiments": [
                {"id": rid(c.rng).replace("-", "")[:16], "bucket": c.rng.randint(0, 99)}
                for _ in range(4)
            ],
            "sha1": rid(c.rng).replace("-", "") + "abcd1234",
        }
    )
    b.decoy("experiment bucket ids and config hash")
    return b.build()


def umeng(c: Context) -> Flow:
    return sdks.umeng(c, c.rng.choice(["5f9a8b7c6d5e4f3a2b1c0d9e", "60a1b2c3d4e5f60718293a4b"]))


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    regeo,
    map_tile,
    bugly,
    getui,
    httpdns,
    cdn_image,
    stock,
    ab_config,
    umeng,
]
