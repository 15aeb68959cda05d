"""Third-party SDK traffic the set-97 apps share, each call parameterised by app.

Sources (formats as the SDKs send them):
- Google IMA ad requests: IMA SDK / Ad Manager ad-tag parameters (iu, sz, env,
  gdfp_req, output=vast, rdid + idtype=adid + is_lat for the advertising id),
  developers.google.com/interactive-media-ads and Ad Manager "video ad tag" docs.
- comScore Streaming Tag: beacon to sb.scorecardresearch.com/p2 with c1=19, c2,
  ns_ap_* app labels, c12 visitor id (32 hex + "-cs62"), ns_ak=none, ns_type and
  ns_st_* streaming labels (ns_st_ev=hb|play|pause|
  end, ns_st_pt, ns_st_po, ns_st_ci, ns_st_pr, ns_st_ep, ns_st_cl, ns_st_hc);
  comScore streaming plugins in public repos (e.g. segmentio/analytics.js,
  startcat/react-native-video docs).
- Adjust: form-encoded /session packages (gps_adid, android_uuid, app_token,
  created_at, session_count...) as adjust/android_sdk PackageBuilder.java builds.
- AppsFlyer: launches.appsflyer.com/api/v6.x/androidevent JSON (advertiserId,
  uid, af_timestamp, appsflyerKey, deviceData) as the AppsFlyer Android SDK sends.
- Firebase Installations: POST .../v1/projects/P/installations {fid, appId,
  authVersion: FIS_v2, sdkVersion} (firebase-android-sdk, firebase-installations).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua


def ima_ad(c: Context, app: str, pkg: str, aid_attr: str = "gaid") -> Flow:
    """A VAST pre-roll request: the GAID under rdid, said to be one by idtype=adid."""
    r = c.rng
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", f"/{r.randint(10000000, 99999999)}/{app}/video_preroll"),
        ("sz", "640x360|1280x720"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("vpos", "preroll"),
        ("an", pkg),
        ("msid", pkg),
        ("sdkv", "h.3.614.0/n.android.3.33.0/" + pkg),
        ("correlator", str(r.randint(10**15, 10**16))),
        ("rdid", b.id(aid_attr, where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("gdpr", "1"),
    ]:
        b.param(k, v)
    b.header("user-agent", ua(app, "5.4.1"))
    b.respond(200, "application/xml", b'<VAST version="4.1"><Ad id="1"/></VAST>')
    return b.build()


def comscore_beacon(
    c: Context,
    app: str,
    event: str,
    content_id: str,
    program: str,
    episode: str,
    pos_ms: int,
    length_ms: int,
    c2: str = "14194541",
    pkg: str = "",
) -> Flow:
    """One streaming-tag event: ns_st_* labels say what is playing and how far in."""
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.other_id("cs_visitor", "query:c12 (visitor id)", detectable=False)
    b.view("query:ns_st_ev/ns_st_ci/ns_st_po (streaming tag)")
    hc = c.rng.randint(1, 40)
    for k, v in [
        ("c1", "19"),
        ("c2", c2),
        ("ns_ap_an", app),
        ("ns_ap_pn", "android"),
        ("ns_ap_pv", "14"),
        ("ns_ap_device", "SM-S921B"),
        ("c12", c.phone.cs_visitor),
        ("ns_ak", "none"),
        ("ns_ap_bi", pkg or "cat." + app.lower()),
        ("ns_ap_sv", "6.10.2.231020"),
        ("ns_type", "hidden"),
        ("ns_ts", str(ms(c))),
        ("ns_st_sv", "7.9.0.231020"),
        ("ns_st_it", "c"),
        ("ns_st_ec", str(c.rng.randint(1, 60))),
        ("ns_st_ev", event),
        ("ns_st_pt", str(min(pos_ms, hc * 60000))),
        ("ns_st_po", str(pos_ms)),
        ("ns_st_ci", content_id),
        ("ns_st_pr", program),
        ("ns_st_ep", episode),
        ("ns_st_cl", str(length_ms)),
        ("ns_st_hc", str(hc)),
        ("ns_st_ty", "video"),
        ("ns_st_mv", "7.9.0+2310"),
        ("ns_st_id", str(ms(c) - c.rng.randint(10000, 900000))),
    ]:
        b.param(k, v)
    b.header("user-agent", ua(app, "3.9"))
    b.no_content()
    return b.build()


def adjust_session(c: Context, app: str, pkg: str, aid_attr: str) -> Flow:
    """An Adjust session package: GAID (gps_adid), Adjust's own android_uuid."""
    r = c.rng
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.other_id("iku_adjust_uuid", "form:android_uuid")
    pairs = [
        ("android_uuid", c.phone.iku_adjust_uuid),
        ("api_level", "34"),
        ("app_token", "qwx7" + "k2m9p4zt"),
        ("app_version", "4.2.0"),
        ("attribution_deeplink", "1"),
        ("connectivity_type", "1"),
        ("country", "ES"),
        ("cpu_type", "arm64-v8a"),
        ("created_at", iso(c).replace("Z", "+0100")),
        ("device_manufacturer", "samsung"),
        ("device_name", "SM-S921B"),
        ("device_type", "phone"),
        ("environment", "production"),
        ("gps_adid", b.id(aid_attr, where="form:gps_adid")),
        ("gps_adid_attempt", "1"),
        ("gps_adid_src", "service"),
        ("language", "eu"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", pkg),
        ("session_count", str(r.randint(2, 90))),
        ("subsession_count", str(r.randint(1, 9))),
        ("time_spent", str(r.randint(10, 4000))),
        ("tracking_enabled", "1"),
        ("sent_at", iso(c).replace("Z", "+0100")),
    ]
    b.form(pairs)
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", ua(app, "4.2.0"))
    b.ok_json({"app_token": "qwx7k2m9p4zt", "adid": rid(r).replace("-", ""), "timestamp": iso(c)})
    return b.build()


def appsflyer_launch(c: Context, app: str, pkg: str) -> Flow:
    r = c.rng
    url = f"https://launches.appsflyer.com/api/v6.12/androidevent?app_id={pkg}&buildnumber=6.12.2"
    b = FB(c, "appsflyer", "POST", url)
    b.other_id("front_af_uid", "json:uid")
    body = {
        "advertiserId": b.id("gaid", where="json:advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.front_af_uid,
        "af_timestamp": str(ms(c)),
        "app_id": pkg,
        "appsflyerKey": "Hq8Zr2" + "bT7nYc4Kp",
        "brand": "samsung",
        "model": "SM-S921B",
        "device": "e1s",
        "country": "ES",
        "lang": "español",
        "lang_code": "es",
        "platformextension": "android_native",
        "counter": str(r.randint(2, 60)),
        "iaecounter": "0",
        "network": "WIFI",
        "operator": "",
        "sdk": "34",
        "deviceType": "user",
        "isFirstCall": "false",
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1080", "y_px": "2340"}},
    }
    b.json(body)
    b.header("user-agent", ua(app, "2.7"))
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(c: Context, app: str, pkg: str, fid_attr: str) -> Flow:
    project = app.lower() + "-prod"
    url = f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations"
    b = FB(c, "firebase-installations", "POST", url)
    b.other_id(fid_attr, "json:fid")
    fid = getattr(c.phone, fid_attr)
    num = c.rng.randint(10**11, 10**12)
    b.json(
        {
            "fid": fid,
            "appId": f"1:{num}:android:{rid(c.rng).replace('-', '')[:22]}",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.header("x-android-package", pkg)
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.ok_json({"name": f"projects/{num}/installations/{fid}", "fid": fid})
    return b.build()
