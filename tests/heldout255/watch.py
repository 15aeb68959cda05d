"""GoWatch: the companion app of a cheap smartwatch (a GW-series clone) on the
son's Galaxy A15 in Gaborone.

The app binds the watch by its BLE MAC and serial (query parameters, as many
such apps send them), reports the install id on health uploads, checks OTA
firmware by MAC, and relays the watch's raw BLE dump as a base64 TLV blob in
which the serial sits unnamed. Remote config is keyed by an upper-case SHA-1
of the ANDROID_ID under `t`. Steps, heart rate, SpO2 and sleep (health data,
not face / voice / fingerprint), watch faces ("a watch face is not a face"),
the weather pushed to the watch and the wrist-raise angles are ordinary here.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, new_hex, rf, ua

API = "https://api.gowatch.example"
UA = ua("GoWatch", "2.6.3", "morwa")
DIALS = ["Zebra Stripes", "Digital Blue", "Analog Classic", "Kalahari Sunset"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gowatch", method, url)
    b.header("user-agent", UA)
    b.header("token", new_hex(c.rng, 32))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.param("mac", b.id("watch_mac", where="query mac"))
    b.param("sn", b.id("watch_serial", where="query sn"))
    b.param("model", "GW33")
    b.json(
        {
            "uid": b.acct("watch_user"),
            "phoneId": b.id("aid_watch", where="json phoneId"),
            "fw": "GW33_V2.1.08",
        }
    )
    b.ok_json({"code": 200, "msg": "ok"})
    return b.build()


def health_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/upload")
    b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    b.decoy("heart rate / SpO2 / steps (health data, not biometric identifiers)")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "heartRate": [c.rng.randint(56, 140) for _ in range(24)],
            "spo2": [c.rng.randint(94, 99) for _ in range(6)],
            "sleepMinutes": c.rng.randint(300, 560),
        },
        "gzip",
    )
    b.ok_json({"code": 200})
    return b.build()


def ota(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota/check")
    b.param("mac", b.id("watch_mac", "lower", "query mac"))
    b.param("ver", "GW33_V2.1.08")
    b.ok_json({"code": 200, "data": {"latest": "GW33_V2.1.10", "md5": new_hex(c.rng, 32)}})
    b.decoy("firmware md5")
    return b.build()


def ble_dump(c: Context) -> Flow:
    """The watch's raw dump relayed as a TLV blob (base64): the serial at offset 4, unnamed."""
    b = _b(c, "POST", f"{API}/v2/raw")
    serial = b.id_raw("watch_serial", "tlv_b64", "json d (base64 TLV, unnamed)")
    blob = (
        bytes([0xA5, 0x5A, 0x01, len(serial)])
        + serial.encode()
        + bytes([0x02, 0x08])
        + ms(c).to_bytes(8, "big")
        + bytes(c.rng.getrandbits(8) for _ in range(40))
    )
    b.json({"d": base64.b64encode(blob).decode(), "n": 1})
    b.ok_json({"code": 200})
    return b.build()


def config_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("t", b.id("aid_watch", "sha1_upper", "query t", detectable=False))
    b.param("app", "2.6.3")
    b.ok_json({"code": 200, "data": {"weather": True, "ecg": False}})
    return b.build()


def dials(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dial/market?page=1")
    b.decoy("watch face market (not a face)")
    b.ok_json(
        {
            "dials": [
                {"id": c.rng.randint(1000, 9999), "name": n, "faceType": "round", "price": 0}
                for n in DIALS
            ]
        }
    )
    return b.build()


def weather_push(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/weather?lat=-24.65&lon=25.91")
    b.decoy("weather for the watch (location, not identity)")
    b.ok_json(
        {
            "city": "Gaborone",
            "temp": rf(c.rng, 14, 36, 1),
            "hourly": [c.rng.randint(14, 36) for _ in range(12)],
        }
    )
    return b.build()


def wrist_raise(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/settings/wrist")
    b.decoy("wrist-raise pitch / roll angles (not a head pose)")
    b.json({"enabled": True, "pitch": rf(c.rng, 15, 45, 1), "roll": rf(c.rng, -25, 25, 1)})
    b.ok_json({"code": 200})
    return b.build()


def sleep_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sleep/day?date=today")
    b.ok_json(
        {
            "deep": c.rng.randint(60, 160),
            "light": c.rng.randint(150, 300),
            "awake": c.rng.randint(5, 40),
        }
    )
    return b.build()
