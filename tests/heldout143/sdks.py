"""The third-party SDKs the apps carry: AppsFlyer (OTT), Adjust (e-wallet),
Firebase Installations (music), OneSignal push (radio), Nielsen DCR audience
measurement (OTT player) and a local ad network's bid request with a custom
obfuscated payload."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.9/androidevent?app_id=com.tontonku.app&buildnumber=6.9.4"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; CPH2505 Build/TP1A.220905.001)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_ott", where="json android_id"),
            "appsflyerKey": "Xk2mPq8sTtWf6HdN3aLrYb",
            "af_timestamp": str(ms(c)),
            "brand": "OPPO",
            "model": "CPH2505",
            "lang": "Bahasa Indonesia",
            "operator": "Telkomsel",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "DompetKu/6.22.0 (Android 13)")
    b.form(
        [
            ("app_token", "q1w2e3r4t5y6"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/irama-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0")
    b.header("x-goog-api-key", "AIzaSyD8irama0000000000000000000000000")
    b.json(
        {
            "fid": b.id("firebase_fid", where="json fid"),
            "appId": "1:55120:android:8ac0",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.1.3",
        }
    )
    b.ok_json({"name": "projects/55120/installations/x", "refreshToken": "3_" + rid(c.rng)})
    return b.build()


def onesignal_player(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", "https://api.onesignal.com/players")
    b.header("user-agent", "OneSignal/4.8.6")
    b.json(
        {
            "app_id": "5e0c3a1f-1111-4b2a-9a11-0c5f2f0e7a01",
            "device_type": 1,
            "identifier": b.acct("push_token"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_os": "13",
            "language": "id",
            "timezone": 25200,
        }
    )
    b.ok_json(
        {
            "success": True,
            "id": b.id("onesignal_player", where="response json id", direction="response"),
        }
    )
    return b.build()


def nielsen_dcr(c: Context) -> Flow:
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.view("query assetid + title + playhead (audience-measurement content ping)")
    for k, v in (
        ("prd", "dcr"),
        ("ci", "id-tontonku"),
        ("assetid", f"vd{c.rng.randint(100000, 999999)}"),
        ("title", "Ikatan Cinta Eps 1204"),
        ("playhead", str(c.rng.randint(0, 3000))),
        ("adid", b.id("gaid", where="query adid")),
        ("ts", str(int(c.now))),
    ):
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a")
    return b.build()


def adnusa_bid(c: Context) -> Flow:
    b = FB(c, "adnusa", "POST", "https://ads.adnusa.example/v2/bid")
    b.header("user-agent", "okhttp/4.10.0")
    dev = b.id(
        "gaid", "custom_b64", "json z (gaid in a shuffled base64 alphabet)", detectable=False
    )
    b.json({"z": dev, "slot": "irama_banner_320x50", "lat": -6.2, "lng": 106.8})
    b.ok_json({"iklan": None})
    return b.build()
