""" "Muay Legends": a casual fighting game monetised with ad SDKs.

AdMob (GMA SDK): GET googleads.g.doubleclick.net/mads/gma with rdid (the GAID),
idtype=adid, is_lat, msid, format. AppLovin MAX: POST ms.applovin.com/1.0/mediate,
gzip JSON with device_info.idfa (AppLovin keeps the key name on Android) and dnt.
Pangle: POST api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/, JSON device{gaid,
android_id}, newer SDKs wrap it as {"message", "cypher"}. Mintegral: GET
hb.rayjump.com/openapi/ad/v3 with gaid, and `dvi` (device info in Mintegral's
custom base64 alphabet). Liftoff/Vungle: POST adx.ads.vungle.com/api/v5/ads with an
OpenRTB-like device{ifa, ext.vungle.android.gaid}. Firebase Installations REST API:
POST firebaseinstallations.googleapis.com/v1/projects/P/installations {fid, appId}.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, js

from .phone import FB, ms, rf, rid

PKG = "com.muaylegends.game"
UNITY_UA = "Dalvik/2.1.0 (Linux; U; Android 14; CPH2603 Build/UP1A.231005.007)"


def admob(c: Context) -> Flow:
    params = [
        ("format", c.rng.choice(["320x50_mb", "interstitial_mb", "reward_mb"])),
        ("msid", PKG),
        ("app_name", f"1.android.{PKG}"),
        ("u_w", "412"),
        ("u_h", "915"),
        ("is_lat", "false"),
        ("idtype", "adid"),
    ]
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma", params)
    b.param("rdid", b.id("gaid", where="query rdid (idtype=adid)"))
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.header("user-agent", UNITY_UA)
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<div></div>"}}]})
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", UNITY_UA)
    info = {
        "idfa": b.id("gaid", where="body device_info.idfa"),
        "dnt": False,
        "brand": "OPPO",
        "model": "CPH2603",
        "os": "14",
        "carrier": "AIS",
        "volume": c.rng.randint(0, 15),
    }
    b.json(
        {
            "device_info": info,
            "app_info": {"package_name": PKG, "sdk_version": "12.6.1"},
            "ad_unit_id": "a1b2c3d4e5f60718",
            "ad_format": "REWARDED",
        },
        "gzip",
    )
    b.ok_json({"ads": [], "ttl": 3600})
    return b.build()


def pangle(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", UNITY_UA)
    dev = {
        "gaid": b.id("gaid", where="body device.gaid"),
        "android_id": b.id("aid_game", where="body device.android_id"),
        "model": "CPH2603",
        "vendor": "OPPO",
        "os_version": "14",
    }
    b.json(
        {
            "request_id": rid(c.rng),
            "ad_sdk_version": "5.8.0.9",
            "app": {"package_name": PKG},
            "device": dev,
            "adslots": [{"id": "980112233", "adtype": 8}],
        }
    )
    b.ok_json({"status_code": 20001, "request_id": rid(c.rng)})
    return b.build()


def pangle_sealed(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", UNITY_UA)
    gaid = b.id_raw("gaid", "aes_cypher3", "body message (cypher 3)")
    blob = hashlib.shake_256(("3" + gaid + str(c.rng.random())).encode()).digest(420)
    b.json({"message": b64(blob), "cypher": 3})
    b.ok_json({"message": b64(hashlib.shake_256(blob).digest(64)), "cypher": 3})
    return b.build()


def mintegral(c: Context) -> Flow:
    params = [
        ("app_id", "118877"),
        ("unit_id", "1729601"),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", PKG),
        ("brand", "OPPO"),
        ("model", "CPH2603"),
    ]
    b = FB(c, "mintegral", "GET", "https://hb.rayjump.com/openapi/ad/v3", params)
    b.param("gaid", b.id("gaid", where="query gaid"))
    dvi = js(
        {
            "andid": b.id_raw("aid_game", "custom_b64", "query dvi (custom base64 device info)"),
            "sys_id": b.id_raw("mtg_sys_id", "custom_b64", "query dvi sys_id"),
        }
    )
    b.param("dvi", encode(dvi, "custom_b64"))
    b.param("ts", str(ms(c)))
    b.header("user-agent", UNITY_UA)
    b.ok_json({"status": 1, "msg": "success", "data": {"ads": []}})
    return b.build()


def vungle(c: Context) -> Flow:
    b = FB(c, "vungle", "POST", "https://adx.ads.vungle.com/api/v5/ads")
    b.header("user-agent", "VungleDroid/7.4.1")
    b.header("vungle-version", "7.4.1")
    ext = {
        "vungle": {
            "android": {
                "gaid": b.id("gaid", where="body device.ext.vungle.android.gaid"),
                "battery_level": rf(c.rng, 0.1, 1, 2),
                "sd_card_available": 1,
            }
        }
    }
    dev = {
        "make": "OPPO",
        "model": "CPH2603",
        "osv": "14",
        "os": "android",
        "w": 1080,
        "h": 2412,
        "ifa": b.id("gaid", where="body device.ifa"),
        "lmt": 0,
        "ext": ext,
    }
    b.json(
        {
            "device": dev,
            "app": {"id": "65f0a1b2c3d4e5f6a7b8c9d0", "bundle": PKG},
            "request": {"placements": ["REWARDED_ROUND-1234567"]},
        }
    )
    b.ok_json({"ads": []})
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/muay-legends/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSyEXAMPLEexampleEXAMPLE0123456789")
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("game_fid", where="body fid"),
            "appId": "1:40211233445:android:9f8e7d6c5b4a",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/40211233445/installations/x", "refreshToken": "3_A" + rid(c.rng)})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "muaylegends", "POST", "https://tel.muaylegends.com/v1/cam")
    b.header("user-agent", UNITY_UA)
    samples = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "fov": 60}
        for _ in range(8)
    ]
    b.json({"match": rid(c.rng), "player": b.acct("game_user"), "camera": samples})
    b.decoy("in-game camera yaw/pitch samples")
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c, "muaylegends", "GET", "https://api.muaylegends.com/v2/leaderboard", [("season", "12")]
    )
    b.ok_json(
        {
            "top": [
                {"name": n, "elo": c.rng.randint(1200, 2600)} for n in ["Buakaw", "Ana", "Somchai"]
            ]
        }
    )
    b.decoy("leaderboard")
    return b.build()


def iap(c: Context) -> Flow:
    b = FB(c, "muaylegends", "POST", "https://api.muaylegends.com/v2/iap/verify")
    b.json(
        {
            "orderId": order_no(c.rng),
            "productId": "gems_500",
            "purchaseToken": hashlib.sha1(str(c.rng.random()).encode()).hexdigest(),
        }
    )
    b.decoy("in-app purchase receipt: order id, purchase token hash")
    b.ok_json({"valid": True})
    return b.build()
