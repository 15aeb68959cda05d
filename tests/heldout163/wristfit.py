"""WristFit: the companion app of a cheap BLE smartwatch bought at Kantamanto.

Binding sends the watch's BLE MAC and the app's own watch UUID; the daily sync
relays the watch's dump as nameless protobuf with the MAC in field 1. Watch
faces (not a face) and heart-rate series are ordinary here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, ms, rid, ua

API = "https://api.wristfit.example"
UA = ua("WristFit", "2.0.87")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "wristfit", method, url)
    b.header("user-agent", UA)
    b.header("phone-id", b.id("aid_watch", where="header phone-id"))
    return b


def bind_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/bind")
    b.json(
        {
            "mac": b.id("watch_mac", where="json mac"),
            "deviceUuid": b.id("watch_uuid", where="json deviceUuid"),
            "deviceName": "KW19 Pro",
            "firmware": "MOY-QXY5-1.7.2",
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def sync_pb(c: Context) -> Flow:
    b = FB(c, "wristfit", "POST", f"{API}/sync/raw")
    b.header("user-agent", UA)
    body = (
        pb_bytes(1, b.id("watch_mac", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(60)))
    )
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/json", b'{"code":0}')
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/health/heart")
    b.decoy("heart-rate series (health data, not the three categories)")
    b.json({"start": ms(c), "intervalSec": 600, "bpm": [c.rng.randint(58, 110) for _ in range(24)]})
    b.ok_json({"code": 0})
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/dial/list?screen=240x240")
    b.decoy("watch faces (dials, not faces)")
    b.ok_json(
        {
            "dials": [
                {
                    "dialId": c.rng.randint(100, 999),
                    "name": n,
                    "preview": f"https://cdn.wristfit.example/d/{rid(c.rng)}.png",
                }
                for n in ("Kente Pattern", "Black Stars", "Minimal")
            ]
        }
    )
    return b.build()
