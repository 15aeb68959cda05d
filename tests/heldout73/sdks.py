"""The ad and attribution SDKs inside the apps, as their SDKs send them.

- AppsFlyer Android SDK 6.x: `POST launches.appsflyer.com/api/v6.x/androidevent
  ?app_id=...&buildnumber=...`, JSON with advertiserId, uid, oaid, appsflyerKey
  (AppsFlyer OAID guide: dev.appsflyer.com "Collect OAID"; SDK source keys).
- Adjust Android SDK 4.x: `POST app.adjust.com/session`, form body with
  app_token, gps_adid, android_uuid, oaid (adjust_android OAID plugin).
- Firebase: Installations `POST firebaseinstallations.googleapis.com/v1/projects
  /P/installations` {fid, appId, authVersion, sdkVersion}
  (firebase-android-sdk FirebaseInstallationServiceClient); GA4 uploads to
  `app-measurement.com/a` as protobuf: event and parameter names are strings,
  the app-instance id and the ad id bare fields.
- Google Mobile Ads: `googleads.g.doubleclick.net/mads/gma` with rdid, is_lat.
- Pangle (ByteDance): `api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/`,
  an encrypted "message" envelope (not detectable).
- Zalo Ads (Adtima, VNG): the SDK's ad call; host and keys illustrative.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, ms, rid

APPS = {
    "phim": ("vn.phimvietplus.android", "aid_phim"),
    "lakorn": ("th.co.doolakorn", "aid_lakorn"),
    "bong": ("live.bongdaplus", "aid_bong"),
    "sing": ("vn.hathay.karaoke", "aid_sing"),
    "sach": ("app.sachnoi", "aid_sach"),
    "vi": ("vn.vitien.wallet", "aid_vi"),
    "ship": ("vn.giaonhanh.driver", "aid_ship"),
}


def appsflyer(c: Context, app: str = "phim") -> Flow:
    pkg, _aid = APPS[app]
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent",
        params=[("app_id", pkg), ("buildnumber", "6.12.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "advertiserIdEnabled": "true",
            "oaid": b.id("oaid", where="body.oaid"),
            "uid": b.id("af_uid", where="body.uid"),
            "appsflyerKey": "Zk" + new_hex(c.rng, 20),
            "af_timestamp": str(ms(c)),
            "brand": "OPPO",
            "model": "CPH2599",
            "sdk": "34",
            "counter": str(c.rng.randint(2, 60)),
            "lang_code": "vi",
            "country": "VN",
            "installDate": "2025-02-27_094417+0700",
            "deviceData": {
                "build_display_id": "CPH2599_14.0.0.600(EX01)",
                "cpu_abi": "arm64-v8a",
                "dim": {"x_px": "1080", "y_px": "2412", "d_dpi": "480"},
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context, app: str = "lakorn") -> Flow:
    pkg, _aid = APPS[app]
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", dalvik())
    b.form(
        [
            ("app_token", new_hex(c.rng, 12)),
            ("gps_adid", b.id("gaid", where="body.gps_adid")),
            ("android_uuid", b.id("adjust_uuid", where="body.android_uuid")),
            ("oaid", b.id("oaid", where="body.oaid")),
            ("tracking_enabled", "1"),
            ("package_name", pkg),
            ("created_at", "2025-03-08T15:04:11.201Z+0700"),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("api_level", "34"),
            ("session_count", str(c.rng.randint(2, 80))),
            ("environment", "production"),
            ("needs_response_details", "1"),
        ]
    )
    b.ok_json(
        {"app_token": "x", "adid": new_hex(c.rng, 32), "timestamp": "2025-03-08T08:04:11.580Z+0000"}
    )
    return b.build()


def admob(c: Context, app: str = "bong") -> Flow:
    pkg, _aid = APPS[app]
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.params += [
        ("preqs", str(c.rng.randint(0, 9))),
        ("u_sd", "3"),
        ("format", "320x50_mb"),
        ("msid", pkg),
        ("an", f"1.android.{pkg}"),
        ("js", "afma-sdk-a-v240304999.234310000.1"),
    ]
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.params += [
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("request_id", rid(c.rng)),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]
    b.respond(200, "application/json; charset=UTF-8", b'{"ad_networks":[]}')
    return b.build()


def pangle(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik())
    b.id_raw("gaid", "pangle_cypher", "body.message (encrypted)")
    b.id_raw("pangle_did", "pangle_cypher", "body.message (encrypted)")
    b.json(
        {
            "message": b64(c.rng.randbytes(c.rng.choice([900, 1100, 1300]))),
            "cypher": 3,
            "ad_sdk_version": "5.8.0.7",
        }
    )
    b.ok_json({"message": b64(c.rng.randbytes(200)), "cypher": 3})
    return b.build()


def pangle_stats(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-log-sg.pangle.io/api/ad/union/sdk/stats/batch/")
    b.header("user-agent", dalvik())
    b.json(
        {
            "header": {
                "did": b.id("pangle_did", where="body.header.did"),
                "gaid": b.id("gaid", where="body.header.gaid"),
                "os": "Android",
                "sdk_version": "5.8.0.7",
            },
            "stats_list": [
                {
                    "type": "load_ad_duration",
                    "duration": c.rng.randint(80, 900),
                    "rit": str(c.rng.randint(10**8, 10**9)),
                }
            ],
        }
    )
    b.ok_json({"code": 20000})
    return b.build()


def zalo_ads(c: Context, app: str = "phim") -> Flow:
    pkg, _aid = APPS[app]
    b = FB(c, "zalo-ads", "GET", "https://sdk.adtimaserver.vn/v2/ad")
    b.params += [("zoneId", str(c.rng.randint(10**6, 10**7))), ("appId", pkg)]
    b.param("zdid", b.id("zalo_zdid", where="query.zdid"))
    b.param("gaid", b.id("gaid", where="query.gaid"))
    b.params += [("os", "android"), ("rid", rid(c.rng))]
    b.ok_json({"ads": [], "ttl": 300})
    return b.build()
