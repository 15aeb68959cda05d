"""Aago Mi: the companion app of the son's smartwatch (a budget AMOLED watch)
on his Pixel 7 in London.

The app binds the watch by its BLE MAC and serial, sends the MAC in a header on
each sync, and relays the watch's raw dump as protobuf (no field names). A
feature-flag call sends an MD5 of the ANDROID_ID under a one-letter field.
Steps, heart rate, sleep, SpO2, watch faces ("a watch face is not a face") and
the raise-to-wake wrist angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.aagomi.example"
UA = ua("AagoMi", "2.3.5", "omo")
FACES = ["Adire Blue", "Aso Oke Gold", "Minimal", "Sport", "Eyo"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "aagomi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("aago_install", where="header x-app-install"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/watch/bind")
    b.json(
        {
            "userId": b.acct("aago_user"),
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "phoneAndroidId": b.id("aid_aago", where="json phoneAndroidId"),
            "model": "AM-W2 Pro",
            "firmware": "2.0.41",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watch/info")
    mac = b.id("watch_mac", "nosep", "response json data.bleMac", direction="response")
    b.ok_json({"code": 0, "data": {"bleMac": mac, "battery": c.rng.randint(5, 100), "at": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sync", install=False)
    b.header("x-watch-mac", b.id("watch_mac", "nosep_upper", "header x-watch-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 200) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 140) for _ in range(24)],
            "spo2": c.rng.randint(94, 99),
            "sleepMin": c.rng.randint(300, 540),
            "startTime": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/raw", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def flags_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/f", install=False)
    b.form(
        [
            ("p", "com.aagomi.app"),
            ("d", b.id("aid_aago", "md5", "form d", detectable=False)),
            ("v", "2.3.5"),
        ]
    )
    b.ok_json({"f": {"ecg": False, "weather": True}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dial/install", install=False)
    b.decoy("watch face (not a face)")
    b.json(
        {
            "dialId": c.rng.randint(100, 999),
            "dialName": c.rng.choice(FACES),
            "faceColor": c.rng.choice(["#008751", "#ffffff", "#1e3a8a"]),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/settings/raise-to-wake", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json(
        {
            "enabled": True,
            "pitchDeg": rf(c.rng, 10, 45, 1),
            "rollDeg": rf(c.rng, -30, 30, 1),
            "yawDeg": rf(c.rng, -10, 10, 1),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/health/day?date=today", install=False)
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
    b = _b(c, "GET", f"{API}/v1/ota/check?model=AM-W2&ver=2.0.41", install=False)
    b.ok_json({"latest": "2.0.44", "md5": rid(c.rng).replace("-", ""), "size": 412000})
    return b.build()
