"""Otkucaj Wear: the companion app of a smartwatch (an Amazfit / Zepp-class watch)
on the son's Pixel 8 in Vienna.

The app binds the watch by its Bluetooth MAC and serial, sends the serial in a
header on every sync, and relays the watch's raw activity dump as protobuf (no
field names on the wire). Feature flags are fetched with an MD5 of the app's
ANDROID_ID (upper-case hex) under a one-letter form field. Steps, heart rate,
SpO2, sleep, a run's GPS track (positions), the watch-face store (a `faceId`
is a dial) and a diagnostic log quoting the phone's Build.FINGERPRINT are
ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.otkucaj-wear.example"
UA = ua("OtkucajWear", "2.6.0", "sin")
DIALS = ["Klasik", "Sport Crveni", "Minimal", "Dunav", "Prater"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "otkucaj", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("sat_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/watch/bind")
    b.json(
        {
            "userId": b.acct("sat_user"),
            "watchMac": b.id("sat_mac", where="json watchMac"),
            "watchSn": b.id("sat_serial", where="json watchSn"),
            "phoneAndroidId": b.id("aid_sat", where="json phoneAndroidId"),
            "model": "OTK-W3",
            "firmware": "3.18.4",
        }
    )
    b.ok_json({"code": 0, "bound": True})
    return b.build()


def watch_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watch/info")
    mac = b.id("sat_mac", "upper", "response json watch.mac", direction="response")
    b.ok_json({"watch": {"mac": mac, "battery": c.rng.randint(5, 100), "lastSync": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/data/sync", install=False)
    b.header("x-watch-sn", b.id("sat_serial", where="header x-watch-sn"))
    b.json(
        {
            "steps": [c.rng.randint(0, 180) for _ in range(24)],
            "heartRate": [c.rng.randint(52, 140) for _ in range(24)],
            "spo2": c.rng.randint(94, 99),
            "sleepMin": c.rng.randint(300, 540),
            "from": ms(c),
        },
        "gzip",
    )
    b.decoy("heart rate / SpO2 (health data, not face, voice or fingerprint)")
    b.ok_json({"code": 0})
    return b.build()


def raw_dump(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/r", install=False)
    body = (
        pb_bytes(1, b.id("sat_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("sat_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 3) for _ in range(20)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def flags_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/f", install=False)
    b.form(
        [
            ("a", "rs.otkucaj.wear"),
            ("b", b.id("aid_sat", "md5_upper", "form b", detectable=False)),
            ("c", "2.6.0"),
        ]
    )
    b.ok_json({"f": {"ecg": False, "nfc": True, "wienerLinien": True}})
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/workout", install=False)
    b.decoy("run GPS track (positions) and duration")
    lat, lon = 48.2167, 16.3959
    b.json(
        {
            "type": "run",
            "duration": c.rng.randint(1200, 4000),
            "track": [
                {
                    "lat": round(lat + i * 0.0007, 6),
                    "lon": round(lon + i * 0.0005, 6),
                    "t": ms(c) + i * 5000,
                }
                for i in range(8)
            ],
        }
    )
    b.ok_json({"code": 0, "id": c.rng.randint(10**6, 10**7)})
    return b.build()


def dials(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/dials?page=1", install=False)
    b.decoy("watch faces (faceId is a dial, not a face)")
    b.ok_json(
        {
            "dials": [
                {
                    "faceId": c.rng.randint(1000, 9999),
                    "name": n,
                    "preview": f"https://img.otkucaj-wear.example/d/{n}.png",
                }
                for n in DIALS
            ]
        }
    )
    return b.build()


def diag_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/diag", install=False)
    b.decoy("Build.FINGERPRINT string in a diagnostic log (not a fingerprint)")
    b.json(
        {
            "level": "warn",
            "msg": "BLE reconnect after GATT 133",
            "phone": {
                "fingerprint": "google/shiba/shiba:14/AP2A.240905.003/12231197:user/release-keys",
                "sdk": 34,
            },
            "t": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/data/day?date=today", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(1000, 18000),
            "kcal": c.rng.randint(100, 900),
            "restingHr": c.rng.randint(50, 70),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota?model=OTK-W3&ver=3.18.4", install=False)
    b.ok_json({"latest": "3.18.6", "md5": rid(c.rng).replace("-", ""), "size": 9120000})
    return b.build()
