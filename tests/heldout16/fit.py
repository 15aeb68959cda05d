"""Sweatline: a TV fitness app using the USB camera for rep counting and for
recognising which household member is in front of the TV.

In-house backend. Face-profile recognition ships a MobileFaceNet-style 128-d
float32 embedding (base64, as ML Kit / TFLite face pipelines produce) or a face
crop; rep counting ships MoveNet / COCO-17 body keypoints (TensorFlow MoveNet
model card: nose, eyes, ears, shoulders...), which are body pose, not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, tv_ua

SDK = "sweatline"
UA = tv_ua("Sweatline", "3.9.2")
API = "https://api.sweatline.fit"
COCO = [
    "nose",
    "left_eye",
    "right_eye",
    "left_ear",
    "right_ear",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
]


def identify(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v3/household/profiles/identify")
    b.bio("face_embedding", "body.faceEmbedding")
    b.header("user-agent", UA)
    b.json(
        {
            "faceEmbedding": floats_b64(floats(ctx.rng, 128)),
            "embeddingModel": "mobilefacenet-v2",
            "quality": rf(ctx.rng, 0.6, 0.99),
            "cameraSerial": b.id("cam_serial", where="body.cameraSerial"),
            "householdId": b.acct("fit_user"),
        }
    )
    b.ok_json(
        {"match": {"profileId": "p" + str(ctx.rng.randint(1, 5)), "score": rf(ctx.rng, 0.5, 0.99)}}
    )
    return b.build()


def enrol(ctx: Context) -> Flow:
    bnd = "sw" + rid(ctx.rng).replace("-", "")[:24]
    b = FB(ctx, SDK, "POST", f"{API}/v3/household/profiles/p{ctx.rng.randint(1, 5)}/face")
    b.bio("face_image", "multipart.face_crop (face image for profile recognition)")
    parts = [
        ("profileName", None, None, b"Ines"),
        ("consent", None, None, b"face_recognition_v2"),
        ("face_crop", "face_crop.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 700)),
    ]
    b.header("user-agent", UA)
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"enrolled": True})
    return b.build()


def reps(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v3/sessions/{rid(ctx.rng)[:12]}/reps")
    kps = [
        {"name": n, "x": rf(ctx.rng, 0, 1), "y": rf(ctx.rng, 0, 1), "score": rf(ctx.rng, 0.3, 1, 2)}
        for n in COCO
    ]
    b.decoy("body pose keypoints for rep counting (pose alone is not biometric)")
    b.header("user-agent", UA)
    b.json(
        {
            "exercise": ctx.rng.choice(["squat", "lunge", "jumping_jack"]),
            "reps": ctx.rng.randint(1, 30),
            "poseModel": "movenet_lightning_v4",
            "keypoints": kps,
            "ts": iso(ctx),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def summary(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v3/sessions/summary")
    b.decoy("workout summary (calories, rep series)")
    b.json(
        {
            "classId": "cls_" + rid(ctx.rng)[:6],
            "durationSec": ctx.rng.randint(600, 2700),
            "kcal": ctx.rng.randint(80, 450),
            "repSeries": [ctx.rng.randint(5, 20) for _ in range(8)],
        }
    )
    b.ok_json({"streak": ctx.rng.randint(1, 30)})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v3/devices")
    b.header("user-agent", UA)
    b.json(
        {
            "installationId": b.id("fit_install", where="body.installationId"),
            "androidId": b.id("aid_fit", where="body.androidId"),
            "usbCamera": {
                "vendorId": "046d",
                "productId": "0893",
                "serial": b.id("cam_serial", where="body.usbCamera.serial"),
            },
            "tv": {"brand": "Sony", "model": "KD-55X85K"},
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def opaque_match(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v3/t")
    b.bio("face_embedding", "body (encrypted profile-match record)", detectable=False)
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(420)), "application/octet-stream")
    b.no_content()
    return b.build()


def classes(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v3/classes")
    b.param("category", ctx.rng.choice(["hiit", "yoga", "strength"]))
    b.decoy("class catalogue")
    b.ok_json(
        {
            "classes": [
                {"id": "cls_" + rid(ctx.rng)[:6], "thumb": b64(rid(ctx.rng))[:20]} for _ in range(5)
            ]
        }
    )
    return b.build()
