"""Plaza: a social-VR app whose avatars mirror the wearer's face and eyes.

Face expression weights follow Meta's Movement SDK / Meta XR Core SDK:
`OVRFaceExpressions.FaceExpression` has 63 named weights (BrowLowererL ...
UpperLipRaiserR) in [0, 1]; the OpenXR extension XR_FB_face_tracking2 gives the
same set as an array of 70 floats (XR_FACE_EXPRESSION2_*_FB) with per-region
confidences. Eye gaze is `XrEyeGazeFB` / OVREyeGaze: per eye isValid, a pose
(position + orientation quaternion) and gazeConfidence. (Meta developer docs,
"Movement SDK for Unity - Face Tracking" and "Eye Tracking"; OpenXR registry.)

Labels: expression weights (whatever the spelling) are biometric (blendshape
family, issue 3), sent with the gaze or not. Standalone gaze rays and body /
hand joint poses are labelled NOT biometric: issue 3 lists face geometry,
blendshapes, templates and voice; gaze direction and joint poses are motion
telemetry like a game camera's yaw/pitch, sensitive but not face or voice data.
They are decoys here; the privacy reviewer's note goes in the report.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64, pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, hmd_ua, ms, rf, rid

HOST = "https://sync.plaza-vr.com"


def _words(text: str) -> list[str]:
    return text.split()


_PARTS = _words(
    "BrowLowerer CheekPuff CheekRaiser CheekSuck Dimpler EyesClosed EyesLookDown EyesLookLeft"
    " EyesLookRight EyesLookUp InnerBrowRaiser LidTightener LipCornerDepressor LipCornerPuller"
    " LipPressor LipPucker LipStretcher LipTightener LowerLipDepressor NoseWrinkler"
    " OuterBrowRaiser UpperLidRaiser UpperLipRaiser"
)
_SINGLE = _words(
    "ChinRaiserB ChinRaiserT JawDrop JawSidewaysLeft JawSidewaysRight JawThrust LipFunnelerLB"
    " LipFunnelerLT LipFunnelerRB LipFunnelerRT LipSuckLB LipSuckLT LipSuckRB LipSuckRT"
    " LipsToward MouthLeft MouthRight"
)
EXPRESSIONS = sorted([p + s for p in _PARTS for s in "LR"] + _SINGLE)  # the 63 of v1


def _weights(c: Context) -> dict[str, float]:
    return {name: round(max(0.0, c.rng.gauss(0.12, 0.15)), 4) for name in EXPRESSIONS}


def _quat(c: Context) -> list[float]:
    return [rf(c.rng, -0.2, 0.2, 5), rf(c.rng, -0.3, 0.3, 5), rf(c.rng, -0.05, 0.05, 5), 0.95]


def _gaze(c: Context) -> dict[str, object]:
    eye = {
        "isValid": True,
        "gazeConfidence": rf(c.rng, 0.7, 1.0, 3),
        "pose": {"position": [rf(c.rng, -0.04, 0.04), 1.61, 0.08], "orientation": _quat(c)},
    }
    return {
        "left": eye,
        "right": dict(eye, pose={"position": [0.032, 1.61, 0.08], "orientation": _quat(c)}),
    }


def _base(c: Context, path: str) -> FB:
    b = FB(c, "plaza", "POST", HOST + path)
    b.header("user-agent", hmd_ua("Plaza", "1.42.0"))
    b.header("authorization", "Bearer " + b.acct("access_token"))
    return b


def face_state(c: Context) -> Flow:
    """Avatar face state (named Movement SDK weights plus both eyes' gaze)."""
    b = _base(c, "/avatar/v2/state")
    b.json(
        {
            "avatarId": "av_" + b.acct("plaza_user"),
            "roomId": "plz-" + str(c.rng.randint(1000, 9999)),
            "t": ms(c),
            "faceExpressions": _weights(c),
            "eyeGaze": _gaze(c),
            "faceTrackingConfidence": {"upper": rf(c.rng, 0.8, 1), "lower": rf(c.rng, 0.8, 1)},
        }
    )
    b.bio("blendshapes", "json:faceExpressions")
    b.no_content()
    return b.build()


def face_openxr(c: Context) -> Flow:
    """XR_FB_face_tracking2 spelling: [{expression, weight}] from the native plugin."""
    b = _base(c, "/avatar/v2/state/batch")
    frames = []
    for _ in range(c.rng.randint(2, 4)):
        frames.append(
            {
                "ts": ms(c),
                "expressions": [
                    {
                        "expression": "XR_FACE_EXPRESSION2_" + "_".join(_snake(n)) + "_FB",
                        "weight": w,
                    }
                    for n, w in list(_weights(c).items())[:40]
                ],
            }
        )
    b.json({"schema": "XR_FB_face_tracking2", "frames": frames}, encoding="gzip")
    b.bio("blendshapes", "json:frames[].expressions")
    b.no_content()
    return b.build()


def _snake(name: str) -> list[str]:
    out, cur = [], ""
    for ch in name:
        if ch.isupper() and cur:
            out.append(cur.upper())
            cur = ""
        cur += ch
    return [*out, cur.upper()]


def face_packed(c: Context) -> Flow:
    """Weights as base64 float32 with the key saying what they are."""
    b = _base(c, "/avatar/v3/face")
    vals = list(_weights(c).values()) + [0.0] * 7
    b.json(
        {
            "fmt": "f32le",
            "faceTrackingWeights": floats_b64(vals),
            "n": len(vals),
            "set": "face_tracking2",
            "ts": ms(c),
        }
    )
    b.bio("blendshapes", "json:faceTrackingWeights (base64 float32)")
    b.no_content()
    return b.build()


def face_opaque(c: Context) -> Flow:
    """The realtime relay: a protobuf of packed floats under numbered fields."""
    b = _base(c, "/rt/relay")
    vals = list(_weights(c).values())
    body = pb_varint(1, c.rng.randint(1, 1 << 30)) + pb_msg(3, [pb_packed_floats(2, vals)])
    b.set_body(body + pb_bytes(5, b"\x01\x02"), "application/x-protobuf")
    b.bio("blendshapes", "protobuf:3.2 packed floats, no names", detectable=False)
    b.no_content()
    return b.build()


def gaze_only(c: Context) -> Flow:
    """Eye gaze rays for 'look at' indicators in a lobby (decoy by the set's decision)."""
    b = _base(c, "/lobby/v1/attention")
    b.json({"t": ms(c), "gaze": _gaze(c), "target": rid(c.rng)})
    b.decoy("eye gaze rays without face data (set decision: not biometric)")
    b.no_content()
    return b.build()


def body_pose(c: Context) -> Flow:
    """Body / hand joint poses for the avatar's body (decoy by the set's decision)."""
    b = _base(c, "/avatar/v2/body")
    joints = {
        f"Body_{j}": [rf(c.rng, -0.6, 0.6), rf(c.rng, 0.2, 1.8), rf(c.rng, -0.3, 0.3)]
        for j in ("Hips", "SpineLower", "Chest", "Neck", "Head", "LeftHandWrist", "RightHandWrist")
    }
    b.json({"skeletonType": "FullBody", "t": ms(c), "joints": joints})
    b.decoy("body joint poses (set decision: not biometric)")
    b.no_content()
    return b.build()


def session_join(c: Context) -> Flow:
    """Joining a room: device serial and this app's ANDROID_ID for ban evasion checks."""
    b = _base(c, "/session/v1/join")
    b.json(
        {
            "userId": b.acct("plaza_user"),
            "room": "plz-lobby",
            "device": {
                "serialNumber": b.id("hmd_serial", where="json:device.serialNumber"),
                "androidId": b.id("aid_plaza", where="json:device.androidId"),
                "model": "Quest 3",
                "os": "HorizonOS 69",
            },
        }
    )
    b.ok_json({"ok": True, "shard": c.rng.randint(1, 40)})
    return b.build()


def session_opaque(c: Context) -> Flow:
    """An anti-cheat token: the serial hidden in a base64 blob under 'tk'."""
    b = _base(c, "/session/v1/tk")
    raw = b.id_raw("hmd_serial", "xor_b64", "json:tk (xor + base64)")
    b.json({"tk": b64(bytes(x ^ 0x5A for x in raw.encode()))})
    b.ok_json({"ok": True})
    return b.build()


def world_list(c: Context) -> Flow:
    b = FB(c, "plaza", "GET", HOST + "/worlds/v1/popular", [("lang", "de-AT"), ("n", "20")])
    b.header("user-agent", hmd_ua("Plaza", "1.42.0"))
    b.ok_json(
        {
            "worlds": [
                {"id": rid(c.rng), "name": "Prater Nacht", "players": c.rng.randint(0, 60)}
                for _ in range(5)
            ]
        }
    )
    b.decoy("world list with ids")
    return b.build()


def minigame_camera(c: Context) -> Flow:
    """A minigolf minigame's camera telemetry: yaw/pitch/roll of the game camera."""
    b = _base(c, "/games/minigolf/telemetry")
    b.json(
        {
            "hole": c.rng.randint(1, 18),
            "strokes": c.rng.randint(1, 7),
            "camera": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0}
                for _ in range(6)
            ],
        }
    )
    b.decoy("camera yaw/pitch/roll in a game")
    b.no_content()
    return b.build()
