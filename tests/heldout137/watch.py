"""The smartwatch's companion (Huawei Health style): the watch's Bluetooth MAC
and serial on pairing and sync, heart-rate and sleep series (ordinary), watch
faces (not faces). The watch's raw dump is relayed as protobuf.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, ua

API = "https://health.wearlink.example"
UA = ua("WearLink", "14.0.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "wearlink", method, url)
    b.header("user-agent", UA)
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/bind")
    b.json(
        {
            "btMac": b.id("watch_mac", where="json btMac"),
            "sn": b.id("watch_serial", where="json sn"),
            "productType": "WATCH GT 4",
            "bindTime": iso(c),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/heart")
    b.header("x-device-sn", b.id("watch_serial", where="header x-device-sn"))
    b.json({"hr": [c.rng.randint(60, 110) for _ in range(30)], "start": ms(c)}, "gzip")
    b.ok_json({"ok": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/raw")
    body = pb_bytes(1, b.id("watch_mac", "protobuf", "protobuf field 1", detectable=False))
    body += pb_varint(2, ms(c)) + pb_packed_floats(3, [rf(c.rng, 0, 3) for _ in range(16)])
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sleep?date=today")
    b.ok_json(
        {
            "deep": c.rng.randint(40, 120),
            "light": c.rng.randint(150, 300),
            "score": c.rng.randint(60, 95),
        }
    )
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/themes/faces?lang=ar")
    b.decoy("watch faces catalogue (not a face)")
    b.ok_json({"faces": [{"id": i, "name": n} for i, n in enumerate(["هلال", "Classic", "رمضان"])]})
    return b.build()
