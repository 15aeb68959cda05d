"""A motion-coaching app (fictional "FormCheck") with body-pose skeletons and rep counts.

Pose landmarks follow MediaPipe Pose (developers.google.com/mediapipe/solutions/
vision/pose_landmarker: 33 landmarks x, y, z, visibility; names nose,
left_eye_inner ... right_foot_index) and Apple Vision's VNHumanBodyPoseObservation
joint names (leftShoulder, rightElbow...). A body skeleton is NOT biometric data
under this project's rules (face and voice only), even though the MediaPipe list
starts with a few head points: hard decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, rf, rid, ua

HOST = "https://api.formcheck.example.io"
MP_POSE = [
    "nose",
    "left_eye_inner",
    "left_eye",
    "left_eye_outer",
    "right_eye_inner",
    "right_eye",
    "right_eye_outer",
    "left_ear",
    "right_ear",
    "mouth_left",
    "mouth_right",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_pinky",
    "right_pinky",
    "left_index",
    "right_index",
    "left_thumb",
    "right_thumb",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
    "left_heel",
    "right_heel",
    "left_foot_index",
    "right_foot_index",
]
VISION = [
    "leftShoulder",
    "rightShoulder",
    "leftElbow",
    "rightElbow",
    "leftWrist",
    "rightWrist",
    "leftHip",
    "rightHip",
    "leftKnee",
    "rightKnee",
    "leftAnkle",
    "rightAnkle",
    "root",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "motion", method, HOST + path)
    b.header("user-agent", ua("FormCheck", "1.12"))
    return b


def pose_frames(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sessions/" + rid(c.rng) + "/pose-frames")
    frames = []
    for f in range(c.rng.randint(3, 6)):
        lms = [
            {
                "name": n,
                "x": rf(c.rng, 0.2, 0.8),
                "y": rf(c.rng, 0.05, 0.95),
                "z": rf(c.rng, -0.4, 0.4),
                "visibility": rf(c.rng, 0.5, 1.0, 3),
            }
            for n in MP_POSE
        ]
        frames.append({"frame": f * 3, "poseLandmarks": lms})
    b.json({"exercise": c.rng.choice(["squat", "lunge", "deadlift"]), "fps": 30, "frames": frames})
    b.ok_json({"repCount": c.rng.randint(1, 15), "formScore": rf(c.rng, 0.5, 1.0, 2)})
    b.decoy(
        "MediaPipe body-pose skeleton (33 landmarks incl. a few head points): body pose, not face"
    )
    return b.build()


def vision_joints(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/analyse/joints")
    joints = {
        j: {"x": rf(c.rng, 0, 1), "y": rf(c.rng, 0, 1), "confidence": rf(c.rng, 0.3, 1, 2)}
        for j in VISION
    }
    b.json({"observation": "VNHumanBodyPoseObservation", "recognizedPoints": joints, "ts": iso(c)})
    b.ok_json({"kneeValgusDeg": rf(c.rng, 0, 15, 1), "depthOk": True})
    b.decoy("Apple Vision body joints for squat depth")
    return b.build()


def rep_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sets")
    reps = [
        {
            "rep": i + 1,
            "durationMs": c.rng.randint(1400, 3200),
            "romDeg": rf(c.rng, 70, 120, 1),
            "tempo": "3-1-1",
            "peakVelocity": rf(c.rng, 0.3, 1.2, 2),
        }
        for i in range(c.rng.randint(6, 15))
    ]
    b.json({"exercise": "back_squat", "loadKg": c.rng.choice([40, 60, 80]), "reps": reps})
    b.ok_json({"ok": True})
    b.decoy("rep counting with tempo and range of motion series")
    return b.build()


def packed_skeleton(c: Context) -> Flow:
    import struct

    vals = [rf(c.rng, -1, 1) for _ in range(33 * 3)]
    b = _b(c, "POST", "/v1/sessions/" + rid(c.rng) + "/pose-packed")
    b.json(
        {
            "layout": "mp_pose_33_xyz_f32",
            "frame": c.rng.randint(0, 900),
            "data": b64(struct.pack(f"<{len(vals)}f", *vals)),
        }
    )
    b.no_content()
    b.decoy("base64 float32 body-pose vector (33x3), a feature vector without face context")
    return b.build()


def coach_video(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/library/exercises/{c.rng.choice(['squat', 'lunge', 'plank'])}/demo.m3u8")
    b.respond(
        200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\n#EXTINF:6.0,\nseg0.ts\n"
    )
    b.decoy("exercise demo video manifest fetch")
    return b.build()
