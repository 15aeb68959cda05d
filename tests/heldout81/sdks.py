"""Third-party SDK requests the set-81 apps make, as the SDKs document or send them.

Sources (read through the search tools, not copied):
- Comscore streaming tag: `ns_st_ev`, `ns_st_pt`, `ns_st_ci`, `ns_st_cl`, `ns_st_ep`,
  `ns_st_pr`, `c1`/`c2`/`c12` labels on sb.scorecardresearch.com/p2 (Comscore
  streaming-tag implementation guides; THEOplayer web-connectors/comscore).
- Google IMA SDK ad tag on pubads.g.doubleclick.net/gampad/ads with `rdid`,
  `idtype=adid`, `is_lat`, `msid`, `an` (Google Ad Manager "ad tag parameters").
- AppsFlyer Android SDK launch: launches.appsflyer.com/api/v6.x/androidevent with
  `advertiserId`, `uid`, `af_timestamp`, `deviceData` (AppsFlyer SDK traffic).
- Adjust Android SDK session package: form body to app.adjust.com/session with
  `gps_adid`, `android_uuid`, `app_token`, `created_at`, `session_count`.
- Firebase Installations REST API (`fid`, `appId`, `authVersion: FIS_v2`) and the
  GA4 Measurement Protocol for Firebase (`app_instance_id`, `events[].params`).
- Mixpanel Android `/track/?ip=1` form body `data=[...]` with `distinct_id`,
  `$device_id`, `mp_lib`; CleverTap `a1` batches: a `meta` header (`g` CleverTap id,
  `af` app fields incl. `GoogleAdID`) then `event` items (`evtName`, `evtData`)
  (CleverTap/clevertap-android-sdk; CleverTap docs "Identity generation").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid


def comscore_stream(
    c: Context, app: str, aid: str, ev: str, clip: dict[str, str], pt_ms: int
) -> Flow:
    """A streaming-tag event; `c12` is Comscore's visitor id, an MD5 of ANDROID_ID."""
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A256E Build/UP1A.231005.007)")
    for k, v in (("c1", "19"), ("c2", "30109732"), ("ns_ap_an", app), ("ns_ap_pn", "android")):
        b.param(k, v)
    b.param("c12", b.id(aid, "md5", where="query.c12", detectable=False))
    b.param("ns_ak", "none")
    b.param("ns_st_ev", ev)
    b.param("ns_st_pt", str(pt_ms))
    b.param("ns_st_hc", str(c.rng.randint(1, 30)))
    for k, v in clip.items():
        b.param(k, v)
    b.param("ns_ts", str(ms(c)))
    b.view("query.ns_st_ci+ns_st_pt+ns_st_ev")
    b.respond(204, None)
    return b.build()


def ima_ad_request(c: Context, an: str, pkg: str, iu: str) -> Flow:
    b = FB(c, "google_ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in (
        ("iu", iu), ("sz", "640x360|1280x720"), ("gdfp_req", "1"), ("output", "xml_vast4"),
        ("unviewed_position_start", "1"), ("env", "vp"), ("impl", "s"),
        ("correlator", str(c.rng.randint(10**15, 10**16))), ("sdkv", "h.3.660.0/n.android.3.33.0"),
        ("an", an), ("msid", pkg), ("hl", "es"), ("is_lat", "0"),
    ):  # fmt: skip
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("idtype", "adid")
    b.respond(200, "application/xml", b'<VAST version="4.0"></VAST>')
    return b.build()


def appsflyer_launch(c: Context, pkg: str, uid_attr: str, counter: int) -> Flow:
    url = f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={pkg}&buildnumber=6.14.0"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A256E)")
    body = {
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "xQ7mR2vTnA9kLp3Hs8JdWe",
        "app_version_name": "5.12.1",
        "counter": str(counter),
        "iaecounter": "0",
        "advertiserId": b.id("gaid", where="body.json.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.made(uid_attr, "body.json.uid"),
        "deviceData": {
            "build_display_id": "UP1A.231005.007.A256EXXU3BXF1",
            "cpu_abi": "arm64-v8a",
            "dim": {"x_px": "1080", "y_px": "2340", "d_dpi": "450", "size": "2"},
        },
        "brand": "samsung",
        "model": "SM-A256E",
        "lang_code": "es",
        "country": "CL",
        "network": "WIFI",
        "operator": "Entel",
        "isFirstCall": "false",
        "date1": iso(c),
    }
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context, pkg: str, uuid_attr: str, aid: str, count: int) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", "q1w2e3r4t5y6"), ("attribution_deeplink", "1"),
        ("connectivity_type", "1"), ("country", "AR"), ("cpu_type", "arm64-v8a"),
        ("created_at", iso(c).replace("Z", "-0300")), ("device_manufacturer", "samsung"),
        ("device_name", "SM-A256E"), ("device_type", "phone"), ("environment", "production"),
    ]  # fmt: skip
    pairs.append(("gps_adid", b.id("gaid", where="body.form.gps_adid")))
    pairs += [("gps_adid_attempt", "1"), ("gps_adid_src", "service")]
    pairs.append(("android_uuid", b.made(uuid_attr, "body.form.android_uuid")))
    pairs.append(("android_id", b.id(aid, where="body.form.android_id")))
    pairs += [
        ("language", "es"), ("os_build", "UP1A.231005.007"), ("os_name", "android"),
        ("os_version", "14"), ("package_name", pkg), ("session_count", str(count)),
        ("tracking_enabled", "1"), ("sent_at", iso(c).replace("Z", "-0300")),
    ]  # fmt: skip
    b.form(pairs)
    b.ok_json({"app_token": "q1w2e3r4t5y6", "adid": rid(c.rng).replace("-", "")})
    return b.build()


def firebase_install(c: Context, project: str, pkg: str, fid_attr: str) -> Flow:
    url = f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-android-package", pkg)
    b.header("x-goog-api-key", "AIzaSyB" + "x" * 32)
    fid = b.made(fid_attr, "body.json.fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:812345678901:android:4f2a9c1e7b3d5a60",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": f"projects/{project}/installations/{fid}", "fid": fid})
    return b.build()


def ga4_mp(c: Context, inst_attr: str, events: list[dict[str, object]], view: str) -> Flow:
    """Measurement Protocol for Firebase (the radio app batches server-style)."""
    url = "https://www.google-analytics.com/mp/collect?firebase_app_id=1:812345678901:android:4f2a9c1e7b3d5a60&api_secret=Zk3pQm9xR1sT"
    b = FB(c, "ga4", "POST", url)
    inst = b.made(inst_attr, "body.json.app_instance_id")
    b.json({"app_instance_id": inst, "timestamp_micros": ms(c) * 1000, "events": events})
    if view:
        b.view(view)
    b.respond(204, None)
    return b.build()


def mixpanel_track(
    c: Context, dev_attr: str, events: list[tuple[str, dict[str, object]]], view: str | None = None
) -> Flow:
    """`view` labels the events' watch properties (the lead's label fix after scoring: the
    episode-watched event was meant as viewing history, as the writer's report says)."""
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track/?ip=1")
    dev = b.made(dev_attr, "body.form.data|json[].properties.$device_id")
    items = []
    for name, props in events:
        p: dict[str, object] = {
            "token": "7c1e5f0a9b2d4e6f8a1b3c5d7e9f0a2b",
            "time": ms(c),
            "distinct_id": "$device:" + dev,
            "$device_id": dev,
            "mp_lib": "android",
            "$lib_version": "7.5.2",
            "$os": "Android",
            "$model": "Chromecast",
            "$insert_id": rid(c.rng).replace("-", "")[:16],
        }
        p.update(props)
        items.append({"event": name, "properties": p})
    b.form([("data", js(items))])
    if view:
        b.view(view)
    b.respond(200, "text/plain", b"1")
    return b.build()


def clevertap_batch(c: Context, acct: str, events: list[dict[str, object]]) -> Flow:
    url = f"https://us1.wzrkt.com/a1?os=Android&t=70001&z={acct}&ts={int(c.now)}"
    b = FB(c, "clevertap", "POST", url)
    b.header("x-clevertap-account-id", acct)
    b.header("x-clevertap-token", "a2c-5b4")
    meta = {
        "type": "meta",
        "g": b.made("viaje_ct_id", "body.json[0].g", detectable=False),
        "id": acct,
        "tk": "a2c-5b4",
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 86400 * 40,
        "af": {
            "Build": "512",
            "Version": "5.12.0",
            "OS Version": "14",
            "SDK Version": 70001,
            "GoogleAdID": b.id("gaid", where="body.json[0].af.GoogleAdID"),
            "GoogleAdIDLimit": False,
            "Make": "samsung",
            "Model": "SM-A256E",
            "Carrier": "Personal",
            "wifi": True,
            "hgt": 6.4,
            "wdt": 2.9,
            "dpi": 450,
        },
    }
    b.json([meta, *events])
    b.ok_json({"g": meta["g"]})
    return b.build()
