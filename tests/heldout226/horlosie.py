"""PulseBand: the companion app of her smartwatch (personal profile).

Pairing binds the watch by its BLE MAC and serial and the phone's ANDROID_ID;
each sync names the watch's MAC in a header; the raw dump the watch hands the
app is relayed as protobuf (serial and MAC in numbered fields, no names:
opaque); `device/info` echoes the MAC without separators in the response.
Steps, heart rate, sleep, watch faces ("a watch face is not a face") and the
raise-to-wake wrist angles are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.pulseband.example"
UA = ua("PulseBand", "3.7.5")


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "pulseband", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("watch_install", where="header x-app-install"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watch/pair")
    b.json(
        {
            "user": b.acct("watch_user"),
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "model": "PulseBand GT 6",
            "firmware": "2.4.18",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/watch/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json(
        {"code": 0, "data": {"mac": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)}}
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync", install=False)
    b.header("x-watch-mac", b.id("watch_mac", "nosep_upper", "header x-watch-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 200) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 140) for _ in range(24)],
            "sleepMin": c.rng.randint(240, 500),
            "start": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/r", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/data/day?date=today", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 16000),
            "km": rf(c.rng, 0.5, 12, 2),
            "restingHr": c.rng.randint(50, 72),
        }
    )
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/faces/install", install=False)
    b.decoy("watch face (not a face)")
    b.json(
        {
            "faceId": c.rng.randint(100, 999),
            "name": c.rng.choice(["Protea", "Sport", "Minimal", "Jozi Night"]),
            "color": "#007749",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings/raise-to-wake", install=False)
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
