"""Beytna Home: a smart-home app for the family's own video doorbell and indoor
camera (phone). Paired devices report serials and MACs; the doorbell's
"familiar faces" feature (the pattern Google Nest Aware and Eufy document:
face clusters of recurring visitors, named by the owner) uploads face crops and
embeddings and sends recognised-face events. Person / package detections with
bounding boxes carry no face data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://cloud.beytna-example.com"


def devices(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "GET", f"{API}/v1/homes/h1/devices")
    b.header("user-agent", ua("BeytnaHome", "3.2.0"))
    b.ok_json(
        {
            "devices": [
                {
                    "type": "doorbell",
                    "serialNumber": b.id(
                        "bell_serial",
                        where="response.devices[0].serialNumber",
                        direction="response",
                    ),
                    "wifiMac": b.id(
                        "bell_mac", where="response.devices[0].wifiMac", direction="response"
                    ),
                },
                {
                    "type": "indoor_cam",
                    "serialNumber": b.id(
                        "cam_serial", where="response.devices[1].serialNumber", direction="response"
                    ),
                },
            ]
        }
    )
    return b.build()


def pair_camera(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "POST", f"{API}/v1/provision")
    b.json(
        {
            "sn": b.id("cam_serial", where="body.sn"),
            "mac": b.id("cam_mac", "nosep_upper", where="body.mac"),
            "phoneId": b.id("aid_home", where="body.phoneId"),
            "owner": b.acct("home_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def doorbell_status(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "GET", f"{API}/v1/devices/{ctx.phone.bell_serial}/status")
    b.id("bell_serial", where="path./devices/{serial}/status")
    b.ok_json({"battery": ctx.rng.randint(20, 100), "rssi": -ctx.rng.randint(40, 80)})
    return b.build()


def familiar_face(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "POST", f"{API}/v1/familiar-faces/enrol")
    bnd = "bt" + new_hex(ctx.rng, 14)
    parts = [
        ("personName", None, None, ctx.rng.choice(["Mama", "Yousef", "Driver"]).encode()),
        ("faceCrop", "face.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 700)),
        ("embedding", None, "text/plain", floats_b64(floats(ctx.rng, 128)).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_embedding", "multipart.faceCrop+embedding (familiar-faces)")
    b.ok_json({"faceId": new_hex(ctx.rng, 12)})
    return b.build()


def face_event(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "POST", f"{API}/v1/events")
    sn = b.id("bell_serial", where="body.deviceSn")
    b.json(
        {
            "deviceSn": sn,
            "type": "face_recognized",
            "at": iso(ctx),
            "face": {
                "knownFaceId": new_hex(ctx.rng, 12),
                "confidence": rf(ctx.rng, 0.6, 0.99, 3),
                "box": [ctx.rng.randint(100, 400) for _ in range(4)],
            },
        }
    )
    b.bio("face_analysis", "body.face (face_recognized event)")
    b.no_content()
    return b.build()


def person_event(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "POST", f"{API}/v1/events")
    sn = b.id("cam_serial", where="body.deviceSn")
    b.json(
        {
            "deviceSn": sn,
            "type": ctx.rng.choice(["person", "package", "motion"]),
            "at": iso(ctx),
            "box": [ctx.rng.randint(0, 600) for _ in range(4)],
            "score": rf(ctx.rng, 0.5, 1, 2),
        }
    )
    b.decoy("person/package detection with bounding box (no face data)")
    b.no_content()
    return b.build()


def heartbeat_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "POST", "https://iot.beytna-example.com/hb")
    raw = b.id_raw("bell_mac", "device_cipher", "body (ciphered)")
    b.set_body(
        bytes(x ^ 0x77 for x in raw.encode()) + bytes.fromhex(new_hex(ctx.rng, 20)),
        "application/octet-stream",
    )
    b.no_content()
    return b.build()


def clip_thumb(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "beytna",
        "GET",
        f"https://media.beytna-example.com/clips/{new_hex(ctx.rng, 16)}/thumb.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 500))
    b.decoy("event thumbnail download")
    return b.build()


def timeline(ctx: Context) -> Flow:
    b = FB(ctx, "beytna", "GET", f"{API}/v1/timeline", [("since", str(ms(ctx) - 86400000))])
    b.ok_json(
        {
            "events": [
                {"id": rid(ctx.rng), "type": "motion", "duration_s": ctx.rng.randint(5, 60)}
                for _ in range(4)
            ]
        }
    )
    b.decoy("event timeline with ids and durations")
    return b.build()
