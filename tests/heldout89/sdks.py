"""Third-party SDKs the set-89 apps embed, as their docs and open-source code send them.

- Firebase Installations: POST v1/projects/{p}/installations {fid, appId,
  authVersion FIS_v2, sdkVersion} (firebase-android-sdk, FirebaseInstallationServiceClient).
- AppsFlyer: launches.appsflyer.com/api/v6.x/androidevent?app_id=&buildnumber=,
  JSON with advertiserId, uid, af_timestamp (AppsFlyer Android SDK traffic).
- Adjust: app.adjust.com/session and /event, form bodies with gps_adid,
  android_uuid, callback_params as JSON-in-form (adjust/android_sdk PackageBuilder).
- OneSignal: POST /api/v1/players {app_id, device_type 1, identifier, ad_id,
  device_model, game_version...} then PUT players/{id}/on_session (OneSignal
  "Add a player" reference).
- GA4 Measurement Protocol for Firebase apps: POST /mp/collect?firebase_app_id=
  &api_secret= {app_instance_id, events[{name, params}]}; recommended video
  events video_start / video_progress / video_complete with video_current_time,
  video_duration, video_percent, video_title (GA4 docs).
- Google IMA: pubads.g.doubleclick.net/gampad/ads VAST request with rdid,
  idtype=adid, is_lat (Google Ad Manager VAST tag parameters).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rid, ua


def firebase_installation(c: Context, project: str, pkg: str, fid_attr: str) -> Flow:
    url = f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSyB" + rid(c.rng).replace("-", "")[:32])
    b.header("x-android-package", pkg)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S711B Build/UP1A.231005.007)")
    b.other_id(fid_attr, "json:fid")
    b.json(
        {
            "fid": getattr(c.phone, fid_attr),
            "appId": "1:48213877201:android:5f1c0e9d2a7b4c61",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": f"projects/48213877201/installations/{getattr(c.phone, fid_attr)}"})
    return b.build()


def appsflyer_launch(c: Context, pkg: str, aid_attr: str) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.13/androidevent"
    b = FB(c, "appsflyer", "POST", url, [("app_id", pkg), ("buildnumber", "6.13.1")])
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S711B)")
    body = {
        "advertiserId": b.id("gaid", where="json:advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.af_uid,
        "android_id": b.id(aid_attr, where="json:android_id"),
        "af_timestamp": str(ms(c)),
        "brand": "samsung",
        "model": "SM-S711B",
        "sdk": "34",
        "lang": "italiano",
        "lang_code": "it",
        "country": "IT",
        "counter": str(c.rng.randint(2, 40)),
        "platformextension": "android_native",
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1080", "y_px": "2340"}},
    }
    b.other_id("af_uid", "json:uid")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context, app_token: str, aid_attr: str) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S711B)")
    b.other_id("adjust_uuid", "form:android_uuid")
    b.form(
        [
            ("app_token", app_token),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", c.phone.adjust_uuid),
            ("android_id", b.id(aid_attr, where="form:android_id")),
            ("created_at", "2026-03-14T20:11:02.118Z+0100"),
            ("environment", "production"),
            ("device_manufacturer", "samsung"),
            ("device_name", "SM-S711B"),
            ("os_name", "android"),
            ("api_level", "34"),
            ("session_count", str(c.rng.randint(3, 90))),
            ("tracking_enabled", "1"),
        ]
    )
    b.ok_json({"app_token": app_token, "adid": rid(c.rng).replace("-", ""), "timestamp": ""})
    return b.build()


def onesignal_player(c: Context, app_id: str, version: str) -> Flow:
    b = FB(c, "onesignal", "POST", "https://api.onesignal.com/api/v1/players")
    b.header("sdk-version", "onesignal/android/040805")
    b.json(
        {
            "app_id": app_id,
            "device_type": 1,
            "identifier": b.acct("push_token"),
            "ad_id": b.id("gaid", where="json:ad_id"),
            "device_model": "SM-S711B",
            "device_os": "14",
            "game_version": version,
            "language": "it",
            "timezone": 3600,
            "timezone_id": "Europe/Rome",
            "carrier": "TIM",
            "sdk": "040805",
            "net_type": 0,
            "rooted": False,
        }
    )
    b.other_id("onesignal_player", "response:id", direction="response")
    b.ok_json({"success": True, "id": c.phone.onesignal_player})
    return b.build()


def onesignal_on_session(c: Context, app_id: str) -> Flow:
    url = f"https://api.onesignal.com/api/v1/players/{c.phone.onesignal_player}/on_session"
    b = FB(c, "onesignal", "POST", url)
    b.other_id("onesignal_player", "path:players", detectable=False)
    b.json({"app_id": app_id, "device_type": 1, "language": "it", "timezone": 3600})
    b.ok_json({"success": True})
    return b.build()


def ima_ad_request(c: Context, unit: str, pkg: str, app: str, tv: bool = False) -> Flow:
    """A VAST pre-roll request from the IMA SDK (phone or TV)."""
    b = FB(c, "google_ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    attr = "tv_gaid" if tv else "gaid"
    for k, v in [
        ("iu", unit),
        ("sz", "640x360|1920x1080"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("impl", "s"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("an", pkg),
        ("msid", pkg),
        ("sdkv", "h.3.33.0/n.android.3.33.0/" + pkg),
        ("rdid", b.id(attr, where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("vpos", "preroll"),
        ("gdpr", "1"),
    ]:
        b.param(k, v)
    b.header("user-agent", ua(app, "5.2.0"))
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.1"/>')
    return b.build()


def ga4_video(c: Context, title: str, app_id: str, event: str = "video_progress") -> Flow:
    url = "https://www.google-analytics.com/mp/collect"
    b = FB(
        c, "ga4", "POST", url, [("firebase_app_id", app_id), ("api_secret", "Xk" + rid(c.rng)[:20])]
    )
    b.other_id("ga_instance", "json:app_instance_id")
    dur = c.rng.choice([1500, 2700, 3300])
    pct = c.rng.choice([10, 25, 50, 75, 90])
    b.view("json:events[].params.video_*")
    b.json(
        {
            "app_instance_id": c.phone.ga_instance,
            "events": [
                {
                    "name": event,
                    "params": {
                        "video_title": title,
                        "video_duration": dur,
                        "video_current_time": dur * pct // 100,
                        "video_percent": pct,
                        "video_provider": "exoplayer",
                        "engagement_time_msec": c.rng.randint(1000, 60000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()
