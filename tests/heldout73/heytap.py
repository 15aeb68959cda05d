"""ColorOS 14's own services on the OPPO Reno 11 (system apps, privileged).

OPPO system apps report to HeyTap's statistics and OTA services; as system
apps they can read the IMEI, and they send HeyTap's OUID (the OAID) and
DUID (illustrative hosts under heytapmobile.com / coloros.com, both OPPO
domains; field names as OPPO's public statistics / OTA clients name them:
imei, ouid, duid, guid). App-usage durations and push tokens are neither
viewing history nor device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, rid

UA = "okhttp/3.12.12.217"


def _b(c: Context, method: str, url: str, **kw: object) -> FB:
    b = FB(c, "coloros", method, url, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("x-model", "CPH2599")
    b.header("x-os-version", "ColorOS14.0")
    return b


def dcs_stats(c: Context) -> Flow:
    b = _b(c, "POST", "https://dcs-sg.statistics.heytapmobile.com/v2/upload")
    head = {
        "imei": b.id("imei", where="body.head.imei"),
        "ouid": b.id("oaid", where="body.head.ouid"),
        "duid": b.id("heytap_duid", where="body.head.duid"),
        "model": "CPH2599",
        "region": "VN",
        "romVer": "CPH2599_14.0.0.600(EX01)",
    }
    usage = [
        {"pkg": p, "fg_ms": c.rng.randint(10000, 3600000)}
        for p in ("vn.phimvietplus.android", "com.zing.zalo", "live.bongdaplus")
    ]
    b.json(
        {
            "head": head,
            "body": [
                {
                    "logTag": "2002",
                    "eventID": "app_usage",
                    "logMap": {"list": usage, "date": "20250308"},
                }
            ],
        }
    )
    b.decoy("app usage durations")
    b.ok_json({"code": 0})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "POST", "https://component-ota-sg.coloros.com/update/v6")
    b.json(
        {
            "mode": 0,
            "otaVersion": "CPH2599_11.A.600_0600_202501091822",
            "imei0": b.id("imei", how="md5", where="body.imei0 (md5)"),
            "deviceId": b.id("heytap_duid", where="body.deviceId"),
            "androidVersion": "Android14.0",
            "colorOSVersion": "ColorOS14.0",
            "nvCarrier": "01011010",
            "time": ms(c),
        }
    )
    b.ok_json({"responseCode": 2004, "description": "no update", "trace": rid(c.rng)})
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", "https://sg-api.push.heytapmobile.com/v1/register")
    b.json(
        {
            "appPackage": "vn.vitien.wallet",
            "registerId": "OPPO_CN_" + new_hex(c.rng, 32),
            "sdkVersion": "3.5.2",
        }
    )
    b.decoy("push registration token")
    b.ok_json({"code": 0})
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://weather-sg.coloros.com/v2/forecast",
        params=[
            ("lat", str(rf(c.rng, 10.7, 10.9, 3))),
            ("lon", str(rf(c.rng, 106.6, 106.8, 3))),
            ("lang", "vi"),
        ],
    )
    b.ok_json(
        {
            "hourly": [{"t": rf(c.rng, 26, 34, 1), "rh": c.rng.randint(55, 90)} for _ in range(12)],
            "aqi": c.rng.randint(40, 160),
        }
    )
    b.decoy("weather for coordinates")
    return b.build()


def theme_store(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://theme-sg.heytapmobile.com/v3/home",
        params=[("page", "1"), ("reqId", rid(c.rng))],
    )
    b.ok_json({"themes": [{"id": c.rng.randint(10**5, 10**6), "name": "Hoa Sen", "price": 0}]})
    b.decoy("theme catalogue")
    return b.build()
