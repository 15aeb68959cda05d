"""The third-party SDKs the apps carry: Firebase (installations and GA4 app
events) in YokeShin Plus, AppsFlyer in the wallet.

Firebase Installations returns the FID the SDK made (`fid`,
https://firebase.google.com/docs/projects/manage-installations); GA4's
Measurement Protocol for apps takes `app_instance_id` and recommended video
events (`video_progress`, `video_percent`, `video_current_time`). AppsFlyer's
launch event carries `advertiserId` and its own `uid`; newer SDK builds
encrypt the body, which hides both.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, ua

YOKE_UA = ua("YokeShinPlus", "4.7.2")
WALLET_UA = ua("NgweLwalPay", "8.1.0")
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:540118823301:android:7f2c9d31a0be4e55&api_secret=Vn3kQp8LxT2mRz6aJd0wBg"
)
AF = (
    "https://launches.appsflyer.com/api/v6.9/androidevent?app_id=com.ngwelwal.pay&buildnumber=6.9.4"
)


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/yokeshin-plus/installations",
    )
    b.header("user-agent", YOKE_UA)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("yoke_fid", where="json fid"),
            "appId": "1:540118823301:android:7f2c9d31a0be4e55",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    fid = b.id("yoke_fid", where="response json fid", direction="response")
    b.ok_json(
        {
            "name": "projects/540118823301/installations/" + fid,
            "fid": fid,
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", YOKE_UA)
    b.view(f"json events[].name={name} with video_title / video_current_time")
    dur = c.rng.randint(2400, 6600)
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("yoke_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": c.rng.choice(["မိုးသောက်ယံ", "အိမ်ပြန်လမ်း", "Mandalay Nights"]),
                        "video_provider": "yokeshinplus",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_purchase(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", YOKE_UA)
    b.json(
        {
            "app_instance_id": b.id("yoke_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "purchase",
                    "params": {"currency": "MMK", "value": 4900, "items": [{"item_id": "vip_30d"}]},
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", AF)
    b.header("user-agent", WALLET_UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("wallet_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(1, 40)),
            "brand": "vivo",
            "model": "V2231",
            "lang": "မြန်မာ",
            "lang_code": "my",
            "country": "MM",
            "operator": "MyanNet",
            "date1": iso(c),
            "eventName": None,
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_encrypted(c: Context) -> Flow:
    """The newer SDK build: the same fields, encrypted and base64'd under `data`."""
    b = FB(c, "appsflyer", "POST", AF.replace("androidevent", "androidevent_enc"))
    b.header("user-agent", WALLET_UA)
    b.id_raw("gaid", "af_cipher", "json data (encrypted body)")
    b.id_raw("wallet_af_uid", "af_cipher", "json data (encrypted body)")
    b.json({"data": b64(bytes(c.rng.getrandbits(8) for _ in range(420))), "v": js(2)})
    b.respond(200, "text/plain", b"ok")
    return b.build()
