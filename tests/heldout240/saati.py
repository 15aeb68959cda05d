"""Saati Connect: the companion app of an LTE smartwatch on the son's Pixel 8 in
Athens (`saati` = watch).

The app binds the watch by its BLE MAC, serial and, for the watch's eSIM, its
IMEI; every sync names the watch's MAC in a header. The watch's raw dump is
relayed as protobuf (serial and IMEI in unnamed fields), and remote config is
keyed by a SHA-256 (first 32 hex) of the phone's ANDROID_ID under a
one-letter form field. Steps, heart rate, sleep, watch faces ("a watch face is
not a face") and raise-to-wake wrist angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.saati-connect.example"
UA = ua("SaatiConnect", "2.4.0", "vazhi")
FACES = ["Tbilisi Classic", "Sport", "Minimal", "Mkhedruli", "Big Digits"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "saati-connect", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("watch_install", where="header x-app-install"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/watch/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "imei": b.id("watch_imei", where="json imei"),
            "phoneAndroidId": b.id("aid_saati", where="json phoneAndroidId"),
            "model": "SW-LTE 4",
            "firmware": "4.2.11",
        }
    )
    b.ok_json({"code": 0, "esim": "active"})
    return b.build()


def watch_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watch/info")
    imei = b.id("watch_imei", where="response json data.imei", direction="response")
    b.ok_json(
        {
            "code": 0,
            "data": {"imei": imei, "battery": c.rng.randint(5, 100), "lastSync": iso(c)},
        }
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sync", install=False)
    b.header("x-watch-mac", b.id("watch_mac", "lower", "header x-watch-mac"))
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
        + pb_bytes(2, b.id("watch_imei", "protobuf", "protobuf field 2", detectable=False))
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
            ("p", "ge.saati.connect"),
            ("h", b.id("aid_saati", "sha256_trunc32", "form h", detectable=False)),
            ("v", "2.4.0"),
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
            "faceColor": c.rng.choice(["#d4af37", "#c8102e", "#ffffff"]),
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
    b = _b(c, "GET", f"{API}/v1/ota/check?model=SW-LTE4&ver=4.2.11", install=False)
    b.decoy("firmware checksum")
    b.ok_json({"latest": "4.2.13", "sha256": rid(c.rng).replace("-", "") * 2, "size": 5120000})
    return b.build()
