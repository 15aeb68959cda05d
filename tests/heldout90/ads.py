"""Ad and attribution SDKs inside her streaming app and the game: the IDFA when
ATT allows it, the IDFV per vendor, and the SDKs' own install ids.

- Adjust iOS SDK: `POST https://app.adjust.com/session`, a form body with
  app_token, created_at, idfa, idfv, att_status, os_name, device_type...
  (github.com/adjust/ios_sdk, ADJPackageBuilder.m / ADJPackageParams.h; header
  `Client-SDK: ios5.x`). With ATT denied the IDFA is all zeros (a decoy).
- AppLovin MAX mediation: `POST https://ms.applovin.com/1.0/mediate`, gzip JSON
  with a `device_info` object holding idfa / idfv (as seen in AppLovin SDK
  traffic analyses; keys abridged).
- Firebase Installations: `POST https://firebaseinstallations.googleapis.com/
  v1/projects/{project}/installations` with fid, appId, authVersion FIS_v2
  (firebase-ios-sdk FIRInstallationsAPIService).
- The game studio's own telemetry seals the IDFV in an encrypted envelope
  (opaque: labelled, not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, rid, ua

ZERO_IDFA = "00000000-0000-0000-0000-000000000000"


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "ios5.0.1")
    b.header("user-agent", ua("SahraPlay", "8.2", "310"))
    b.form(
        [
            ("app_token", "q2s7kx9rz4ao"),
            ("created_at", iso(c).replace("Z", "Z+0300")),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv_stream", where="form idfv")),
            ("att_status", "3"),
            ("tracking_enabled", "1"),
            ("os_name", "ios"),
            ("os_version", "17.4.1"),
            ("device_type", "iPhone"),
            ("hardware_name", c.phone.model),
            ("bundle_id", "com.sahraplay.ios"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": c.phone.adjust_adid, "timestamp": iso(c)})
    b.other_id("adjust_adid", "response adid", direction="response")
    return b.build()


def adjust_denied(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("client-sdk", "ios5.0.1")
    b.form(
        [
            ("app_token", "q2s7kx9rz4ao"),
            ("event_token", "abc123"),
            ("idfa", ZERO_IDFA),
            ("att_status", "2"),
            ("created_at", iso(c)),
            ("os_name", "ios"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    b.decoy("ATT denied: all-zero IDFA placeholder, no identifier")
    return b.build()


def max_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", "SkyRunner/1.9 UnityPlayer/2022.3.21f1")
    b.json(
        {
            "device_info": {
                "idfa": b.id("idfa", where="json device_info.idfa"),
                "idfv": b.id("idfv_games", where="json device_info.idfv"),
                "dnt": False,
                "model": c.phone.model,
                "os": "17.4.1",
                "tz_offset": 3.0,
            },
            "app_info": {"package_name": "com.skyrunner.game", "app_version": "1.9"},
            "ad_format": "INTER",
        },
        encoding="gzip",
    )
    b.ok_json({"ads": [], "ttl": 600})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/skyrunner-prod/installations",
    )
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.header("x-ios-bundle-identifier", "com.skyrunner.game")
    b.json(
        {
            "fid": c.phone.firebase_fid,
            "appId": "1:4417:ios:9a8b",
            "authVersion": "FIS_v2",
            "sdkVersion": "i:10.24.0",
        }
    )
    b.other_id("firebase_fid", "json fid")
    b.ok_json({"name": "projects/4417/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def sealed_telemetry(c: Context) -> Flow:
    b = FB(c, "skyrunner", "POST", "https://t.skyrunner-game.example/v2/s")
    b.header("user-agent", "SkyRunner/1.9 UnityPlayer/2022.3.21f1")
    b.id_raw("idfv_games", "aes_gcm", "encrypted envelope 'x'")
    b.json({"k": 2, "x": b64(bytes.fromhex(new_hex(c.rng, 160)))})
    b.no_content()
    return b.build()


def ad_click_ids(c: Context) -> Flow:
    b = FB(c, "applovin", "GET", "https://rt.applovin.com/4.0/pix")
    b.param("event", "landing")
    b.param("request_id", rid(c.rng))
    b.param("ad_unit", new_hex(c.rng, 16))
    b.param("trace", new_hex(c.rng, 32))
    b.no_content()
    b.decoy("ad pixel with request / trace / ad-unit ids only")
    return b.build()
