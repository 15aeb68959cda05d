"""Huddle TV: a video-call app on the TV with auto-framing and background blur.

In-house backend. Auto-framing follows a face detector whose output is a box
plus the five BlazeFace keypoints (MediaPipe Face Detection: right eye, left
eye, nose tip, mouth centre, right/left ear tragion) or the 468-point Face Mesh;
background blur uses MediaPipe Selfie Segmentation (its timings are no
biometric). The framing debug sink also takes a protobuf with unnamed fields.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, ms, points, rf, rid, tv_ua

SDK = "huddle"
UA = tv_ua("HuddleTV", "2.14.0")
API = "https://rtc.huddle-call.app"
KP = ["rightEye", "leftEye", "noseTip", "mouthCenter", "rightEarTragion", "leftEarTragion"]


def framing(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/telemetry/framing")
    samples = []
    for _ in range(ctx.rng.randint(2, 4)):
        pts = points(ctx.rng, len(KP))
        samples.append(
            {
                "t": ms(ctx),
                "faces": [
                    {
                        "box": [rf(ctx.rng, 300, 700, 1), rf(ctx.rng, 100, 300, 1), 220, 260],
                        "keypoints": dict(zip(KP, pts, strict=True)),
                    }
                ],
            }
        )
    b.bio("face_landmarks", "body.samples[].faces[].keypoints")
    b.header("user-agent", UA)
    b.json({"callId": rid(ctx.rng), "detector": "blazeface_short_range", "samples": samples})
    b.no_content()
    return b.build()


def mesh_debug(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/telemetry/facemesh")
    flat = [c for p in points(ctx.rng, 468) for c in p]
    b.bio("face_mesh", "body.faceMesh.landmarks (468 points)")
    b.json(
        {"callId": rid(ctx.rng), "faceMesh": {"landmarks": flat, "numPoints": 468}}, encoding="gzip"
    )
    b.no_content()
    return b.build()


def framing_pb(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/t/fr")
    b.bio("face_landmarks", "protobuf field 3 (packed floats, unnamed)", detectable=False)
    body = pb_bytes(1, rid(ctx.rng)) + pb_varint(2, ms(ctx))
    body += pb_msg(4, [pb_packed_floats(3, [c for p in points(ctx.rng, 6) for c in p])])
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def blur_stats(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/telemetry/effects")
    b.decoy("background blur timings (segmentation, not face data)")
    b.json(
        {
            "effect": "background_blur",
            "model": "selfie_segmentation_landscape",
            "maskMs": [rf(ctx.rng, 4, 12, 2) for _ in range(10)],
            "blurRadius": 14,
            "fps": 30,
        }
    )
    b.no_content()
    return b.build()


def crop(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/telemetry/autozoom")
    b.decoy("auto-framing crop rectangle and zoom (no face data)")
    b.json(
        {
            "zoom": rf(ctx.rng, 1, 2.2, 2),
            "pan": rf(ctx.rng, -0.3, 0.3),
            "tilt": rf(ctx.rng, -0.2, 0.2),
            "cropRect": [ctx.rng.randint(0, 400), ctx.rng.randint(0, 200), 1280, 720],
        }
    )
    b.no_content()
    return b.build()


def call_stats(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/stats")
    b.decoy("call quality series (rtt, jitter)")
    b.json(
        {
            "callId": rid(ctx.rng),
            "rttMs": [ctx.rng.randint(20, 90) for _ in range(12)],
            "jitter": [rf(ctx.rng, 0, 5, 2) for _ in range(12)],
            "kbps": ctx.rng.randint(900, 2500),
        }
    )
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/devices/register")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_call", where="header.x-device-id"))
    b.json(
        {
            "deviceToken": b.id("call_device", where="body.deviceToken", detectable=False),
            "hw": {
                "serialNo": b.id("tv_serial", where="body.hw.serialNo"),
                "wlanMac": b.id("tv_wifi_mac", where="body.hw.wlanMac"),
                "btMac": b.id("tv_bt_mac", "nosep", where="body.hw.btMac"),
            },
            "user": b.acct("call_user"),
        }
    )
    b.ok_json({"ok": True, "turn": ["turn:turn1.huddle-call.app:3478"]})
    return b.build()
