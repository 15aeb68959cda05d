"""GharhiFit: the companion app of the son's smartwatch (an Indian-brand,
BLE-paired watch) on his Pixel 8 in Brampton.

The app binds the watch by its BLE MAC and serial, sends the MAC in a header
on every sync, and relays the watch's raw log dump as protobuf (no field names
on the wire). Remote config is keyed by an MD5 of the app's ANDROID_ID under a
one-letter form field. Steps, heart rate, SpO2, sleep, watch faces ("a watch
face is not a face") and the raise-to-wake wrist angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gharhifit.example"
UA = ua("GharhiFit", "2.6.4", "puttar")


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "gharhifit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-app-install", b.id("watch_install", where="header x-app-install"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind", install=False)
    b.json(
        {
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "phoneAndroidId": b.id("aid_watch", where="json phoneAndroidId"),
            "appInstallId": b.id("watch_install", where="json appInstallId"),
            "model": "GF Pro 2",
            "fw": "2.0.118",
        }
    )
    b.ok_json({"bound": True, "user": b.acct("watch_user")})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/info")
    mac = b.id("watch_mac", "nosep", "response json device.mac", direction="response")
    b.ok_json({"device": {"mac": mac, "model": "GF Pro 2", "battery": c.rng.randint(10, 100)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/health/sync")
    b.header("x-watch-mac", b.id("watch_mac", "nosep_upper", "header x-watch-mac"))
    b.json(
        {
            "steps": c.rng.randint(200, 14000),
            "heartRate": [c.rng.randint(58, 120) for _ in range(12)],
            "spo2": c.rng.randint(94, 99),
            "from": iso(c),
        }
    )
    b.ok_json({"synced": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/log/raw", install=False)
    body = (
        pb_bytes(1, b.id("watch_mac", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_serial", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = FB(c, "gharhifit", "POST", f"{API}/v2/cfg")
    b.header("user-agent", UA)
    b.form([("q", b.id("aid_watch", "md5", "form q", detectable=False)), ("v", "264")])
    b.ok_json({"hrInterval": 10, "dnd": False})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/watchfaces?page=1", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json(
        {
            "faces": [
                {"id": f"wf_{c.rng.randint(100, 999)}", "name": n, "preview": f"{n}.png"}
                for n in ("Khanda Gold", "Phulkari", "Digital Neon")
            ]
        }
    )
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/settings/raise-to-wake", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json({"pitch": rf(c.rng, -40, 40, 1), "roll": rf(c.rng, -40, 40, 1), "on": True})
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/latest?model=GF+Pro+2", install=False)
    b.decoy("firmware hash")
    b.ok_json({"latest": "2.0.121", "md5": rid(c.rng).replace("-", ""), "size": 412000})
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/health/sleep?date={iso(c)[:10]}", install=False)
    b.ok_json({"deep": c.rng.randint(40, 120), "light": c.rng.randint(120, 300), "awake": 12})
    return b.build()
