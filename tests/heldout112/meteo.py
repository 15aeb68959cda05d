"""Météo Lyon: a free weather app with ads (AdMob, AppLovin MAX, Firebase).

Her phone's advertising id goes to AdMob (`rdid`) and AppLovin (`device_info`);
Firebase Installations registers the app's FID; the app's own config call is
keyed by a SHA-1 of its ANDROID_ID under a one-letter field (opaque). Forecasts,
rain radar tiles and pollen levels carry coordinates and number series only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.meteo-lyon.example"
UA = ua("MeteoLyon", "4.7.1")


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def admob_request(c: Context) -> Flow:
    b = _b(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in (("preqs", "3"), ("u_w", "412"), ("u_h", "915"), ("msid", "fr.meteolyon.app")):
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("is_lat", "0")
    b.param("format", "320x50_mb")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = _b(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.json(
        {
            "app_info": {"package_name": "fr.meteolyon.app", "app_version": "4.7.1"},
            "device_info": {
                "idfa": b.id("gaid", where="json device_info.idfa"),
                "dnt": False,
                "model": "SM-A546B",
                "locale": "fr_FR",
                "tz_offset": 1.0,
            },
            "ad_format": "BANNER",
            "ad_unit_id": new_hex(c.rng, 16),
        },
        "gzip",
    )
    b.ok_json({"ads": [], "ttl": 900})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/meteo-lyon-prod/installations",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("meteo_fid", where="json fid"),
            "appId": "1:480213377102:android:" + "5e3c1a9d7b2f4e60",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/480213377102/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "meteolyon", "POST", f"{API}/c")
    b.form(
        [
            ("a", "fr.meteolyon.app"),
            ("k", b.id("aid_meteo", "sha1", "form k", detectable=False)),
            ("v", "471"),
        ]
    )
    b.ok_json({"radar": True, "pollen": True})
    return b.build()


def forecast(c: Context) -> Flow:
    lat, lon = rf(c.rng, 45.72, 45.80, 4), rf(c.rng, 4.79, 4.90, 4)
    b = _b(c, "meteolyon", "GET", f"{API}/v2/previsions?lat={lat}&lon={lon}")
    b.decoy("coordinates and temperature series (not biometric)")
    b.ok_json(
        {
            "lat": lat,
            "lon": lon,
            "heures": [iso(c)[:13] for _ in range(1)],
            "temperature": [rf(c.rng, 2, 18, 1) for _ in range(24)],
            "pluie_mm": [rf(c.rng, 0, 3, 1) for _ in range(24)],
        }
    )
    return b.build()


def radar_tile(c: Context) -> Flow:
    b = _b(c, "meteolyon", "GET", f"{API}/radar/{ms(c) // 300000}/8/131/90.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def pollen(c: Context) -> Flow:
    b = _b(c, "meteolyon", "GET", f"{API}/v2/pollens?commune=69123")
    b.ok_json(
        {"ambroisie": c.rng.randint(0, 5), "graminees": c.rng.randint(0, 5), "id": rid(c.rng)}
    )
    return b.build()
