"""NoiseFit-style smartwatch companion ("Ghadyal Fit", a fictional Indian watch
brand) on the son's OnePlus in Mumbai.

The app binds the watch by its BLE MAC and serial, sends the MAC in a header on
every sync and relays the watch's raw dump as protobuf (no field names on the
wire). Steps, heart rate, SpO2, sleep, watch faces ("a watch face is not a
face"), the wrist-raise angles and the firmware check are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, rf, rid, ua

API = "https://api.ghadyalfit.example"
UA = ua("GhadyalFit", "2.6.0", "mulga")


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "ghadyalfit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "model": "GF Pro 5",
            "firmware": "2.1.44",
        }
    )
    b.ok_json({"code": 0, "message": "bound"})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/health/sync", install=False)
    b.header("x-device-mac", b.id("watch_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(500, 15000),
            "heartRate": [c.rng.randint(58, 120) for _ in range(12)],
            "spo2": c.rng.randint(94, 99),
            "sleepMin": c.rng.randint(240, 520),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw", install=False)
    serial = b.id("watch_serial", "protobuf", "protobuf field 1 (unnamed)", detectable=False)
    body = (
        pb_bytes(1, serial)
        + pb_varint(2, c.rng.randint(0, 10**6))
        + pb_bytes(3, c.rng.randbytes(40))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/device/info", install=False)
    mac = b.id("watch_mac", "lower", "response json data.mac", direction="response")
    sn = b.id("watch_serial", where="response json data.sn", direction="response")
    b.ok_json({"code": 0, "data": {"mac": mac, "sn": sn, "battery": c.rng.randint(10, 100)}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/watchfaces?page=1", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json(
        {
            "faces": [
                {
                    "id": c.rng.randint(100, 999),
                    "name": n,
                    "preview": f"https://cdn.ghadyalfit.example/wf/{n}.png",
                }
                for n in ("Ganpati Bappa", "Mumbai Skyline", "Digital Bold", "Analog Classic")
            ]
        }
    )
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/settings/raise-to-wake", install=False)
    b.decoy("wrist raise angles (not a pose of a face)")
    b.json({"enabled": True, "pitchDeg": rf(c.rng, 20, 45, 1), "rollDeg": rf(c.rng, -15, 15, 1)})
    b.ok_json({"code": 0})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/firmware/latest?model=GF-Pro-5", install=False)
    b.ok_json({"version": "2.1.46", "size": 1834112, "md5": rid(c.rng).replace("-", "")})
    return b.build()
