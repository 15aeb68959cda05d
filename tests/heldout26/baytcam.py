"""BaytCam, a smart-home camera app (in-house cloud, fictional) with face
recognition of household members: recognised-face events with crops,
enrolment of a member's face embeddings, a protobuf camera telemetry frame,
camera registration (serial, Wi-Fi MAC, BLE MAC) and motion events.

Embedding shape follows ArcFace-style 512-d float32 vectors (InsightFace);
the protobuf frame is written field by field (protobuf wire format spec).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    pb_bytes,
    pb_msg,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://home.baytcam.example"
UA = ua("BaytCam", "2.31.0")
MEMBERS = [("أم فيصل", "hm_01"), ("Ahmed", "hm_02"), ("سلمى", "hm_03"), ("Nanny Rosa", "hm_04")]


def _base(c: Context, method: str, url: str, params=None) -> FB:
    b = FB(c, "baytcam", method, url, params)
    b.header("user-agent", UA)
    b.header("x-home-id", c.phone.bayt_user)
    return b


def face_event(c: Context) -> Flow:
    name, mid = c.rng.choice(MEMBERS)
    b = _base(c, "POST", f"{API}/v1/events")
    b.json(
        {
            "type": "familiar_face",
            "at": iso(c),
            "zone": "entrance",
            "person": {"memberId": mid, "label": name, "confidence": rf(c.rng, 0.7, 0.99)},
            "faceCrop": b64(fake_jpeg(c.rng.randint(1, 10**9), 500)),
            "cam": b.id("cam_serial", where="body.cam", detectable=False),
        }
    )
    b.bio("face_image", "body.faceCrop")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def enrol_member(c: Context) -> Flow:
    name, mid = c.rng.choice(MEMBERS)
    b = _base(c, "POST", f"{API}/v1/household/members/{mid}/faces")
    b.json(
        {
            "displayName": name,
            "faceEmbeddings": [floats_b64(floats(c.rng, 512)) for _ in range(2)],
            "model": "arcface-r50",
            "dim": 512,
        }
    )
    b.bio("face_embedding", "body.faceEmbeddings")
    b.ok_json({"enrolled": True})
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v2/tlm")
    serial = b.id("cam_serial", how="protobuf", where="protobuf.1", detectable=False)
    vec = floats(c.rng, 128)
    body = (
        pb_bytes(1, serial)
        + pb_varint(2, ms(c))
        + pb_msg(3, [pb_varint(1, c.rng.randint(1, 4)), pb_packed_floats(2, vec)])
        + pb_varint(4, c.rng.randint(20, 80))
    )
    b.bio("face_embedding", "protobuf.3.2 (unnamed floats)", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def register_camera(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/devices")
    b.json(
        {
            "serialNumber": b.id("cam_serial", where="body.serialNumber"),
            "wifiMac": b.id("cam_mac", where="body.wifiMac"),
            "bleMac": b.id("cam_ble", how="lower", where="body.bleMac"),
            "phoneId": b.id("aid_bayt", where="body.phoneId"),
            "fw": "2.31.0-b88",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def device_status(c: Context) -> Flow:
    b = _base(c, "GET", API)
    b.base = f"{API}/v1/devices/{b.id('cam_serial', where='path.devices')}/status"
    b.ok_json(
        {
            "online": True,
            "rssi": -c.rng.randint(40, 80),
            "sd": {"freeMb": c.rng.randint(100, 30000)},
        }
    )
    return b.build()


def ble_provision(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/provision")
    b.json(
        {
            "ble_addr": b.id("cam_ble", where="body.ble_addr"),
            "ssid_hash": new_hex(c.rng, 16),
            "step": 3,
        }
    )
    b.ok_json({"next": "wifi"})
    return b.build()


def motion_event(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/events")
    b.json(
        {
            "type": "motion",
            "at": iso(c),
            "zone": "garden",
            "boxes": [[c.rng.randint(0, 1920), c.rng.randint(0, 1080), 80, 120] for _ in range(3)],
            "score": rf(c.rng, 0.3, 0.9),
        }
    )
    b.decoy("motion event with bounding boxes (no face, no person identity)")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def clip_thumb(c: Context) -> Flow:
    b = FB(c, "baytcam", "GET", f"https://media.baytcam.example/thumbs/{new_hex(c.rng, 32)}.jpg")
    b.decoy("event thumbnail download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**9), 400))
    return b.build()
