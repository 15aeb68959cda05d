"""Adugu Band: the companion app of a cheap fitness band (`adugu` = step) on the
son's Pixel 8 in Dallas.

Pairing sends the band's BLE address and serial with the phone's ANDROID_ID;
each upload names the band's serial in a header; the status answer echoes the
BLE address. The firmware check carries the bare MAC in a one-letter query
field, the band's raw dump goes as protobuf with no names, and remote config
is keyed by an MD5 of the ANDROID_ID. Steps, heart rate, SpO2, sleep, workout
durations, watch faces ("a watch face is not a face") and the raise-to-wake
wrist position are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import TB, bearer, iso, ms, rf, ua

API = "https://api.aduguband.example"
UA = ua("AduguBand", "2.6.1", "abbai")
DIALS = ["Classic Gold", "Orange Army", "Minimal Dark", "Telugu Numerals", "Pixel Runner"]


def _b(c: Context, method: str, url: str, install: bool = False) -> TB:
    b = TB(c, "aduguband", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c))
    if install:
        b.header("x-install-id", b.id("band_install", where="header x-install-id"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/band/jatha", install=True)
    b.json(
        {
            "userId": b.acct("band_user"),
            "bleAddress": b.id("band_mac", where="json bleAddress"),
            "serialNumber": b.id("band_serial", where="json serialNumber"),
            "phoneAndroidId": b.id("aid_band", where="json phoneAndroidId"),
            "name": "Adugu Band 3",
            "fw": "3.0.41",
        }
    )
    b.ok_json({"code": 0, "paired": True})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/band/status", install=True)
    addr = b.id("band_mac", "lower", "response json bleAddr", direction="response")
    b.ok_json(
        {
            "bleAddr": addr,
            "battery": c.rng.randint(5, 100),
            "fw": "3.0.41",
            "lastSync": iso(c),
        }
    )
    return b.build()


def upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/data/upload")
    b.header("x-band-sn", b.id("band_serial", where="header x-band-sn"))
    b.json(
        {
            "steps": [c.rng.randint(0, 200) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 140) for _ in range(24)],
            "spo2": [c.rng.randint(93, 99) for _ in range(6)],
            "sleepMin": c.rng.randint(300, 540),
            "from": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def ota_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ota")
    b.param("m", b.id("band_mac", "nosep_upper", "query m", detectable=False))
    b.param("v", "3.0.41")
    b.ok_json({"latest": "3.0.44", "url": "https://cdn.aduguband.example/fw/3.0.44.bin"})
    return b.build()


def dump_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/raw")
    body = (
        pb_bytes(1, b.id("band_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, -2, 2) for _ in range(24)])
        + pb_varint(4, c.rng.randint(0, 100))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg")
    b.form(
        [
            ("a", "com.aduguband.app"),
            ("d", b.id("aid_band", "md5", "form d", detectable=False)),
            ("v", "2.6.1"),
        ]
    )
    b.ok_json({"f": {"ecg": False, "weather": True}})
    return b.build()


def dial_push(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dial/push")
    b.decoy("watch face / dial (not a face)")
    b.json({"dialId": c.rng.randint(100, 999), "faceName": c.rng.choice(DIALS)})
    b.ok_json({"code": 0})
    return b.build()


def raise_to_wake(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/settings/wrist")
    b.decoy("wrist position / angles (not a head pose)")
    b.json(
        {
            "raiseToWake": True,
            "wristPosition": c.rng.choice(["left", "right"]),
            "pitch": rf(c.rng, 10, 45, 1),
            "roll": rf(c.rng, -30, 30, 1),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/workout")
    b.decoy("workout duration and heart-rate zones")
    b.json(
        {
            "type": c.rng.choice(["walk", "run", "cricket", "yoga"]),
            "durationSec": c.rng.randint(600, 5400),
            "zones": [c.rng.randint(0, 900) for _ in range(5)],
            "start": iso(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/data/day?d=today")
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 16000),
            "miles": rf(c.rng, 0.5, 8, 2),
            "kcal": c.rng.randint(100, 900),
        }
    )
    return b.build()
