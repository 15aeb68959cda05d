"""Seat Wear: the companion app of an LTE smartwatch (a fictional brand, eSIM,
so the watch has its own IMEI) on the daughter's Pixel 8 in Washington DC.

The app binds the watch by BLE MAC, serial and IMEI (for the eSIM carrier
activation), sends the serial in a header on every sync and relays the watch's
raw dump as protobuf (no field names). Remote config is keyed by a SHA-1 of
the ANDROID_ID under a one-letter form field. Steps, heart rate, sleep, watch
faces, the carrier's ICCID order reference and the raise-to-wake wrist angles
are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.seatwear.example"
UA = ua("SeatWear", "2.2.5", "ehit")
FACES = ["Ge'ez Numerals", "Meskel Gold", "Minimal", "Sport", "Adey Abeba"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "seatwear", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("seat_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watch/bind")
    b.json(
        {
            "userId": b.acct("seat_user"),
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "watchImei": b.id("watch_imei", where="json watchImei"),
            "phoneAndroidId": b.id("aid_seat", where="json phoneAndroidId"),
            "model": "SW-R9 LTE",
            "firmware": "R9.4.12",
        }
    )
    b.ok_json({"code": 0, "esim": "pending"})
    return b.build()


def esim_activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/esim/activate")
    b.json({"imei": b.id("watch_imei", where="json imei"), "carrier": "T-Mobile US", "t": ms(c)})
    b.decoy("carrier order reference")
    b.ok_json({"orderRef": "ORD-" + str(c.rng.randint(10**7, 10**8)), "status": "ACTIVE"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/watch/info")
    mac = b.id("watch_mac", "nosep", "response json data.bleMac", direction="response")
    b.ok_json({"code": 0, "data": {"bleMac": mac, "battery": c.rng.randint(5, 100), "at": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/health/sync", install=False)
    b.header("x-watch-sn", b.id("watch_serial", where="header x-watch-sn"))
    b.decoy("heart-rate and steps samples (health data, not a category here)")
    b.json(
        {
            "steps": [c.rng.randint(0, 150) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 130) for _ in range(24)],
            "spo2": c.rng.randint(94, 99),
            "sleepMin": c.rng.randint(300, 540),
            "start": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(64)))
    )
    b.set_body(body, "application/x-protobuf")
    b.ok_json({"code": 0})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg", install=False)
    b.form([("a", b.id("aid_seat", "sha1", "form a", detectable=False)), ("v", "225")])
    b.ok_json({"f": {"spo2": True}})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/health/daily?date={iso(c)[:10]}", install=False)
    b.ok_json({"steps": c.rng.randint(2000, 14000), "kcal": c.rng.randint(1200, 2600)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/faces?page=1", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json({"faces": [{"name": f, "size": c.rng.randint(100, 900)} for f in FACES]})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watch/settings", install=False)
    b.decoy("raise-to-wake wrist pitch / roll (not a face pose)")
    b.json({"raiseToWake": True, "pitch": rf(c.rng, -40, 40, 1), "roll": rf(c.rng, -30, 30, 1)})
    b.ok_json({"code": 0})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/latest?model=SW-R9", install=False)
    b.ok_json({"version": "R9.4.12", "url": "https://dl.seatwear.example/fw/r9412.bin"})
    return b.build()
