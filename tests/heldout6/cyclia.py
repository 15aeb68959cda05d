"""Cyclia: a period and health tracker funded by ad SDKs (Flo / Clue-like).

Wire formats follow the SDKs' public docs and observed traffic:
AppsFlyer launches (`advertiserId`, `uid` in the androidevent body,
https://dev.appsflyer.com/hc/docs/integrate-android-sdk), Meta app events
(`graph.facebook.com/{app}/activities`, form with `advertiser_id`, `anon_id`,
https://developers.facebook.com/docs/app-events/getting-started-app-events-android),
AppLovin MAX mediation requests (gzip JSON, `device_info`,
https://developers.applovin.com/en/android/overview/privacy), ironSource
mediation init (`advertisingId`), and Firebase app-measurement batches
(protobuf, the app-instance id in a numbered field). The cycle log itself is
health data, not one of the three categories: it is a negative with decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

APP = "com.cyclia.tracker"
UA = ua("Cyclia", "8.41.0")


def _b(c: Context, method: str, url: str, sdk: str = "cyclia") -> FB:
    f = FB(c, sdk, method, url)
    f.header("user-agent", UA)
    return f


def appsflyer_launch(c: Context, hashed: bool = False) -> Flow:
    f = _b(c, "POST", "https://launches.appsflyer.com/api/v6.13/androidevent", "appsflyer")
    f.param("app_id", APP)
    f.param("buildnumber", "6.13.1")
    body = {
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Qp7rUcZb2yWJ3YFqGZk9sG",
        "uid": f.id("cycle_af_uid", where="body.uid"),
        "counter": str(c.rng.randint(2, 90)),
        "model": "SM-A546B",
        "brand": "samsung",
        "sdk": "34",
        "lang": "Deutsch",
        "network": "WIFI",
    }
    if hashed:
        body["advertiserIdSha1"] = f.id("gaid", "sha1", where="body.advertiserIdSha1")
    else:
        body["advertiserId"] = f.id("gaid", where="body.advertiserId")
        body["advertiserIdEnabled"] = "true"
    f.json(body)
    f.ok_json({"status": "ok"})
    return f.build()


def fb_activities(c: Context) -> Flow:
    f = _b(c, "POST", "https://graph.facebook.com/v18.0/418829462075513/activities", "facebook")
    f.form(
        [
            ("format", "json"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", f.id("gaid", where="form.advertiser_id")),
            ("anon_id", f.id("cycle_fb_anon", where="form.anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                f'[{{"_eventName":"fb_mobile_activate_app","_logTime":{int(c.now)}}}]',
            ),
            ("application_package_name", APP),
        ]
    )
    f.ok_json({"success": True})
    return f.build()


def applovin_mediate(c: Context) -> Flow:
    f = _b(c, "POST", "https://ms.applovin.com/1.0/mediate", "applovin")
    body = {
        "ad_format": "BANNER",
        "ad_unit_id": "b3f1c2d4e5a69788",
        "device_info": {
            "idfa": f.id("gaid", where="body.device_info.idfa"),
            "dnt": False,
            "model": "SM-A546B",
            "os": "14",
            "brand": "samsung",
        },
        "app_info": {
            "package_name": APP,
            "idfv": f.id("cycle_max_ifv", where="body.app_info.idfv"),
        },
        "request_id": rid(c.rng),
    }
    f.set_body(jsb(body), "application/json", "gzip")
    f.ok_json({"ads": [], "fill": 0})
    return f.build()


def ironsource_init(c: Context) -> Flow:
    f = _b(c, "GET", "https://init.supersonicads.com/sdk/v2/init", "ironsource")
    f.param("platform", "android")
    f.param("applicationKey", "1a2b3c4d5")
    f.param("advertisingId", f.id("gaid", where="query.advertisingId"))
    f.param("advertisingIdType", "GAID")
    f.param("sdkVersion", "7.7.0")
    f.ok_json({"configurations": {"adUnits": {"interstitial": {}}}})
    return f.build()


def ad_sdk_obfuscated(c: Context) -> Flow:
    """A mediation adapter that base64s a JSON of one-letter keys: opaque."""
    f = _b(c, "POST", "https://sdk.adnetwork-example.io/v3/r", "adnet")
    inner = {"a": f.id("gaid", where="body.p(b64).a", detectable=False), "b": 1, "c": "banner"}
    f.form([("p", b64(jsb(inner))), ("v", "4.2.0")])
    f.ok_json({"r": 0})
    return f.build()


def firebase_measurement(c: Context) -> Flow:
    """app-measurement batch: protobuf, the app-instance id is field 21 of a bundle."""
    f = _b(c, "POST", "https://app-measurement.com/a", "firebase")
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c))])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(14, APP),
            pb_bytes(21, f.id("cycle_fid", "protobuf", where="protobuf.1.21", detectable=False)),
        ],
    )
    f.set_body(bundle, "application/x-www-form-urlencoded")
    f.no_content()
    return f.build()


def firebase_installations(c: Context) -> Flow:
    f = _b(
        c,
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/cyclia-prod/installations",
        "firebase",
    )
    f.json(
        {
            "fid": f.id("cycle_fid", where="body.fid"),
            "appId": "1:5512390:android:9f8e7d",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    f.ok_json({"name": "projects/5512390/installations/x", "authToken": {"expiresIn": "604800s"}})
    return f.build()


def cycle_log(c: Context) -> Flow:
    f = _b(c, "POST", "https://api.cyclia.app/v4/cycles/log")
    cid = rid(c.rng)
    f.decoy(cid)
    f.json(
        {
            "user": f.acct("cycle_user"),
            "cycle_id": cid,
            "entries": [
                {"date": f"2024-09-0{d}", "flow": c.rng.choice(["light", "medium"])}
                for d in range(1, 4)
            ],
            "symptoms": ["cramps", "headache"],
            "cycle_length": c.rng.randint(25, 32),
        }
    )
    f.ok_json({"saved": True, "prediction": {"next_start": "2024-10-01"}})
    return f.build()


def insights_feed(c: Context) -> Flow:
    f = _b(c, "GET", "https://api.cyclia.app/v4/insights")
    f.param("locale", "de_DE")
    f.param("phase", "luteal")
    f.ok_json({"cards": [{"id": c.rng.randint(100, 999), "title": "Sleep and your cycle"}]})
    return f.build()


def article(c: Context) -> Flow:
    f = _b(c, "GET", "https://content.cyclia.app/articles/pms-basics")
    f.respond(200, "text/html; charset=utf-8", b"<html><body><h1>PMS basics</h1></body></html>")
    return f.build()


def course_video_progress(c: Context, opaque: bool = False) -> Flow:
    """Progress of the app's own short health-course videos."""
    f = _b(c, "POST", "https://api.cyclia.app/v4/courses/progress")
    vid = f"vid_{c.rng.randint(1000, 9999)}"
    if opaque:
        f.view("body.q[].v/t", detectable=False)
        f.json({"q": [{"v": vid, "t": c.rng.randint(10, 300), "s": 1}], "u": f.acct("cycle_user")})
    else:
        f.view("body.video_progress")
        f.json(
            {
                "user": f.acct("cycle_user"),
                "video_progress": {
                    "video_id": vid,
                    "course": "pelvic-floor-basics",
                    "watched_seconds": c.rng.randint(10, 300),
                    "percent_complete": rf(c.rng, 0.05, 1.0, 2),
                    "updated_at": iso(c),
                },
            }
        )
    f.no_content()
    return f.build()


def course_video_segment(c: Context) -> Flow:
    f = _b(
        c,
        "GET",
        f"https://cdn.cyclia.app/courses/v{c.rng.randint(1, 40)}/seg_{c.rng.randint(1, 60)}.ts",
    )
    f.respond(200, "video/mp2t", b"\x47" + bytes(300))
    return f.build()


def ad_creative(c: Context) -> Flow:
    f = _b(c, "GET", f"https://img.applovin.com/creatives/{c.rng.randint(10**6, 10**7)}.jpg")
    f.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(200) + b"\xff\xd9")
    return f.build()


def gz_crash(c: Context) -> Flow:
    f = _b(c, "POST", "https://crash.cyclia.app/api/v1/report", "crash")
    eid = rid(c.rng).replace("-", "")
    f.decoy(eid)
    f.set_body(
        jsb({"event_id": eid, "exception": "java.lang.IllegalStateException", "app": APP}),
        "application/json",
        "gzip",
    )
    f.respond(202, None)
    return f.build()
