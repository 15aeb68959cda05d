"""Third-party SDKs on the headset apps and on the Pixel companion apps.

- Unity Gaming Services Analytics (headset apps built with Unity): POST
  https://collect.analytics.unity3d.com/api/analytics/collect/v1/projects/{projectId}/environments/{env}
  (URL as in FirstLight's UnityAnalyticsServiceProvider), body {"eventList":
  [{eventName, userID, sessionID, eventUUID, eventTimestamp, eventVersion,
  eventParams}]}; the installation id is Unity.Services.Core's
  "UnityInstallationId" (also sent as `unityInstallationID`), the player id
  `unityPlayerID`.
- AppsFlyer Android SDK 6.x launch: POST launches.appsflyer.com/api/v6.12/
  androidevent?app_id=...&buildnumber=..., JSON with `advertiserId`,
  `advertiserIdEnabled`, `uid`, `af_timestamp`, `appsflyerKey`, `deviceData`.
- Firebase Installations REST: POST firebaseinstallations.googleapis.com/v1/
  projects/{p}/installations {fid, appId, authVersion "FIS_v2", sdkVersion},
  headers x-goog-api-key, X-Android-Package, X-Android-Cert.
- Firebase Analytics upload app-measurement.com/a (protobuf batch; the
  app_instance_id sits under a numbered field: not detectable from structure).
- Meta Audience Network Android: POST graph.facebook.com/network_ads_common,
  form with upper-case keys `IDFA` (the GAID on Android), `IDFA_FLAG`,
  `ATTRIBUTION_ID`, `PLACEMENT_ID`, `SDK_VERSION`, `OS`, `OSVERS`, `MODEL`
  (as seen in public traffic analyses of the AN SDK).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, pixel_ua, rid

UGS = "https://collect.analytics.unity3d.com/api/analytics/collect/v1/projects/{}/environments/production"
PROJECTS = {
    "gipfelfit": "7f3c9a2e-1b4d-4e8a-9c61-2d5f80a1b3c7",
    "plaza": "a81e44d0-5c2b-4f19-8e7d-0b9c3a6f2e15",
}


def _ugs(c: Context, app: str, events: list[dict[str, object]]) -> FB:
    b = FB(c, "unity-analytics", "POST", UGS.format(PROJECTS[app]))
    b.header("user-agent", "UnityPlayer/2022.3.40f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)")
    inst = b.id("unity_install", where="json:eventList[].userID")
    sess = rid(c.rng)
    params = {
        "clientVersion": "2.4.1",
        "platform": "ANDROID",
        "userCountry": "AT",
        "userLocale": "de_AT",
        "unityInstallationID": b.id(
            "unity_install", where="json:eventList[].eventParams.unityInstallationID"
        ),
        "unityPlayerID": b.id("unity_player", where="json:eventList[].eventParams.unityPlayerID"),
        "deviceModel": "Oculus Quest",
        "osVersion": "Android OS 12 / API-32",
        "buildGUUID": new_hex(c.rng, 32),
    }
    body = [
        {
            "eventName": e.pop("eventName"),
            "userID": inst,
            "sessionID": sess,
            "eventUUID": rid(c.rng),
            "eventTimestamp": iso(c).replace("T", " ").rstrip("Z"),
            "eventVersion": 1,
            "eventParams": dict(params, **e),
        }
        for e in events
    ]
    b.json({"eventList": body})
    b.no_content()
    return b


def unity_session(c: Context) -> Flow:
    app = c.rng.choice(list(PROJECTS))
    b = _ugs(
        c,
        app,
        [
            {"eventName": "gameStarted"},
            {"eventName": "newPlayer"}
            if c.rng.random() < 0.2
            else {"eventName": "gameRunning", "sessionLengthMs": c.rng.randint(1000, 10**6)},
        ],
    )
    return b.build()


def unity_video(c: Context) -> Flow:
    """GipfelFit's custom event: which workout video and how long it was watched."""
    b = _ugs(
        c,
        "gipfelfit",
        [
            {
                "eventName": "workoutVideoWatched",
                "videoId": "wv_" + str(c.rng.randint(1000, 9999)),
                "secondsWatched": c.rng.randint(30, 2700),
                "videoCompleted": c.rng.random() < 0.4,
            }
        ],
    )
    b.view("json:eventList[].eventParams.videoId+secondsWatched")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=app.klangwelt.companion&buildnumber=6.12.2"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", pixel_ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json:advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("af_uid", where="json:uid"),
            "af_timestamp": str(ms(c)),
            "appsflyerKey": "Kx7mQ2rB9vTnW4pLz8cY3d",
            "app_version_name": "5.2.0",
            "brand": "google",
            "model": "Pixel 8",
            "device": "shiba",
            "sdk": "34",
            "country": "AT",
            "lang_code": "de",
            "counter": str(c.rng.randint(2, 90)),
            "isFirstCall": "false",
            "deviceData": {
                "cpu_abi": "arm64-v8a",
                "build_display_id": "AP2A.240805.005",
                "dim": {"x_px": "1080", "y_px": "2400"},
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/klangwelt-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "app.klangwelt.companion")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("fid", where="json:fid"),
            "appId": "1:408118273645:android:5e1f0c2a9b7d3e46",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/408118273645/installations/x",
            "authToken": {"token": rid(c.rng), "expiresIn": "604800s"},
        }
    )
    return b.build()


def firebase_measure(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", pixel_ua("Dalvik", "2.1.0"))
    ev = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(4, ms(c))])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            ev,
            pb_bytes(8, "android"),
            pb_bytes(14, "app.klangwelt.companion"),
            pb_bytes(
                21,
                b.id(
                    "app_instance",
                    how="protobuf",
                    where="protobuf:1.21 app_instance_id",
                    detectable=False,
                ),
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def audience_network(c: Context) -> Flow:
    b = FB(c, "audience-network", "POST", "https://graph.facebook.com/network_ads_common")
    b.header(
        "user-agent",
        pixel_ua("Dalvik", "2.1.0") + " [FBAN/AudienceNetworkForAndroid;FBSN/Android;FBSV/14]",
    )
    b.form(
        [
            ("PLACEMENT_ID", "1187245603298142_1187249876543210"),
            ("SDK_VERSION", "6.17.0"),
            ("IDFA", b.id("gaid", where="form:IDFA")),
            ("IDFA_FLAG", "1"),
            ("ATTRIBUTION_ID", b.id("an_attribution", where="form:ATTRIBUTION_ID")),
            ("OS", "Android"),
            ("OSVERS", "14"),
            ("MAKE", "Google"),
            ("MODEL", "Pixel 8"),
            ("APPNAME", "Klangwelt"),
            ("LOCALE", "de_AT"),
            ("SESSION_ID", rid(c.rng)),
            ("REQUEST_TIME", str(ms(c))),
        ]
    )
    b.ok_json({"placements": [{"definition": {"type": "banner"}, "ads": []}]})
    return b.build()
