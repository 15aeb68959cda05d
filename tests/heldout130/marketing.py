"""The attribution and app-infrastructure SDKs the set's apps carry: AppsFlyer in
the streaming, music and social apps, Adjust in the fintech, Firebase
Installations everywhere, and an anti-fraud SDK that sends a SHA-256 of the
advertising id under `x` (opaque). Remote config is ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, okua, rid, ua

AF_APPS = ["br.com.telaplay.android", "br.com.sommais", "com.roleapp.video"]


def appsflyer(c: Context) -> Flow:
    app = c.rng.choice(AF_APPS)
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyersdk.com/api/v6.14/androidevent?app_id={app}&buildnumber=6.14.2",
    )
    b.header("user-agent", ua("Dalvik", "2.1.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("af_uid", where="json uid"),
            "brand": "motorola",
            "model": "moto g84 5G",
            "lang_code": "pt",
            "country": "BR",
            "operator": "TIM",
            "counter": str(c.rng.randint(1, 80)),
            "date1": iso(c),
            "af_timestamp": str(ms(c)),
            "eventName": c.rng.choice(["af_login", "af_content_view", "af_app_opened"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_sessao(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", ua("Grana", "6.2.4"))
    b.form(
        [
            ("app_token", "q4k9z1w8m2ps"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("created_at", iso(c).replace("Z", "-0300")),
            ("session_count", str(c.rng.randint(2, 60))),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("language", "pt"),
            ("country", "BR"),
        ]
    )
    b.decoy("android_uuid is the SDK's per-request uuid here (activity id), not a device id")
    b.ok_json(
        {
            "adid": b.id("adjust_adid", where="response adid", direction="response"),
            "message": "Session tracked",
        }
    )
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/telaplay-br/installations",
    )
    b.header("user-agent", okua())
    b.header("x-goog-api-key", "AIzaSyB" + rid(c.rng).replace("-", "")[:32])
    b.json(
        {
            "fid": b.id("fb_fid", where="json fid"),
            "appId": "1:52210934:android:9f1c2e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/52210934/installations/FID", "refreshToken": rid(c.rng)})
    return b.build()


def antifraude_sdk(c: Context) -> Flow:
    b = FB(c, "clearsale", "POST", "https://device.clearsale.com.br/v1/c")
    b.header("user-agent", okua())
    b.json(
        {
            "x": b.id("gaid", "sha256", "json x (SHA-256 of the ad id)", detectable=False),
            "a": "grana",
            "s": rid(c.rng)[:8],
            "t": int(c.now),
        }
    )
    b.no_content()
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/52210934/namespaces/firebase:fetch",
    )
    b.header("user-agent", okua())
    b.decoy("remote-config flags")
    b.json({"appVersion": "5.41.0", "countryCode": "BR", "languageCode": "pt-BR"})
    b.ok_json(
        {"entries": {"mostrar_bbb_banner": "true", "timeout_player_ms": "8000"}, "state": "UPDATE"}
    )
    return b.build()
