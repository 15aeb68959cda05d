"""NayiFit: the companion app of a smartwatch (a fictional W7 model) on the
younger son's Redmi in Bangkok.

The app binds the watch by its BLE MAC and serial, sends the MAC in a header
on every sync, and relays the watch's raw dump as protobuf (no field names on
the wire). Remote config is keyed by an MD5 of the ANDROID_ID under a
one-letter form field. Steps, heart rate, sleep, watch faces ("a watch face is
not a face") and the raise-to-wake wrist angles are ordinary here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.nayifit.example"
UA = ua("NayiFit", "2.3.5", "nyilay")
FACES = ["Shwe Analog", "Sport Blue", "Minimal", "Thingyan", "Big Digits"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "nayifit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/watch/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSn": b.id("watch_serial", where="json watchSn"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "model": "W7",
            "firmware": "2.0.41",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def watch_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watch/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json(
        {"code": 0, "data": {"mac": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)}}
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sync", install=False)
    b.header("x-watch-mac", b.id("watch_mac", "nosep_upper", "header x-watch-mac"))
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


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c2", install=False)
    b.form(
        [
            ("a", "com.nayifit.app"),
            ("z", b.id("aid_watch", "md5", "form z", detectable=False)),
            ("v", "235"),
        ]
    )
    b.ok_json({"f": {"spo2": True, "ecg": False}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dial/install", install=False)
    b.decoy("watch face (not a face)")
    b.json(
        {
            "dialId": c.rng.randint(100, 999),
            "dialName": c.rng.choice(FACES),
            "faceColor": c.rng.choice(["#f5c400", "#1e90ff", "#ffffff"]),
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
    b = _b(c, "GET", f"{API}/v1/ota/check?model=W7&ver=2.0.41", install=False)
    b.ok_json({"latest": "2.0.44", "md5": rid(c.rng).replace("-", ""), "size": 412000})
    return b.build()
