"""Ad SDKs on the Galaxy S24: AdMob, Unity Ads, AppLovin MAX.

AdMob: the Google Mobile Ads SDK asks `googleads.g.doubleclick.net/mads/gma`
with the GAID as `rdid`, `idtype=adid`, `is_lat` (TrackHAR, tweaselORG/TrackHAR
src/adapters/google.ts). Unity Ads: auction requests under
`auction.unityads.unity3d.com/v4/.../games/{id}/requests` with
`advertisingTrackingId`, `deviceMake`, `deviceModel`, `analyticsUserId` in the
query (TrackHAR src/adapters/unity.ts). AppLovin MAX: gzip JSON to
`ms.applovin.com/1.0/mediate` with a `device_info` object (`dnt`, ad id, brand,
model; AppLovin SDK keys such as `huc`, `dns` in AppLovinSdkExtraParameterKey).
Opaque: an AppLovin event id under `x`. Decoys: creative fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rid, ua


def admob(c: Context, app: str = "com.hinchada.tv") -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.params = [
        ("format", "320x50_mb"),
        ("msid", app),
        ("rdid", b.id("gaid", where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("gdpr", "1"),
        ("correlator", str(c.rng.getrandbits(50))),
        ("u_w", "384"),
        ("u_h", "832"),
    ]
    b.header("user-agent", ua("GoogleMobileAds", "23.2.0"))
    b.respond(200, "text/html; charset=UTF-8", b"<html><!-- ad --></html>")
    return b.build()


def unity_auction(c: Context) -> Flow:
    b = FB(c, "unity", "POST", "https://auction.unityads.unity3d.com/v6/games/4821337/requests")
    b.params = [
        ("advertisingTrackingId", b.id("gaid", where="query:advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("deviceMake", "samsung"),
        ("deviceModel", "SM-S921B"),
        ("platform", "android"),
        ("osVersion", "14"),
        ("bundleId", "pt.radioonda.app"),
        ("connectionType", "wifi"),
    ]
    b.header("user-agent", ua("UnityAds", "4.12.2"))
    b.json(
        {
            "idfi": b.id("unity_idfi", where="json:idfi"),
            "placements": {"video": {}},
            "sessionDepth": c.rng.randint(1, 9),
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "placements": {}})
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", ua("AppLovinSdk", "12.6.1"))
    b.json(
        {
            "device_info": {
                "idfa": b.id("gaid", where="json:device_info.idfa"),
                "dnt": False,
                "brand": "samsung",
                "model": "SM-S921B",
                "os": "14",
            },
            "app_info": {
                "package_name": "com.saudeja.app",
                "installer_name": "com.android.vending",
            },
            "huc": True,
            "dns": False,
            "ad_format": "INTER",
            "ts_s": int(c.now),
        },
        "gzip",
    )
    b.ok_json({"ads": [], "next_mediate_ms": 30000})
    return b.build()


def applovin_event_opaque(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://rt.applovin.com/4.0/pix")
    b.header("user-agent", ua("AppLovinSdk", "12.6.1"))
    b.form(
        [
            ("event", "mimp"),
            ("x", b.id("applovin_uid", where="form:x", detectable=False)),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def creative(c: Context) -> Flow:
    b = FB(c, "admob", "GET", f"https://tpc.googlesyndication.com/simgad/{c.rng.getrandbits(60)}")
    b.header("user-agent", ua("GoogleMobileAds", "23.2.0"))
    b.decoy("ad creative image")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 400))
    return b.build()
