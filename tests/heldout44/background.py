"""Ordinary traffic of a GMS-free Huawei phone: nothing sensitive, many look-alikes.

Connectivity checks (Huawei's connectivitycheck.platform.hicloud.com answers
204), AppGallery update checks, Petal Maps tiles, a weather widget, crash
reports with trace ids, remote-config flags, prayer-time tables and CDN
images. They carry request ids, build fingerprints, hashes, coordinate lists
and numeric series: things that look like identifiers or data but are neither.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz

from .phone import FB, dalvik, iso, ms, rf, rid, ua


def connectivity(c: Context) -> Flow:
    b = FB(
        c,
        "os",
        "GET",
        "http://connectivitycheck.platform.hicloud.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def appgallery_updates(c: Context) -> Flow:
    b = FB(c, "os", "POST", "https://store-dre.hispace.dbankcloud.com/hwmarket/api/clientApi")
    pkgs = ["com.sahra.tv", "ma.forja.app", "com.naghma.music", "eg.wallet.kash", "com.tilawa"]
    b.header("user-agent", "HiSpace##13.2.1.301##HUAWEI##MNA-LX9")
    b.form(
        [
            ("method", "client.updateCheck"),
            ("serviceType", "0"),
            ("zone", "EG"),
            ("pkgs", ",".join(pkgs)),
            ("ts", str(ms(c))),
            ("reqId", rid(c.rng)),
        ]
    )
    b.decoy("request id under reqId")
    b.ok_json(
        {
            "rtnCode": 0,
            "list": [{"package": p, "versionCode": c.rng.randint(100, 999)} for p in pkgs[:2]],
        }
    )
    return b.build()


def map_tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(19100, 19200), c.rng.randint(13500, 13600)
    url = f"https://maprender-drcn.dbankcloud.cn/mapserver/tile?z={z}&x={x}&y={y}&scale=2"
    b = FB(c, "os", "GET", url)
    b.header("user-agent", ua("PetalMaps", "4.2.0.300"))
    b.respond(200, "image/png", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "os", "POST", "https://mapapi.cloud.huawei.com/mapApi/v1/routeService/driving")
    origin = {"lat": rf(c.rng, 30.02, 30.08, 6), "lng": rf(c.rng, 31.2, 31.3, 6)}
    dest = {"lat": rf(c.rng, 30.02, 30.08, 6), "lng": rf(c.rng, 31.2, 31.3, 6)}
    b.json({"origin": origin, "destination": dest, "language": "ar"})
    b.decoy("route origin / destination coordinates")
    poly = [[rf(c.rng, 30.0, 30.1, 5), rf(c.rng, 31.2, 31.3, 5)] for _ in range(12)]
    b.ok_json({"routes": [{"paths": [{"distance": c.rng.randint(900, 9000), "polyline": poly}]}]})
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(["Cairo", "Giza", "Alexandria", "Casablanca", "Rabat", "Marrakech"])
    b = FB(
        c,
        "os",
        "GET",
        "https://weather-api.example-forecast.net/v2/daily",
        [("q", city), ("days", "5"), ("units", "metric")],
    )
    b.header("user-agent", ua("HwWeather", "13.0.6"))
    temps = [rf(c.rng, 14, 38, 1) for _ in range(24)]
    b.ok_json(
        {"city": city, "hourly_temp": temps, "humidity": [c.rng.randint(20, 90) for _ in range(24)]}
    )
    b.decoy("hourly temperature series")
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = FB(
        c,
        "os",
        "GET",
        "https://api.aladhan.example/v1/timingsByCity",
        [("city", c.rng.choice(["Cairo", "Casablanca"])), ("method", "5")],
    )
    b.ok_json(
        {
            "data": {
                "timings": {
                    "Fajr": "04:21",
                    "Dhuhr": "12:01",
                    "Asr": "15:30",
                    "Maghrib": "18:44",
                    "Isha": "20:05",
                }
            }
        }
    )
    return b.build()


def crash_report(c: Context) -> Flow:
    b = FB(c, "os", "POST", "https://crash-dre.agconnect.example-apm.net/v1/crash/upload")
    frames = [
        f"at com.naghma.player.Queue.next(Queue.kt:{c.rng.randint(10, 400)})" for _ in range(4)
    ]
    body = {
        "traceId": rid(c.rng),
        "buildId": "b" + rid(c.rng).replace("-", "")[:20],
        "exception": "java.lang.IllegalStateException",
        "stack": frames,
        "memFree": c.rng.randint(100000, 900000),
        "ts": iso(c),
    }
    b.json(body, encoding="gzip")
    b.decoy("trace id and build id")
    b.ok_json({"code": 0})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c, "os", "POST", "https://agc-drcn.example-remoteconfig.net/agc/apigw/remoteconfig/v2/fetch"
    )
    b.json(
        {
            "appVersion": "5.8.2",
            "platform": "android",
            "locale": "ar_EG",
            "etag": rid(c.rng),
            "sdkVersion": "1.9.1.300",
        }
    )
    b.ok_json(
        {
            "configs": {
                "enable_hdr": "true",
                "max_bitrate": "4500",
                "ab_bucket": str(c.rng.randint(0, 99)),
            }
        }
    )
    b.decoy("etag uuid")
    return b.build()


def cdn_image(c: Context) -> Flow:
    h = rid(c.rng).replace("-", "")
    b = FB(c, "os", "GET", f"https://img.cdn-static.example.net/i/{h[:2]}/{h}.webp?w=480")
    b.header("user-agent", dalvik())
    b.respond(200, "image/webp", fake_jpeg(c.rng.randint(0, 10**6), 600))
    b.decoy("content hash in image path")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "os", "GET", "https://time-drcn.hicloud.com/time", http_version="HTTP/1.1")
    b.ok_json({"serverTime": ms(c)})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "os", "GET", "https://rates.example-fx.net/latest", [("base", "EGP")])
    series = [rf(c.rng, 0.019, 0.022, 5) for _ in range(30)]
    b.respond(200, "application/json", gz(b'{"USD_30d":' + str(series).encode() + b"}"), "gzip")
    b.decoy("price series")
    return b.build()


BENIGN = [
    connectivity,
    appgallery_updates,
    map_tiles,
    route,
    weather,
    prayer_times,
    crash_report,
    remote_config,
    cdn_image,
    time_sync,
    fx_rates,
    map_tiles,
    cdn_image,
]
