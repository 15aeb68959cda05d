"""Krokomir: the companion app of a fitness tracker (a cheap band) on the
mother's Pixel 8 in Lviv.

The app binds the band by its BLE MAC and serial with its own ANDROID_ID, sends
the MAC in a header on every sync, and relays the band's raw dump as protobuf
(no field names on the wire). Steps, heart rate, sleep, the watch faces and the
wrist-raise angles are ordinary here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.krokomir.example"
UA = ua("Krokomir", "2.4.1", "mama")
FACES = ["Вишиванка", "Sport", "Minimal", "Великі цифри"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "krokomir", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("fit_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prystrii/pryviazaty")
    b.json(
        {
            "userId": b.acct("fit_user"),
            "bleMac": b.id("fit_mac", where="json bleMac"),
            "serialNumber": b.id("fit_serial", where="json serialNumber"),
            "androidId": b.id("aid_fit", where="json androidId"),
            "nazva": "Krokomir Band 3",
            "proshyvka": "3.1.12",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/prystrii/info")
    mac = b.id("fit_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json({"code": 0, "data": {"mac": mac, "batareia": c.rng.randint(5, 100), "sync": iso(c)}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dani/synkhronizatsiia", install=False)
    b.header("x-band-mac", b.id("fit_mac", "nosep_upper", "header x-band-mac"))
    b.json(
        {
            "kroky": [c.rng.randint(0, 150) for _ in range(24)],
            "puls": [c.rng.randint(55, 130) for _ in range(24)],
            "sonKhv": c.rng.randint(300, 540),
            "pochatok": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/raw", install=False)
    body = (
        pb_bytes(1, b.id("fit_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c) // 1000)
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(64)))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dani/den?data={iso(c)[:10]}", install=False)
    b.ok_json({"kroky": c.rng.randint(2000, 15000), "kkal": c.rng.randint(1200, 2600)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tsyferblaty?storinka=1", install=False)
    b.decoy("watch faces (a watch face is not a face)")
    b.ok_json({"tsyferblaty": [{"id": i, "nazva": f} for i, f in enumerate(FACES)]})
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/nalashtuvannia/zapiastia")
    b.decoy("wrist-raise pitch / roll thresholds (not a head pose)")
    b.json({"pidniattiaZapiastia": True, "pitch": 35, "roll": 20, "ruka": "liva"})
    b.ok_json({"code": 0})
    return b.build()
