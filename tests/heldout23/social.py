"""Plaza VR: a social VR app on the Quest 3 with face and eye tracking.

Face weights use the 63 expressions of OpenXR's XR_FB_face_tracking / the
Meta Movement SDK (`OVRFaceExpressions.FaceExpression`: Brow_Lowerer_L,
Cheek_Puff_L, Jaw_Drop, Lip_Corner_Puller_L...; spelled as in the WVFaceTracking
`FBExpression` table on GitHub), eye gaze as `OVREyeGaze` gives it (a pose per
eye: rotation quaternion, position, confidence), lip-sync as Oculus Lipsync's
15 visemes (sil, PP, FF, TH, DD, kk, CH, SS, nn, RR, aa, E, ih, oh, ou). Hand
tracking uses the XR_EXT_hand_tracking joint names. The relay is the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, ms, quat, quest_ua, rf, rid, unity_ua, vec3

API = "https://rt.plazavr.net"
_SIDES = ("L", "R")
_PAIRS = [
    "Brow_Lowerer",
    "Cheek_Puff",
    "Cheek_Raiser",
    "Cheek_Suck",
    "Dimpler",
    "Eyes_Closed",
    "Eyes_Look_Down",
    "Eyes_Look_Left",
    "Eyes_Look_Right",
    "Eyes_Look_Up",
    "Inner_Brow_Raiser",
    "Lid_Tightener",
    "Lip_Corner_Depressor",
    "Lip_Corner_Puller",
    "Lip_Pressor",
    "Lip_Pucker",
    "Lip_Stretcher",
    "Lip_Tightener",
    "Lower_Lip_Depressor",
    "Nose_Wrinkler",
    "Outer_Brow_Raiser",
    "Upper_Lid_Raiser",
    "Upper_Lip_Raiser",
]
_SINGLE = [
    "Chin_Raiser_B",
    "Chin_Raiser_T",
    "Jaw_Drop",
    "Jaw_Sideways_Left",
    "Jaw_Sideways_Right",
    "Jaw_Thrust",
    "Lip_Funneler_LB",
    "Lip_Funneler_LT",
    "Lip_Funneler_RB",
    "Lip_Funneler_RT",
    "Lip_Suck_LB",
    "Lip_Suck_LT",
    "Lip_Suck_RB",
    "Lip_Suck_RT",
    "Lips_Toward",
    "Mouth_Left",
    "Mouth_Right",
]
FACE = [f"{p}_{s}" for p in _PAIRS for s in _SIDES] + _SINGLE
VISEMES = ["sil", "PP", "FF", "TH", "DD", "kk", "CH", "SS", "nn", "RR", "aa", "E", "ih", "oh", "ou"]
JOINTS = [
    "Palm",
    "Wrist",
    "ThumbMetacarpal",
    "ThumbProximal",
    "ThumbDistal",
    "ThumbTip",
    "IndexMetacarpal",
    "IndexProximal",
    "IndexIntermediate",
    "IndexDistal",
    "IndexTip",
    "MiddleTip",
    "RingTip",
    "LittleTip",
]


def _weights(c: Context, names: list[str]) -> dict[str, float]:
    return {n: round(max(0.0, c.rng.gauss(0.08, 0.12)), 4) for n in names}


def expressions(c: Context) -> Flow:
    b = FB(c, "plaza", "POST", f"{API}/v1/avatar/expressions")
    b.bio("face", "body:frames[].faceExpressions (XR_FB face weights)")
    frames = []
    for i in range(c.rng.randint(2, 4)):
        frame: dict[str, object] = {
            "t": ms(c) + i * 33,
            "faceExpressions": _weights(c, FACE),
            "confidence": {"upper": rf(c.rng, 0.8, 1, 3), "lower": rf(c.rng, 0.8, 1, 3)},
        }
        if c.rng.random() < 0.5:
            frame["visemes"] = _weights(c, VISEMES)
        frames.append(frame)
    b.header("user-agent", unity_ua())
    b.json(
        {"roomId": "rm_" + new_hex(c.rng, 10), "avatarId": b.acct("social_user"), "frames": frames}
    )
    b.no_content()
    return b.build()


def eye_gaze(c: Context) -> Flow:
    b = FB(c, "plaza", "POST", f"{API}/v1/avatar/eyes")
    b.bio("eye", "body:eyeGaze.left/right rotation+confidence")
    eyes = {
        side: {
            "rotation": quat(c.rng),
            "position": vec3(c.rng, 0.04, 1.6),
            "confidence": rf(c.rng, 0.5, 1, 3),
        }
        for side in ("left", "right")
    }
    b.header("user-agent", unity_ua())
    b.json({"eyeGaze": eyes, "fixatedUserId": b.acct("social_user"), "ts": ms(c)})
    b.no_content()
    return b.build()


def face_calibration(c: Context) -> Flow:
    b = FB(c, "plaza", "PUT", f"{API}/v1/me/face-tracking/calibration")
    b.bio("face", "body:neutralFace.weights (63 face expression baselines)")
    body = {
        "faceTrackingVersion": "v2-visual-audio",
        "neutralFace": {
            "names": FACE,
            "weights": [round(abs(c.rng.gauss(0.03, 0.03)), 4) for _ in FACE],
        },
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.ok_json({"saved": True})
    return b.build()


def expressions_protobuf(c: Context) -> Flow:
    """Face weights packed as protobuf floats: nothing names them."""
    b = FB(c, "plaza", "POST", f"{API}/v2/stream/f")
    b.bio("face", "body:protobuf packed floats (no key names)", detectable=False)
    frame = pb_msg(2, [pb_varint(1, ms(c)), pb_packed_floats(2, list(_weights(c, FACE).values()))])
    b.header("user-agent", unity_ua())
    b.set_body(pb_bytes(1, "rm_" + new_hex(c.rng, 10)) + frame, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def hands_and_pose(c: Context) -> Flow:
    b = FB(c, "plaza", "POST", f"{API}/v1/avatar/pose")
    b.decoy("head/controller pose and hand-tracking joints, no face or eye data")
    hands = {
        h: {"joints": {j: {"p": vec3(c.rng, 0.5, 1.1), "r": quat(c.rng)} for j in JOINTS}}
        for h in ("left", "right")
    }
    body = {
        "head": {"p": vec3(c.rng, 1.5, 1.65), "r": quat(c.rng), "yaw": rf(c.rng, -180, 180, 2)},
        "hands": hands,
        "tracking": "hands" if c.rng.random() < 0.6 else "controllers",
        "ts": ms(c),
    }
    b.header("user-agent", unity_ua())
    b.json(body)
    b.no_content()
    return b.build()


def join(c: Context) -> Flow:
    b = FB(c, "plaza", "POST", f"{API}/v1/session/join")
    body = {
        "userId": b.acct("social_user"),
        "headsetSerial": b.id("quest_serial", where="body:headsetSerial"),
        "oculusDeviceId": b.id("oculus_device", where="body:oculusDeviceId"),
        "installId": b.id("social_install", where="body:installId"),
        "androidId": b.id("aid_social", where="body:androidId"),
        "hmd": "Quest 3",
        "build": "SQ3A.220605.009.A1",
    }
    b.header("user-agent", quest_ua("PlazaVR/1.92"))
    b.json(body)
    b.ok_json({"sessionToken": new_hex(c.rng, 48), "region": "us-east", "requestId": rid(c.rng)})
    return b.build()


def rooms(c: Context) -> Flow:
    b = FB(c, "plaza", "GET", f"{API}/v1/rooms")
    b.param("sort", "popular")
    b.decoy("room list with occupancy numbers")
    rooms = [{"id": "rm_" + new_hex(c.rng, 10), "users": c.rng.randint(1, 40)} for _ in range(5)]
    b.ok_json({"rooms": rooms})
    return b.build()
