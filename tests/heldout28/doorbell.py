"""A Ring-like video-doorbell app with face recognition of visitors ("known faces"):
session with an app hardware id, the doorbell's serial and Wi-Fi MAC in setup and
health calls, known-face enrolment (embedding, face crops), recognition events.

Sources: the unofficial Ring clients (dgreif/ring ring-client-api,
python-ring-doorbell): `POST /clients_api/session` with
`{"device":{"hardware_id":..,"metadata":{"api_version":11,"device_model":..},"os":"android"}}`,
`hardware_id` header on the OAuth call, `/clients_api/ring_devices` listing
`device_id` (the unit's MAC without colons), `/clients_api/dings/active`. Our
doorbell brand, its known-faces endpoints and key names are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb, mpack, multipart

from .phone import FB, blob, floats, iso, ms, rf, rid, ua

API = "https://api.deurwacht-example.com"
NAMES = ["Oma Krysia", "Buurman Henk", "Pakketbezorger", "Tante Ewa"]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("android:com.deurwacht.app", "3.71.0"))


def session(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/clients_api/session")
    _hdr(b)
    b.json(
        {
            "device": {
                "hardware_id": b.id("bell_hwid", where="body.device.hardware_id"),
                "metadata": {"api_version": 11, "device_model": "TB370FU"},
                "os": "android",
            }
        }
    )
    b.ok_json({"profile": {"id": b.acct("bell_user")}})
    return b.build()


def devices(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "GET", f"{API}/clients_api/ring_devices")
    _hdr(b)
    b.header("hardware_id", b.id("bell_hwid", where="header.hardware_id"))
    mac = b.id("bell_mac", "nosep", where="response.doorbots[].device_id", direction="response")
    serial = b.id("bell_serial", where="response.doorbots[].serial_number", direction="response")
    b.ok_json(
        {
            "doorbots": [
                {
                    "id": 68123456,
                    "description": "Voordeur",
                    "device_id": mac,
                    "serial_number": serial,
                    "firmware_version": "cam-1.22.4",
                }
            ]
        }
    )
    return b.build()


def health(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/doorbots/health")
    _hdr(b)
    b.json(
        {
            "serialNumber": b.id("bell_serial", where="body.serialNumber"),
            "wifiMac": b.id("bell_mac", where="body.wifiMac"),
            "rssi": -ctx.rng.randint(40, 80),
            "battery": ctx.rng.randint(10, 100),
        }
    )
    b.no_content()
    return b.build()


def setup(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/setup/claim")
    _hdr(b)
    b.json(
        {
            "unit": {
                "sn": b.id("bell_serial", where="body.unit.sn"),
                "mac_address": b.id("bell_mac", "upper", where="body.unit.mac_address"),
            },
            "phone": {"android_id": b.id("aid_bell", where="body.phone.android_id")},
            "tz": "Europe/Amsterdam",
        }
    )
    b.ok_json({"claimed": True})
    return b.build()


def enrol_face(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/known_faces")
    _hdr(b)
    b.json(
        {
            "label": ctx.rng.choice(NAMES),
            "face_embedding": floats(ctx.rng, 512),
            "model": "arcface-r50",
            "source_event": ms(ctx),
        }
    )
    b.bio("face_embedding", "body.face_embedding")
    b.ok_json({"known_face_id": rid(ctx.rng)})
    return b.build()


def face_crops(ctx: Context) -> Flow:
    boundary = rid(ctx.rng)
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/known_faces/{rid(ctx.rng)}/samples")
    _hdr(b)
    parts = [
        (f"face_{i}", f"crop_{i}.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 9**9), 400))
        for i in range(2)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "body.multipart.face_* (face crops of a known face)")
    b.ok_json({"added": 2})
    return b.build()


def recognised(ctx: Context) -> Flow:
    """The app acknowledges a ding and forwards the recognition to the household feed."""
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/events/{ctx.rng.randint(10**9, 10**10)}/ack")
    _hdr(b)
    b.json(
        {
            "kind": "ding",
            "created_at": iso(ctx),
            "cv": {
                "person": True,
                "recognized_face": {
                    "known_face_id": rid(ctx.rng),
                    "name": ctx.rng.choice(NAMES),
                    "match_score": rf(ctx.rng, 0.6, 0.98),
                    "face_box": [ctx.rng.randint(100, 900) for _ in range(4)],
                },
            },
        }
    )
    b.bio("face_match_result", "body.cv.recognized_face.match_score")
    b.no_content()
    return b.build()


def unknown_face(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/faces/unknown")
    _hdr(b)
    b.json(
        {
            "event_id": ctx.rng.randint(10**9, 10**10),
            "faceprint": b64(blob(ctx.rng, 512)),
            "thumb": b64(fake_jpeg(ctx.rng.randint(0, 9**9), 300)),
        }
    )
    b.bio("face_embedding", "body.faceprint+thumb")
    b.no_content()
    return b.build()


def opaque_vision(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/x/{ctx.rng.randint(1, 9)}")
    _hdr(b)
    b.set_body(mpack({"v": 1, "p": blob(ctx.rng, 400)}), "application/x-msgpack")
    b.bio("face_embedding", "body msgpack p (sealed vision payload)", detectable=False)
    b.no_content()
    return b.build()


def motion(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/events/motion")
    _hdr(b)
    b.json(
        {
            "objects": [
                {
                    "class": ctx.rng.choice(["package", "vehicle", "animal"]),
                    "conf": rf(ctx.rng, 0.5, 1),
                    "bbox": [ctx.rng.randint(0, 1900) for _ in range(4)],
                }
            ],
            "zone": "oprit",
        }
    )
    b.decoy("motion event: object classes and boxes, no faces")
    b.no_content()
    return b.build()


def snapshot(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "deurwacht",
        "GET",
        f"https://snaps.deurwacht-example.com/snapshots/image/{ctx.rng.randint(10**7, 10**8)}",
    )
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 9**9), 800))
    b.decoy("doorbell snapshot download")
    return b.build()


def live_sdp(ctx: Context) -> Flow:
    b = FB(ctx, "deurwacht", "POST", f"{API}/v2/live/offer")
    _hdr(b)
    b.set_body(
        jsb(
            {
                "sdp": "v=0\r\no=- "
                + str(ctx.rng.randint(10**9, 10**10))
                + " 2 IN IP4 127.0.0.1\r\n",
                "session": rid(ctx.rng),
            }
        ),
        "application/json",
    )
    b.decoy("live-view SDP offer")
    b.ok_json({"answer": "v=0"})
    return b.build()
