"""The third-party SDKs the apps carry: AppsFlyer (taxi and music), Yandex AppMetrica
(streaming app, common across the region), Firebase Installations and GA4 (chant app).

Field names follow each SDK's public wire format; values are the household's.
A GA4 event for a sermon played carries the content and seconds listened.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid, ua


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=ge.gzaze.rider&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_taxi", where="json android_id"),
            "uid": b.id("af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 80)),
            "lang": "ქართული",
            "country": "GE",
            "operator": c.rng.choice(["MAGTI", "Silknet", "Beeline GE"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_inapp(c: Context) -> Flow:
    """The in-app event body AppsFlyer encrypts on newer SDKs: only `uid` is clear."""
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent?app_id=ge.gzaze.rider",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    sealed = rid(c.rng).replace("-", "") * 8
    b.json({"uid": b.id("af_uid", where="json uid"), "e": sealed, "eventName": "ride_completed"})
    b.ok_json({"ok": True})
    return b.build()


def appmetrica_report(c: Context, video: bool) -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", ua("TsisperiTV", "4.8.2"))
    b.param("api_key_128", "8c2e" + rid(c.rng).replace("-", "")[:28])
    b.param("uuid", b.id("metrica_uuid", where="query uuid"))
    b.param("deviceid", b.id("metrica_device", where="query deviceid"))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("android_id", b.id("aid_stream", where="query android_id"))
    b.param("app_platform", "android")
    if video:
        b.view("json events[].value (series, episode, position_sec)")
        event = {
            "name": "player_progress",
            "value": {
                "series": "Dzmebi",
                "episode": c.rng.randint(1, 24),
                "position_sec": c.rng.randint(30, 2800),
            },
        }
    else:
        b.decoy("screen-view event with a session id")
        event = {"name": "screen_view", "value": {"screen": "home", "session": rid(c.rng)}}
    b.json({"events": [{**event, "time": ms(c)}]}, "gzip")
    b.ok_json({"status": "accepted"})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/galoba-prod/installations",
    )
    b.header("user-agent", ua("Galoba", "2.0.7"))
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("firebase_fid", where="json fid"),
            "appId": "1:4471:android:9ac0",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    fid = b.id("firebase_fid", where="response json fid", direction="response")
    b.ok_json(
        {"name": f"projects/4471/installations/{fid}", "fid": fid, "refreshToken": rid(c.rng)}
    )
    return b.build()


def _param(name: str, text: str | None = None, num: int | None = None) -> bytes:
    value = pb_bytes(2, text) if text is not None else pb_varint(4, num or 0)
    return pb_msg(2, [pb_bytes(1, name), value])


def ga4_sermon(c: Context) -> Flow:
    """Firebase Analytics batch: gzip protobuf, parameter names kept as strings."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Galoba", "2.0.7"))
    b.view("protobuf event audio_progress: content_title + seconds_listened")
    fid = b.id("firebase_fid", "protobuf", "protobuf bundle field app_instance_id")
    event = pb_msg(
        2,
        [
            _param("content_title", text="კვირის ქადაგება"),
            _param("seconds_listened", num=c.rng.randint(60, 3000)),
            pb_bytes(2, "audio_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(21, "ge.galoba.app"), pb_bytes(27, fid)])
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.no_content()
    return b.build()
