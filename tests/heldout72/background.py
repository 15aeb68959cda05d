"""Ordinary background traffic on the iPad: Apple captive-portal and OCSP checks,
the software-update asset query, weather for Austin TX and San José CA, map
tiles, fonts, a Sentry crash envelope with trace ids, feature flags with hashed
buckets. Nothing here is sensitive; most of it carries look-alikes.

Sources: Apple GDMF asset query (`POST https://gdmf.apple.com/v2/assets`,
AssetType / AssetAudience / ProductType / BuildVersion / HWModelStr), NWS API
(`GET https://api.weather.gov/points/{lat},{lon}`), Sentry envelope format
(develop.sentry.dev/sdk/envelopes: header line, item header, item; sentry.cocoa
event contexts.device / contexts.os).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import new, rf, ua
from .telemetry import flags, sentry

SAFARI = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"


def captive(c: Context) -> Flow:
    b = new(
        c,
        "apple",
        "GET",
        "http://captive.apple.com/hotspot-detect.html",
        "CaptiveNetworkSupport-481.100.1 wispr",
    )
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    b.decoy("captive-portal probe")
    return b.build()


def ocsp(c: Context) -> Flow:
    r = c.rng
    req = b64(bytes(r.getrandbits(8) for _ in range(60)))
    b = new(
        c,
        "apple",
        "GET",
        f"http://ocsp.apple.com/ocsp03-apevsrsa2g101/{req}",
        "com.apple.trustd/3.0",
    )
    b.respond(200, "application/ocsp-response", bytes(r.getrandbits(8) for _ in range(200)))
    b.decoy("OCSP check: certificate-serial hash in the path")
    return b.build()


def gdmf(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "apple",
        "POST",
        "https://gdmf.apple.com/v2/assets",
        "com.apple.MobileAsset.SoftwareUpdate/1.0",
    )
    b.json(
        {
            "ClientVersion": 2,
            "AssetType": "com.apple.MobileAsset.SoftwareUpdate",
            "AssetAudience": "01c1d682-6e8f-4908-b724-5501fe3f5e5c",
            "ProductType": "iPad13,16",
            "HWModelStr": "J407AP",
            "BuildVersion": "21F90",
            "ProductVersion": "17.5",
            "CompatibilityVersion": 20,
            "DeviceName": "iPad",
            "CertIssuanceDay": "2023-12-10",
        }
    )
    b.respond(
        200,
        "application/jose",
        (b64(js({"alg": "RS256"})) + "." + b64(new_hex(r, 80)) + ".sig").encode(),
    )
    b.decoy("software-update asset query: model and build, an audience UUID shared by all devices")
    return b.build()


def weather(c: Context) -> Flow:
    r = c.rng
    lat, lon = r.choice([(30.2672, -97.7431), (30.5083, -97.6789), (37.3382, -121.8863)])
    b = new(
        c,
        "weather",
        "GET",
        f"https://api.weather.gov/points/{lat},{lon}",
        "(weather-widget, ops@example-weather.com)",
    )
    b.respond(
        200,
        "application/geo+json",
        js(
            {
                "properties": {
                    "gridId": "EWX" if lat < 35 else "MTR",
                    "gridX": r.randint(100, 160),
                    "gridY": r.randint(80, 120),
                    "forecast": "https://api.weather.gov/gridpoints/EWX/156,91/forecast",
                    "relativeLocation": {"geometry": {"type": "Point", "coordinates": [lon, lat]}},
                }
            }
        ).encode(),
    )
    b.decoy("weather lookup by coordinates")
    return b.build()


def tiles(c: Context) -> Flow:
    r = c.rng
    z, x, y = 15, r.randint(7500, 7560), r.randint(13500, 13560)
    b = new(
        c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png", ua("BusFinder", "2205")
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(200)))
    b.decoy("map tile")
    return b.build()


def fonts(c: Context) -> Flow:
    b = new(
        c,
        "fonts",
        "GET",
        "https://fonts.gstatic.com/s/poppins/v21/pxiEyp8kv8JHgFVrJJfecg.woff2",
        SAFARI,
    )
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("web font fetch")
    return b.build()


def cdn_script(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "cdn",
        "GET",
        f"https://cdn.jsdelivr.net/npm/katex@0.16.{r.randint(0, 9)}/dist/katex.min.js",
        SAFARI,
    )
    b.respond(
        200,
        "application/javascript",
        b'!function(e,t){"object"==typeof exports}(this,function(){});',
    )
    b.decoy("math-rendering script from a CDN")
    return b.build()


def time_check(c: Context) -> Flow:
    b = new(c, "apple", "GET", "https://time.example-isd.org/now", ua("AttendEZ", "540"))
    b.ok_json(
        {"epochMs": int(c.now * 1000), "tz": "America/Chicago", "offsetMin": rf(c.rng, -1, 1, 3)}
    )
    b.decoy("clock sync")
    return b.build()


BENIGN = [captive, ocsp, gdmf, weather, tiles, fonts, sentry, flags, cdn_script, time_check]
