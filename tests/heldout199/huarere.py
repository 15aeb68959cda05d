"""Huarere: an ad-supported Wellington weather app on the administrator's phone
(fictional first party, `*.example`) with the usual SDKs.

AppsFlyer launches (`launches.appsflyer.com/api/v6.x/androidevent`, JSON with
`advertiserId`, `uid`, `af_timestamp`, `android_id` when collected); AdMob
banner requests to `googleads.g.doubleclick.net/mads/gma` with `rdid` (the
advertising id) and `is_lat`; AppLovin MAX mediation with the advertising id
and AppLovin's own install id; a mediation adapter's remote config keyed by a
SHA-1 of the ANDROID_ID under a one-letter field (opaque). Forecasts, rain
radar tiles and severe-weather warnings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.huarere.example"
UA = ua("Huarere", "6.4.1")
PKG = "nz.example.huarere"


def forecast(c: Context) -> Flow:
    b = FB(c, "huarere", "GET", f"{API}/v2/forecast?lat=-41.29&lon=174.78&days=5")
    b.header("user-agent", UA)
    b.decoy("coordinates and forecast numbers")
    b.ok_json(
        {
            "place": c.rng.choice(["Te Aro", "Kelburn", "Newtown", "Karori"]),
            "days": [
                {
                    "date": iso(c)[:10],
                    "max": rf(c.rng, 12, 24, 1),
                    "min": rf(c.rng, 6, 13, 1),
                    "windKmh": c.rng.randint(10, 95),
                    "dir": c.rng.choice(["N", "NW", "S"]),
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def radar_tile(c: Context) -> Flow:
    b = FB(
        c,
        "huarere",
        "GET",
        f"https://tiles.huarere.example/radar/{ms(c) // 600000}/8/"
        f"{c.rng.randint(250, 252)}/{c.rng.randint(160, 162)}.png",
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def warnings(c: Context) -> Flow:
    b = FB(c, "huarere", "GET", f"{API}/v2/warnings?region=wellington")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "warnings": [
                {
                    "type": "Strong Wind Watch",
                    "area": "Wellington",
                    "from": iso(c),
                    "level": "orange",
                }
            ]
        }
    )
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id="
        + PKG
        + "&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A356E Build/UP1A.231005.007)")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Wq7hJt3vXp2mEk9nLcRy5b",
        "app_version_name": "6.4.1",
        "brand": "samsung",
        "model": "SM-A356E",
        "counter": str(c.rng.randint(2, 90)),
        "lang": "English",
        "country": "NZ",
    }
    if c.rng.random() < 0.5:
        body["android_id"] = b.id("aid_huarere", where="json android_id")
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", UA)
    for k, v in (
        ("format", "320x50_mb"),
        ("ad_unit", "ca-app-pub-3940256099942544/6300978111"),
        ("app_name", f"641.android.{PKG}"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("is_lat", "0"),
        ("js", "afma-sdk-a-v233012999.233012000.1"),
        ("u_sd", "2.625"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ):
        b.param(k, v)
    b.ok_json({"ad_networks": [{"ad": {"ad_html": "<html></html>"}}]})
    return b.build()


def applovin(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", "AppLovinSdk/12.4.2")
    b.json(
        {
            "app_info": {
                "package_name": PKG,
                "app_version": "6.4.1",
                "installer_name": "com.android.vending",
            },
            "device_info": {
                "gaid": b.id("gaid", where="json device_info.gaid"),
                "dnt": False,
                "idfi": b.id("applovin_idfi", where="json device_info.idfi"),
                "model": "SM-A356E",
                "os": "14",
            },
            "ad_unit_id": new_hex(c.rng, 16),
            "ad_format": "BANNER",
        },
        "gzip",
    )
    b.ok_json({"ads": [], "ttl": 300})
    return b.build()


def adapter_config_opaque(c: Context) -> Flow:
    b = FB(c, "huarere", "POST", f"{API}/mcfg")
    b.header("user-agent", UA)
    b.form(
        [("a", PKG), ("u", b.id("aid_huarere", "sha1", "form u", detectable=False)), ("v", "641")]
    )
    b.ok_json({"waterfall": ["admob", "applovin"], "refresh": 45})
    return b.build()


def ad_creative(c: Context) -> Flow:
    b = FB(
        c,
        "admob",
        "GET",
        f"https://tpc.googlesyndication.com/simgad/{c.rng.randint(10**18, 10**19)}",
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sdk_settings(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "GET",
        f"https://cdn-settings.appsflyersdk.com/android/v1/{new_hex(c.rng, 10)}/settings",
    )
    b.header("user-agent", UA)
    b.decoy("settings hash")
    b.ok_json({"sig": new_hex(c.rng, 64), "ver": rid(c.rng)[:8]})
    return b.build()
