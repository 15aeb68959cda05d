"""HeryBand: the companion app of a cheap fitness band (the son's Pixel 8 in Paris).

The app binds the band by its BLE MAC and serial, sends the MAC in a header on
every sync, and relays the band's raw dump as protobuf (no field names on the
wire). Remote config is keyed by a truncated SHA-256 of the ANDROID_ID under a
one-letter form field. Steps, heart rate, sleep, watch faces (a "dial", not a
face), the band's remote camera shutter and the raise-to-wake wrist angles are
ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.heryband.example"
UA = ua("HeryBand", "3.0.4", "zanaka")
DIALS = ["Analog", "Sport", "Minimal", "Baobab", "Lamba"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "heryband", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("band_install", where="header x-app-install"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/bind")
    b.json(
        {
            "uid": b.acct("band_user"),
            "bleMac": b.id("band_mac", where="json bleMac"),
            "sn": b.id("band_serial", where="json sn"),
            "androidId": b.id("aid_band", where="json androidId"),
            "name": "Hery Band 7",
            "fw": "2.1.15",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/device/info")
    mac = b.id("band_mac", "upper", "response json data.bleMac", direction="response")
    b.ok_json(
        {"code": 0, "data": {"bleMac": mac, "battery": c.rng.randint(5, 100), "sync": iso(c)}}
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/health/upload", install=False)
    b.header("x-ble-mac", b.id("band_mac", "nosep", "header x-ble-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 200) for _ in range(24)],
            "hr": [c.rng.randint(52, 140) for _ in range(24)],
            "sleepMinutes": c.rng.randint(300, 540),
            "date": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw", install=False)
    body = (
        pb_bytes(1, b.id("band_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, 0, 2) for _ in range(12)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg", install=False)
    b.form(
        [
            ("p", "com.heryband.app"),
            ("h", b.id("aid_band", "sha256_trunc16", "form h", detectable=False)),
            ("v", "304"),
        ]
    )
    b.ok_json({"f": {"spo2": True, "gps": False}})
    return b.build()


def dial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dial/install", install=False)
    b.decoy("watch dial (not a face)")
    b.json({"dialId": c.rng.randint(100, 999), "dialName": c.rng.choice(DIALS), "faceStyle": 2})
    b.ok_json({"code": 0})
    return b.build()


def camera_shutter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/feature/camera-remote", install=False)
    b.decoy("remote camera shutter setting (no image)")
    b.json({"enabled": True, "timerSec": c.rng.choice([0, 3, 5]), "lens": "front"})
    b.ok_json({"code": 0})
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/settings/wrist", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json({"raiseToWake": True, "pitch": rf(c.rng, 10, 45, 1), "roll": rf(c.rng, -30, 30, 1)})
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/health/day?date=today", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 16000),
            "km": rf(c.rng, 0.5, 12, 2),
            "kcal": c.rng.randint(100, 900),
            "restingHr": c.rng.randint(50, 72),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ota?model=HB7&fw=2.1.15", install=False)
    b.ok_json({"latest": "2.1.17", "md5": rid(c.rng).replace("-", ""), "size": 241000})
    return b.build()
