"""Ad and attribution SDKs the apps embed, as their SDKs send them.

Sources: AppsFlyer Android SDK v6 launch / inapp events (`advertiserId`, `uid`,
`appsflyerKey`, `af_timestamp`: dev.appsflyer.com Android SDK reference and the
decompiled `AFa1xSDK` request builder seen in public traffic write-ups); Adjust
Android SDK `PackageBuilder` (github.com/adjust/android_sdk: form body with
`gps_adid`, `android_uuid`, `app_token`, `created_at`); Unity Ads
`advertisingTrackingId` / `idfi` (github.com/Unity-Technologies/unity-ads-android
DeviceInfo); Pangle `get_ads` (encrypted `message` body when cypher=3); Google
Mobile Ads `/mads/gma` query (`rdid`, `is_lat`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex

from .phone import FB, iso, ms, rid, ua


def appsflyer(c: Context, pkg: str, aid: str, event: str = "") -> Flow:
    kind = "inappevent" if event else "androidevent"
    host = "inapps" if event else "launches"
    b = FB(c, "appsflyer", "POST", f"https://{host}.appsflyer.com/api/v6.13/{kind}")
    b.param("app_id", pkg)
    b.param("buildnumber", "6.13.1")
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.af_uid,
        "android_id": b.id(aid, where="body.android_id") if c.rng.random() < 0.5 else None,
        "appsflyerKey": new_hex(c.rng, 22),
        "af_timestamp": str(ms(c)),
        "brand": "samsung",
        "model": "SM-A556E",
        "counter": str(c.rng.randint(2, 90)),
        "iaecounter": str(c.rng.randint(0, 20)),
        "app_version_name": "4.2.1",
        "sdk": "34",
    }
    b.other_id("af_uid", "body.uid")
    if body["android_id"] is None:
        del body["android_id"]
    if event:
        body["eventName"] = event
        body["eventValue"] = '{"af_content_type":"subscription","af_currency":"ZAR"}'
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A556E Build/UP1A.231005.007)")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context, token: str) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", token),
        ("gps_adid", b.id("gaid", where="body.gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", c.phone.adjust_adid),
        ("created_at", iso(c).replace("Z", "+0200")),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(3, 80))),
        ("tracking_enabled", "1"),
        ("device_name", "SM-A556E"),
        ("os_name", "android"),
    ]
    b.other_id("adjust_adid", "body.android_uuid")
    b.form(pairs)
    b.ok_json({"adid": c.phone.adjust_adid, "timestamp": iso(c)})
    b.other_id("adjust_adid", "response.adid", direction="response")
    return b.build()


def unity_auction(c: Context, game_id: str) -> Flow:
    b = FB(
        c, "unity-ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{game_id}/requests"
    )
    b.param("deviceModel", "SM-A556E")
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("idfi", c.phone.unity_idfi)
    b.other_id("unity_idfi", "query.idfi")
    b.json(
        {
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 9),
            "auctionId": rid(c.rng),
            "connectionType": "wifi",
            "screenWidth": 1080,
        }
    )
    b.decoy("auctionId uuid")
    b.ok_json({"auctionId": rid(c.rng), "media": {}})
    return b.build()


def pangle_ads(c: Context, opaque: bool) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", ua("com.bytedance.sdk.openadsdk", "5.8.0.7"))
    if opaque:
        raw = b.id_raw("gaid", "custom_b64", "body.message (encrypted)")
        b.other_id("pangle_did", "body.message (encrypted)", detectable=False)
        blob = encode(f'{{"gaid":"{raw}","did":"{c.phone.pangle_did}"}}', "custom_b64")
        b.json(
            {"message": "3" + new_hex(c.rng, 32) + blob, "cypher": 3, "ad_sdk_version": "5.8.0.7"}
        )
    else:
        dev = {
            "gaid": b.id("gaid", where="body.device.gaid"),
            "did": c.phone.pangle_did,
            "model": "SM-A556E",
            "vendor": "samsung",
            "os_version": "14",
            "conn_type": 4,
        }
        b.other_id("pangle_did", "body.device.did")
        b.json(
            {
                "request_id": rid(c.rng),
                "ad_sdk_version": "5.8.0.7",
                "device": dev,
                "adslots": [{"id": "981" + str(c.rng.randint(100000, 999999)), "adtype": 5}],
            }
        )
        b.decoy("request_id")
    b.ok_json({"status_code": 20000, "request_id": rid(c.rng)})
    return b.build()


def admob(c: Context, app: str) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("caps", "inlineVideo_interactiveVideo_mraid1_mraid2_sdkVideo"),
        ("format", "320x50_mb"),
        ("msid", app),
        ("u_sd", "2.625"),
        ("js", "afma-sdk-a-v233710999.231004000.1"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("is_lat", "0")
    b.param("request_id", rid(c.rng))
    b.decoy("request_id")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()
