"""The car maker's driver-monitoring system (in-house backend, fictional "Nordvagn").

An infrared camera on the steering column watches the driver's face (as the
Polestar 3 / Volvo EX90 DMS does): drowsiness and distraction events with the
face's landmarks, head pose and eyelid openness; a daily attention summary
(Swedish keys: `ansikte` face, `ögonöppning` eye openness, `blickriktning`
gaze); driver-profile recognition by a face embedding; face enrolment photos;
an encrypted batch and a protobuf landmark stream without names. Decoys: a
road-camera frame, cabin occupancy and seat-belt state.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, ms, pts, rf, rid

DMS = "https://dms.nordvagn-auto.com"


def _h(b: FB, ctx: Context) -> None:
    b.header("user-agent", "NordvagnDMS/2.8.0 (AAOS 13)")
    b.header("x-request-id", rid(ctx.rng))


def dms_event(ctx: Context) -> Flow:
    rng = ctx.rng
    kind = rng.choice(["DROWSINESS_L2", "DISTRACTION", "EYES_OFF_ROAD", "MICROSLEEP"])
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v1/events")
    _h(b, ctx)
    b.header("x-vehicle-vin", b.id("vin", where="header x-vehicle-vin"))
    b.bio("face_landmarks", "body face.landmarks68 / headPose / eyeOpenness")
    face = {
        "landmarks68": pts(rng, 68),
        "headPose": {"yaw": rf(rng, -40, 40, 2), "pitch": rf(rng, -25, 15, 2)},
        "eyeOpenness": {"left": rf(rng, 0, 1, 3), "right": rf(rng, 0, 1, 3)},
        "perclos": rf(rng, 0.05, 0.5, 3),
    }
    b.json({"type": kind, "ts": iso(ctx), "speedKph": rng.randint(50, 120), "face": face})
    b.ok_json({"received": True})
    return b.build()


def attention_summary(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v1/sammanfattning")
    _h(b, ctx)
    b.bio("face_analysis", "body ansikte.ögonöppning / blickriktning / gäspningar")
    ansikte = {
        "ögonöppning": [rf(rng, 0.2, 1, 2) for _ in range(24)],
        "blickriktning": {"vänster": rf(rng, 0, 0.3, 2), "väg": rf(rng, 0.6, 0.95, 2)},
        "gäspningar": rng.randint(0, 6),
        "trötthetsnivå": rng.choice(["låg", "medel", "hög"]),
    }
    b.json({"förare": ctx.phone.driver_profile, "datum": iso(ctx)[:10], "ansikte": ansikte})
    b.ok_json({"ok": True})
    return b.build()


def profile_identify(ctx: Context) -> Flow:
    """Driver recognition at start-up: a face embedding against the car's profiles."""
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v2/driver-profiles/identify")
    _h(b, ctx)
    b.bio("face_embedding", "body faceEmbedding (float32 base64)")
    b.json(
        {
            "vehicleProfileSlots": 4,
            "faceEmbedding": floats_b64(floats(ctx.rng, 128)),
            "embeddingModel": "dms-faceid-v3",
            "liveness": {"irReflectance": rf(ctx.rng, 0.6, 0.99, 3)},
        }
    )
    b.ok_json({"match": ctx.phone.driver_profile, "score": rf(ctx.rng, 0.7, 0.99, 3)})
    return b.build()


def profile_enrol(ctx: Context) -> Flow:
    """Enrolling a driver's face: three IR photos, multipart."""
    prof = ctx.phone.driver_profile
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v2/driver-profiles/{prof}/face")
    _h(b, ctx)
    b.bio("face_image", "multipart face_front/face_left/face_right jpeg")
    bnd = "----NvDms" + new_hex(ctx.rng, 16)
    parts = [("meta", None, "application/json", b'{"camera":"ir","poses":3}')]
    for i, pose in enumerate(["front", "left", "right"]):
        seed = ctx.rng.getrandbits(32) + i
        parts.append((f"face_{pose}", f"face_{pose}.jpg", "image/jpeg", fake_jpeg(seed)))
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"enrolled": True, "templates": 3})
    return b.build()


def landmark_stream_pb(ctx: Context) -> Flow:
    """A protobuf batch of landmark frames, numbered fields only."""
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v1/stream")
    _h(b, ctx)
    b.bio("face_landmarks", "protobuf field 3 packed floats", detectable=False)
    frames = b"".join(
        pb_packed_floats(3, [v for p in pts(ctx.rng, 68) for v in p]) for _ in range(3)
    )
    b.set_body(pb_varint(1, ms(ctx)) + frames, "application/octet-stream")
    b.no_content()
    return b.build()


def sealed_batch(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v1/batch")
    _h(b, ctx)
    b.bio("face_analysis", "body payload (encrypted)", detectable=False)
    b.json({"alg": "A256GCM", "payload": b64(bytes.fromhex(new_hex(ctx.rng, 400)))})
    b.no_content()
    return b.build()


def road_frame(ctx: Context) -> Flow:
    """Decoy: the forward road camera's frame for the lane-keeping model."""
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v1/road-frames")
    _h(b, ctx)
    b.decoy("front road camera frame, no face")
    bnd = "----NvRoad" + new_hex(ctx.rng, 16)
    parts = [
        ("camera", None, "text/plain", b"front_wide"),
        ("frame", "road.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"lanes": 2})
    return b.build()


def cabin_state(ctx: Context) -> Flow:
    """Decoy: occupancy and seat belts, the head's yaw for the HUD (no face data)."""
    rng = ctx.rng
    b = FB(ctx, "nordvagn-dms", "POST", f"{DMS}/v1/cabin")
    _h(b, ctx)
    b.decoy("seat occupancy, belts and HUD angle: not biometric")
    b.json(
        {
            "seats": {s: rng.random() < 0.5 for s in ["FL", "FR", "RL", "RR"]},
            "belts": {"FL": True, "FR": rng.random() < 0.5},
            "hudAngleDeg": rf(rng, -3, 3, 1),
            "cabinTempC": rf(rng, 17, 23, 1),
        }
    )
    b.no_content()
    return b.build()
