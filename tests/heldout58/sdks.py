"""Third-party SDKs the apps embed: AppsFlyer, Adjust, Airbridge, Google AdMob,
Kakao AdFit, Firebase Installations and the Kakao / Naver login SDKs.

Sources (endpoints and key names):
- AppsFlyer Android SDK v6: POST launches.appsflyer.com/api/v6.x/androidevent
  with JSON `advertiserId`, `uid`, `af_timestamp`, `appsflyerKey`, `deviceData`
  (AppsFlyer S2S/SDK docs; AppsFlyer owner: AppsFlyer Ltd., IL / US).
- Adjust Android SDK PackageBuilder: form body to app.adjust.com/session with
  `gps_adid`, `android_uuid`, `created_at`, `app_token` (adjust/android_sdk,
  and the adtrace fork of its PackageBuilder.java).
- Airbridge Android SDK: core.airbridge.io/api/v4/apps/{app}/events/mobile-app/9160
  (the SDK's smali and a capture note in public repos), device block with
  `deviceUUID` and `gaid`.
- AdMob: googleads.g.doubleclick.net/mads/gma with `rdid`, `idtype=adid`, `is_lat`.
- Kakao AdFit: display.ad.daum.net/sdk/native and /sdk/banner (AdFit smali
  NativeAdConfig.kt); query keys are my own guess of its style.
- Kakao SDK `KA` header (`sdk/… os/android-34 lang/ko-KR device/…`), kauth token.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, MODEL, dalvik, iso, ms, rid

APPS = {
    "wavve": "kr.co.captv.pooqV2",
    "tving": "net.cj.cjhv.gs.tving",
    "cplay": "com.coupang.mobile.play",
    "fan": "com.example.weverse.fanclub",
    "melon": "com.iloen.melon",
    "pod": "kr.example.podpod",
}


def appsflyer(c: Context, app: str = "wavve", aid: str = "aid_wavve") -> Flow:
    pkg = APPS[app]
    url = f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={pkg}&buildnumber=6.13.1"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", dalvik())
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.sid("af_uid", "body.uid"),
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Ly" + new_hex(c.rng, 20),
        "brand": "samsung",
        "model": MODEL,
        "sdk": "34",
        "lang_code": "ko",
        "country": "KR",
        "platformextension": "android_native",
        "counter": str(c.rng.randint(2, 90)),
        "deviceData": {
            "arch": "",
            "build_display_id": "UP1A.231005.007.S921NKSU2AXE1",
            "cpu_abi": "arm64-v8a",
            "dim": {"size": "2", "xdp": "449.7"},
        },
    }
    if c.rng.random() < 0.4:
        body["android_id"] = b.id(aid, where="body.android_id")
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context, app: str = "tving") -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", new_hex(c.rng, 12)),
            ("gps_adid", b.id("gaid", where="form.gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.sid("adjust_uuid", "form.android_uuid")),
            ("created_at", iso(c).replace("Z", "+0900")),
            ("device_manufacturer", "samsung"),
            ("device_name", MODEL),
            ("os_name", "android"),
            ("os_version", "14"),
            ("api_level", "34"),
            ("country", "KR"),
            ("language", "ko"),
            ("package_name", APPS[app]),
            ("session_count", str(c.rng.randint(3, 400))),
            ("tracking_enabled", "1"),
            ("environment", "production"),
            ("needs_response_details", "1"),
        ]
    )
    b.ok_json({"timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def airbridge_event(c: Context, app: str = "cplay") -> Flow:
    url = f"https://core.airbridge.io/api/v4/apps/{app}/events/mobile-app/9160"
    b = FB(c, "airbridge", "POST", url)
    b.header("user-agent", "Airbridge_Android_SDK/2.28.0")
    b.json(
        {
            "requestID": rid(c.rng),
            "requestTimestamp": ms(c),
            "sdkVersion": "M_A_v2.28.0",
            "app": {"packageName": APPS[app], "version": "5.2.1", "versionCode": 50201},
            "device": {
                "deviceUUID": b.sid("airbridge_uuid", "body.device.deviceUUID"),
                "gaid": b.id("gaid", where="body.device.gaid"),
                "limitAdTracking": False,
                "deviceModel": MODEL,
                "manufacturer": "samsung",
                "osName": "Android",
                "osVersion": "14",
                "locale": "ko-KR",
                "timezone": "Asia/Seoul",
            },
            "eventUUID": rid(c.rng),
            "eventTimestamp": ms(c),
            "eventData": {"goal": {"category": "airbridge.openApp"}},
        }
    )
    b.ok_json({"resultCode": 0})
    return b.build()


def admob(c: Context, app: str = "pod") -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", dalvik())
    for k, v in [
        ("preqs", "0"),
        ("u_sd", "3"),
        ("format", "320x50_mb"),
        ("hl", "ko"),
        ("msid", APPS[app]),
        ("sdkv", "o.233012000.233012000"),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("request_id", rid(c.rng)),
        ("ms", new_hex(c.rng, 40)),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.decoy("request_id / ms nonce")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def adfit(c: Context, aid: str = "aid_melon") -> Flow:
    kind = c.rng.choice(["native", "banner"])
    b = FB(c, "adfit", "GET", f"https://display.ad.daum.net/sdk/{kind}")
    b.header("user-agent", dalvik())
    b.param("client", "DAN-" + new_hex(c.rng, 16))
    b.param("sdkver", "3.12.7")
    b.param("os", "android")
    b.param("osver", "14")
    b.param("adid", b.id("gaid", where="query.adid"))
    b.param("lmt", "false")
    b.param("dvc", MODEL)
    b.param("nt", "wifi")
    b.ok_json({"ads": [{"id": new_hex(c.rng, 12), "title": "봄맞이 세일"}]})
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/wavve-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-android-package", APPS["wavve"])
    b.json(
        {
            "fid": b.sid("fid", "body.fid"),
            "appId": "1:48213:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/48213/installations/x", "authToken": {"expiresIn": "604800s"}})
    return b.build()


def kakao_token(c: Context) -> Flow:
    b = FB(c, "kakao-sdk", "POST", "https://kauth.kakao.com/oauth/token")
    b.header(
        "ka",
        f"sdk/2.20.1 sdk_type/kotlin os/android-34 lang/ko-KR origin/{new_hex(c.rng, 28)}"
        f" device/{MODEL} android_pkg/{APPS['fan']} app_ver/3.4.0",
    )
    b.form(
        [
            ("grant_type", "refresh_token"),
            ("client_id", new_hex(c.rng, 32)),
            ("refresh_token", new_hex(c.rng, 48)),
        ]
    )
    b.decoy("oauth tokens")
    b.ok_json({"access_token": new_hex(c.rng, 48), "token_type": "bearer", "expires_in": 21599})
    return b.build()


def naver_login(c: Context) -> Flow:
    b = FB(c, "naver-login", "GET", "https://nid.naver.com/oauth2.0/token")
    b.params += [
        ("grant_type", "refresh_token"),
        ("client_id", new_hex(c.rng, 20)),
        ("client_secret", new_hex(c.rng, 10)),
        ("refresh_token", new_hex(c.rng, 40)),
    ]
    b.decoy("oauth tokens")
    b.ok_json({"access_token": "AAAA" + new_hex(c.rng, 60), "token_type": "bearer"})
    return b.build()
