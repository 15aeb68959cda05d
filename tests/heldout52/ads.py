"""Ad SDKs in the set-52 apps: AdMob, AppLovin MAX, Liftoff (Vungle), ironSource.

Sources: AdMob's `googleads.g.doubleclick.net/mads/gma` query with `rdid`
(the GAID) and `is_lat`, and Vungle's `api.vungle.com/api/v5/ads` JSON with
`device.ifa` and `device.ext.vungle.android.gaid`, and ironSource's
`logs.ironsrc.mobi/logs?data=<base64 JSON>` with `data.deviceid`, all as
catalogued by tweaselORG/TrackHAR (src/adapters/google.ts, vungle.ts,
ironsource.ts). AppLovin's gzipped `device_info` JSON (`idfa`, `dnt`) is from
observed SDK 12 traffic and not verified against a public source.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, ms, rid, ua


def admob_gma(c: Context, app: str = "aid_view") -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [("preqs", "0"), ("u_sd", "3.5"), ("u_w", "411"), ("u_h", "914")]:
        b.param(k, v)
    b.param("msid", "uk.co.beebview.android" if app == "aid_view" else "ie.eire.player")
    b.param("is_lat", "0")
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("format", "320x50_mb")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    body = {
        "device_info": {
            "brand": "Sony",
            "model": "XQ-DQ54",
            "os": "14",
            "idfa": b.id("gaid", where="body.device_info.idfa"),
            "dnt": False,
            "tz_offset": 0.0,
            "volume": 47,
        },
        "app_info": {"package_name": "com.kickoff.live", "app_version": "8.4.1"},
        "sdk_key": "7bX" + "q" * 20,
        "ad_unit_id": "a1b2c3d4e5f60718",
        "user_id_hash": b.id("applovin_uid", where="body.user_id", detectable=False),
        "ts": ms(c),
    }
    b.json(body, "gzip")
    b.header("user-agent", ua("AppLovinSdk", "12.6.1"))
    b.ok_json({"ad_unit_id": "a1b2c3d4e5f60718", "ads": []})
    return b.build()


def vungle_ads(c: Context, tv: bool = False) -> Flow:
    b = FB(c, "vungle", "POST", "https://api.vungle.com/api/v5/ads")
    attr = "tv_gaid" if tv else "gaid"
    ifa = b.id(attr, where="body.device.ifa")
    gaid = b.id(attr, where="body.device.ext.vungle.android.gaid")
    body = {
        "device": {
            "make": "Google" if tv else "Sony",
            "model": "Google TV Streamer" if tv else "XQ-DQ54",
            "os": "android",
            "osv": "14",
            "w": 1920 if tv else 1096,
            "h": 1080 if tv else 2560,
            "ifa": ifa,
            "ext": {"vungle": {"android": {"gaid": gaid, "battery_level": 0.8, "language": "en"}}},
        },
        "app": {"bundle": "tv.freeview.fast" if tv else "com.kickoff.live", "ver": "3.2.0"},
        "request": {"placements": ["REWARDED-7720"], "header_bidding": True},
    }
    b.json(body)
    b.header("vungle-version", "7.1.0")
    b.ok_json({"ads": []})
    return b.build()


def ironsource_log(c: Context) -> Flow:
    b = FB(c, "ironsource", "GET", "https://logs.ironsrc.mobi/logs")
    data = {
        "data": {
            "deviceoem": "Sony",
            "devicemodel": "XQ-DQ54",
            "deviceos": "Android",
            "deviceosversion": "14",
            "deviceapilevel": 34,
            "deviceid": b.id("gaid", where="query.data(b64).data.deviceid"),
            "connectiontype": "wifi",
            "bundleid": "com.pagebound.audio",
            "appversion": "5.12.0",
            "sdkversion": "8.1.0",
        },
        "eventid": 40,
        "sessionid": rid(c.rng),
    }
    b.param("data", b64(jsb(data)))
    b.respond(200, "text/plain", b"OK")
    return b.build()


def vungle_cache_bust(c: Context) -> Flow:
    """Decoy: cache-bust ids and campaign numbers, no device id."""
    b = FB(c, "vungle", "POST", "https://events.api.vungle.com/api/v5/cache_bust")
    b.decoy("campaign ids and cache-bust request ids")
    b.json({"cache_bust": {"bust_ids": [rid(c.rng) for _ in range(3)], "ts": ms(c)}})
    b.no_content()
    return b.build()


DEVICE = [admob_gma, applovin_mediate, vungle_ads, ironsource_log]
