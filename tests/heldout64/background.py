"""Ordinary background traffic of the phone: connectivity checks, time, Firebase
installations and remote config, Crashlytics-style crash reports, Sentry, CDNs,
Samsung's own checks. Firebase Installations: POST
/v1/projects/{project}/installations {fid, appId, authVersion, sdkVersion}
(firebase-android-sdk, FirebaseInstallationServiceClient). Sentry envelope:
POST /api/{project}/envelope/ (develop.sentry.dev/sdk/envelopes). The FID is
an install id (device_id); everything else carries look-alikes only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.respond(204, None)
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/")
    b.respond(200, "text/plain", iso(c).encode())
    return b.build()


def fid_register(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/rutaxpress-prod/installations",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("courier_fid", where="json fid"),
            "appId": "1:52880019:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/52880019/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/52880019/namespaces/firebase:fetch",
    )
    b.json(
        {
            "appVersion": "5.14.2",
            "languageCode": "es-MX",
            "timeZone": "America/Tijuana",
            "countryCode": "MX",
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json(
        {
            "entries": {
                "pod_photo_quality": "70",
                "face_blur_enabled": "true",
                "heartbeat_interval_s": "30",
            },
            "state": "UPDATE",
        }
    )
    b.decoy("remote config with flag names mentioning face blur and heartbeat intervals")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(
        c,
        "sentry",
        "POST",
        f"https://o{c.rng.randint(10000, 99999)}.ingest.sentry.io"
        f"/api/{c.rng.randint(1000, 9999)}/envelope/",
    )
    head = {"event_id": new_hex(c.rng, 32), "sent_at": iso(c)}
    ev = {
        "exception": {"values": [{"type": "IllegalStateException", "value": "Camera closed"}]},
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "breadcrumbs": [{"timestamp": ms(c) / 1000, "message": "FaceDetector not used"}],
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(ev)
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": head["event_id"]})
    b.decoy("crash report with trace/span/event ids")
    return b.build()


def cdn_font(c: Context) -> Flow:
    b = FB(c, "google", "GET", f"https://fonts.gstatic.com/s/roboto/v30/{new_hex(c.rng, 10)}.woff2")
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def samsung_check(c: Context) -> Flow:
    b = FB(c, "samsung", "GET", "https://vas.samsungapps.com/stub/stubUpdateCheck.as")
    b.param("appId", "com.sec.android.app.samsungapps")
    b.param("versionCode", "6.6")
    b.param("deviceId", "SM-G556B")
    b.param("mcc", "334")
    b.param("mnc", "020")
    b.param("sdkVer", "34")
    b.respond(200, "text/xml", b"<result><resultCode>0</resultCode></result>")
    b.decoy("Samsung store stub check: deviceId is the model name, not an identifier")
    return b.build()


def play_integrity(c: Context) -> Flow:
    b = FB(c, "google", "POST", "https://playintegrity.googleapis.com/v1/decodeIntegrityToken")
    b.json({"integrity_token": new_hex(c.rng, 120), "nonce": rid(c.rng)})
    b.ok_json(
        {
            "tokenPayloadExternal": {
                "deviceIntegrity": {"deviceRecognitionVerdict": ["MEETS_DEVICE_INTEGRITY"]}
            }
        }
    )
    b.decoy("integrity verdict with nonce")
    return b.build()


def metrics(c: Context) -> Flow:
    b = FB(c, "rutaxpress", "POST", "https://metrics.rutaxpress-example.mx/v1/perf")
    b.header("user-agent", ua("RutaXpress", "5.14.2"))
    b.json(
        {
            "traces": [
                {
                    "name": "pantalla_ruta",
                    "durMs": c.rng.randint(40, 900),
                    "frames": [rf(c.rng, 8, 40, 1) for _ in range(20)],
                }
            ],
            "sid": rid(c.rng),
        }
    )
    b.no_content()
    b.decoy("screen render timings, frame-time series")
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    remote_config,
    sentry,
    cdn_font,
    samsung_check,
    play_integrity,
    metrics,
    generate_204,
    cdn_font,
]
