"""Nadige: a fitness band and its companion app on the son's Pixel 8 in Singapore.

Binding sends the band's BLE MAC and serial with the phone's ANDROID_ID; every
sync names the band by its MAC in `x-band-mac`; the device page returns the
MAC back. The band's raw activity dump is relayed as protobuf (serial and MAC
as bare strings), and the firmware-channel lookup keys on a SHA-1 of the
serial under `s`. Steps, heart rate, sleep, watch faces ("a watch face is not
a face") and the raise-to-wake wrist angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.nadigeband.example"
UA = ua("Nadige", "2.6.1", "maga")
FACES = ["Mysuru Gold", "Kambala Red", "Minimal", "Gandaberunda", "Digital Big"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "nadige", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("band_install", where="header x-app-install"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/band/bind", install=True)
    b.json(
        {
            "userId": b.acct("band_user"),
            "bleMac": b.id("band_mac", where="json bleMac"),
            "serialNumber": b.id("band_serial", where="json serialNumber"),
            "phoneAndroidId": b.id("aid_nadige", where="json phoneAndroidId"),
            "model": "Nadige Band 3",
            "firmware": "3.0.12",
        }
    )
    b.ok_json({"code": 0, "bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync")
    b.header("x-band-mac", b.id("band_mac", "nosep_upper", "header x-band-mac"))
    b.json(
        {
            "steps": [c.rng.randint(0, 180) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 140) for _ in range(24)],
            "spo2": c.rng.randint(94, 99),
            "sleepMin": c.rng.randint(300, 520),
            "start": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def device_page(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/band/info", install=True)
    mac = b.id("band_mac", "nosep", "response json band.mac", direction="response")
    b.ok_json(
        {"code": 0, "band": {"mac": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)}}
    )
    return b.build()


def raw_dump(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw")
    body = (
        pb_bytes(1, b.id("band_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("band_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(5, [rf(c.rng, 0, 3) for _ in range(24)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def fw_channel(c: Context) -> Flow:
    b = FB(c, "nadige", "GET", f"{API}/fw/ch")
    b.header("user-agent", UA)
    b.param("m", "NB3")
    b.param("s", b.id("band_serial", "sha1", "query s", detectable=False))
    b.ok_json({"ch": "stable", "v": "3.0.14"})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dial/push")
    b.decoy("watch face (not a face)")
    b.json(
        {"dialId": c.rng.randint(100, 999), "dialName": c.rng.choice(FACES), "faceColor": "#d4af37"}
    )
    b.ok_json({"code": 0})
    return b.build()


def raise_to_wake(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings/raise-to-wake")
    b.decoy("wrist pitch / roll / yaw angles (not a head pose)")
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
    b = _b(c, "GET", f"{API}/v2/data/day?date=today")
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 16000),
            "km": rf(c.rng, 0.5, 12, 2),
            "kcal": c.rng.randint(100, 900),
            "restingHr": c.rng.randint(50, 72),
        }
    )
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/data/sleep?date=today")
    b.ok_json(
        {
            "deep": c.rng.randint(40, 120),
            "light": c.rng.randint(150, 300),
            "rem": c.rng.randint(40, 100),
        }
    )
    return b.build()
