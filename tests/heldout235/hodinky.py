"""The son's LTE smartwatch (a fictional Orbit W3 with an eSIM) and its
companion app on his Pixel 8 in Prague.

The app pairs the watch by its BLE MAC, serial and IMEI (the eSIM profile
download needs it), sends the MAC in a header on sync, and relays the watch's
raw log dump as protobuf (no field names on the wire). Remote config is keyed
by an MD5 of the ANDROID_ID in a one-letter form field. Steps, heart rate,
sleep, watch faces ("a watch face is not a face") and the raise-to-wake wrist
angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.orbitwear.example"
UA = ua("OrbitWear", "2.6.1", "syn")
FACES = ["Classic", "Sport Pulse", "Minimal Dark", "Modular", "Tatry"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "orbitwear", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("hodinky_install", where="header x-install-id"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/watch/pair")
    b.json(
        {
            "userId": b.acct("hodinky_user"),
            "bleMac": b.id("hodinky_mac", where="json bleMac"),
            "serialNumber": b.id("hodinky_serial", where="json serialNumber"),
            "imei": b.id("hodinky_imei", where="json imei"),
            "phoneAndroidId": b.id("aid_hodinky", where="json phoneAndroidId"),
            "model": "Orbit W3 LTE",
            "firmware": "3.2.118",
        }
    )
    b.ok_json({"code": 0, "paired": True, "esimProfile": "pending"})
    return b.build()


def esim(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/watch/esim/status")
    imei = b.id("hodinky_imei", where="response json device.imei", direction="response")
    b.ok_json({"device": {"imei": imei, "operator": "O2 CZ", "state": "ENABLED"}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/sync/daily")
    b.header("x-watch-mac", b.id("hodinky_mac", "nosep_upper", "header x-watch-mac"))
    b.decoy("heart rate, steps and sleep (health data, not in the three categories)")
    b.json(
        {
            "datum": iso(c)[:10],
            "kroky": c.rng.randint(2000, 18000),
            "tep": [c.rng.randint(55, 140) for _ in range(12)],
            "spanekMin": c.rng.randint(300, 520),
            "kalorie": c.rng.randint(1500, 3200),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/watch/info")
    mac = b.id("hodinky_mac", "lower", "response json data.bleMac", direction="response")
    sn = b.id("hodinky_serial", where="response json data.serialNumber", direction="response")
    b.ok_json(
        {
            "code": 0,
            "data": {"bleMac": mac, "serialNumber": sn, "battery": c.rng.randint(5, 100)},
        }
    )
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/log/upload", install=False)
    b.header("content-type", "application/x-protobuf")
    body = (
        pb_bytes(1, b.id("hodinky_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, -1, 1) for _ in range(6)])
        + pb_bytes(4, "fw=3.2.118")
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = FB(c, "orbitwear", "POST", f"{API}/cfg")
    b.header("user-agent", UA)
    b.form([("a", b.id("aid_hodinky", "md5", "form a", detectable=False)), ("v", "261")])
    b.ok_json({"fw": "3.2.118", "poll": 3600})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/store/watchfaces?lang=sk", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json(
        {
            "faces": [
                {"name": f, "id": i, "downloads": c.rng.randint(100, 90000)}
                for i, f in enumerate(FACES)
            ]
        }
    )
    return b.build()


def wrist(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v3/watch/settings/raise-to-wake", install=False)
    b.decoy("wrist pitch / roll angles (gesture settings)")
    b.json({"enabled": True, "pitch": rf(c.rng, 10, 40, 1), "roll": rf(c.rng, -20, 20, 1)})
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/firmware/latest?model=W3LTE", install=False)
    b.ok_json({"version": "3.2.121", "sha256": rid(c.rng).replace("-", "") * 2, "size": 18432211})
    return b.build()
