"""HeyFit: the companion app of a cheap KW8 Pro smartwatch (the son's Pixel 8 in
Brussels), run by a Shenzhen vendor's cloud with English keys.

The app binds the watch by its BLE address and serial, repeats the address
(bare, upper-case) in a header on every health upload, sends the serial when
it checks firmware and the app's own install id when it opens. The watch's
crash log is relayed as a small TLV blob with the BLE address as six raw
bytes; remote config is keyed by a truncated SHA-256 of the ANDROID_ID under
`u`. Steps, heart rate, SpO2 and sleep are health data (not face, voice or
fingerprint data), watch faces are dials, and the weather the app pushes to
the watch is looked up by the phone's position.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.heyfit-cloud.example"
UA = ua("HeyFit", "2.1.4", "fils")
DIALS = ["Leopard Gold", "Rumba Neon", "Classic Analog", "Digital XL", "Kin la Belle"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "heyfit", method, url)
    b.header("user-agent", UA)
    b.header("token", rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install-id", b.id("montre_install", where="header x-app-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind", install=True)
    b.json(
        {
            "userId": b.acct("montre_user"),
            "bleAddr": b.id("montre_mac", where="json bleAddr"),
            "sn": b.id("montre_serial", where="json sn"),
            "phoneAndroidId": b.id("aid_montre", where="json phoneAndroidId"),
            "model": "KW8 Pro",
            "fw": "KW8P_V2.1.4",
        }
    )
    b.ok_json({"code": 200, "msg": "ok"})
    return b.build()


def app_open(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/app/open")
    b.json(
        {
            "installId": b.id("montre_install", where="json installId"),
            "appVersion": "2.1.4",
            "os": "android 14",
            "lang": "fr-BE",
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 200, "notice": None})
    return b.build()


def health_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/health/upload")
    b.header("x-watch-addr", b.id("montre_mac", "nosep_upper", "header x-watch-addr"))
    b.json(
        {
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "heartRate": [c.rng.randint(52, 128) for _ in range(24)],
            "spo2": [c.rng.randint(94, 99) for _ in range(6)],
            "sleep": {"deepMin": c.rng.randint(40, 140), "lightMin": c.rng.randint(150, 300)},
            "date": iso(c)[:10],
        },
        "gzip",
    )
    b.ok_json({"code": 200})
    return b.build()


def health_day(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/health/day?date={iso(c)[:10]}")
    b.decoy("heart rate and SpO2 (health data, not face / voice / fingerprint)")
    b.ok_json(
        {
            "code": 200,
            "data": {
                "steps": c.rng.randint(2000, 15000),
                "restingHeartRate": c.rng.randint(52, 70),
                "avgSpo2": c.rng.randint(95, 99),
                "sleepMin": c.rng.randint(300, 520),
            },
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/firmware/check", install=True)
    b.param("model", "KW8P")
    b.param("sn", b.id("montre_serial", where="query sn"))
    b.param("fw", "KW8P_V2.1.4")
    b.decoy("firmware md5")
    b.ok_json({"code": 200, "latest": "KW8P_V2.1.6", "md5": rid(c.rng).replace("-", "")})
    return b.build()


def log_raw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/log/upload")
    mac = b.id_raw("montre_mac", "raw_bytes", "binary TLV tag 1 (six raw bytes)")
    text = c.rng.choice(["BLE reconnect x3", "HR sensor timeout", "OTA resume 41%"]).encode()
    blob = (
        b"\x01\x06"
        + bytes.fromhex(mac.replace(":", ""))
        + b"\x02\x08"
        + struct.pack("<Q", ms(c))
        + b"\x03"
        + bytes([len(text)])
        + text
    )
    b.set_body(blob, "application/octet-stream")
    b.ok_json({"code": 200})
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/cfg")
    b.param("u", b.id("aid_montre", "sha256_trunc16", "query u", detectable=False))
    b.param("v", "2.1.4")
    b.ok_json({"code": 200, "data": {"spo2Auto": True, "weatherPush": True, "musicCtrl": False}})
    return b.build()


def dial_market(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/dial/list?model=KW8P&page=1")
    b.decoy("watch faces (dials, not faces)")
    b.ok_json(
        {
            "code": 200,
            "dials": [
                {"dialId": 3000 + i, "name": n, "faceStyle": c.rng.choice(["analog", "digital"])}
                for i, n in enumerate(DIALS)
            ],
        }
    )
    return b.build()


def weather_push(c: Context) -> Flow:
    lat, lon = rf(c.rng, 50.83, 50.86, 3), rf(c.rng, 4.34, 4.38, 3)
    b = _b(c, "GET", f"{API}/api/v2/weather?lat={lat}&lon={lon}")
    b.decoy("phone position for the weather (not a device id)")
    b.ok_json(
        {"code": 200, "city": "Ixelles", "temp": rf(c.rng, 1, 12, 1), "icon": c.rng.randint(1, 9)}
    )
    return b.build()


def notify_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/settings/notify")
    b.json({"apps": ["WhatsApp", "Lisolo", "Gmail"], "callAlert": True, "sedentaryMin": 60})
    b.ok_json({"code": 200})
    return b.build()


def alarm_pb(c: Context) -> Flow:
    """Alarms as the vendor's protobuf (ordinary settings)."""
    b = _b(c, "POST", f"{API}/api/v2/alarm/sync")
    body = b"".join(pb_bytes(1, f"{h:02d}:{m:02d}") for h, m in ((5, 30), (6, 15)))
    b.set_body(body, "application/x-protobuf")
    b.ok_json({"code": 200})
    return b.build()
