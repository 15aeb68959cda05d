"""The SDKs the family's apps carry: attribution (AppsFlyer, Adjust), Firebase,
Repro (a Japanese engagement SDK), Japanese ad networks (nend, i-mobile, fluct)
and a consent banner (OneTrust). Each sends the ids its documentation names; the
payloads are written from those docs' field lists, not copied from any capture.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua


def appsflyer_launch(c: Context, app: str = "jp.example.minpo", aid: str = "aid_catchup") -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={app}",
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id(aid, where="json android_id"),
            "uid": b.id("af_uid", where="json uid"),
            "appsflyerKey": "Vq7" + "x" * 19,
            "lang": "日本語",
            "country": "JP",
            "timepassedsincelastlaunch": str(c.rng.randint(1, 90000)),
            "date1": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid")),
            ("app_token", "k2m9x7q4r1s8"),
            ("created_at", iso(c)),
            ("country", "JP"),
            ("language", "ja"),
            ("session_count", str(c.rng.randint(2, 400))),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def firebase_log(c: Context, event: str = "screen_view") -> Flow:
    """GA4 for Firebase batch: app_instance_id readable, event names in romaji."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    body = (
        f"app_instance_id={b.id('fb_instance', where='form app_instance_id')}"
        f"&en={event}&ep.gamen=top&_et={c.rng.randint(10, 9000)}&_sid={ms(c) // 1000}"
    )
    b.set_body(body.encode(), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def repro_events(c: Context) -> Flow:
    """Repro batches events gzip+base64 inside 'payload': the device id goes in opaque."""
    b = FB(c, "repro", "POST", "https://api.reproio.com/v3/events")
    b.header("user-agent", ua("Repro-Android", "5.14.0"))
    dev = b.id_raw("repro_device", "gzip_b64", "json payload (gzip+base64) device_id", False)
    inner = {"device_id": dev, "events": [{"n": "gamen_hyouji", "t": ms(c)}]}
    b.json({"v": 3, "payload": b64(gz(jsb(inner)))})
    b.no_content()
    return b.build()


def nend_ad(c: Context) -> Flow:
    b = FB(c, "nend", "GET", "https://ad1.nend.net/na.php")
    b.header("user-agent", ua("nendSDK", "10.0.0"))
    b.param("apikey", "a6eca9dd074372c898dd1df549301f277c53f2b9")
    b.param("spot", str(c.rng.randint(100000, 999999)))
    b.param("gaid", b.id("gaid", where="query gaid"))
    b.param("lat", "0")
    b.param("localize", "ja_JP")
    b.ok_json(
        {
            "ad": {
                "clickUrl": "https://ad1.nend.net/c?" + rid(c.rng),
                "image": "https://img1.nend.net/x.png",
            }
        }
    )
    return b.build()


def imobile_ad(c: Context) -> Flow:
    b = FB(c, "i-mobile", "GET", "https://spapi.i-mobile.co.jp/api/ad_spot.ashx")
    b.header("user-agent", ua("imobileSdkAds", "2.3.1"))
    b.param("partnerId", str(c.rng.randint(10000, 99999)))
    b.param("mediaId", str(c.rng.randint(100000, 999999)))
    b.param("aaid", b.id("gaid", "md5", "query aaid (md5 of GAID)", detectable=True))
    b.ok_json({"result": {"code": 0}, "ads": [{"adid": c.rng.randint(10**6, 10**7)}]})
    b.decoy("ads[].adid is a creative number, not an advertising id")
    return b.build()


def fluct_ad(c: Context, ios: bool = False) -> Flow:
    b = FB(c, "fluct", "POST", "https://sp.fluct.jp/sdk/bid")
    b.header("user-agent", "FluctSDK/7.2.0 iOS" if ios else ua("FluctSDK", "7.2.0"))
    attr = "idfa" if ios else "gaid"
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {"id": "1", "tagid": f"{c.rng.randint(1000, 9999)}:{c.rng.randint(10**5, 10**6)}"}
            ],
            "device": {
                "ifa": b.id(attr, where="json device.ifa"),
                "lmt": 0,
                "os": "iOS" if ios else "Android",
            },
            "app": {"bundle": "jp.example.yomu" if ios else "jp.example.anime"},
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    b.decoy("bid request id (a UUID, not a device)")
    return b.build()


def onetrust_consent(c: Context) -> Flow:
    b = FB(c, "onetrust", "GET", "https://cdn.cookielaw.org/consent/0190e8c4-8b34-7c2f/ja.json")
    b.header("user-agent", ua("OTSDK", "202405.1.0"))
    b.decoy("consent banner texts (同意) with group ids")
    b.ok_json(
        {
            "culture": "ja",
            "Groups": [
                {"OptanonGroupId": "C0001", "GroupName": "必須Cookie"},
                {"OptanonGroupId": "C0004", "GroupName": "ターゲティングCookie"},
            ],
        }
    )
    return b.build()
