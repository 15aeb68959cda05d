"""Third-party SDKs the household's apps carry, written from their public wire formats.

AppsFlyer launches (`advertiserId`, AppsFlyer's own `uid`), Adjust sessions (form
body with `gps_adid`, `android_uuid`; the answer's `adid`), Firebase Installations
(`fid`), Google Analytics for Firebase uploads (protobuf, no key names), Braze's
EU cluster (`device_id`), Amplitude's EU endpoint (`device_id`, event properties)
and Google IMA ad requests (`rdid` with `idtype=adid`, or `afai` for the Fire TV's
Amazon advertising id). Each takes the household attribute names it carries.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, FIRETV_UA, iso, ms, rid, ua


def appsflyer_launch(c: Context, app: str, aid: str, af_uid: str, event: str = "") -> Flow:
    url = f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={app}&buildnumber=6.13.0"
    if event:
        url = url.replace("launches.", "inapps.")
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A556B Build/UP1A.231005.007)")
    body: dict[str, Any] = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id(af_uid, where="json uid"),
        "android_id": b.id(aid, where="json android_id"),
        "af_timestamp": str(ms(c)),
        "app_id": app,
        "brand": "samsung",
        "model": "SM-A556B",
        "lang": c.rng.choice(["Cymraeg", "Gaeilge", "English"]),
        "country": "GB",
        "counter": str(c.rng.randint(2, 90)),
        "isFirstCall": "false",
        "operator": "Rhwyd",
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = '{"af_content_type":"account"}'
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def adjust_session(c: Context, app_token: str, aid: str, adid: str) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.eu.adjust.com/session")
    b.header("user-agent", ua("adjust-android", "4.38.1"))
    b.header("client-sdk", "android4.38.1")
    b.form(
        [
            ("app_token", app_token),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", rid(c.rng)),
            ("android_id", b.id(aid, where="form android_id")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(3, 200))),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("language", "cy"),
        ]
    )
    b.ok_json(
        {
            "app_token": app_token,
            "adid": b.id(adid, where="response json adid", direction="response"),
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def firebase_installation(c: Context, project: str, fid: str) -> Flow:
    b = FB(
        c,
        "firebase-installations",
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", f"cymru.{project}")
    b.json(
        {
            "fid": b.id(fid, where="json fid"),
            "appId": f"1:{c.rng.randint(10**11, 10**12)}:android:{new_hex(c.rng, 16)}",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/{project}/installations/x",
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def app_measurement(c: Context, instance: str, event: str) -> Flow:
    """A Firebase Analytics upload: protobuf bundle, ids as bare fields, no key names."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            pb_msg(2, [pb_bytes(2, event), pb_varint(3, ms(c))]),
            pb_varint(3, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-A556B"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 19 (ad id)", detectable=False)),
            pb_bytes(21, b.id(instance, "protobuf", "protobuf field 21", detectable=False)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def braze_data(c: Context, device: str, events: list[dict[str, Any]], view: str = "") -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data")
    if view:
        b.view(view)
    b.header("user-agent", ua("Braze Android SDK", "30.1.0"))
    b.json(
        {
            "api_key": rid(c.rng),
            "device_id": b.id(device, where="json device_id"),
            "time": int(c.now),
            "sdk_version": "30.1.0",
            "events": events,
            "respond_with": {"config": {"config_time": int(c.now) - 3600}},
        }
    )
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def amplitude(
    c: Context, device: str, events: list[dict[str, Any]], view: str = "", bio: str = ""
) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api.eu.amplitude.com/2/httpapi")
    if view:
        b.view(view)
    if bio:
        b.bio("face_attributes", bio)
    b.header("user-agent", ua("amplitude-android", "1.16.2"))
    for e in events:
        e["device_id"] = b.id(device, where="json events[].device_id")
        e.setdefault("time", ms(c))
        e.setdefault("platform", "Android")
        e.setdefault("insert_id", rid(c.rng))
    b.json({"api_key": new_hex(c.rng, 32), "events": events})
    b.ok_json({"code": 200, "events_ingested": len(events)})
    return b.build()


def ima_ad_request(c: Context, iu: str, firetv: bool = False) -> Flow:
    """A pre-roll request for the programme about to play: an ad fetch, not a watch report."""
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", FIRETV_UA if firetv else ua("Dalvik", "2.1.0"))
    b.decoy("ad request names the programme (vid/cmsid) with no watch time: an ad fetch")
    attr, idtype = ("firetv_adid", "afai") if firetv else ("gaid", "adid")
    for k, v in [
        ("iu", iu),
        ("sz", "640x480"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("env", "vp"),
        ("cmsid", str(c.rng.randint(2400000, 2500000))),
        ("vid", f"p{c.rng.randint(10**6, 10**7)}"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("rdid", b.id(attr, where="query rdid")),
        ("idtype", idtype),
        ("is_lat", "0"),
        ("an", "cymru.gwylio.tv" if firetv else "cymru.gwylio"),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b'<?xml version="1.0"?><VAST version="4.1"></VAST>')
    return b.build()


def sentry_crash(c: Context, project: int, release: str) -> Flow:
    b = FB(
        c, "sentry", "POST", f"https://o4504{project}.ingest.de.sentry.io/api/{project}/envelope/"
    )
    b.decoy("crash envelope: event / trace / span ids, no device id")
    event_id = new_hex(c.rng, 32)
    head = js({"event_id": event_id, "sent_at": iso(c)})
    trace = {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
    device = {"model": "SM-A556B", "manufacturer": "samsung", "memory_size": 7713062912}
    event = js(
        {
            "event_id": event_id,
            "release": release,
            "platform": "java",
            "level": "error",
            "contexts": {"trace": trace, "device": device},
        }
    )
    envelope = head + '\n{"type":"event"}\n' + event + "\n"
    b.set_body(envelope.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()
