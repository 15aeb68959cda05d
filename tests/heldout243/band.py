"""GoBand: the companion app of a cheap fitness band (an M7-class tracker) on
the mother's Redmi Note 13 in Gyumri.

The app binds the band by its BLE MAC and serial, sends the MAC in a header on
every sync, and relays the band's raw dump as protobuf (no field names on the
wire). Remote config is keyed by an MD5 of the ANDROID_ID under a one-letter
form field. Steps, heart rate, sleep, watch faces ("a watch face is not a
face") and the raise-to-wake wrist angles (pitch / roll of the wrist) are
ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gobandapp.example"
UA = ua("GoBand", "2.3.1", "mayrik")
FACES = ["Analog Gold", "Sport Red", "Minimal", "Big Time", "Ararat"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "goband", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("band_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/device/bind")
    b.json(
        {
            "userId": b.acct("band_user"),
            "deviceMac": b.id("band_mac", where="json deviceMac"),
            "deviceSn": b.id("band_serial", where="json deviceSn"),
            "phoneAndroidId": b.id("aid_band", where="json phoneAndroidId"),
            "deviceName": "M7 Smart Band",
            "firmware": "V2.0.11",
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/device/info")
    mac = b.id("band_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json(
        {
            "code": 0,
            "data": {"mac": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)},
        }
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/data/sync", install=False)
    b.header("x-device-mac", b.id("band_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 150) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 130) for _ in range(24)],
            "sleepMin": c.rng.randint(300, 540),
            "startTime": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v3/raw", install=False)
    body = (
        pb_bytes(1, b.id("band_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("band_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form(
        [
            ("p", "com.goband.app"),
            ("q", b.id("aid_band", "md5", "form q", detectable=False)),
            ("v", "2.3.1"),
        ]
    )
    b.ok_json({"f": {"spo2": False, "weather": True}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/dial/push", install=False)
    b.decoy("watch face (not a face)")
    b.json(
        {
            "dialId": c.rng.randint(100, 999),
            "dialName": c.rng.choice(FACES),
            "faceColor": c.rng.choice(["#ffcc00", "#0033a0", "#ffffff"]),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/app/v2/settings/raise-to-wake", install=False)
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
    b = _b(c, "GET", f"{API}/app/v2/data/day?date=today", install=False)
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
    b = _b(c, "GET", f"{API}/app/v2/ota/check?model=M7&ver=V2.0.11", install=False)
    b.ok_json({"latest": "V2.0.14", "md5": rid(c.rng).replace("-", ""), "size": 182000})
    return b.build()
