"""Relo Fit: the companion app of her own smartwatch (a fictional brand).

The app binds the watch by its BLE MAC and serial, sends the MAC in a header on
every sync, and relays the watch's raw dump as protobuf (no field names on the
wire). Remote config is keyed by an MD5 of the ANDROID_ID under a one-letter
form field. Steps, heart rate, sleep during her night shift, watch faces and
the raise-to-wake wrist angles are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import PB, iso, ms, rf, rid, ua

API = "https://api.relofit.example"
UA = ua("ReloFit", "2.7.1")
FACES = ["Sampaguita", "Jeepney Pop", "Minimal", "Digital Bold", "Night Shift"]


def _b(c: Context, method: str, url: str, install: bool = False) -> PB:
    b = PB(c, "relofit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("relo_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind", install=True)
    b.json(
        {
            "userId": b.acct("relo_user"),
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSn": b.id("watch_serial", where="json watchSn"),
            "phoneAndroidId": b.id("aid_relo", where="json phoneAndroidId"),
            "model": "Relo Active 3",
            "firmware": "3.2.18",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync")
    b.header("x-watch-mac", b.id("watch_mac", "nosep_upper", "header x-watch-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 150) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 120) for _ in range(24)],
            "sleepMin": c.rng.randint(240, 480),
            "startTime": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/info")
    sn = b.id("watch_serial", where="response json data.sn", direction="response")
    b.ok_json({"code": 0, "data": {"sn": sn, "battery": c.rng.randint(5, 100), "at": iso(c)}})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw")
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
    b = _b(c, "POST", f"{API}/c")
    b.form(
        [
            ("p", "com.relofit.app"),
            ("q", b.id("aid_relo", "md5", "form q", detectable=False)),
            ("v", "2.7.1"),
        ]
    )
    b.ok_json({"f": {"spo2": True, "ecg": False}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dial/push")
    b.decoy("watch face (not a face)")
    b.json({"dialId": c.rng.randint(100, 999), "dialName": c.rng.choice(FACES)})
    b.ok_json({"code": 0})
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings/raise-to-wake")
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json({"enabled": True, "pitchDeg": rf(c.rng, 10, 45, 1), "rollDeg": rf(c.rng, -30, 30, 1)})
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/data/day?date=today")
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 14000),
            "kcal": c.rng.randint(100, 900),
            "restingHr": c.rng.randint(52, 75),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ota/check?model=RA3&ver=3.2.18")
    b.ok_json({"latest": "3.2.21", "md5": rid(c.rng).replace("-", ""), "size": 412000})
    return b.build()
