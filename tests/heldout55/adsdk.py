"""Third-party SDKs several set-55 apps embed: CleverTap, AppsFlyer, AdMob, Unity Ads.

Sources: CleverTap Android SDK (github.com/CleverTap/clevertap-android-sdk,
network/QueueHeaderBuilder.kt: a JSON array whose first element is the "meta"
header with "g" = CleverTap device id, "af" = app-launched fields, "id"/"tk"
account; endpoint in1.clevertap-prod.com/a1 for the India region; DeviceInfo
puts the Google ad id into "af" as GoogleAdID when ad-id collection is on).
AppsFlyer Android SDK v6 launches (launches.appsflyer.com/api/v6.x/androidevent,
JSON with advertiserId, uid, af_timestamp, eventName, eventValue as a JSON
string). AdMob GMA ad request (googleads.g.doubleclick.net/mads/gma, rdid =
advertising id, is_lat). Unity Ads v6 auction requests (advertisingTrackingId,
limitAdTracking, idfi).
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import FB, MODEL, dalvik, ms, rid


def clevertap(
    c: Context, app: str, acct: str, ct_attr: str, events: list[dict[str, Any]], ad: bool
) -> FB:
    """A CleverTap /a1 upload; the caller labels the events' content (decoys)."""
    b = FB(c, f"{app}:clevertap", "POST", "https://in1.clevertap-prod.com/a1")
    ts = int(c.now)
    for k, v in (("os", "Android"), ("t", "70102"), ("z", acct), ("ts", str(ts))):
        b.param(k, v)
    af: dict[str, Any] = {
        "Build": "612",
        "Version": "8.4.1",
        "OS Version": "14",
        "SDK Version": 70102,
        "Make": "samsung",
        "Model": MODEL,
        "Carrier": "Jio 4G",
        "cc": "in",
        "wdt": 2.72,
        "hgt": 5.99,
        "dpi": 450,
    }
    if ad:
        af["GoogleAdID"] = b.id("gaid", where="body[0].af.GoogleAdID")
        af["GoogleAdIDLimit"] = False
    header = {
        "g": b.id(ct_attr, where="body[0].g"),
        "type": "meta",
        "af": af,
        "id": acct,
        "tk": new_hex(c.rng, 6),
        "l_ts": ts - c.rng.randint(30, 900),
        "f_ts": ts - 86400 * 40,
        "ddnd": False,
        "frs": False,
        "rtl": [],
    }
    for e in events:
        e.setdefault("type", "event")
        e.setdefault("ep", ts)
        e.setdefault("s", ts - c.rng.randint(60, 600))
        e.setdefault("pg", c.rng.randint(1, 9))
    b.header("user-agent", dalvik())
    b.json([header, *events])
    b.ok_json({"g": "", "arp": {"j_n": "Zw==", "i_n": "Aw=="}})
    return b


def appsflyer(c: Context, app: str, pkg: str, event: str, value: dict[str, Any]) -> FB:
    b = FB(c, f"{app}:appsflyer", "POST", "https://launches.appsflyer.com/api/v6.12/androidevent")
    b.param("app_id", pkg)
    b.param("buildnumber", "6.12.2")
    b.header("user-agent", dalvik())
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("af_uid", where="body.uid"),
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Fq" + new_hex(c.rng, 20),
        "eventName": event,
        "eventValue": js(value),
        "brand": "samsung",
        "model": MODEL,
        "sdk": "34",
        "counter": str(c.rng.randint(20, 300)),
        "iaecounter": str(c.rng.randint(1, 90)),
        "lang_code": "ta",
        "country": "IN",
    }
    b.json(body)
    b.ok_json({"ok": True})
    return b


def admob(c: Context, app: str, unit: str) -> Flow:
    b = FB(c, f"{app}:admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in (
        ("submodel", MODEL),
        ("format", c.rng.choice(["320x50_mb", "interstitial_mb"])),
        ("ad_unit", unit),
        ("correlator", new_digits(c.rng, 16)),
        ("rdid", b.id("gaid", where="query.rdid")),
        ("is_lat", "0"),
        ("sdk_apis", "7,8"),
        ("u_sd", "2.8125"),
        ("js", "afma-sdk-a-v241806999.233012000.1"),
    ):
        b.param(k, v)
    b.header("user-agent", dalvik())
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def unity_auction(c: Context, app: str, game_id: str, placement: str) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v6/games/{game_id}/requests"
    b = FB(c, f"{app}:unityads", "POST", url)
    b.param("deviceModel", MODEL)
    b.param("platform", "android")
    b.param("sdkVersion", "4120")
    b.param("stores", "google")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("unity_idfi", where="body.idfi"),
            "auctionId": rid(c.rng),
            "placements": {placement: {"adTypes": ["VIDEO"], "allowSkip": False}},
            "screenWidth": 1080,
            "screenHeight": 2340,
            "connectionType": "wifi",
            "batteryLevel": round(c.rng.uniform(0.1, 1.0), 2),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "media": {}})
    return b.build()
