"""A dating app: profile photos to its own CDN and self-declared traits (decoys),
photo verification against AWS Rekognition, AR video-call filters, Adjust.

Real sources: AWS Rekognition CompareFaces (API reference: `X-Amz-Target:
RekognitionService.CompareFaces`, JSON 1.1 body `SourceImage.Bytes` base64,
`TargetImage.S3Object`, `SimilarityThreshold`); ARKit blend-shape locations
(Apple docs, ARFaceAnchor.BlendShapeLocation: eyeBlinkLeft, jawOpen...);
Adjust iOS SDK session package (`POST app.adjust.com/session`, form fields
`app_token`, `idfa`, `idfv`, `created_at`, `os_name`; adjust_ios_sdk
ADJPackageBuilder).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, cfn, iso, rf, rid

API = "https://api.jodoh-example.app"
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
]


def photo_upload(c: Context) -> Flow:
    bnd = "Boundary-" + rid(c.rng).upper()
    b = FB(c, "jodoh", "POST", "https://upload.jodoh-example.app/v1/profile/photos")
    b.header("user-agent", cfn("Jodoh", "3310"))
    b.set_body(
        multipart(
            bnd,
            [
                ("photo", "profile.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 900)),
                ("slot", None, None, b"2"),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"url": f"https://cdn.jodoh-example.app/p/{rid(c.rng)}.jpg", "moderation": "pending"})
    b.decoy("profile photo to the app's own CDN (not a face API)")
    return b.build()


def traits(c: Context) -> Flow:
    b = FB(c, "jodoh", "PATCH", f"{API}/v2/me/profile")
    b.header("user-agent", cfn("Jodoh", "3310"))
    b.json(
        {
            "gender": "female",
            "jantina": "perempuan",
            "heightCm": 162,
            "eyeColour": "dark brown",
            "faceShape": "oval",
            "bangsa": "Chinese",
            "lookingFor": "something serious lah",
            "voicePromptUrl": f"https://cdn.jodoh-example.app/v/{rid(c.rng)}.m4a",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared traits (gender, eye colour, face shape) and a voice-prompt URL")
    return b.build()


def rekognition(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.ap-southeast-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**6), 700))},
            "TargetImage": {
                "S3Object": {"Bucket": "jodoh-profile-sg", "Name": f"p/{rid(c.rng)}.jpg"}
            },
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.SourceImage.Bytes to Rekognition CompareFaces")
    b.ok_json(
        {
            "FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 2), "Face": {"Confidence": 99.9}}],
            "UnmatchedFaces": [],
        }
    )
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = FB(c, "jodoh", "POST", f"{API}/v1/videocall/filter-telemetry")
    b.header("user-agent", cfn("Jodoh", "3310"))
    frames = [
        {"t": i * 33, "blendShapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}} for i in range(4)
    ]
    b.json({"callId": rid(c.rng), "filter": "kawaii_cat", "arFrames": frames})
    b.bio("blendshapes", "body.arFrames[].blendShapes (ARKit)")
    b.no_content()
    return b.build()


def adjust(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", cfn("Jodoh", "3310"))
    b.header("client-sdk", "ios4.38.4")
    b.form(
        [
            ("app_token", "2fm9gkqubvpc"),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv_date", where="form idfv")),
            ("created_at", iso(c).replace("Z", "+0800")),
            ("os_name", "ios"),
            ("os_version", "17.5.1"),
            ("device_type", "iPhone"),
            ("hardware_name", "D83AP"),
            ("session_count", str(c.rng.randint(2, 60))),
            ("environment", "production"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("adjust_adid", where="response adid", direction="response"),
            "timestamp": iso(c),
        }
    )
    return b.build()


BIO = [rekognition, blendshapes, rekognition, blendshapes]
