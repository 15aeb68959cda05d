"""Ordinary background traffic of the Pixel 7a: OS checks, weather, map tiles,
remote config, crash reports, fonts. Not sensitive, full of look-alikes:
request / trace ids, hashes, coordinate lists, numeric series.

Remote Config: firebase.google.com/docs/reference/remote-config/rest (the
Android SDK's `namespaces/firebase:fetch` body: `appInstanceId`, `appId`,
`sdkVersion`, `packageName`...), whose `appInstanceId` is the Firebase
installation id (a device identifier, labelled). Sentry envelopes:
develop.sentry.dev/sdk/envelopes (event_id, trace ids).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

UA_OS = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP2A.240905.003)"


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA_OS)
    b.no_content()
    return b.build()


def weather(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    for k, v in [
        ("latitude", str(rf(r, 51.4, 51.5, 2))),
        ("longitude", str(rf(r, -1.0, -0.9, 2))),
        ("hourly", "temperature_2m,precipitation"),
        ("timezone", "Europe/London"),
    ]:
        b.param(k, v)
    b.ok_json(
        {
            "hourly": {
                "temperature_2m": [rf(r, 4, 16, 1) for _ in range(24)],
                "precipitation": [rf(r, 0, 2, 1) for _ in range(24)],
            }
        }
    )
    b.decoy("weather series for coarse coordinates")
    return b.build()


def map_tile(ctx: Context) -> Flow:
    r = ctx.rng
    z = r.randint(12, 16)
    x, y = r.randint(16000, 16400), r.randint(10800, 11000)
    url = f"https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    b = FB(ctx, "maps", "GET", url)
    b.header("user-agent", "Stridely/9.3.0 osmdroid")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + r.randbytes(300))
    b.decoy("map tile")
    return b.build()


def remote_config(ctx: Context) -> Flow:
    url = "https://firebaseremoteconfig.googleapis.com/v1/projects/493812207711/namespaces/firebase:fetch"
    b = FB(ctx, "firebase-remote-config", "POST", url)
    b.header("x-goog-api-key", "AIzaSyC" + rid(ctx.rng).replace("-", "")[:32])
    b.header("x-android-package", "edu.campusly.app")
    b.json(
        {
            "appInstanceId": b.id("school_fid", where="body.appInstanceId"),
            "appInstanceIdToken": "eyJhbGciOiJFUzI1NiJ9." + rid(ctx.rng).replace("-", ""),
            "appId": "1:493812207711:android:5c1e0f2ab39d7c11",
            "countryCode": "GB",
            "languageCode": "en-GB",
            "platformVersion": "34",
            "timeZone": "Europe/London",
            "appVersion": "5.14.2",
            "packageName": "edu.campusly.app",
            "sdkVersion": "21.6.3",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json(
        {"entries": {"face_checkin_enabled": "true"}, "state": "UPDATE", "templateVersion": "88"}
    )
    return b.build()


def sentry_envelope(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "sentry", "POST", "https://o4504830001.ingest.sentry.io/api/4504830002/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.java.android/7.14.0,sentry_key="
        + r.randbytes(16).hex(),
    )
    header = {
        "event_id": r.randbytes(16).hex(),
        "sent_at": iso(ctx),
        "trace": {
            "trace_id": r.randbytes(16).hex(),
            "public_key": r.randbytes(16).hex(),
            "release": "tv.animora.app@3.61.0",
        },
    }
    event = {
        "level": "error",
        "platform": "java",
        "timestamp": ctx.now,
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
        },
        "contexts": {"trace": {"trace_id": r.randbytes(16).hex(), "span_id": r.randbytes(8).hex()}},
    }
    body = "\n".join([js(header), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": header["event_id"]})
    b.decoy("crash report with event and trace ids")
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "android", "GET", "https://time.android.com/", http_version="HTTP/1.1")
    b.header("user-agent", UA_OS)
    b.respond(200, "text/plain", str(ms(ctx)).encode())
    return b.build()


def fonts(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "fonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansjp/v53/-F6jfjtqLzI2JPCgQBnw7HFyzSD-AsregP8VFBEj75s.woff2",
    )
    b.respond(200, "font/woff2", ctx.rng.randbytes(400))
    b.decoy("font download with a hash-like path")
    return b.build()


def play_update(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "play", "POST", "https://play-fe.googleapis.com/fdfe/bulkDetails")
    b.header(
        "user-agent", "Android-Finsky/42.3.21-31 (api=3,versionCode=84232130,sdk=34,device=lynx)"
    )
    pkgs = ["tv.animora.app", "com.beatdrop.rhythm", "edu.campusly.app", "run.stridely"]
    b.set_body(js({"docids": pkgs, "includeChildDocs": False}).encode(), "application/json")
    b.ok_json({"entry": [{"docid": p, "versionCode": r.randint(100, 9000)} for p in pkgs]})
    b.decoy("app update check listing installed packages")
    return b.build()


BENIGN = [
    generate_204,
    weather,
    map_tile,
    sentry_envelope,
    time_sync,
    fonts,
    play_update,
    weather,
    map_tile,
]
