"""SDKs the family's Japanese apps carry: AppsFlyer, Adjust, Firebase, Repro,
KARTE, LINE Login, fluct and i-mobile ad calls.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ios_ua, iso, ms, rid, xperia_ua


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/iosevent?app_id=id1489000000",
    )
    b.header("user-agent", ios_ua("HikariStream", "6.12.0"))
    b.json(
        {
            "advertiserId": b.id("idfa", where="json advertiserId"),
            "vendorId": b.id("idfv_hikari", where="json vendorId"),
            "uid": b.id("af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "eventName": "af_app_open",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", xperia_ua("MinatoTVPlus", "3.8.1"))
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("created_at", iso(c)),
            ("app_token", "q2w3e4r5t6y7"),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def firebase(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ios_ua("HikariStream", "6.12.0"))
    b.form(
        [
            ("app_instance_id", b.id("fb_app_instance", where="form app_instance_id")),
            ("en", "screen_view"),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def repro(c: Context) -> Flow:
    b = FB(c, "repro", "POST", "https://api.reproio.com/v3/sdk/events")
    b.header("user-agent", ios_ua("Otoha", "4.3.0"))
    b.json(
        {
            "device_id": b.id("repro_uid", where="json device_id"),
            "idfv": b.id("idfv_hikari", where="json idfv"),
            "events": [{"name": "楽曲詳細表示", "at": iso(c)}],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def karte(c: Context) -> Flow:
    b = FB(c, "karte", "POST", "https://b.karte.io/v0/native/track")
    b.header("user-agent", xperia_ua("Komaya", "5.0.2"))
    b.json(
        {
            "keys": {"visitor_id": b.id("karte_visitor", where="json keys.visitor_id")},
            "events": [{"event_name": "view", "values": {"view_name": "作品詳細"}}],
            "app_info": {
                "system_info": {"aaid": b.id("gaid", where="json app_info.system_info.aaid")}
            },
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def fluct_ad(c: Context) -> Flow:
    b = FB(c, "fluct", "GET", "https://sh.adingo.jp/")
    b.header("user-agent", xperia_ua("Komaya", "5.0.2"))
    b.param("G", "1000123456")
    b.param("ifa", b.id("gaid", where="query ifa"))
    b.param("lmt", "0")
    b.respond(200, "application/json", b'{"ads":[]}')
    return b.build()


def imobile_ad(c: Context) -> Flow:
    b = FB(c, "i-mobile", "GET", "https://spapi.i-mobile.co.jp/api/ad_spot.ashx")
    b.header("user-agent", ios_ua("Enmusubi", "5.9.2"))
    b.param("pid", "51234")
    b.param("h", b.id("idfa", "md5", where="query h (md5 of IDFA)", detectable=False))
    b.respond(200, "application/json", b'{"result":0}')
    return b.build()


def line_login(c: Context) -> Flow:
    b = FB(c, "line", "POST", "https://api.line.me/oauth2/v2.1/verify")
    b.header("user-agent", ios_ua("Enmusubi", "5.9.2"))
    b.decoy("LINE user id and tokens: an account, not a device")
    b.form([("access_token", rid(c.rng).replace("-", "")), ("client_id", "1657000000")])
    b.ok_json({"sub": b.acct("line_uid"), "scope": "profile openid", "expires_in": 2591659})
    return b.build()
