"""GlowCam: a selfie-filter and skin-analysis app.

Face tracking runs on the phone (MediaPipe Face Landmarker; an ARKit-compatible
blendshape layer shared with the iOS build), and the app ships what it measured
to its backend and to face-analysis APIs (Face++, Rekognition, Azure Face), plus
a KYC liveness step for its paid "creator" tier (Onfido, Veriff, FaceTec-style).
"""

from __future__ import annotations

import struct
from typing import Any
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    gz,
    js,
    jsb,
    jwt,
    mpack,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, ua_android
from .shapes import (
    ARKIT_RAW,
    blend_weights,
    face_mesh,
    mediapipe_blendshape_names,
    r4,
    unit_vector,
)

API = "https://api.glowcam.app"
FX = "https://fx.glowcam.app"
CDN = "https://cdn.glowcam-static.com"
UA = ua_android("GlowCam", "5.3.0")


def _base(fb: FB, ctx: Context) -> None:
    fb.header("user-agent", UA)
    fb.header("x-glow-install", fb.id("glow_install_id", where="header.x-glow-install"))


def install(ctx: Context) -> Flow:
    fb = FB(ctx, "glowcam.install", "POST", f"{API}/v1/install")
    fb.header("user-agent", UA)
    body = {
        "installId": fb.id("glow_install_id", where="body.json.installId"),
        "did": fb.id("android_id_glow", "sha256", where="body.json.did"),
        "gaid": fb.id("gaid", where="body.json.gaid"),
        "locale": "en_GB",
        "firstOpen": int(ctx.now),
    }
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"ok": True, "config": {"effectsVersion": 412}}))
    return fb.build()


def signup(ctx: Context) -> Flow:
    """Self-declared profile: gender and birth year typed by the user are not biometrics."""
    fb = FB(ctx, "glowcam.signup", "POST", f"{API}/v1/accounts")
    fb.header("user-agent", UA)
    form = (
        f"email={fb.id('email', 'urlenc', 'body.form.email')}"
        f"&password_sha256={new_hex(ctx.rng, 64)}"
        f"&gender=female&birth_year=1996&skin_type=combination&face_shape=oval&marketing=0"
    )
    fb.decoy("self-declared gender, birth year, skin type, face shape (quiz answers)")
    fb.decoy("password sha256 (not an identifier of the phone)")
    fb.set_body(form.encode(), "application/x-www-form-urlencoded")
    fb.respond(201, "application/json", jsb({"userId": ctx.phone.glow_user}))
    return fb.build()


def _effect(ctx: Context) -> str:
    return ctx.rng.choice(
        ["fx_doe_eyes", "fx_freckles", "fx_golden_hour", "fx_anime", "fx_glass_skin"]
    )


def mesh_upload(ctx: Context, variant: str) -> Flow:
    """Face tracking results shipped to the effects backend, in several encodings."""
    pts = face_mesh(ctx.rng, 478 if variant == "nested478" else 468)
    fb = FB(ctx, f"glowcam.mesh.{variant}", "POST", f"{FX}/v2/effects/track")
    _base(fb, ctx)
    if variant == "objects":
        body = {
            "effectId": _effect(ctx),
            "frameW": 720,
            "frameH": 1280,
            "faceLandmarks": [{"x": x, "y": y, "z": z} for x, y, z in pts],
        }
        fb.mark("biometric", "face_mesh_468", "body.json.faceLandmarks[468]{x,y,z}", True)
        fb.set_body(jsb(body), "application/json")
    elif variant == "flat_b64gz":
        inner = {"mesh": [c for p in pts for c in p], "n": 468, "effect": _effect(ctx)}
        fb.mark(
            "biometric", "face_mesh_flat", "body.form.payload|base64|gzip|json.mesh[1404]", True
        )
        payload = quote(b64(gz(jsb(inner))), safe="")
        fb.set_body(
            f"v=3&payload={payload}".encode(),
            "application/x-www-form-urlencoded",
        )
    elif variant == "nested478":
        meta = {"face_mesh": [list(p) for p in pts], "iris": True, "effect": _effect(ctx)}
        fb.mark("biometric", "face_mesh_478", "body.multipart.meta.json.face_mesh[478][3]", True)
        fb.mark("biometric", "selfie_image", "body.multipart.frame", False)
        boundary = "glow" + new_hex(ctx.rng, 16)
        body = multipart(
            boundary,
            [
                ("meta", None, "application/json", jsb(meta)),
                ("frame", "frame.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30))),
            ],
        )
        fb.set_body(body, f"multipart/form-data; boundary={boundary}")
    elif variant == "protobuf":
        body = (
            pb_bytes(1, _effect(ctx))
            + pb_varint(2, 468)
            + pb_packed_floats(3, [c for p in pts for c in p])
        )
        fb.mark("biometric", "face_mesh_pb", "body.protobuf.3 (packed floats)", False)
        fb.set_body(body, "application/x-protobuf")
    else:
        raise ValueError(variant)
    fb.respond(200, "application/json", jsb({"ok": True}))
    return fb.build()


def blendshapes(ctx: Context, variant: str) -> Flow:
    fb = FB(ctx, f"glowcam.blend.{variant}", "POST", f"{FX}/v2/avatar/expression")
    _base(fb, ctx)
    if variant == "arkit_raw":
        body = {
            "avatar": "kitsune",
            "blendShapes": blend_weights(ctx.rng, ARKIT_RAW),
            "t": int(ctx.now * 1000),
        }
        fb.mark("biometric", "arkit_blendshapes_raw", "body.json.blendShapes{eyeBlink_L..}", True)
        fb.set_body(jsb(body), "application/json")
    else:
        names = mediapipe_blendshape_names()
        w = blend_weights(ctx.rng, names)
        cats = [
            {"index": i, "score": w[n], "categoryName": n, "displayName": ""}
            for i, n in enumerate(names)
        ]
        body = {"avatar": "bunny", "faceBlendshapes": [cats], "frames": 1}
        fb.mark("biometric", "mediapipe_blendshapes", "body.gzip.json.faceBlendshapes[][52]", True)
        fb.set_body(gz(jsb(body)), "application/json", "gzip")
    fb.respond(204, None)
    return fb.build()


def _f32(values: list[float]) -> bytes:
    return struct.pack(f"<{len(values)}f", *values)


def face_template(ctx: Context, variant: str) -> Flow:
    """Face-unlock of the private gallery: the embedding of the owner's face."""
    fb = FB(ctx, f"glowcam.faceid.{variant}", "POST", f"{API}/v1/vault/faceid/enroll")
    _base(fb, ctx)
    if variant == "b64":
        body = {
            "template": floats_b64(unit_vector(ctx.rng, 512)),
            "model": "arcface-r100",
            "dim": 512,
            "quality": 0.91,
        }
        fb.mark("biometric", "face_embedding_b64", "body.json.template (base64 float32 x512)", True)
        fb.set_body(jsb(body), "application/json")
    elif variant == "msgpack":
        body = {"u": ctx.phone.glow_user, "emb": _f32(unit_vector(ctx.rng, 128)), "v": 2}
        fb.mark("biometric", "face_embedding_msgpack", "body.msgpack.emb (bin float32 x128)", False)
        fb.set_body(mpack(body), "application/x-msgpack")
    elif variant == "jwt":
        token = jwt(
            {
                "sub": ctx.phone.glow_user,
                "face_vec": unit_vector(ctx.rng, 128, 5),
                "iat": int(ctx.now),
            }
        )
        fb.header("x-face-assertion", token)
        fb.mark(
            "biometric", "face_embedding_jwt", "header.x-face-assertion|jwt.face_vec[128]", True
        )
        fb.set_body(jsb({"action": "unlock"}), "application/json")
    else:
        raise ValueError(variant)
    fb.respond(200, "application/json", jsb({"enrolled": True}))
    return fb.build()


def _facepp_face(ctx: Context) -> dict[str, Any]:
    names = [
        "contour_chin",
        "contour_left1",
        "contour_right1",
        "left_eye_center",
        "right_eye_center",
        "left_eye_top",
        "left_eye_bottom",
        "right_eye_top",
        "right_eye_bottom",
        "nose_tip",
        "nose_left",
        "nose_right",
        "mouth_left_corner",
        "mouth_right_corner",
        "mouth_upper_lip_top",
        "mouth_lower_lip_bottom",
        "left_eyebrow_left_corner",
        "right_eyebrow_right_corner",
    ]
    return {
        "face_token": new_hex(ctx.rng, 32),
        "face_rectangle": {"top": 212, "left": 160, "width": 380, "height": 380},
        "landmark": {
            n: {"x": ctx.rng.randint(150, 560), "y": ctx.rng.randint(200, 600)} for n in names
        },
        "attributes": {
            "gender": {"value": "Female"},
            "age": {"value": ctx.rng.randint(22, 34)},
            "beauty": {
                "female_score": round(ctx.rng.uniform(60, 85), 3),
                "male_score": round(ctx.rng.uniform(55, 80), 3),
            },
            "skinstatus": {"health": 7.1, "stain": 12.4, "dark_circle": 3.9, "acne": 1.2},
            "emotion": {
                "happiness": 88.2,
                "neutral": 10.1,
                "sadness": 0.3,
                "anger": 0.1,
                "surprise": 1.3,
            },
        },
    }


def facepp_detect(ctx: Context) -> Flow:
    fb = FB(ctx, "facepp.detect", "POST", "https://api-us.faceplusplus.com/facepp/v3/detect")
    fb.header("user-agent", UA)
    boundary = "----" + new_hex(ctx.rng, 24)
    parts = [
        ("api_key", None, None, new_hex(ctx.rng, 32).encode()),
        ("api_secret", None, None, new_hex(ctx.rng, 32).encode()),
        ("return_landmark", None, None, b"1"),
        ("return_attributes", None, None, b"gender,age,beauty,skinstatus,emotion"),
        ("image_file", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30), 1500)),
    ]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.decoy("api_key / api_secret hex")
    fb.mark("biometric", "selfie_image", "body.multipart.image_file", False)
    answer = {
        "request_id": f"{int(ctx.now)},{new_uuid(ctx.rng)}",
        "time_used": 212,
        "faces": [_facepp_face(ctx)],
        "image_id": b64(ctx.rng.randbytes(15)),
        "face_num": 1,
    }
    fb.mark(
        "biometric",
        "facepp_landmarks_attributes",
        "response.json.faces[].landmark+attributes",
        True,
        "response",
    )
    fb.respond(200, "application/json", jsb(answer))
    return fb.build()


def facepp_forward(ctx: Context) -> Flow:
    fb = FB(ctx, "glowcam.skin_report", "POST", f"{API}/v2/skin/report")
    _base(fb, ctx)
    body = {
        "source": "facepp",
        "result": js({"faces": [_facepp_face(ctx)]}),
        "sku_context": ["serum-12", "spf50"],
    }
    fb.mark(
        "biometric", "facepp_forwarded", "body.json.result|json.faces[].landmark+attributes", True
    )
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"recommendations": ["serum-12"]}))
    return fb.build()


def _rek_face(ctx: Context) -> dict[str, Any]:
    lm = [
        "eyeLeft",
        "eyeRight",
        "mouthLeft",
        "mouthRight",
        "nose",
        "leftEyeBrowLeft",
        "rightEyeBrowRight",
        "chinBottom",
    ]
    return {
        "BoundingBox": {"Width": 0.41, "Height": 0.52, "Left": 0.29, "Top": 0.18},
        "Confidence": 99.99,
        "Landmarks": [
            {"Type": t, "X": r4(ctx.rng.uniform(0.3, 0.7)), "Y": r4(ctx.rng.uniform(0.2, 0.7))}
            for t in lm
        ],
        "Pose": {
            "Roll": r4(ctx.rng.uniform(-8, 8)),
            "Yaw": r4(ctx.rng.uniform(-15, 15)),
            "Pitch": r4(ctx.rng.uniform(-10, 10)),
        },
        "Quality": {"Brightness": 81.2, "Sharpness": 92.5},
    }


def rekognition_compare(ctx: Context) -> Flow:
    fb = FB(ctx, "aws.rekognition", "POST", "https://rekognition.eu-west-1.amazonaws.com/")
    fb.header("x-amz-target", "RekognitionService.CompareFaces")
    fb.header("x-amz-date", "20240611T101500Z")
    fb.header(
        "authorization",
        f"AWS4-HMAC-SHA256 Credential=AKIA{new_hex(ctx.rng, 16).upper()}/20240611/eu-west-1/"
        "rekognition/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, "
        f"Signature={new_hex(ctx.rng, 64)}",
    )
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(ctx.rng.randint(0, 1 << 30), 1200))},
        "TargetImage": {
            "S3Object": {"Bucket": "glowcam-kyc-eu", "Name": f"ids/{new_uuid(ctx.rng)}.jpg"}
        },
        "SimilarityThreshold": 80,
    }
    fb.decoy("SigV4 signature hex, access key id")
    fb.mark("biometric", "face_image_for_matching", "body.json.SourceImage.Bytes", False)
    fb.set_body(jsb(body), "application/x-amz-json-1.1")
    answer = {
        "SourceImageFace": {
            "BoundingBox": {"Width": 0.4, "Height": 0.5, "Left": 0.3, "Top": 0.2},
            "Confidence": 99.9,
        },
        "FaceMatches": [
            {"Similarity": round(ctx.rng.uniform(92, 99.9), 3), "Face": _rek_face(ctx)}
        ],
        "UnmatchedFaces": [],
    }
    fb.mark(
        "biometric",
        "rekognition_facematches",
        "response.json.FaceMatches[].Face.Landmarks+Pose",
        True,
        "response",
    )
    fb.respond(200, "application/x-amz-json-1.1", jsb(answer))
    return fb.build()


def rekognition_debug_event(ctx: Context) -> Flow:
    """Rekognition's FaceDetails dumped into the app's own analytics pipe for debugging."""
    fb = FB(ctx, "glowcam.analytics", "POST", f"{API}/v2/analytics/batch")
    _base(fb, ctx)
    face = _rek_face(ctx)
    face.update(
        {
            "AgeRange": {"Low": 24, "High": 32},
            "Gender": {"Value": "Female", "Confidence": 99.1},
            "Emotions": [{"Type": "CALM", "Confidence": 91.0}],
            "EyesOpen": {"Value": True},
        }
    )
    events = [
        {"name": "kyc_face_debug", "ts": int(ctx.now * 1000), "props": {"FaceDetails": [face]}},
        {"name": "screen_view", "ts": int(ctx.now * 1000), "props": {"screen": "kyc"}},
    ]
    fb.mark(
        "biometric",
        "rekognition_facedetails_forwarded",
        "body.gzip.json.events[].props.FaceDetails",
        True,
    )
    fb.set_body(
        gz(jsb({"events": events, "batchId": new_uuid(ctx.rng)})), "application/json", "gzip"
    )
    fb.decoy("batchId uuid")
    fb.respond(200, "application/json", jsb({"accepted": 2}))
    return fb.build()


def azure_detect(ctx: Context) -> Flow:
    params = [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "true"),
        ("returnFaceAttributes", "headPose,glasses,blur,exposure,noise,mask,qualityForRecognition"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
    ]
    fb = FB(
        ctx,
        "azure.face",
        "POST",
        "https://glowcam-face.cognitiveservices.azure.com/face/v1.0/detect",
        params,
    )
    fb.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    fb.decoy("subscription key hex")
    fb.set_body(fake_jpeg(ctx.rng.randint(0, 1 << 30), 1300), "application/octet-stream")
    fb.mark("biometric", "face_image", "body (jpeg)", False)
    names = [
        "pupilLeft",
        "pupilRight",
        "noseTip",
        "mouthLeft",
        "mouthRight",
        "eyebrowLeftOuter",
        "eyebrowLeftInner",
        "eyeLeftOuter",
        "eyeLeftTop",
        "eyeLeftBottom",
        "eyeLeftInner",
        "eyebrowRightInner",
        "eyebrowRightOuter",
        "eyeRightInner",
        "eyeRightTop",
        "eyeRightBottom",
        "eyeRightOuter",
        "noseRootLeft",
        "noseRootRight",
        "noseLeftAlarTop",
        "noseRightAlarTop",
        "noseLeftAlarOutTip",
        "noseRightAlarOutTip",
        "upperLipTop",
        "upperLipBottom",
        "underLipTop",
        "underLipBottom",
    ]
    answer = [
        {
            "faceId": new_uuid(ctx.rng),
            "faceRectangle": {"top": 131, "left": 177, "width": 162, "height": 162},
            "faceLandmarks": {
                n: {
                    "x": round(ctx.rng.uniform(170, 340), 1),
                    "y": round(ctx.rng.uniform(130, 300), 1),
                }
                for n in names
            },
            "faceAttributes": {
                "headPose": {"pitch": -3.1, "roll": 1.9, "yaw": 6.4},
                "glasses": "NoGlasses",
                "qualityForRecognition": "high",
            },
        }
    ]
    fb.mark("biometric", "azure_face_landmarks", "response.json[].faceLandmarks", True, "response")
    fb.respond(200, "application/json", jsb(answer))
    return fb.build()


def onfido_live_photo(ctx: Context) -> Flow:
    fb = FB(ctx, "onfido.live_photo", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    claims = {"exp": int(ctx.now) + 5400, "payload": b64(ctx.rng.randbytes(40))}
    claims["uuid"] = new_uuid(ctx.rng)
    fb.header("authorization", f"Bearer {jwt(claims)}")
    fb.header("user-agent", "Onfido-Android-SDK/19.3.0")
    boundary = new_uuid(ctx.rng)
    parts = [
        ("applicant_id", None, None, new_uuid(ctx.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "live_photo.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30), 1600)),
    ]
    fb.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    fb.decoy("applicant_id uuid, SDK token JWT")
    fb.mark("biometric", "kyc_live_photo", "url /live_photos + body.multipart.file", True)
    fb.respond(
        201,
        "application/json",
        jsb({"id": new_uuid(ctx.rng), "file_name": "live_photo.jpg", "file_size": 1620}),
    )
    return fb.build()


def onfido_check(ctx: Context) -> Flow:
    """Asks for a check by report name: says 'facial similarity', carries no face data."""
    fb = FB(ctx, "onfido.check", "POST", f"{API}/v1/kyc/checks")
    _base(fb, ctx)
    body = {
        "applicant_id": new_uuid(ctx.rng),
        "report_names": ["document", "facial_similarity_photo"],
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("report name facial_similarity_photo (no face data)")
    fb.respond(202, "application/json", jsb({"status": "in_progress"}))
    return fb.build()


def onfido_result(ctx: Context) -> Flow:
    """The KYC outcome the backend pushes to the app: scores of the face comparison."""
    fb = FB(ctx, "glowcam.kyc_result", "GET", f"{API}/v1/kyc/status")
    _base(fb, ctx)
    report = {
        "name": "facial_similarity_photo",
        "result": "clear",
        "breakdown": {
            "face_comparison": {
                "result": "clear",
                "breakdown": {"face_match": {"result": "clear", "properties": {"score": 0.71}}},
            },
            "visual_authenticity": {
                "result": "clear",
                "breakdown": {
                    "spoofing_detection": {"result": "clear", "properties": {"score": 0.93}}
                },
            },
        },
    }
    fb.mark(
        "biometric", "face_match_scores", "response.json.reports[].breakdown", False, "response"
    )
    fb.respond(200, "application/json", jsb({"status": "complete", "reports": [report]}))
    return fb.build()


def veriff_media(ctx: Context) -> Flow:
    sid = new_uuid(ctx.rng)
    fb = FB(ctx, "veriff.media", "POST", f"https://stationapi.veriff.com/v1/sessions/{sid}/media")
    fb.header("x-auth-client", new_uuid(ctx.rng))
    fb.header("x-hmac-signature", new_hex(ctx.rng, 64))
    fb.header("user-agent", "Veriff-Android-SDK/6.8.0")
    body = {
        "image": {
            "context": "face",
            "content": "data:image/jpeg;base64,"
            + b64(fake_jpeg(ctx.rng.randint(0, 1 << 30), 1400)),
            "timestamp": "2024-06-11T10:17:02.000Z",
        }
    }
    fb.decoy("session id uuid in path, hmac signature hex")
    fb.mark("biometric", "kyc_face_image", "body.json.image{context=face,content}", True)
    fb.set_body(jsb(body), "application/json")
    fb.respond(
        200, "application/json", jsb({"status": "success", "image": {"id": new_uuid(ctx.rng)}})
    )
    return fb.build()


def facetec_liveness(ctx: Context) -> Flow:
    fb = FB(ctx, "glowcam.liveness", "POST", f"{API}/v1/kyc/liveness-3d")
    _base(fb, ctx)
    body = {
        "faceScan": b64(ctx.rng.randbytes(3000)),
        "auditTrailImage": b64(fake_jpeg(ctx.rng.randint(0, 1 << 30), 900)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(ctx.rng.randint(0, 1 << 30), 400)),
        "sessionId": new_uuid(ctx.rng),
        "externalDatabaseRefID": f"glow_{ctx.phone.glow_user}",
    }
    fb.decoy("sessionId uuid")
    fb.mark("biometric", "facetec_facescan", "body.json.faceScan+auditTrailImage", True)
    fb.set_body(jsb(body), "application/json")
    fb.respond(
        200,
        "application/json",
        jsb({"success": True, "wasProcessed": True, "livenessProven": True}),
    )
    return fb.build()


# --- decoys ----------------------------------------------------------------------------


def canonical_model(ctx: Context) -> Flow:
    """The effect engine downloads MediaPipe's generic canonical face model: nobody's face."""
    fb = FB(
        ctx,
        "glowcam.asset",
        "GET",
        f"{CDN}/models/v7/canonical_face_model.json",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", UA)
    verts = face_mesh(ctx.rng, 468)
    doc = {
        "name": "canonical_face_model",
        "vertices": [list(v) for v in verts],
        "uv": [[r4(x), r4(y)] for x, y, _ in verts],
    }
    fb.decoy("generic canonical face model (468 vertices) downloaded as an asset")
    fb.respond(200, "application/json", gz(jsb(doc)), "gzip")
    return fb.build()


def effect_asset(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "glowcam.asset",
        "GET",
        f"{CDN}/effects/{_effect(ctx)}/glasses.gltf.json",
        http_version="HTTP/1.1",
    )
    fb.header("user-agent", UA)
    verts = [
        [r4(ctx.rng.uniform(-1, 1)), r4(ctx.rng.uniform(-0.3, 0.3)), r4(ctx.rng.uniform(-0.2, 0.2))]
        for _ in range(512)
    ]
    fb.respond(
        200, "application/json", jsb({"mesh": {"positions": verts, "indices": list(range(300))}})
    )
    fb.decoy("3D asset: 512 vertices of a glasses model")
    return fb.build()


def filter_catalog(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "glowcam.catalog",
        "GET",
        f"{FX}/v2/effects",
        [("tag", "face"), ("page", str(ctx.rng.randint(1, 4)))],
    )
    fb.header("user-agent", UA)
    items = [
        {
            "id": _effect(ctx),
            "name": n,
            "tracks": ["face_mesh", "blendshapes"],
            "thumb": f"{CDN}/t/{new_hex(ctx.rng, 20)}.webp",
        }
        for n in ("Doe Eyes", "Freckles", "Face Swap Lite", "Golden Hour")
    ]
    fb.respond(200, "application/json", jsb({"effects": items}))
    fb.decoy("effect catalog mentioning face_mesh/blendshapes")
    return fb.build()


def share_upload(ctx: Context) -> Flow:
    """The user saves a filtered selfie to the cloud gallery: a photo, not a measurement."""
    fb = FB(
        ctx,
        "glowcam.gallery",
        "PUT",
        f"https://glowcam-gallery.s3.eu-central-1.amazonaws.com/u/{ctx.phone.glow_user}/{new_uuid(ctx.rng)}.jpg",
    )
    fb.header("x-amz-content-sha256", new_hex(ctx.rng, 64))
    fb.set_body(fake_jpeg(ctx.rng.randint(0, 1 << 30), 2000), "image/jpeg")
    fb.decoy("gallery photo upload, content sha256")
    fb.respond(200, None, headers=[("etag", f'"{new_hex(ctx.rng, 32)}"')])
    return fb.build()


def article(ctx: Context) -> Flow:
    fb = FB(ctx, "glowcam.blog", "GET", f"{API}/v1/blog/posts/how-face-tracking-works")
    fb.header("user-agent", UA)
    text = (
        "Our effects find 468 face landmarks and 52 blendshapes on your phone. Face recognition, "
        "face embeddings and biometric templates are different things: we explain how."
    )
    fb.respond(
        200,
        "application/json",
        jsb(
            {"title": "How face tracking works", "body": text, "tags": ["face", "biometrics", "AR"]}
        ),
    )
    fb.decoy("article text about landmarks and embeddings")
    return fb.build()


def product_recs(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "glowcam.shop",
        "GET",
        f"{API}/v1/shop/recommendations",
        [("skin_type", "combination"), ("budget", "30")],
    )
    fb.header("user-agent", UA)
    prods = [
        {
            "sku": f"sku-{new_digits(ctx.rng, 6)}",
            "price": round(ctx.rng.uniform(8, 45), 2),
            "rating": round(ctx.rng.uniform(3.5, 5), 1),
            "embedding": unit_vector(ctx.rng, 64, 4),
        }
        for _ in range(3)
    ]
    fb.respond(200, "application/json", jsb({"products": prods, "orderHint": new_uuid(ctx.rng)}))
    fb.decoy("64-d unit-norm product embeddings, skus")
    return fb.build()


def checkout(ctx: Context) -> Flow:
    fb = FB(ctx, "glowcam.checkout", "POST", f"{API}/v1/shop/orders")
    _base(fb, ctx)
    body = {
        "orderId": f"GC-{new_digits(ctx.rng, 10)}",
        "idempotencyKey": new_uuid(ctx.rng),
        "items": [{"sku": f"sku-{new_digits(ctx.rng, 6)}", "qty": 1}],
        "total": {"amount": 2499, "currency": "EUR"},
        "paymentIntent": "pi_" + new_hex(ctx.rng, 24),
    }
    fb.set_body(jsb(body), "application/json")
    fb.decoy("order id, idempotency uuid, payment intent")
    fb.respond(201, "application/json", jsb({"status": "paid", "receipt": new_hex(ctx.rng, 40)}))
    return fb.build()


__all__ = ["new_digits"]
