"""Ordinary background traffic of the Redmi Note 13: connectivity checks,
weather, map tiles, ROM update checks, CDNs, feature flags, crash uploads.

None of it carries the phone's identifiers; much of it carries look-alikes
(request and trace ids, hashes, coordinate lists, temperature series). Sources:
Xiaomi's captive-portal probe `connect.rom.miui.com/generate_204`, Android's
`connectivitycheck.gstatic.com/generate_204`, AutoNavi (Amap) tile URLs
`webrd0N.is.autonavi.com/appmaptile?...&x=&y=&z=`; the rest are in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, points, rf, rid


def miui_204(ctx: Context) -> Flow:
    b = FB(ctx, "os", "GET", "http://connect.rom.miui.com/generate_204", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def gstatic_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "os",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header(
        "user-agent",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/60.0.3112.32 Safari/537.36",
    )
    b.no_content()
    return b.build()


def weather(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "weather",
        "GET",
        "https://weatherapi.market.xiaomi.com/wtr-v3/weather/all",
        [
            ("latitude", "30.274"),
            ("longitude", "120.155"),
            ("isLocated", "true"),
            ("days", "15"),
            ("appKey", "weather20151024"),
            ("sign", new_hex(r, 32)),
            ("locale", "zh_cn"),
        ],
    )
    b.ok_json(
        {
            "current": {
                "temperature": {"value": str(r.randint(2, 30))},
                "humidity": {"value": str(r.randint(30, 90))},
            },
            "forecastHourly": {"temperature": {"value": [r.randint(2, 30) for _ in range(24)]}},
            "aqi": {"pm25": r.randint(5, 150)},
            "updateTime": iso(ctx),
        }
    )
    b.decoy("weather forecast with hourly temperature series")
    return b.build()


def map_tile(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "maps",
        "GET",
        f"https://webrd0{r.randint(1, 4)}.is.autonavi.com/appmaptile",
        [
            ("lang", "zh_cn"),
            ("size", "1"),
            ("scale", "1"),
            ("style", "8"),
            ("x", str(r.randint(27000, 27500))),
            ("y", str(r.randint(13300, 13600))),
            ("z", "15"),
        ],
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + r.randbytes(400))
    return b.build()


def rom_update(ctx: Context) -> Flow:
    b = FB(ctx, "os", "POST", "https://update.miui-os.example-rom.com/v3/check")
    b.header("user-agent", dalvik())
    b.json({"d": "sapphire", "v": "OS1.0.5.0.UNGMIXM", "c": "global", "b": "F", "l": "zh_CN"})
    b.ok_json({"latest": "OS1.0.7.0.UNGMIXM", "md5": new_hex(ctx.rng, 32), "size": 5820399123})
    b.decoy("ROM update check with an md5")
    return b.build()


def cdn_image(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "cdn",
        "GET",
        f"https://img.alicdn-example.com/imgextra/i{r.randint(1, 4)}/{new_hex(r, 40)}.jpg_q75.jpg",
    )
    b.header("user-agent", dalvik())
    b.respond(
        200, "image/jpeg", fake_jpeg(r.randint(0, 1 << 30), 500), headers=[("etag", new_hex(r, 32))]
    )
    return b.build()


def feature_flags(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "flags",
        "GET",
        "https://config.appcenter-cn.example.net/v2/flags",
        [("app", r.choice(["kuaibo", "yanji", "xuebar", "dida"])), ("ver", "stable")],
    )
    b.ok_json(
        {
            "etag": new_hex(r, 40),
            "experiment": rid(r),
            "flags": {"new_player": r.random() < 0.5, "hevc": True, "max_cache_mb": 512},
        }
    )
    b.decoy("feature flags with an experiment uuid and an etag")
    return b.build()


def crash_upload(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "crash", "POST", "https://crash.apmplus-example.com/monitor/collect/c/crash")
    b.header("user-agent", dalvik())
    b.json(
        {
            "crash_id": rid(r),
            "trace_id": new_hex(r, 32),
            "commit": new_hex(r, 40),
            "stack": "java.lang.NullPointerException\n\tat a.b.c.d(SourceFile:"
            + new_digits(r, 3)
            + ")",
            "ts": ms(ctx),
            "memory": {"pss_kb": r.randint(90000, 400000)},
        }
    )
    b.ok_json({"ok": 1})
    b.decoy("crash report: crash id, trace id, commit hash")
    return b.build()


def geofence(ctx: Context) -> Flow:
    b = FB(ctx, "maps", "POST", "https://restapi.amap-example.com/v5/place/around")
    b.json({"polygon": points(ctx.rng, 12, 360, 180), "types": "050000", "page_size": 20})
    b.ok_json({"count": str(ctx.rng.randint(0, 20)), "pois": []})
    b.decoy("polygon coordinate list for a place search")
    return b.build()


def ntp_http(ctx: Context) -> Flow:
    b = FB(ctx, "os", "GET", "https://time.xiaomi-example.net/api/v1/time")
    b.ok_json({"serverTime": ms(ctx), "offset": rf(ctx.rng, -0.5, 0.5, 3)})
    return b.build()


BENIGN = [
    miui_204,
    gstatic_204,
    weather,
    map_tile,
    rom_update,
    cdn_image,
    feature_flags,
    crash_upload,
    geofence,
    ntp_http,
    map_tile,
    cdn_image,
]
