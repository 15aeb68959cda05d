"""Biometric data leaving the phone: face effects, face analysis, voiceprints.

Shapes: 106-point face landmarks (the point set face-effect SDKs such as
SenseTime's and ByteDance's Effect SDK use), ARKit `ARFaceAnchor.blendShapes`
(52 camelCase keys) and the raw `eyeBlink_L` spellings, ARKit face geometry
(1220 vertices), face embeddings as float lists and as base64 float32, Face++
Detect (`return_landmark`, `return_attributes`), AWS Rekognition DetectFaces
(`X-Amz-Target: RekognitionService.DetectFaces`, `FaceDetails`), and speaker
recognition enrolment (Azure text-independent profiles, an ECAPA-style
192-float speaker embedding).
"""

from __future__ import annotations

import math
from typing import Any

from .bytedance import API, api_call
from .flowmodel import Context, Flow, FlowBuilder
from .identity import new_hex, new_uuid
from .wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

BLENDSHAPES = [
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight", "eyeLookOutLeft",
    "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight", "eyeSquintLeft", "eyeSquintRight",
    "eyeWideLeft", "eyeWideRight", "jawForward", "jawLeft", "jawOpen", "jawRight",
    "mouthClose", "mouthDimpleLeft", "mouthDimpleRight", "mouthFrownLeft", "mouthFrownRight",
    "mouthFunnel", "mouthLeft", "mouthLowerDownLeft", "mouthLowerDownRight", "mouthPressLeft",
    "mouthPressRight", "mouthPucker", "mouthRight", "mouthRollLower", "mouthRollUpper",
    "mouthShrugLower", "mouthShrugUpper", "mouthSmileLeft", "mouthSmileRight",
    "mouthStretchLeft", "mouthStretchRight", "mouthUpperUpLeft", "mouthUpperUpRight",
    "noseSneerLeft", "noseSneerRight", "tongueOut",
]  # fmt: skip


def _raw_name(name: str) -> str:
    """ARKit's raw spelling: eyeBlinkLeft -> eyeBlink_L."""
    for side, short in (("Left", "_L"), ("Right", "_R")):
        if name.endswith(side):
            return name[: -len(side)] + short
    return name


def landmarks(ctx: Context, n: int = 106) -> list[list[float]]:
    cx, cy, r = ctx.rng.uniform(300, 700), ctx.rng.uniform(500, 900), ctx.rng.uniform(180, 260)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        k = 1.0 if i < 33 else ctx.rng.uniform(0.2, 0.8)
        pts.append([round(cx + r * k * math.cos(a), 3), round(cy + r * 1.2 * k * math.sin(a), 3)])
    return pts


def embedding(ctx: Context, n: int) -> list[float]:
    v = [ctx.rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


def _pose(ctx: Context) -> dict[str, float]:
    return {k: round(ctx.rng.uniform(-25, 25), 3) for k in ("yaw", "pitch", "roll")}


def face_effect_upload(ctx: Context, variant: str) -> Flow:
    """A face-effect request: the camera frame's face data sent to the effect backend."""
    fb = api_call(ctx, "bytedance.effect_face", "POST", API + "/effect/api/v3/face/upload/")
    fb.params[:0] = [("effect_id", str(ctx.rng.randint(100000, 999999))), ("panel", "beauty")]
    face: dict[str, Any] = {
        "face_id": ctx.rng.randint(0, 3),
        "score": round(ctx.rng.uniform(0.9, 1), 4),
        "rect": {"left": 210, "top": 380, "right": 780, "bottom": 1120},
    }
    face.update(_pose(ctx))
    where = "body.multipart.face_info|json.faces[]"
    if variant == "points":
        face["points_106"] = landmarks(ctx)
        fb.mark("biometric", "face_landmarks_106", where + ".points_106", True)
    elif variant == "flat":
        face["landmark106"] = [c for p in landmarks(ctx) for c in p]
        fb.mark("biometric", "face_landmarks_106_flat", where + ".landmark106", True)
    elif variant == "blend":
        face["blendshapes"] = {k: round(ctx.rng.uniform(0, 1), 5) for k in BLENDSHAPES}
        fb.mark("biometric", "arkit_blendshapes", where + ".blendshapes", True)
    elif variant == "blend_raw":
        face["blendShapes"] = {_raw_name(k): round(ctx.rng.uniform(0, 1), 5) for k in BLENDSHAPES}
        fb.mark("biometric", "arkit_blendshapes_raw", where + ".blendShapes", True)
    elif variant == "embedding":
        face["face_feature"] = embedding(ctx, 512)
        fb.mark("biometric", "face_embedding_512", where + ".face_feature", True)
    elif variant == "embedding_b64":
        face["feature"] = floats_b64(embedding(ctx, 128))
        face["feature_dim"] = 128
        fb.mark("biometric", "face_embedding_b64_float32", where + ".feature|base64", True)
    elif variant == "mesh468":
        face["mesh"] = [
            {
                "x": round(ctx.rng.uniform(0, 1), 5),
                "y": round(ctx.rng.uniform(0, 1), 5),
                "z": round(ctx.rng.uniform(-0.1, 0.1), 5),
            }
            for _ in range(468)
        ]
        fb.mark("biometric", "face_mesh_468", where + ".mesh", True)
    elif variant == "dlib68":
        face["shape68"] = landmarks(ctx, 68)
        fb.mark("biometric", "face_landmarks_68", where + ".shape68", True)
    elif variant == "mlkit":
        face.update(
            {
                "trackingId": ctx.rng.randint(0, 9),
                "headEulerAngleX": round(ctx.rng.uniform(-10, 10), 3),
                "headEulerAngleY": round(ctx.rng.uniform(-10, 10), 3),
                "headEulerAngleZ": round(ctx.rng.uniform(-10, 10), 3),
                "leftEyeOpenProbability": round(ctx.rng.uniform(0.5, 1), 4),
                "rightEyeOpenProbability": round(ctx.rng.uniform(0.5, 1), 4),
                "smilingProbability": round(ctx.rng.uniform(0, 1), 4),
                "contours": {
                    "FACE": [{"x": x, "y": y} for x, y in landmarks(ctx, 36)],
                    "LEFT_EYE": [{"x": x, "y": y} for x, y in landmarks(ctx, 16)],
                },
            }
        )
        fb.mark("biometric", "mlkit_face", where + " (ML Kit Face fields)", True)
    else:
        raise ValueError(variant)
    info = {"face_count": 1, "image_width": 1080, "image_height": 1920, "faces": [face]}
    boundary = new_uuid(ctx.rng)
    parts = [("face_info", None, "application/json; charset=utf-8", jsb(info))]
    if ctx.rng.random() < 0.6:
        parts.insert(0, ("image", "frame.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**9))))
    parts.append(("sdk_version", None, None, b"14.1.0"))
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.respond(
        200, "application/json", jsb({"status_code": 0, "effect_resource": new_hex(ctx.rng, 32)})
    )
    return fb.build()


def face_geometry(ctx: Context) -> Flow:
    """ARKit ARFaceGeometry: 1220 vertices, sent as a flat float list."""
    fb = api_call(ctx, "bytedance.effect_face", "POST", API + "/effect/api/v3/face/mesh/")
    verts = [round(ctx.rng.uniform(-0.1, 0.1), 5) for _ in range(1220 * 3)]
    body = {
        "mesh": {"vertexCount": 1220, "vertices": verts, "triangleCount": 2304},
        "anchor": {"transform": [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0.01, -0.02, -0.35, 1]},
    }
    fb.mark("biometric", "arkit_face_geometry", "body.gzip.json.mesh.vertices", True)
    fb.set_body(jsb(body), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"status_code": 0}))
    return fb.build()


def face_embedding_protobuf(ctx: Context) -> Flow:
    """A face template as packed float32 in protobuf: no key names at all."""
    fb = api_call(ctx, "bytedance.effect_face", "POST", API + "/effect/api/v3/face/cache/")
    msg = (
        pb_varint(1, 1)
        + pb_bytes(2, new_hex(ctx.rng, 16))
        + pb_packed_floats(3, embedding(ctx, 256))
    )
    fb.mark("biometric", "face_embedding_protobuf", "body.protobuf.3 (packed float32)", False)
    fb.set_body(msg, "application/x-protobuf")
    fb.respond(200, "application/json", jsb({"status_code": 0}))
    return fb.build()


def _facepp_attrs(ctx: Context) -> dict[str, Any]:
    return {
        "gender": {"value": ctx.rng.choice(["Female", "Male"])},
        "age": {"value": ctx.rng.randint(18, 60)},
        "smile": {"value": round(ctx.rng.uniform(0, 100), 3), "threshold": 50.0},
        "headpose": {
            "pitch_angle": round(ctx.rng.uniform(-20, 20), 4),
            "roll_angle": round(ctx.rng.uniform(-20, 20), 4),
            "yaw_angle": round(ctx.rng.uniform(-20, 20), 4),
        },
        "emotion": {
            k: round(ctx.rng.uniform(0, 100), 3)
            for k in ("anger", "disgust", "fear", "happiness", "neutral", "sadness", "surprise")
        },
        "ethnicity": {"value": ctx.rng.choice(["ASIAN", "WHITE", "BLACK", "INDIA"])},
        "beauty": {
            "female_score": round(ctx.rng.uniform(40, 90), 3),
            "male_score": round(ctx.rng.uniform(40, 90), 3),
        },
    }


def facepp_detect(ctx: Context) -> Flow:
    """The frame uploaded to Megvii's Face++ Detect API; landmarks and attributes come back."""
    fb = FlowBuilder(
        ctx,
        "faceplusplus",
        "POST",
        "https://api-us.faceplusplus.com/facepp/v3/detect",
        http_version="HTTP/1.1",
    )
    boundary = "----" + new_hex(ctx.rng, 24)
    parts = [
        ("api_key", None, None, new_hex(ctx.rng, 32).encode()),
        ("api_secret", None, None, new_hex(ctx.rng, 32).encode()),
        ("image_base64", None, None, b64(fake_jpeg(ctx.rng.randint(0, 10**9))).encode()),
        ("return_landmark", None, None, b"2"),
        ("return_attributes", None, None, b"gender,age,smiling,headpose,emotion,ethnicity,beauty"),
    ]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.mark(
        "biometric", "face_image_to_face_api", "body.multipart.image_base64 (Face++ detect)", True
    )
    names = [
        "contour_chin",
        "left_eye_center",
        "right_eye_center",
        "nose_tip",
        "mouth_left_corner",
        "mouth_right_corner",
    ]
    answer = {
        "request_id": f"{int(ctx.now)},{new_uuid(ctx.rng)}",
        "time_used": ctx.rng.randint(50, 400),
        "faces": [
            {
                "face_token": new_hex(ctx.rng, 32),
                "face_rectangle": {"top": 380, "left": 210, "width": 570, "height": 740},
                "landmark": {
                    n: {"x": ctx.rng.randint(200, 800), "y": ctx.rng.randint(380, 1120)}
                    for n in names
                },
                "attributes": _facepp_attrs(ctx),
            }
        ],
        "image_id": new_hex(ctx.rng, 22) + "==",
        "face_num": 1,
    }
    fb.mark("biometric", "facepp_landmarks_attributes", "response.json.faces[]", True, "response")
    fb.decoy("request_id uuid, face_token hex")
    fb.respond(200, "application/json", jsb(answer))
    return fb.build()


def rekognition(ctx: Context) -> Flow:
    fb = FlowBuilder(
        ctx,
        "rekognition",
        "POST",
        "https://rekognition.us-east-1.amazonaws.com/",
        http_version="HTTP/1.1",
    )
    fb.header("x-amz-target", "RekognitionService.DetectFaces")
    fb.header("x-amz-date", "20240514T093105Z")
    fb.header(
        "authorization",
        f"AWS4-HMAC-SHA256 Credential=AKIA{new_hex(ctx.rng, 16).upper()}/20240514/us-east-1/"
        "rekognition/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        f"Signature={new_hex(ctx.rng, 64)}",
    )
    fb.decoy("SigV4 signature sha256-looking hex")
    body = {"Image": {"Bytes": b64(fake_jpeg(ctx.rng.randint(0, 10**9)))}, "Attributes": ["ALL"]}
    fb.set_body(jsb(body), "application/x-amz-json-1.1")
    fb.mark("biometric", "face_image_to_face_api", "body.json.Image.Bytes (DetectFaces)", True)
    detail = {
        "BoundingBox": {"Width": 0.42, "Height": 0.38, "Left": 0.29, "Top": 0.2},
        "AgeRange": {"Low": 24, "High": 32},
        "Smile": {"Value": True, "Confidence": 97.1},
        "Gender": {"Value": "Female", "Confidence": 99.2},
        "Emotions": [{"Type": "HAPPY", "Confidence": 91.3}, {"Type": "CALM", "Confidence": 4.1}],
        "Landmarks": [
            {
                "Type": t,
                "X": round(ctx.rng.uniform(0.3, 0.7), 4),
                "Y": round(ctx.rng.uniform(0.2, 0.6), 4),
            }
            for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
        ],
        "Pose": {"Roll": 2.1, "Yaw": -4.7, "Pitch": 6.3},
        "Confidence": 99.99,
    }
    fb.mark(
        "biometric", "rekognition_face_details", "response.json.FaceDetails[]", True, "response"
    )
    fb.respond(200, "application/x-amz-json-1.1", jsb({"FaceDetails": [detail]}))
    return fb.build()


def face_attributes_forwarded(ctx: Context) -> Flow:
    """Face++-style analysis results sent on to the app's own analytics as an app_log event."""
    fb = api_call(
        ctx, "bytedance.face_attr_report", "POST", API + "/effect/api/v3/face/report/", "query"
    )
    payload = {
        "event": "beauty_face_detect",
        "params": jsb(
            {
                "face_num": 1,
                "attributes": _facepp_attrs(ctx),
                "effect_id": ctx.rng.randint(100000, 999999),
            }
        ).decode(),
        "time": int(ctx.now * 1000),
    }
    fb.mark("biometric", "face_attributes_forwarded", "body.json.params|json.attributes", True)
    fb.set_body(jsb(payload), "application/json")
    fb.respond(200, "application/json", jsb({"status_code": 0}))
    return fb.build()


def rekognition_forwarded(ctx: Context) -> Flow:
    """Rekognition FaceDetails passed on to an analytics vendor (Amplitude event properties)."""
    fb = FlowBuilder(ctx, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    ev = {
        "device_id": fb.id("amplitude_device_id", where="body.json.events[].device_id"),
        "event_type": "face_scan_result",
        "insert_id": new_uuid(ctx.rng),
        "event_properties": {
            "AgeRange": {"Low": 24, "High": 32},
            "Gender": {"Value": "Female", "Confidence": 99.2},
            "Emotions": [{"Type": "HAPPY", "Confidence": 91.3}],
            "Pose": {"Roll": 2.1, "Yaw": -4.7, "Pitch": 6.3},
        },
        "time": int(ctx.now * 1000),
    }
    fb.mark(
        "biometric", "rekognition_details_forwarded", "body.json.events[].event_properties", True
    )
    fb.decoy("insert_id uuid")
    fb.set_body(jsb({"api_key": new_hex(ctx.rng, 32), "events": [ev]}), "application/json")
    fb.respond(200, "application/json", jsb({"code": 200}))
    return fb.build()


def voice_enroll(ctx: Context, as_b64: bool) -> Flow:
    """Voice-changer / voice-ID enrolment: audio plus a speaker embedding."""
    fb = api_call(ctx, "bytedance.voice_enroll", "POST", API + "/aweme/v1/voice/verify/enroll/")
    boundary = new_uuid(ctx.rng)
    emb = embedding(ctx, 192)
    if as_b64:
        extra = ("voiceprint", None, "text/plain", floats_b64(emb).encode())
        fb.mark("biometric", "voiceprint_b64", "body.multipart.voiceprint|base64 (float32)", True)
    else:
        extra = (
            "speaker_embedding",
            None,
            "application/json",
            jsb({"dim": 192, "model": "ecapa_tdnn", "vector": emb}),
        )
        fb.mark(
            "biometric", "speaker_embedding", "body.multipart.speaker_embedding|json.vector", True
        )
    parts = [
        ("audio", "enroll.wav", "audio/wav", fake_wav(ctx.rng.randint(0, 10**9))),
        extra,
        ("scene", None, None, b"voice_id"),
    ]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.respond(200, "application/json", jsb({"status_code": 0, "enroll_status": "Enrolling"}))
    return fb.build()


def azure_speaker_enroll(ctx: Context) -> Flow:
    profile = new_uuid(ctx.rng)
    url = f"https://westus.api.cognitive.microsoft.com/speaker/verification/v2.0/text-independent/profiles/{profile}/enrollments"
    fb = FlowBuilder(ctx, "azure.speaker", "POST", url, http_version="HTTP/1.1")
    fb.params.append(("ignoreMinLength", "false"))
    fb.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    fb.set_body(fake_wav(ctx.rng.randint(0, 10**9), 3000), "audio/wav; codecs=audio/pcm")
    fb.mark(
        "biometric",
        "speaker_recognition_enrollment",
        "body (audio) to speaker verification enrolment",
        True,
    )
    fb.decoy("profile id uuid in path")
    answer = {
        "profileId": profile,
        "enrollmentStatus": "Enrolling",
        "enrollmentsCount": 1,
        "enrollmentsLength": 10.0,
        "remainingEnrollmentsSpeechLength": 10.0,
    }
    fb.respond(201, "application/json; charset=utf-8", jsb(answer))
    return fb.build()
