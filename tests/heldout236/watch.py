"""Isaha: the companion app of the engineer's own smartwatch (her phone).

Binding and sync send the watch's BLE MAC and serial under their names with the
app's ANDROID_ID and its install id; the newer build's device report is
protobuf (MAC and serial as unnamed strings); the config call carries an MD5 of
the serial in an unnamed header. Steps, heart rate, sleep, watch faces and
firmware checks (a build hash) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import EB, iso, ms, rf, rid, ua

API = "https://api.isaha-wear.example"
UA = ua("Isaha", "2.14.0")


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "isaha", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "installId": b.id("watch_install", where="json installId"),
            "model": "AW7 Pro",
            "fw": "1.8.22",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/data/sync")
    b.header("x-device-mac", b.id("watch_mac", where="header x-device-mac"))
    b.json(
        {
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "steps": c.rng.randint(800, 14000),
            "heartRate": [c.rng.randint(58, 110) for _ in range(6)],
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "next": 900})
    return b.build()


def device_report_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/r")
    mac = b.id("watch_mac", "protobuf", "protobuf field 1 (unnamed)", detectable=False)
    sn = b.id("watch_serial", "protobuf", "protobuf field 2 (unnamed)", detectable=False)
    body = pb_bytes(1, mac) + pb_bytes(2, sn) + pb_varint(3, c.rng.randint(20, 100))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/config?lang=rw")
    b.header("x-s", b.id("watch_serial", "md5", "header x-s", detectable=False))
    b.ok_json({"syncMinutes": 15, "hrInterval": 10})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/summary/day?date={iso(c)[:10]}")
    b.ok_json(
        {
            "steps": c.rng.randint(3000, 14000),
            "sleepMin": c.rng.randint(300, 480),
            "restingHr": c.rng.randint(55, 70),
            "spo2": rf(c.rng, 95, 99, 0),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=AW7Pro")
    b.decoy("firmware build hash")
    b.ok_json({"version": "1.8.23", "sha256": new_hex(c.rng, 64), "size": 1843200})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?page=1")
    b.ok_json(
        {"faces": [{"id": c.rng.randint(100, 999), "name": n} for n in ("Imigongo", "Classic")]}
    )
    return b.build()
