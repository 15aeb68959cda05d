"""Sagat: the supervisor's smartwatch and its companion app on her phone.

The app binds the watch by its BLE MAC and serial, sends the serial in a
header on every sync, and relays the watch's raw dump as protobuf (no field
names on the wire). Steps, heart rate, sleep, watch faces ("a watch face is
not a face"), raise-to-wake wrist angles and the flight-alert notifications
mirrored to the watch are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import SB, iso, ms, rf, rid, ua

API = "https://api.sagat-watch.example"
UA = ua("SagatHealth", "4.2.0")
FACES = ["Dala", "Sport", "Minimal", "Ұлттық өрнек", "Aviator"]


def _b(c: Context, method: str, url: str, install: bool = True) -> SB:
    b = SB(c, "sagat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("sagat_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind")
    b.json(
        {
            "userId": b.acct("sagat_user"),
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "phoneAndroidId": b.id("aid_sagat", where="json phoneAndroidId"),
            "deviceName": "Sagat Watch 5",
            "firmware": "2.0.41",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json({"code": 0, "data": {"mac": mac, "battery": c.rng.randint(5, 100), "at": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync", install=False)
    b.header("x-device-sn", b.id("watch_serial", where="header x-device-sn"))
    b.json(
        {
            "steps": [c.rng.randint(0, 900) for _ in range(12)],
            "heartRate": [c.rng.randint(58, 125) for _ in range(12)],
            "startTime": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dial/push", install=False)
    b.decoy("watch face (not a face)")
    b.json({"dialId": c.rng.randint(100, 999), "dialName": c.rng.choice(FACES)})
    b.ok_json({"code": 0})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings/raise-to-wake", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json({"enabled": True, "pitchDeg": rf(c.rng, 10, 45, 1), "rollDeg": rf(c.rng, -30, 30, 1)})
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/data/day?date=today", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(4000, 26000),
            "km": rf(c.rng, 3, 18, 2),
            "kcal": c.rng.randint(200, 1200),
            "restingHr": c.rng.randint(52, 70),
        }
    )
    return b.build()


def notify_mirror(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/notify/mirror", install=False)
    b.decoy("flight alert text mirrored to the watch (gate, flight number)")
    b.json(
        {
            "app": "kz.ala.groundops",
            "title": "Рейс KC" + str(c.rng.randint(100, 999)),
            "text": f"Стоянка {c.rng.randint(1, 30)}: тягач қажет / нужен тягач",
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()
