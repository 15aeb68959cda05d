"""Third-party SDK traffic shared by the set-91 apps, in the SDKs' own formats.

Sources: AppsFlyer Android SDK launches (`/api/v6.x/androidevent`, JSON keys
`advertiserId`, `uid`; dev.appsflyer.com), Adjust SDK v4 form bodies
(`gps_adid`, `android_uuid`; github.com/adjust/android_sdk ActivityPackage),
Facebook App Events (`/{app-id}/activities`, `advertiser_id`, `anon_id`,
`custom_events`; developers.facebook.com/docs/marketing-api/app-event-api),
Firebase Installations (`fid`, `authVersion: FIS_v2`; firebase-android-sdk),
Google IMA / GAM ad tags (`rdid`, `idtype=adid`, `is_lat`;
developers.google.com/ad-manager), Unity Ads (`advertisingTrackingId`) and
CleverTap's `/a1` batches (header object `g` = the SDK's device id;
developer.clevertap.com). Every function takes the app's package and ANDROID_ID
attribute so one SDK can run inside several apps.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rf, rid


def appsflyer(c: Context, pkg: str) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.13/androidevent")
    b.param("app_id", pkg)
    b.param("buildnumber", "6.13.1")
    body = {
        "advertiserId": b.id("gaid", where="json:advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("af_uid", where="json:uid"),
        "af_timestamp": str(ms(c)),
        "brand": "TECNO",
        "model": "TECNO CL8",
        "carrier": c.rng.choice(["Vodacom Tanzania", "Airtel", "MTN Uganda", "MTN Rwanda"]),
        "lang_code": "sw",
        "counter": str(c.rng.randint(2, 90)),
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1080", "y_px": "2436"}},
        "installDate": "2026-10-02_071455+0300",
    }
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def adjust(c: Context, app_token: str, event: str = "") -> Flow:
    path = "event" if event else "session"
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    pairs = [
        ("app_token", app_token),
        ("gps_adid", b.id("gaid", where="form:gps_adid")),
        ("android_uuid", b.id("adj_uuid", where="form:android_uuid")),
        ("created_at", "2026-11-30T09:00:00.000Z+0300"),
        ("environment", "production"),
        ("os_name", "android"),
        ("tracking_enabled", "1"),
        ("session_count", str(c.rng.randint(2, 60))),
    ]
    if event:
        pairs.append(("event_token", event))
    b.form(pairs)
    b.ok_json({"app_token": app_token, "adid": rid(c.rng).replace("-", "")})
    return b.build()


def facebook(c: Context, app_id: str, event: str) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v18.0/{app_id}/activities")
    ev = [{"_eventName": event, "_logTime": int(c.now), "fb_currency": "TZS"}]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form:advertiser_id")),
            ("anon_id", b.id("fb_anon", where="form:anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("custom_events", jsb(ev).decode()),
            ("extinfo", '["a2","com.app","1","1.0","14","TECNO CL8","sw_TZ","EAT","Vodacom"]'),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def firebase_install(c: Context, project: str, app_id: str) -> Flow:
    url = f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations"
    b = FB(c, "firebase", "POST", url)
    fid = b.id("ga_instance", how="plain", where="json:fid")
    b.json({"fid": fid, "appId": app_id, "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})
    b.ok_json({"name": f"projects/{project}/installations/{fid}", "fid": fid})
    return b.build()


def measurement(c: Context, app_id: str) -> Flow:
    """GA4 for Firebase upload: protobuf, no key names on the wire."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    gaid = b.id("gaid", how="protobuf", where="protobuf:bundle.resettable_id", detectable=False)
    inst = b.id(
        "ga_instance", how="protobuf", where="protobuf:bundle.app_instance_id", detectable=False
    )
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c))])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(14, app_id),
            pb_bytes(19, gaid),
            pb_bytes(27, inst),
            pb_bytes(8, "TECNO CL8"),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ima(c: Context, pkg: str, unit: str) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", unit),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("env", "vp"),
        ("output", "xml_vast4"),
        ("unviewed_position_start", "1"),
        ("msid", pkg),
        ("an", pkg),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query:rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.respond(200, "text/xml", b'<VAST version="4.0"><Ad id="1"><InLine/></Ad></VAST>')
    return b.build()


def unity(c: Context, game: str) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v6/games/{game}/requests"
    b = FB(c, "unityads", "POST", url)
    b.param("deviceModel", "TECNO CL8")
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="json:advertisingTrackingId"),
            "limitAdTracking": False,
            "deviceMake": "TECNO",
            "screenDensity": 480,
            "connectionType": "cellular",
            "placements": {"video": {"adTypes": ["VIDEO"]}},
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "placements": {}})
    return b.build()


def clevertap(c: Context, account: str, evt: str, data: dict[str, object], view: bool) -> Flow:
    b = FB(c, "clevertap", "POST", "https://in1.clevertap-prod.com/a1")
    b.param("os", "Android")
    b.param("t", "60600")
    b.param("z", account)
    b.param("ts", str(int(c.now)))
    meta = {
        "type": "meta",
        "g": b.id("ct_guid", where="json:[0].g", detectable=False),
        "tk": "W" + rid(c.rng)[:8],
        "af": {"Make": "TECNO", "Model": "TECNO CL8", "OS Version": "14", "Build": "60600"},
    }
    if view:
        b.view("json:[1].evtData")
    b.json(
        [
            meta,
            {
                "type": "event",
                "evtName": evt,
                "evtData": data,
                "ep": int(c.now),
                "s": int(c.now) - 300,
                "pg": c.rng.randint(1, 9),
            },
        ]
    )
    b.ok_json({"status": "success"})
    return b.build()


__all__ = ["adjust", "appsflyer", "clevertap", "facebook", "firebase_install", "ima"]
__all__ += ["measurement", "rf", "unity"]
