"""HimalFit: the companion app of an LTE smartwatch (its own eSIM) on the father's
Galaxy A34 in Doha.

The app binds the watch by its Bluetooth MAC, serial and the watch's IMEI (the
eSIM activation needs it), sends an install id in a header on every call, and
relays the watch's raw dump as protobuf (no field names on the wire, the serial
in field 1). Remote config carries the watch's MAC base64-encoded under a
one-letter form field. Steps, heart rate, sleep, prayer-time and Dashain
countdown watch faces ("a watch face is not a face"), the wrist-raise angles and
the firmware check (a commit hash) are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.himalfit.example"
UA = ua("HimalFit", "2.3.5", "buwa")
FACES = ["Everest Classic", "Dashain Countdown", "Minimal", "Sport Pro", "Nepali Patro"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "himalfit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("ghadi_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v3/device/bind")
    b.json(
        {
            "userId": b.acct("ghadi_user"),
            "btMac": b.id("watch_mac", where="json btMac"),
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "watchImei": b.id("watch_imei", where="json watchImei"),
            "phoneAndroidId": b.id("aid_ghadi", where="json phoneAndroidId"),
            "model": "HF-W7 LTE",
            "firmware": "2.1.14",
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def esim_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v3/esim/status")
    imei = b.id("watch_imei", where="response json imei", direction="response")
    b.ok_json({"imei": imei, "operator": "Ooredoo QA", "profile": "ACTIVE", "plan": "WearShare"})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v3/device/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json({"code": 0, "data": {"mac": mac, "battery": c.rng.randint(5, 100), "sync": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v3/health/sync")
    b.header("x-watch-mac", b.id("watch_mac", where="header x-watch-mac"))
    b.json(
        {
            "steps": c.rng.randint(500, 15000),
            "heartRate": [c.rng.randint(55, 120) for _ in range(12)],
            "sleepMin": c.rng.randint(240, 540),
            "spo2": c.rng.randint(94, 99),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v3/raw", install=False)
    serial = b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, serial)
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, 0, 2) for _ in range(8)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form([("d", b.id("watch_mac", "b64", "form d", detectable=False)), ("v", "2.3.5")])
    b.ok_json({"cfg": {"hrInterval": 10, "aod": False}})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v3/health/daily?date={iso(c)[:10]}", install=False)
    b.decoy("step / heart-rate summary (health, not a device id)")
    b.ok_json({"steps": c.rng.randint(2000, 15000), "restingHr": c.rng.randint(55, 75)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v3/watchface/list?lang=ne", install=False)
    b.decoy("watch faces ('a watch face is not a face')")
    b.ok_json(
        {
            "faces": [
                {"id": i, "name": f, "preview": f"https://cdn.himalfit.example/wf/{i}.png"}
                for i, f in enumerate(FACES)
            ]
        }
    )
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v3/settings/raise-to-wake", install=False)
    b.decoy("wrist pitch / roll thresholds (not a pose of the person)")
    b.json({"enabled": True, "pitchDeg": c.rng.randint(20, 45), "rollDeg": c.rng.randint(10, 30)})
    b.ok_json({"code": 0})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v3/firmware/latest?model=HF-W7", install=False)
    b.decoy("firmware build commit hash")
    b.ok_json({"version": "2.1.15", "commit": new_hex(c.rng, 40), "size": 18432011})
    return b.build()
