"""Ad, attribution and analytics SDKs the set's apps embed: AppsFlyer, Adjust,
Firebase Installations, Firebase Analytics (GA4 app-measurement) and Google IMA.

Sources (wire formats as the open-source SDKs / docs describe them):
- AppsFlyer Android SDK v6: POST launches.appsflyersdk.com/api/v6.x/androidevent
  ?app_id=&buildnumber= with a JSON body (advertiserId, uid, counter, deviceData,
  af_timestamp...); in-app events to inapps.appsflyersdk.com with eventName /
  eventValue (JSON in JSON). AppsFlyer dev docs, "SDK integration - Android".
- Adjust Android SDK v4 (github.com/adjust/android_sdk, PackageBuilder.java):
  form-encoded POST app.adjust.com/session and /event with gps_adid,
  android_uuid, app_token, created_at, session_count, callback_params...
- Firebase Installations REST (firebase-android-sdk, FirebaseInstallationServiceClient):
  POST /v1/projects/{p}/installations {fid, appId, authVersion, sdkVersion}.
- Firebase Analytics: protobuf POST app-measurement.com/a (field numbers from
  the measurement proto as reversed in public write-ups; no key names on the wire).
- Google IMA: pubads.g.doubleclick.net/gampad/ads VAST tag with rdid / idtype /
  is_lat (Google Ad Manager "VAST ad tag URL parameters").
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua


@dataclass(frozen=True)
class App:
    pkg: str
    name: str
    ver: str
    aid: str
    """The Phone67 attribute holding this app's ANDROID_ID."""
    lang: str = "he"
    country: str = "IL"


def appsflyer_launch(c: Context, app: App, event: str | None = None) -> Flow:
    host = "inapps.appsflyersdk.com" if event else "launches.appsflyersdk.com"
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}/api/v6.14/androidevent",
        [("app_id", app.pkg), ("buildnumber", "6.14.2")],
    )
    body = {
        "af_timestamp": str(ms(c)),
        "advertiserId": b.id("gaid", where="json:advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": c.phone.af_uid,
        "app_version_name": app.ver,
        "brand": "google",
        "model": "Pixel 8a",
        "sdk": "34",
        "lang_code": app.lang,
        "country": app.country,
        "network": c.rng.choice(["WIFI", "MOBILE"]),
        "operator": c.rng.choice(["Partner", "Cellcom", "Cyta", "Cosmote"]),
        "counter": str(c.rng.randint(2, 60)),
        "platformextension": "android_native",
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1080", "y_px": "2400"}},
        "installDate": "2024-09-02_081122+0300",
    }
    b.other_id("af_uid", "json:uid")
    if c.rng.random() < 0.4:  # collectAndroidId switched on by the app
        body["android_id"] = b.id(app.aid, where="json:android_id")
    if event:
        body["eventName"] = event
        body["eventValue"] = js({"af_content_type": "subscription", "af_price": 39.9})
    b.header("user-agent", ua(app.name, app.ver))
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def adjust(c: Context, app: App, kind: str = "session") -> Flow:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{kind}")
    pairs = [
        ("app_token", new_hex(c.rng, 12)),
        ("gps_adid", b.id("gaid", where="form:gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", c.phone.adjust_uuid),
        ("created_at", iso(c).replace("Z", "+0200")),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(3, 90))),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("device_type", "phone"),
        ("device_manufacturer", "Google"),
        ("device_name", "Pixel 8a"),
        ("package_name", app.pkg),
        ("app_version", app.ver),
        ("language", app.lang),
        ("country", app.country),
        ("tracking_enabled", "1"),
    ]
    b.other_id("adjust_uuid", "form:android_uuid")
    if kind == "event":
        pairs += [("event_token", new_hex(c.rng, 6)), ("event_count", str(c.rng.randint(1, 40)))]
        pairs.append(("callback_params", js({"screen": "player", "tier": "premium"})))
    b.header("client-sdk", "android4.38.5")
    b.header("user-agent", ua(app.name, app.ver))
    b.form(pairs)
    b.ok_json({"app_token": pairs[0][1], "adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def firebase_installation(c: Context, app: App, project: str) -> Flow:
    url = f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations"
    b = FB(c, "firebase", "POST", url)
    fid = c.phone.fid_news
    b.other_id("fid_news", "json:fid")
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", app.pkg)
    b.header("x-firebase-client", "fire-installations/17.2.0 android-platform/ kotlin/1.9.22")
    app_id = f"1:{new_digits(c.rng, 12)}:android:{new_hex(c.rng, 22)}"
    b.json({"fid": fid, "appId": app_id, "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})
    b.ok_json(
        {
            "name": f"projects/{project}/installations/{fid}",
            "fid": fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
        }
    )
    return b.build()


def _param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def measurement(c: Context, app: App, name: str, params: dict[str, str | int]) -> FB:
    """A Firebase Analytics batch with one event; the caller labels its params."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    event = pb_msg(
        2, [*(_param(k, v) for k, v in params.items()), pb_bytes(2, name), pb_varint(3, ms(c))]
    )
    bundle = [
        pb_varint(1, 1),
        event,
        pb_varint(4, ms(c)),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "Pixel 8a"),
        pb_bytes(14, app.pkg),
        pb_bytes(16, app.ver),
        pb_bytes(19, b.id("gaid", how="protobuf", where="protobuf:1.19", detectable=False)),
        pb_varint(20, 0),
        pb_bytes(21, c.phone.app_instance),
    ]
    b.other_id("app_instance", "protobuf:1.21", detectable=False)
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.header("user-agent", ua(app.name, app.ver))
    b.no_content()
    return b


def ima_ad_request(c: Context, app: App, iu: str, genre: str) -> Flow:
    params = [
        ("iu", iu),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("correlator", new_digits(c.rng, 16)),
        ("cust_params", f"genre={genre}&tier=free"),
        ("msid", app.pkg),
        ("an", app.name.lower()),
        ("sdkv", "h.3.32.0/n.android.3.33.0"),
        ("osd", "2"),
    ]
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads", params)
    b.param("rdid", b.id("gaid", where="query:rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.header("user-agent", ua(app.name, app.ver))
    b.header("x-request-id", rid(c.rng))
    b.decoy("correlator: a random per-page number, not an id")
    b.respond(200, "text/xml; charset=UTF-8", b'<VAST version="4.0"/>')
    return b.build()
