"""A smartwatch paired with the daughter's Pixel 8 in Toronto (a fictional
"GW5" watch and its companion app, Persian UI).

The companion app binds the watch by its BLE MAC and serial, sends the install
id in a header on every call, reports the watch's state with its MAC (no
separators) and relays the watch's raw log dump as protobuf (the serial in an
unnamed field). Steps, heart rate, sleep stages, watch faces ("a watch face is
not a face"), the wrist-raise angles and the prayer-time reminders are
ordinary data here: none is one of the three categories.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gw-saat.example"
UA = ua("GWSaat", "3.0.5", "dokhtar")
FACES = ["Tehran Classic", "Sport", "Minimal", "Nowruz", "Digital XL"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "gwsaat", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("saat_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "userId": b.acct("saat_user"),
            "bleMac": b.id("saat_mac", where="json bleMac"),
            "serialNo": b.id("saat_serial", where="json serialNo"),
            "phoneAndroidId": b.id("aid_saat", where="json phoneAndroidId"),
            "deviceName": "GW5 Pro",
            "firmware": "2.1.14",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def device_state(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/state")
    b.json(
        {
            "mac": b.id("saat_mac", "nosep", "json mac"),
            "battery": c.rng.randint(5, 100),
            "connected": True,
            "t": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/log/raw")
    sn = b.id("saat_serial", "protobuf", "protobuf field 1", detectable=False)
    body = pb_bytes(1, sn) + pb_varint(2, ms(c))
    body += pb_packed_floats(3, [rf(c.rng, 0, 4, 2) for _ in range(16)])
    b.set_body(body, "application/octet-stream")
    b.ok_json({"code": 0})
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/sync")
    b.decoy("heart rate and sleep (health data, none of the three categories)")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(1000, 15000),
            "heartRate": [c.rng.randint(55, 120) for _ in range(12)],
            "sleep": {"deep": c.rng.randint(40, 120), "light": c.rng.randint(120, 300)},
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchface/list?lang=fa", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json({"faces": [{"name": f, "id": i} for i, f in enumerate(FACES)]})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/settings/wrist", install=False)
    b.decoy("wrist-raise pitch / roll angles (not a head pose)")
    b.json({"raiseToWake": True, "pitch": rf(c.rng, 20, 40, 1), "roll": rf(c.rng, -10, 10, 1)})
    b.ok_json({"code": 0})
    return b.build()


def azan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/oghat-sharei?city=Toronto", install=False)
    b.ok_json({"sobh": "06:12", "zohr": "12:05", "maghreb": "16:58"})
    return b.build()
