"""Agogo: a cheap smartwatch and its companion app on the son's Galaxy A24 in
Abuja (`agogo` = watch in Hausa; the vendor's cloud API is English).

Binding sends the watch's BLE MAC, its serial, the app's install id and the
phone's ANDROID_ID; syncs carry the MAC in a header; a debug dump sends serial
and MAC as nameless protobuf fields; a config call posts an MD5 of the
ANDROID_ID under a one-letter key. Steps, heart rate, the watch face (not a
face), the raise-to-wake wrist angles (not a head pose) and prayer-time
reminders are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.fitwatch-cloud.example"
UA = ua("FitWatch", "2.3.5", "da")
FACES = ["Kano Gold", "Digital Blue", "Crescent", "Sport"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "fitwatch", method, url)
    b.header("user-agent", UA)
    b.header("token", rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/device/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "deviceMac": b.id("watch_mac", where="json deviceMac"),
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "phoneAndroidId": b.id("aid_agogo", where="json phoneAndroidId"),
            "deviceName": "AW7 Pro",
            "firmware": "AW7_V2.0.14",
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/device/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json(
        {"code": 0, "data": {"mac": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)}}
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/data/upload", install=False)
    b.header("x-device-mac", b.id("watch_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 180) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 130) for _ in range(24)],
            "sleepMin": c.rng.randint(300, 540),
            "startTime": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/raw", install=False)
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
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form(
        [
            ("p", "com.fitwatch.aw"),
            ("k", b.id("aid_agogo", "md5", "form k", detectable=False)),
            ("v", "2.3.5"),
        ]
    )
    b.ok_json({"f": {"spo2": True, "salah": True}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/dial/push", install=False)
    b.decoy("watch face (not a face)")
    b.json(
        {
            "dialId": c.rng.randint(100, 999),
            "dialName": c.rng.choice(FACES),
            "faceColor": c.rng.choice(["#008751", "#ffd700", "#ffffff"]),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/settings/raise-wake", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json(
        {
            "enabled": True,
            "pitch": rf(c.rng, 10, 45, 1),
            "roll": rf(c.rng, -30, 30, 1),
            "yaw": rf(c.rng, -10, 10, 1),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def prayer_reminders(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/settings/prayer", install=False)
    b.json({"city": "Abuja", "method": "MWL", "vibrate": True, "lat": 9.06, "lon": 7.49})
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/data/day?date=today", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 16000),
            "km": rf(c.rng, 0.5, 12, 2),
            "kcal": c.rng.randint(100, 900),
            "restingHr": c.rng.randint(50, 72),
        }
    )
    return b.build()
