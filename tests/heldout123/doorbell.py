"""Porchlight: a video doorbell with familiar-face recognition.

The doorbell crops faces at the door, computes a 128-float embedding and the
cloud matches it against the household's "familiar faces"; enrolment uploads a
few face crops. The newest firmware ships its events as protobuf with numbered
fields only. Parcel and pet detections (a dog's face is no one's biometric),
motion zones and snapshots of the porch are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    fake_jpeg,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.porchlight.example"
INGEST = "https://ingest.porchlight.example"
UA = ua("Porchlight", "3.61.0")
NAMES = ["Mum", "Callum", "Postie", "Aunt Morag"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "porchlight", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def face_event(c: Context) -> Flow:
    b = FB(c, "porchlight-fw", "POST", f"{INGEST}/v2/events")
    b.header("user-agent", "PorchlightDoorbell/4.2.18")
    b.bio("face_embedding", "json detections[].faceEmbedding (base64 float32 x128)")
    b.json(
        {
            "doorbellSerial": b.id("bell_serial", where="json doorbellSerial"),
            "eventType": "person",
            "ts": iso(c),
            "detections": [
                {
                    "faceBox": [
                        rf(c.rng, 0.2, 0.5),
                        rf(c.rng, 0.1, 0.4),
                        rf(c.rng, 0.1, 0.3),
                        rf(c.rng, 0.1, 0.3),
                    ],
                    "faceEmbedding": floats_b64(floats(c.rng, 128)),
                    "familiarFaceMatch": {
                        "name": c.rng.choice(NAMES),
                        "confidence": rf(c.rng, 0.6, 0.99, 3),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def familiar_face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/familiar-faces/{rid(c.rng)}/samples")
    b.bio("face_image", "multipart face_crop_1..3 for familiar-face enrolment")
    boundary = "pl" + new_hex(c.rng, 20)
    parts = [("label", None, None, c.rng.choice(NAMES).encode())]
    parts += [
        (f"face_crop_{i}", f"crop{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "processing"})
    return b.build()


def familiar_faces_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/familiar-faces?include=template")
    b.bio("face_template", "response json faces[].template (base64 float32)")
    b.ok_json(
        {
            "faces": [
                {"id": rid(c.rng), "name": n, "template": floats_b64(floats(c.rng, 128))}
                for n in NAMES[:2]
            ]
        }
    )
    return b.build()


def face_event_protobuf(c: Context) -> Flow:
    """Firmware 4.3: field 1 serial, 2 ts, 5 packed floats (the embedding), no names."""
    b = FB(c, "porchlight-fw", "POST", f"{INGEST}/v3/e")
    b.header("user-agent", "PorchlightDoorbell/4.3.2")
    b.bio("face_embedding", "protobuf field 5 packed float32 x128", detectable=False)
    serial = b.id("bell_serial", "protobuf", "protobuf field 1 (serial)", detectable=False)
    body = (
        pb_bytes(1, serial)
        + pb_varint(2, ms(c))
        + pb_varint(3, 2)
        + pb_packed_floats(5, floats(c.rng, 128))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def parcel_event(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/events?type=package,animal&limit=10")
    b.decoy("parcel and pet detections with boxes and 'pet face' tags: objects and animals")
    b.ok_json(
        {
            "events": [
                {"type": "package", "box": [rf(c.rng, 0, 1) for _ in range(4)], "at": iso(c)},
                {
                    "type": "animal",
                    "species": "dog",
                    "petFaceVisible": True,
                    "box": [rf(c.rng, 0, 1) for _ in range(4)],
                    "at": iso(c),
                },
            ]
        }
    )
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/snapshots/latest.jpg?w=640")
    b.decoy("porch snapshot thumbnail shown in the app (a fetch, not a face-matching upload)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def device_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/devices")
    serial = b.id("bell_serial", where="response json devices[].serialNumber", direction="response")
    mac = b.id("bell_mac", where="response json devices[].wifiMac", direction="response")
    b.ok_json(
        {
            "devices": [
                {
                    "serialNumber": serial,
                    "wifiMac": mac,
                    "battery": c.rng.randint(20, 100),
                    "firmware": "4.3.2",
                }
            ]
        }
    )
    return b.build()


def register_phone(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/clients")
    b.json(
        {
            "android_id": b.id("aid_bell", where="json android_id"),
            "push": "fcm",
            "household": b.acct("bell_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def motion_zones(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/settings/motion-zones")
    b.decoy("motion zone polygon coordinates")
    b.json({"zones": [[[rf(c.rng, 0, 1), rf(c.rng, 0, 1)] for _ in range(4)]], "sensitivity": 6})
    b.no_content()
    return b.build()
