"""SkyCast: a weather app paid for by programmatic ads: Prebid Mobile to a Prebid
Server (OpenRTB 2.5), Google Ad Manager, Criteo, PubMatic OpenWrap, Ogury,
Tapjoy, Chartboost and Pangle, plus the forecasts, radar tiles and maps a
weather app fetches.

Wire formats: OpenRTB 2.5 BidRequest (`device.ifa`, `device.lmt`,
`device.dpidmd5`, `device.geo`, `app.bundle`, `imp[]`; IAB OpenRTB 2.5 spec,
example 6.3.3 "mobile"); Prebid Server `/openrtb2/auction`; GAM `gampad/ads`
query (`rdid`, `idtype=adid`, `is_lat`); Criteo in-app CDB (`user.deviceId`,
`deviceIdType`); Tapjoy `connect/v3.json` (`advertising_id`, `android_id`);
Chartboost `api/config` with a base64 `identity` JSON; Pangle `get_ads` with an
enciphered `message` (TrackHAR / published SDK traffic analyses).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_digits, new_hex
from tests.heldout.wire import b64, jsb

from .phone import FB, okhttp, req_id, rf, ua
from .shapes import series

API = "https://api.skycast-weather.com"
UA = ua("SkyCast", "9.8.0")
CITY = (45.4642, 9.19)


def _loc(ctx: Context) -> tuple[float, float]:
    return round(CITY[0] + ctx.rng.uniform(-0.05, 0.05), 4), round(
        CITY[1] + ctx.rng.uniform(-0.05, 0.05), 4
    )


def _api(ctx: Context, path: str) -> FB:
    fb = FB(ctx, "skycast", "GET", API + path)
    fb.header("user-agent", UA)
    return fb


# --- weather (negatives) ----------------------------------------------------------------------


def forecast(ctx: Context) -> Flow:
    lat, lon = _loc(ctx)
    fb = _api(ctx, "/v3/forecast")
    fb.param("lat", str(lat))
    fb.param("lon", str(lon))
    fb.param("units", "metric")
    fb.ok_json(
        {
            "hourly": {
                "temp": series(ctx.rng, 24, 22, 0.8, 1),
                "precip_prob": [ctx.rng.randint(0, 60) for _ in range(24)],
            },
            "daily": [{"max": 28, "min": 17}] * 7,
        }
    )
    return fb.build()


def radar_tile(ctx: Context) -> Flow:
    z, x, y = 8, ctx.rng.randint(130, 140), ctx.rng.randint(88, 94)
    fb = FB(
        ctx,
        "skycast",
        "GET",
        f"https://tiles.skycast-weather.com/radar/{int(ctx.now) // 600 * 600}/{z}/{x}/{y}.png",
    )
    fb.header("user-agent", okhttp())
    fb.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(300))
    )
    return fb.build()


def air_quality(ctx: Context) -> Flow:
    lat, lon = _loc(ctx)
    fb = _api(ctx, "/v3/airquality")
    fb.param("lat", str(lat))
    fb.param("lon", str(lon))
    fb.ok_json(
        {
            "aqi": ctx.rng.randint(20, 120),
            "pollen": {"grass": "moderate", "birch": "low"},
            "pm25": series(ctx.rng, 12, 14, 2, 1),
        }
    )
    return fb.build()


def alerts(ctx: Context) -> Flow:
    fb = _api(ctx, "/v3/alerts")
    fb.param("region", "IT-25")
    fb.ok_json(
        {"alerts": [{"id": req_id(ctx.rng), "severity": "yellow", "event": "Thunderstorms"}]}
    )
    return fb.build()


def geocode(ctx: Context) -> Flow:
    lat, lon = _loc(ctx)
    fb = FB(
        ctx, "mapbox", "GET", f"https://api.mapbox.com/geocoding/v5/mapbox.places/{lon},{lat}.json"
    )
    fb.param("access_token", "pk.eyJ1Ijoic2t5Y2FzdCJ9." + new_hex(ctx.rng, 22))
    fb.param("types", "place")
    fb.ok_json({"features": [{"place_name": "Milano, Lombardia, Italy", "center": [lon, lat]}]})
    return fb.build()


def ad_creative(ctx: Context) -> Flow:
    fb = FB(
        ctx, "ad-cdn", "GET", f"https://tpc.googlesyndication.com/simgad/{new_digits(ctx.rng, 19)}"
    )
    fb.header("user-agent", UA)
    fb.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(ctx.rng.getrandbits(8) for _ in range(500))
    )
    return fb.build()


def ump_consent(ctx: Context) -> Flow:
    fb = FB(ctx, "google-ump", "POST", "https://fundingchoicesmessages.google.com/a/consent")
    fb.header("user-agent", UA)
    fb.json(
        {
            "publisher_identifier": "pub-" + new_digits(ctx.rng, 16),
            "language_code": "it",
            "tag_for_under_age_of_consent": False,
            "privacy_options_requirement_status": 2,
        }
    )
    fb.ok_json({"consent_signal": "CONSENT_SIGNAL_NOT_REQUIRED"})
    return fb.build()


# --- ad requests --------------------------------------------------------------------------------


def _openrtb(ctx: Context, fb: FB, ifa_how: str, hashed_dpid: bool) -> dict[str, object]:
    lat, lon = _loc(ctx)
    rid = req_id(ctx.rng)
    fb.decoy(rid)
    device: dict[str, object] = {
        "ua": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 "
        "Mobile Safari/537.36",
        "geo": {"lat": lat, "lon": lon, "type": 1, "country": "ITA"},
        "ifa": fb.id("gaid", how=ifa_how, where="device.ifa"),
        "lmt": 0,
        "make": "Google",
        "model": "Pixel 8",
        "os": "android",
        "osv": "14",
        "devicetype": 4,
        "connectiontype": 2,
        "language": "it",
        "ext": {"ifa_type": "aaid"},
    }
    if hashed_dpid:
        device["dpidmd5"] = fb.id("aid_sky", how="md5", where="device.dpidmd5")
    return {
        "id": rid,
        "imp": [
            {
                "id": "1",
                "banner": {"w": 320, "h": 50, "format": [{"w": 320, "h": 50}]},
                "tagid": "skycast_home_banner",
                "bidfloor": rf(ctx.rng, 0.05, 0.6, 2),
                "secure": 1,
            }
        ],
        "app": {
            "bundle": "com.skycast.weather",
            "name": "SkyCast",
            "storeurl": "https://play.google.com/store/apps/details?id=com.skycast.weather",
            "publisher": {"id": new_digits(ctx.rng, 6)},
        },
        "device": device,
        "user": {"ext": {"consent": "CP" + new_hex(ctx.rng, 30).upper()}},
        "regs": {"ext": {"gdpr": 1}},
        "tmax": 800,
    }


def prebid(ctx: Context) -> Flow:
    fb = FB(ctx, "prebid", "POST", "https://prebid-server.rubiconproject.com/openrtb2/auction")
    fb.header("user-agent", UA)
    body = _openrtb(ctx, fb, "plain", False)
    body["ext"] = {"prebid": {"storedrequest": {"id": "skycast-banner"}, "cache": {"bids": {}}}}
    fb.json(body)
    fb.ok_json(
        {
            "id": body["id"],
            "seatbid": [{"bid": [{"price": rf(ctx.rng, 0.1, 2.0, 3), "adm": "<div>ad</div>"}]}],
        }
    )
    return fb.build()


def pubmatic(ctx: Context) -> Flow:
    fb = FB(ctx, "pubmatic", "POST", "https://ow.pubmatic.com/openrtb/2.5")
    fb.header("user-agent", UA)
    fb.json(_openrtb(ctx, fb, "upper", True), encoding="gzip")
    fb.respond(204, None)
    return fb.build()


def gam(ctx: Context) -> Flow:
    fb = FB(ctx, "gam", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    fb.header("user-agent", UA)
    lat, lon = _loc(ctx)
    for k, v in [
        ("iu", "/21775744923/skycast/home_banner"),
        ("sz", "320x50"),
        ("rdid", fb.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("msid", "com.skycast.weather"),
        ("an", "9.8.0.android.com.skycast.weather"),
        ("u_w", "412"),
        ("u_h", "915"),
        ("correlator", new_digits(ctx.rng, 16)),
        ("dtsdk", "23.0.0"),
        ("loc", f"{lat},{lon}"),
    ]:
        fb.param(k, v)
    fb.ok_json({"ad_html": "<html>ad</html>", "ad_type": "banner"})
    return fb.build()


def criteo(ctx: Context) -> Flow:
    fb = FB(ctx, "criteo", "POST", "https://bidder.criteo.com/inapp/v2")
    fb.header("user-agent", UA)
    fb.json(
        {
            "id": req_id(ctx.rng),
            "publisher": {"bundleId": "com.skycast.weather", "cpId": "B-" + new_digits(ctx.rng, 6)},
            "user": {
                "deviceId": fb.id("gaid", how="upper", where="user.deviceId"),
                "deviceIdType": "gaid",
                "deviceModel": "Pixel 8",
                "deviceOs": "android",
                "lmt": "0",
                "sdkver": "6.0.0",
            },
            "sdkVersion": "6.0.0",
            "slots": [{"placementId": "skycast_mrec", "sizes": ["300x250"]}],
        }
    )
    fb.ok_json({"slots": []})
    return fb.build()


def ogury(ctx: Context) -> Flow:
    fb = FB(ctx, "ogury", "POST", "https://mobile-api.ogury.io/v1/ad/request")
    fb.header("user-agent", UA)
    fb.json(
        {
            "asset_key": "OGY-" + new_hex(ctx.rng, 12).upper(),
            "ad_unit": "skycast_interstitial",
            "device": {
                "advertising_id_sha256": fb.id(
                    "gaid", how="sha256", where="device.advertising_id_sha256"
                ),
                "limit_ad_tracking": False,
                "os": "android",
                "os_version": "14",
            },
        }
    )
    fb.ok_json({"ads": []})
    return fb.build()


def tapjoy(ctx: Context) -> Flow:
    fb = FB(ctx, "tapjoy", "GET", "https://connect.tapjoy.com/api/connect/v3.json")
    fb.header("user-agent", UA)
    for k, v in [
        ("app_id", req_id(ctx.rng)),
        ("advertising_id", fb.id("gaid", where="query advertising_id")),
        ("ad_tracking_enabled", "true"),
        ("android_id", fb.id("aid_sky", where="query android_id")),
        ("device_name", "Pixel 8"),
        ("library_version", "13.4.1"),
        ("platform", "android"),
        ("timestamp", str(int(ctx.now))),
        ("verifier", new_hex(ctx.rng, 64)),
    ]:
        fb.param(k, v)
    fb.respond(200, "application/json", jsb({"TapjoyConnectReturnObject": {"Success": True}}))
    return fb.build()


def chartboost(ctx: Context) -> Flow:
    fb = FB(ctx, "chartboost", "POST", "https://live.chartboost.com/api/config")
    fb.header("user-agent", UA)
    fb.header("x-chartboost-client", "Chartboost-Android-SDK 9.7.0")
    identity = {
        "gaid": fb.id("gaid", where="identity(base64 JSON).gaid"),
        "uuid": fb.id("chartboost_uuid", where="identity(base64 JSON).uuid", detectable=False),
    }
    fb.json(
        {
            "app": "5f" + new_hex(ctx.rng, 22),
            "identity": b64(jsb(identity)),
            "limit_ad_tracking": False,
            "model": "Pixel 8",
            "os": "Android 14",
            "sdk": "9.7.0",
        }
    )
    fb.ok_json({"status": 200, "configVariant": "default"})
    return fb.build()


def pangle(ctx: Context) -> Flow:
    """Pangle's get_ads: the request JSON is enciphered into `message` (cypher 3)."""
    fb = FB(ctx, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    fb.header("user-agent", UA)
    inner = {
        "gaid": fb.id_raw("gaid", "custom_b64", "message (enciphered JSON).gaid"),
        "android_id": fb.id_raw("aid_sky", "custom_b64", "message (enciphered JSON).android_id"),
        "model": "Pixel 8",
        "ad_slot": "981234567",
    }
    cipher = encode(jsb(inner).decode(), "custom_b64")
    fb.json(
        {
            "message": "3" + hashlib.md5(cipher.encode()).hexdigest()[:8] + cipher,
            "cypher": 3,
            "ad_sdk_version": "5.8.0.8",
        }
    )
    fb.ok_json({"message": encode("{}", "custom_b64"), "cypher": 3})
    return fb.build()


def win_notice(ctx: Context) -> Flow:
    fb = FB(ctx, "prebid", "GET", "https://prebid-server.rubiconproject.com/event")
    fb.param("t", "win")
    fb.param("b", req_id(ctx.rng))
    fb.param("a", new_digits(ctx.rng, 5))
    fb.param("bidder", ctx.rng.choice(["appnexus", "rubicon", "ix"]))
    fb.param("price", str(rf(ctx.rng, 0.1, 2.0, 3)))
    fb.respond(204, None)
    return fb.build()
