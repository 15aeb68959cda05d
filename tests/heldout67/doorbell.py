"""Shomer: the family's smart video doorbell (Wi-Fi) with familiar-face
recognition of visitors. The phone app relays the doorbell's face events and
manages familiar faces; the vendor backend is fictional, formats are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from . import ads
from .phone import FB, floats, iso, ms, rf, rid, ua

APP = ads.App("io.shomer.home", "Shomer", "3.15.0", "aid_bell")
API = "https://eu.api.shomer-home.io"
NAMES = ["Savta Rina", "Yiayia Eleni", "Courier", "Neighbour Dimitris"]


def _hdr(b: FB, install: bool = False) -> None:
    """The install id rides only on the device-management calls."""
    b.header("user-agent", ua(APP.name, APP.ver))
    if install:
        b.header("x-shomer-install", b.ctx.phone.bell_install)
        b.other_id("bell_install", "header:x-shomer-install")
    b.header("x-request-id", rid(b.ctx.rng))


def face_event(c: Context) -> Flow:
    b = FB(c, "shomer", "POST", f"{API}/v1/events/ingest")
    _hdr(b)
    b.bio("face_embedding", "json:detections[].face.embedding/landmarks")
    b.json(
        {
            "event": "person_at_door",
            "ts": ms(c),
            "detections": [
                {
                    "type": "face",
                    "face": {
                        "bbox": [rf(c.rng, 0.3, 0.5, 3), rf(c.rng, 0.2, 0.4, 3), 0.18, 0.24],
                        "landmarks": [[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(5)],
                        "embedding": floats_b64(floats(c.rng, 128)),
                        "quality": rf(c.rng, 0.5, 1, 2),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def familiar_enrol(c: Context) -> Flow:
    b = FB(c, "shomer", "POST", f"{API}/v1/familiar-faces")
    _hdr(b)
    bnd = "shomer" + new_hex(c.rng, 18)
    b.bio("face_image", "multipart:face_crop for a familiar-face enrolment")
    b.set_body(
        multipart(
            bnd,
            [
                ("name", None, None, c.rng.choice(NAMES).encode()),
                ("face_crop", "face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 400)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"face_id": "ff_" + new_hex(c.rng, 10)}, 201)
    return b.build()


def recognised(c: Context) -> Flow:
    b = FB(c, "shomer", "POST", f"{API}/v1/events/{new_hex(c.rng, 12)}/face-match")
    _hdr(b)
    b.bio("face_analysis", "json:faceMatch (recognised visitor, similarity)")
    b.json(
        {
            "faceMatch": {
                "familiarFaceId": "ff_" + new_hex(c.rng, 10),
                "label": c.rng.choice(NAMES),
                "similarity": rf(c.rng, 0.6, 0.98, 3),
                "age_estimate": c.rng.randint(20, 80),
            },
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def device_list(c: Context) -> Flow:
    b = FB(c, "shomer", "GET", f"{API}/v1/devices")
    _hdr(b, install=True)
    b.ok_json(
        {
            "devices": [
                {
                    "serial_number": b.id(
                        "bell_serial", where="response json:serial_number", direction="response"
                    ),
                    "mac_address": b.id(
                        "bell_mac", where="response json:mac_address", direction="response"
                    ),
                    "model": "Shomer Doorbell 2",
                    "fw": "2.4.17",
                }
            ]
        }
    )
    return b.build()


def bind(c: Context) -> Flow:
    b = FB(c, "shomer", "POST", f"{API}/v1/devices/bind")
    _hdr(b, install=True)
    b.json(
        {
            "deviceSn": b.id("bell_serial", where="json:deviceSn"),
            "wifiMac": b.id("bell_mac", how="upper", where="json:wifiMac"),
            "phoneId": b.id(APP.aid, where="json:phoneId"),
            "ssid": "Papadaki-5G",
        }
    )
    b.ok_json({"bound": True, "owner": c.phone.bell_user})
    return b.build()


def snapshot(c: Context) -> Flow:
    serial = c.phone.bell_serial
    b = FB(c, "shomer", "GET", f"{API}/v1/devices/{serial}/snapshot/latest.jpg")
    b.id("bell_serial", where="path:/devices/{serial}")
    _hdr(b)
    b.decoy("doorstep snapshot thumbnail fetched for the event list")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(150))
    return b.build()


def opaque_status(c: Context) -> Flow:
    b = FB(c, "shomer", "POST", f"{API}/v1/t")
    _hdr(b, install=True)
    key = b.id_raw("bell_serial", "xor_custom", "octet-stream: scrambled status frame")
    blob = bytes(x ^ 0x3C for x in (key + "|" + str(ms(c))).encode())
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()


def motion_zones(c: Context) -> Flow:
    b = FB(c, "shomer", "PUT", f"{API}/v1/settings/motion-zones")
    _hdr(b)
    b.decoy("motion-zone polygons: lists of coordinates")
    b.json({"zones": [[[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(4)]]})
    b.no_content()
    return b.build()


def person_boxes(c: Context) -> Flow:
    b = FB(c, "shomer", "POST", f"{API}/v1/events/ingest")
    _hdr(b)
    b.decoy("person and package detections: body boxes, no face data")
    b.json(
        {
            "event": "motion",
            "ts": ms(c),
            "detections": [
                {
                    "type": c.rng.choice(["person", "package", "car"]),
                    "box": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                    "score": rf(c.rng, 0.5, 1, 2),
                }
            ],
        }
    )
    b.no_content()
    return b.build()
