"""The rhythm game's ad SDKs: Google Mobile Ads, Liftoff (Vungle), Pangle and
DT Exchange (Digital Turbine). Sources are listed in `rhythm.py`'s docstring.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, js

from .phone import FB, ms, rf, rid
from .rhythm import PKG, UA_WV


def admob(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "gma", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", UA_WV)
    for k, v in [
        ("preqs", str(r.randint(0, 9))),
        ("u_w", "412"),
        ("u_h", "915"),
        ("msid", PKG),
        ("an", f"3.{r.randint(100, 140)}.android.{PKG}"),
        ("format", r.choice(["320x50_mb", "interstitial_mb"])),
        ("submodel", "Pixel 7a"),
        ("os_version", "14"),
        ("sys_name", "android"),
        ("platform", "Google"),
        ("net", "wi"),
        ("hl", "en"),
        ("correlator", str(r.getrandbits(52))),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    for k, v in [
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("request_id", rid(r)),
        ("js", "afma-sdk-a-v242402999.234310000.1"),
    ]:
        b.param(k, v)
    b.respond(200, "application/json; charset=utf-8", b'{"ad_networks":[]}')
    return b.build()


def vungle_ads(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "vungle", "POST", "https://adx.ads.vungle.com/api/v5/ads")
    b.header("user-agent", f"VungleDroid/7.4.1 ({PKG})")
    gaid_a = b.id("gaid", where="body.device.ifa")
    gaid_b = b.id("gaid", where="body.device.ext.vungle.android.gaid")
    body = {
        "app": {"id": "65f1c0a2e4b0" + rid(r)[:8], "bundle": PKG, "ver": "2.8.0"},
        "device": {
            "make": "Google",
            "model": "Pixel 7a",
            "osv": "14",
            "carrier": "giffgaff",
            "os": "android",
            "w": 1080,
            "h": 2400,
            "ua": UA_WV,
            "ifa": gaid_a,
            "lmt": 0,
            "ext": {
                "vungle": {
                    "android": {
                        "gaid": gaid_b,
                        "battery_level": rf(r, 0.1, 1, 2),
                        "battery_state": "NOT_CHARGING",
                        "connection_type": "WIFI",
                        "language": "en",
                        "time_zone": "Europe/London",
                        "volume_level": rf(r, 0, 1, 2),
                        "storage_bytes_available": r.randint(10**9, 9 * 10**10),
                    }
                }
            },
        },
        "request": {
            "placements": ["REWARDED_SONG-" + str(r.randint(1000, 9999))],
            "header_bidding": False,
        },
    }
    b.json(body)
    b.ok_json({"ads": []})
    return b.build()


def pangle_get_ads(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", UA_WV)
    inner = js(
        {
            "gaid": b.id_raw("gaid", "custom_b64", "body.message (obfuscated request)"),
            "os": 1,
            "model": "Pixel 7a",
            "slot": "980" + str(r.randint(10**5, 10**6 - 1)),
        }
    )
    b.json({"ad_sdk_version": "6.2.0.5", "message": encode(inner, "custom_b64"), "cypher": 3})
    b.ok_json({"cypher": 3, "message": b64(r.randbytes(60))})
    return b.build()


def pangle_stats(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "pangle", "POST", "https://api16-log-sg.pangle.io/api/ad/union/sdk/stats/batch/")
    b.header("user-agent", UA_WV)
    header = {
        "sdk_version": "6.2.0.5",
        "package_name": PKG,
        "gaid": b.id("gaid", where="body.header.gaid"),
        "os": "Android",
        "os_version": "14",
        "model": "Pixel 7a",
        "timezone": 0,
    }
    stats = [
        {
            "type": r.choice(["show", "click", "load_ad_time"]),
            "rit": "980123456",
            "duration": r.randint(80, 900),
            "timestamp": ms(ctx),
            "req_id": rid(r),
        }
    ]
    b.json({"header": header, "stats_list": stats})
    b.ok_json({"code": 0})
    return b.build()


def dt_exchange(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "dt-exchange", "POST", "https://wv.inner-active.mobi/simpleM2M/ortb")
    b.header("x-openrtb-version", "2.5")
    body = {
        "id": rid(r),
        "imp": [
            {"id": "1", "tagid": "1647" + str(r.randint(100, 999)), "video": {"w": 1080, "h": 2400}}
        ],
        "app": {"bundle": PKG, "name": "Beatdrop", "publisher": {"id": "2781"}},
        "device": {
            "ifa": b.id("gaid", where="body.device.ifa"),
            "lmt": 0,
            "os": "Android",
            "osv": "14",
            "make": "Google",
            "model": "Pixel 7a",
            "connectiontype": 2,
            "ua": UA_WV,
        },
        "regs": {"ext": {"gdpr": 1}},
        "tmax": 1500,
    }
    b.json(body)
    b.no_content()
    return b.build()
