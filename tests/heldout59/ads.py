"""Ad and attribution SDKs inside the Brazilian apps (and the family phone's).

Wire formats, from the vendors' public SDKs and docs:
- AppsFlyer Android SDK 6.x: POST launches/inapps.appsflyer.com/api/v6.x/androidevent
  ?app_id=&buildnumber=, JSON with `advertiserId`, `uid`, `counter`, `af_timestamp`
  (github.com/AppsFlyerSDK/appsflyer-android-sdk docs, dev.appsflyer.com).
- Adjust Android SDK 4.x: form POST app.adjust.com/session and /event with
  `gps_adid`, `android_uuid`, `app_token`, `created_at` (github.com/adjust/android_sdk,
  help.adjust.com "server-to-server sessions").
- Google Mobile Ads (AdMob): GET googleads.g.doubleclick.net/mads/gma with `rdid`,
  `is_lat`, `msid`, `format` (Google's "ad request parameters" for the GMA SDK).
- InMobi SDK: form POST api.w.inmobi.com/showad with `u-id-map` holding GPID and
  hashed ANDROID_ID (UM5/O1) (InMobi SDK request fields as seen in decompiled SDKs).
- Pangle (ByteDance): POST api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/ with an
  encrypted `message` (cypher 3); its stats endpoint carries `gaid` in clear.
- Kwai (Kuaishou) ads SDK: JSON with `deviceId`/`gaid` (our reading of Kwai for Business).
- Firebase Installations: POST firebaseinstallations.googleapis.com/v1/projects/P/
  installations with `fid`, `appId`, `authVersion` (firebase-android-sdk source).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, js

from .phone import FB, ms, rid, ua

APPS = ["br.com.telaplus.app", "br.com.golaovivo", "br.com.sonora.app", "com.kandaplay.ao"]


def _b(c: Context, sdk: str, method: str, url: str, family: bool = False) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("Dalvik", "2.1.0", family))
    return b


def appsflyer(c: Context, family: bool = False) -> Flow:
    app = APPS[3] if family else c.rng.choice(APPS[:3])
    host = c.rng.choice(["launches", "inapps"])
    b = _b(c, "appsflyer", "POST", f"https://{host}.appsflyer.com/api/v6.13/androidevent", family)
    b.param("app_id", app)
    b.param("buildnumber", "6.13.1")
    gaid, uid = ("fam_gaid", "fam_af_uid") if family else ("gaid", "af_uid")
    body = {
        "advertiserId": b.id(gaid, where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id(uid, where="json uid"),
        "app_id": app,
        "counter": str(c.rng.randint(2, 90)),
        "af_timestamp": str(ms(c)),
        "lang_code": "pt",
        "country": "AO" if family else "BR",
        "carrier": "UNITEL" if family else "VIVO",
        "deviceType": "user",
        "model": "SM-A155M" if family else "motorola edge 40",
        "platformextension": "android_native",
    }
    if host == "inapps":
        body["eventName"] = c.rng.choice(["af_content_view", "af_subscribe", "af_login"])
        body["eventValue"] = '{"af_content_type":"catalogo"}'
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def adjust(c: Context) -> Flow:
    path = c.rng.choice(["session", "event"])
    b = _b(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("client-sdk", "android4.38.2")
    created = datetime.fromtimestamp(c.now, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z+0000")
    pairs = [
        ("app_token", "q8w2k4m1x9zt"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
        ("created_at", created),
        ("os_name", "android"),
        ("os_version", "14"),
        ("tracking_enabled", "1"),
        ("session_count", str(c.rng.randint(2, 40))),
        ("needs_response_details", "1"),
    ]
    if path == "event":
        pairs += [("event_token", "g3h7ad"), ("event_count", str(c.rng.randint(1, 9)))]
    b.form(pairs)
    b.ok_json({"message": f"{path} tracked", "timestamp": created})
    return b.build()


def admob(c: Context, family: bool = False) -> Flow:
    b = _b(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma", family)
    b.param("format", c.rng.choice(["320x50_mb", "interstitial_mb"]))
    b.param("msid", APPS[3] if family else APPS[1])
    b.param("rdid", b.id("fam_gaid" if family else "gaid", where="query rdid"))
    b.param("is_lat", "0")
    b.param("u_sd", "2.625")
    b.param("js", "afma-sdk-a-v233012999.231700000.1")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.respond(200, "application/json; charset=UTF-8", b'{"ad_networks":[]}')
    return b.build()


def inmobi(c: Context) -> Flow:
    b = _b(c, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3.3")
    gpid = b.id("gaid", where="form u-id-map.GPID")
    um5 = b.id("aid_gol", how="md5", where="form u-id-map.UM5", detectable=False)
    idmap = js({"GPID": gpid, "UM5": um5})
    b.form(
        [
            ("im-plid", str(c.rng.randint(10**12, 10**13))),
            ("u-id-map", idmap),
            ("u-appbid", APPS[1]),
            ("d-device-screen-size", "1080x2400"),
            ("d-localization", "pt_BR"),
            ("u-rt", "1"),
            ("ts", str(ms(c))),
        ]
    )
    b.ok_json({"requestId": rid(c.rng), "ads": []})
    return b.build()


def pangle_opaque(c: Context) -> Flow:
    b = _b(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    raw = b.id_raw("gaid", "custom_b64", where="json message (encrypted)")
    blob = encode(js({"device": {"gaid": raw}, "app": "br.com.sonora.app"}), "custom_b64")
    b.json({"message": "3" + blob, "cypher": 3, "ad_sdk_version": "5.8.0.9"})
    b.ok_json({"message": b64(rid(c.rng)), "cypher": 3})
    return b.build()


def pangle_stats(c: Context) -> Flow:
    b = _b(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/stats/")
    b.json(
        {
            "type": "show_ad",
            "gaid": b.id("gaid", where="json gaid"),
            "rit": str(c.rng.randint(900000000, 999999999)),
            "req_id": rid(c.rng),
            "timestamp": ms(c),
            "app_id": "8123456",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def kwai(c: Context) -> Flow:
    b = _b(c, "kwai", "POST", "https://adx.kwai.com/rest/n/ad/sdk/report")
    b.json(
        {
            "deviceInfo": {
                "deviceId": b.id("kwai_did", where="json deviceInfo.deviceId"),
                "gaid": b.id("gaid", where="json deviceInfo.gaid"),
                "osType": 1,
                "language": "pt-BR",
            },
            "actionType": c.rng.choice(["AD_ITEM_IMPRESSION", "AD_ITEM_CLICK"]),
            "llsid": str(c.rng.randint(10**17, 10**18)),
            "clientTimestamp": ms(c),
        }
    )
    b.ok_json({"result": 1})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sonora-br-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("firebase_fid", where="json fid"),
            "appId": "1:48213577021:android:7c1e0d2a9b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/48213577021/installations/x", "refreshToken": rid(c.rng)})
    return b.build()
