"""Attribution and ad SDKs the set-95 apps embed.

Formats, from their public SDK code and documentation:
- AppsFlyer Android SDK v6: POST https://launches.appsflyer.com/api/v6.x/androidevent
  ?app_id=...&buildnumber=... (`advertiserId`, `advertiserIdEnabled`, `uid`, `af_timestamp`).
- Adjust Android SDK: POST https://app.adjust.com/session and /event, form bodies with
  `app_token`, `gps_adid`, `android_uuid`, `created_at`, `event_token`, `callback_params`
  (adjust/android_sdk PackageBuilder).
- Google IMA SDK: GET https://pubads.g.doubleclick.net/gampad/ads?...&rdid=&idtype=adid&is_lat=
  (Google Ad Manager VAST ad tag parameters documentation).
- InMobi SDK: POST https://api.w.inmobi.com/showad/v3 form with `u-id-map` (JSON of ids:
  GPID, UM5 = md5(ANDROID_ID), O1 = sha1(ANDROID_ID)).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid


def appsflyer(c: Context, pkg: str, aid: str) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.14/androidevent")
    b.params += [("app_id", pkg), ("buildnumber", "6.14.2")]
    b.other_id("af_uid", "json:uid")
    body = {
        "advertiserId": b.id("gaid", where="json:advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.af_uid,
        "af_timestamp": str(ms(c)),
        "brand": "Redmi",
        "model": "23117RA68G",
        "sdk": "34",
        "lang_code": "en",
        "country": "IN",
        "network": "WIFI",
        "operator": "Jio 4G",
        "counter": str(c.rng.randint(2, 60)),
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1220", "y_px": "2712"}},
        "isFirstCall": "false",
        "app_version_name": "24.11.3",
    }
    b.header("user-agent", dalvik())
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def adjust(
    c: Context,
    pkg: str,
    token: str,
    event: str | None = None,
    cb: dict[str, str] | None = None,
    view: bool = False,
) -> Flow:
    path = "event" if event else "session"
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    pairs = [
        ("app_token", token),
        ("created_at", iso(c).replace("Z", "+0530")),
        ("environment", "production"),
        ("gps_adid", b.id("gaid", where="form:gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("android_uuid", c.phone.adjust_uuid),
        ("device_type", "phone"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", pkg),
        ("tracking_enabled", "1"),
        ("needs_response_details", "1"),
    ]
    b.other_id("adjust_uuid", "form:android_uuid")
    if event:
        pairs += [("event_token", event), ("event_count", str(c.rng.randint(1, 90)))]
    if cb:
        pairs.append(("callback_params", js(cb)))
    if view:
        b.view("form:callback_params")
    b.header("client-sdk", "android4.38.2")
    b.form(pairs)
    b.ok_json({"app_token": token, "adid": c.phone.adjust_uuid.replace("-", "")[:32]})
    return b.build()


def ima(c: Context, pkg: str, unit: str, vid: str) -> Flow:
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.params += [
        ("iu", unit),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("vpos", "preroll"),
        ("rdid", b.id("gaid", where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("an", pkg),
        ("msid", pkg),
        ("vid", vid),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]
    b.decoy("ad request: content id of what is about to play, no watch report")
    b.header("user-agent", dalvik())
    b.respond(200, "text/xml; charset=UTF-8", b'<VAST version="4.0"></VAST>')
    return b.build()


def inmobi(c: Context, aid: str, placement: str) -> Flow:
    b = FB(c, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3")
    ids = {
        "GPID": b.id("gaid", where="form:u-id-map.GPID"),
        "UM5": b.id(aid, "md5", where="form:u-id-map.UM5", detectable=False),
        "O1": b.id(aid, "sha1", where="form:u-id-map.O1", detectable=False),
    }
    b.form(
        [
            ("im-plid", placement),
            ("format", "json"),
            ("mk-version", "pr-SAND-10.7.2"),
            ("u-id-map", js(ids)),
            ("u-id-adt", "0"),
            ("d-localization", "en_IN"),
            ("d-device-screen-size", "1220x2712"),
            ("u-s-id", rid(c.rng)),
        ]
    )
    b.ok_json({"requestId": rid(c.rng), "ads": []})
    return b.build()
