"""KinWatch 7: the manager's own smartwatch and its companion app.

The app binds the watch by its BLE MAC and serial, sends the MAC in a header on
every sync, and relays the watch's raw dump as protobuf (field 1 the serial, no
names on the wire). Remote config is keyed by an MD5 of the companion app's
ANDROID_ID under a one-letter form field. Steps, heart rate, sleep, SpO2 and
watch faces ("a watch face is not a face") are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kinwatch.example"
UA = ua("KinWatch", "3.3.5")
FACES = ["Analog Gold", "Muay Thai", "Minimal", "Songkran", "Big Digits"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "kinwatch", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/device/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "deviceMac": b.id("watch_mac", where="json deviceMac"),
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "deviceName": "KinWatch 7",
            "firmware": "2.1.18",
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/data/sync", install=False)
    b.header("x-device-mac", b.id("watch_mac", where="header x-device-mac"))
    b.json(
        {
            "steps": c.rng.randint(2000, 14000),
            "hr": [c.rng.randint(58, 120) for _ in range(12)],
            "spo2": c.rng.randint(94, 99),
            "day": iso(c)[:10],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/device/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    sn = b.id("watch_serial", where="response json data.sn", direction="response")
    b.ok_json({"code": 0, "data": {"mac": mac, "sn": sn, "battery": c.rng.randint(10, 100)}})
    return b.build()


def dump(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/raw", install=False)
    sn = b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, sn)
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(120)))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg", install=False)
    b.form([("h", b.id("aid_watch", "md5", "form h", detectable=False)), ("v", "335")])
    b.ok_json({"ota": False, "interval": 900})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/summary?day=today", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(2000, 14000),
            "sleepMin": c.rng.randint(300, 480),
            "restingHr": c.rng.randint(55, 70),
            "kcal": rf(c.rng, 1200, 2600, 0),
        }
    )
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/watchfaces?page=1", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json({"faces": [{"name": f, "id": c.rng.randint(1000, 9999)} for f in FACES]})
    return b.build()
