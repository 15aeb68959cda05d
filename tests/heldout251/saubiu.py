"""WristSync: the companion app of the manager's own smartwatch (a W5 Pro).

The app binds the watch by its BLE MAC and serial (`macAddress`, `sn`), sends
the serial in an `x-device-sn` header on heart-rate syncs and as `sn` in the
OTA check, relays the watch's raw log as protobuf (MAC bytes in field 1, no
names) and signs the sleep sync with a header `x-t` holding SHA-1 of the MAC
without separators. Steps, heart rate, the workout's GPS positions and the
watch faces ("a watch face is not a face") are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import SB, iso, ms, rf, rid, ua

API = "https://api.wristsync.example"
UA = ua("WristSync", "2.9.4")
FACES = ["金龍 Gold Dragon", "Minimal", "Lisboa Night", "Big Digits"]


def _b(c: Context, method: str, url: str, install: bool = False) -> SB:
    b = SB(c, "wristsync", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("wrist_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind", install=True)
    b.json(
        {
            "userId": b.acct("wrist_user"),
            "macAddress": b.id("watch_mac", where="json macAddress"),
            "sn": b.id("watch_serial", where="json sn"),
            "phoneAndroidId": b.id("aid_wrist", where="json phoneAndroidId"),
            "model": "W5 Pro",
            "fw": "3.1.22",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def hr_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/heart_rate")
    b.header("x-device-sn", b.id("watch_serial", where="header x-device-sn"))
    b.json(
        {
            "samples": [{"t": ms(c) - i * 60000, "bpm": c.rng.randint(62, 104)} for i in range(10)],
            "resting": c.rng.randint(58, 70),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = SB(c, "wristsync", "GET", f"{API}/v1/ota/check")
    b.param("sn", b.id("watch_serial", where="query sn"))
    b.param("model", "W5Pro")
    b.param("fw", "3.1.22")
    b.header("user-agent", UA)
    b.ok_json({"latest": "3.1.24", "size": 18320444, "notes": "修正心率偏差"})
    return b.build()


def sleep_sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sleep")
    b.header("x-t", b.id("watch_mac", "sha1_of_nosep", "header x-t", detectable=False))
    b.json(
        {
            "start": ms(c) - 7 * 3600 * 1000,
            "deep": c.rng.randint(60, 120),
            "light": c.rng.randint(150, 260),
            "rem": c.rng.randint(50, 100),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def log_dump_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/log/raw")
    mac = b.id("watch_mac", "protobuf", "protobuf field 1 (no names)", detectable=False)
    body = (
        pb_bytes(1, mac)
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(64)))
    )
    b.set_body(body, "application/x-protobuf")
    b.ok_json({"code": 0})
    return b.build()


def steps(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/steps")
    b.json({"date": iso(c)[:10], "steps": c.rng.randint(2000, 15000), "goal": 8000})
    b.ok_json({"code": 0})
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/workout")
    b.decoy("workout duration and GPS positions")
    b.json(
        {
            "type": "walk",
            "duration": c.rng.randint(900, 3600),
            "positions": [
                [rf(c.rng, 22.14, 22.2, 5), rf(c.rng, 113.54, 113.58, 5)] for _ in range(5)
            ],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchface/list?page=1")
    b.decoy("watch faces (not a face)")
    b.ok_json({"faces": [{"name": f, "id": i} for i, f in enumerate(FACES)]})
    return b.build()
