"""VelaFit: the companion app of the son's smartwatch (a fictional Vela S3) on
his Pixel 8 in Madrid.

Binding sends the watch's BLE MAC and serial with the app's ANDROID_ID; data
syncs carry the MAC (bare, upper case) in `x-watch-mac` and the app's install
id in `x-install-id`; the newest sync build instead puts the serial base64 in a
header called `x-t`, and the feature-flag call keys on an MD5 of the
ANDROID_ID. Heart rate, SpO2, steps, sleep, watch faces ("циферблат": a watch
face is not a face) and the wrist-raise gesture angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.velafit.example"
UA = ua("VelaFit", "2.6.0", "sin")
CIFERBLATI = ["Класически", "Спорт", "Минимал", "Мадрид нощ", "Розова долина"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "velafit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind", install=True)
    b.json(
        {
            "userId": b.acct("watch_user"),
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "phoneAndroidId": b.id("aid_chas", where="json phoneAndroidId"),
            "model": "Vela S3",
            "fw": "3.2.14",
        }
    )
    b.ok_json({"code": 0, "bound": True})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/info", install=True)
    mac = b.id("watch_mac", where="response json data.bleMac", direction="response")
    sn = b.id("watch_serial", where="response json data.serialNo", direction="response")
    b.ok_json(
        {"code": 0, "data": {"bleMac": mac, "serialNo": sn, "battery": c.rng.randint(10, 100)}}
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync", install=True)
    b.header("x-watch-mac", b.id("watch_mac", "nosep_upper", "header x-watch-mac"))
    b.decoy("heart rate, SpO2, steps (health data, not face / voice / fingerprint)")
    b.json(
        {
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "heartRate": [c.rng.randint(52, 140) for _ in range(24)],
            "spo2": [c.rng.randint(94, 99) for _ in range(6)],
            "sleepMin": c.rng.randint(300, 540),
            "from": ms(c) - 86400000,
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/d")
    b.header("x-t", b.id("watch_serial", "b64", "header x-t", detectable=False))
    b.json({"s": [c.rng.randint(0, 900) for _ in range(12)], "t": ms(c)}, "gzip")
    b.ok_json({"c": 0})
    return b.build()


def flags_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/f")
    b.param("u", b.id("aid_chas", "md5", "query u", detectable=False))
    b.param("v", "260")
    b.ok_json({"f": {"gps": True, "nfcPay": False, "music": True}})
    return b.build()


def ciferblat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watchface/install")
    b.decoy("watch face (циферблат) install: not a face")
    b.json(
        {
            "faceId": c.rng.randint(1000, 9999),
            "faceName": c.rng.choice(CIFERBLATI),
            "faceColor": c.rng.choice(["#00966E", "#D62612", "#FFFFFF"]),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def gesture(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings/raise-to-wake")
    b.decoy("wrist raise angles (pitch / roll; not a head pose)")
    b.json({"enabled": True, "pitchDeg": rf(c.rng, 10, 45, 1), "rollDeg": rf(c.rng, -30, 30, 1)})
    b.ok_json({"code": 0})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/data/day?date={iso(c)[:10]}")
    b.ok_json(
        {
            "steps": c.rng.randint(2000, 18000),
            "km": rf(c.rng, 1, 14, 2),
            "kcal": c.rng.randint(150, 900),
            "restingHr": c.rng.randint(50, 70),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ota/check?model=S3&ver=3.2.14")
    b.ok_json({"latest": "3.2.16", "md5": rid(c.rng).replace("-", ""), "size": 2410000})
    return b.build()
