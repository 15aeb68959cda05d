"""Ordinary traffic between the apps: weather, map tiles, WeChat messages, CDN
images, crash reports with trace ids, parcels, shopping, connectivity checks. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def connectivity(c: Context) -> Flow:
    b = FB(c, "miui", "GET", "http://connect.rom.miui.com/generate_204", http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(31.23, 121.47), (30.66, 104.07)])
    b = _b(c, "qweather", "GET", "https://devapi.qweather.com/v7/weather/24h")
    b.param("location", f"{lon},{lat}")
    b.param("key", new_hex(c.rng, 32))
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "code": "200",
            "hourly": [{"fxTime": iso(c), "temp": str(c.rng.randint(5, 28))} for _ in range(24)],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "amap", "GET", f"https://wprd01.is.autonavi.amap.com/appmaptile?x={x}&y={y}&z={z}")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def wechat_msg(c: Context) -> Flow:
    b = _b(c, "wechat-like", "POST", "https://chat.liaotian.example/v1/msg")
    b.json(
        {
            "huihua": rid(c.rng),
            "neirong": c.rng.choice(["晚上吃火锅吗", "妈，周末回成都", "收到 👍", "明天见"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"msgid": str(c.rng.randint(10**15, 10**16))})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.tupiancdn.example/{new_hex(c.rng, 32)}.jpg?w=360")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def crash_report(c: Context) -> Flow:
    b = _b(c, "bugly", "POST", "https://android.bugly.qq.com/rqd/async?aid=" + rid(c.rng))
    b.decoy("crash report with trace / request ids and a stack")
    b.json(
        {
            "crashId": rid(c.rng),
            "traceId": new_hex(c.rng, 32),
            "exception": "java.lang.NullPointerException",
            "stack": "at com.app.ui.MainActivity.onResume(MainActivity.java:212)",
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def parcel(c: Context) -> Flow:
    b = _b(
        c,
        "kuaidi",
        "GET",
        "https://api.kuaidichaxun.example/v1/track?no=SF" + str(c.rng.randint(10**11, 10**12)),
    )
    b.decoy("parcel waybill number and scan coordinates")
    b.ok_json(
        {
            "guiji": [
                {
                    "dian": "成都双流转运中心",
                    "lat": rf(c.rng, 30.5, 30.7),
                    "lng": rf(c.rng, 103.9, 104.1),
                    "t": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def shop(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://trade.gouwu.example/order/create")
    b.decoy("order with sku and request id")
    b.json({"sku": str(c.rng.randint(10**9, 10**10)), "shuliang": 1, "qingqiu_id": rid(c.rng)})
    b.ok_json({"dingdan": f"{ms(c)}{c.rng.randint(1000, 9999)}", "jine": rf(c.rng, 9, 499, 2)})
    return b.build()


def stock_prices(c: Context) -> Flow:
    b = _b(c, "stocks", "GET", "https://quote.gupiao.example/v1/kline?code=600519&period=day")
    b.decoy("price series")
    b.ok_json({"kline": [[iso(c), rf(c.rng, 1500, 1800, 2)] for _ in range(20)]})
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://cfg.peizhi.example/v2/app/config?ver=1")
    b.decoy("feature flags with hashes")
    b.ok_json({"flags": {"new_ui": True}, "etag": new_hex(c.rng, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    weather,
    map_tile,
    wechat_msg,
    cdn_image,
    crash_report,
    parcel,
    shop,
    stock_prices,
    config,
    cdn_image,
    wechat_msg,
]
