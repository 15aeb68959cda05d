"""Mirrorly: a photo editor with AI avatars, face retouching and a live avatar
puppet driven by the front camera.

- MediaPipe Face Landmarker (on device): 478 landmarks and 52 blendshape
  categories (`_neutral` first); the model is downloaded from
  storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/
  face_landmarker.task (developers.google.com/mediapipe).
- Luxand.cloud: POST api.luxand.cloud/photo/detect and /photo/landmarks with a
  `photo` file and a `token` header (luxand.cloud/docs).
- Singular SDK attribution (sdks.singular_start).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import (
    fake_jpeg,
    fake_mp4,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from . import sdks
from .phone import FB, okhttp, ua
from .shapes import blendshapes, face_points, face_points_xyz, mediapipe_categories

API = "https://api.mirrorly.example"
UA = ua("Mirrorly", "4.2.0")


def _hdr(b: FB, device: bool = False) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer mr." + new_hex(b.ctx.rng, 40))
    if device:
        b.header("x-device-id", b.id("mirror_install", where="header:x-device-id"))


def avatar_train(ctx: Context) -> Flow:
    b = FB(ctx, "mirrorly:avatars", "POST", f"{API}/v1/face/avatars")
    _hdr(b, device=True)
    boundary = "----mr" + new_hex(ctx.rng, 20)
    parts: list[tuple[str, str | None, str | None, bytes]] = [("style", None, None, b"anime_v3")]
    for i in range(ctx.rng.randint(4, 8)):
        parts.append(
            (
                "face_images",
                f"selfie_{i}.jpg",
                "image/jpeg",
                fake_jpeg(ctx.rng.getrandbits(32), 700),
            )
        )
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.mark(
        "biometric", "face_images_avatar_training", "multipart:face_images[] -> /face/avatars", True
    )
    b.ok_json({"job_id": new_uuid(ctx.rng), "eta_s": 900}, 202)
    return b.build()


def puppet_blendshapes(ctx: Context, variant: str) -> Flow:
    """One frame batch of the live puppet: MediaPipe categories or ARKit raw names."""
    b = FB(ctx, "mirrorly:puppet", "POST", f"{API}/v1/live/{new_hex(ctx.rng, 12)}/frames")
    _hdr(b)
    frames: list[dict[str, object]] = []
    for i in range(ctx.rng.randint(2, 4)):
        if variant == "mediapipe":
            frames.append(
                {"t": i * 33, "faceBlendshapes": [{"categories": mediapipe_categories(ctx.rng)}]}
            )
        else:
            frames.append({"t": i * 33, "blendShapes": blendshapes(ctx.rng, raw=True)})
    b.json({"rig": "toon_fox", "frames": frames}, "gzip")
    where = (
        "body.frames[].faceBlendshapes[].categories"
        if variant == "mediapipe"
        else "body.frames[].blendShapes{eyeBlink_L,...}"
    )
    b.mark("biometric", f"blendshapes_{variant}", where, True)
    b.respond(204, None)
    return b.build()


def puppet_protobuf(ctx: Context) -> Flow:
    """The same puppet over a compact protobuf: 52 packed floats, no names."""
    b = FB(ctx, "mirrorly:puppet", "POST", f"{API}/v1/live/{new_hex(ctx.rng, 12)}/f.pb")
    _hdr(b)
    frames = b"".join(
        pb_bytes(2, pb_varint(1, i * 33) + pb_packed_floats(2, list(blendshapes(ctx.rng).values())))
        for i in range(3)
    )
    b.set_body(pb_varint(1, 7) + frames, "application/x-protobuf")
    b.mark("biometric", "blendshapes_protobuf", "body(protobuf).2[].2 packed float x52", False)
    b.respond(204, None)
    return b.build()


def retouch_mesh(ctx: Context) -> Flow:
    b = FB(ctx, "mirrorly:retouch", "POST", f"{API}/v1/retouch/face")
    _hdr(b, device=ctx.rng.random() < 0.3)
    b.json(
        {
            "image_id": new_uuid(ctx.rng),
            "ops": ["slim_face", "smooth_skin"],
            "face_landmarks": face_points_xyz(ctx.rng, 478),
        },
        "gzip",
    )
    b.mark("biometric", "face_mesh_478", "body.face_landmarks[478]{x,y,z}", True)
    b.ok_json({"result_url": f"https://out.mirrorly.example/{new_hex(ctx.rng, 24)}.jpg"})
    return b.build()


def beautify_points(ctx: Context) -> Flow:
    """A 106-point landmark set under a short key: the structure tells what it is."""
    b = FB(ctx, "mirrorly:beautify", "POST", f"{API}/v1/beautify")
    _hdr(b)
    pts = [c for p in face_points(ctx.rng, 106, dims=2, scale=1080) for c in p]
    b.json({"img": new_uuid(ctx.rng), "pts": pts, "n": 106, "lvl": 3})
    b.mark("biometric", "face_landmarks_106_flat", "body.pts (106 x/y pairs)", True)
    b.ok_json({"ok": True})
    return b.build()


def mesh_b64(ctx: Context) -> Flow:
    b = FB(ctx, "mirrorly:retouch", "POST", f"{API}/v1/retouch/relight")
    _hdr(b)
    flat = [c for p in face_points(ctx.rng, 478) for c in p]
    b.json(
        {"image_id": new_uuid(ctx.rng), "face_mesh_f32": floats_b64(flat), "light": "golden_hour"}
    )
    b.mark("biometric", "face_mesh_b64", "body.face_mesh_f32 (base64 float32, 478x3)", True)
    b.ok_json({"ok": True})
    return b.build()


def luxand(ctx: Context, endpoint: str) -> Flow:
    b = FB(
        ctx, "luxand", "POST", f"https://api.luxand.cloud/photo/{endpoint}", http_version="HTTP/1.1"
    )
    b.header("user-agent", okhttp())
    b.header("token", new_hex(ctx.rng, 32))
    boundary = "lx" + new_hex(ctx.rng, 16)
    b.set_body(
        multipart(
            boundary,
            [("photo", "photo.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 900))],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.mark(
        "biometric", "face_image_to_face_api", f"multipart:photo -> luxand /photo/{endpoint}", True
    )
    face: dict[str, object] = {"rectangle": {"left": 211, "top": 302, "right": 640, "bottom": 731}}
    if endpoint == "landmarks":
        face["landmarks"] = [
            {"x": p[0], "y": p[1]} for p in face_points(ctx.rng, 70, dims=2, scale=1080)
        ]
        b.mark("biometric", "luxand_landmarks", "response[].landmarks[70]", True, "response")
    else:
        face.update(
            {
                "age": ctx.rng.randint(20, 45),
                "gender": {"value": "Male", "probability": 0.97},
                "expression": {"value": "smile", "probability": 0.81},
            }
        )
        b.mark(
            "biometric",
            "luxand_face_attributes",
            "response[].age,gender,expression",
            True,
            "response",
        )
    b.ok_json([face])
    return b.build()


def singular(ctx: Context) -> Flow:
    return sdks.singular_start(ctx, "app.mirrorly.studio")


def sync_device(ctx: Context) -> Flow:
    b = FB(ctx, "mirrorly:device", "POST", f"{API}/v1/devices/register")
    _hdr(b)
    b.json(
        {
            "device_id": b.id("mirror_install", where="body.device_id"),
            "android_id": b.id("aid_mirror", where="body.android_id"),
            "push": False,
            "locale": "en_GB",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


# --- ordinary traffic -----------------------------------------------------------


def bg_remove(ctx: Context) -> Flow:
    b = FB(ctx, "mirrorly:edit", "POST", f"{API}/v1/edit/bg-remove")
    _hdr(b)
    boundary = "----mr" + new_hex(ctx.rng, 20)
    b.set_body(
        multipart(
            boundary,
            [
                ("image", "IMG_2024.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1100)),
                ("mode", None, None, b"object"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.decoy("photo upload for background removal")
    b.ok_json({"result_url": f"https://out.mirrorly.example/{new_hex(ctx.rng, 24)}.png"})
    return b.build()


def effects_catalog(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mirrorly:catalog",
        "GET",
        f"{API}/v1/effects",
        [("v", "4.2.0"), ("section", "trending")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "effects": [
                {"id": new_hex(ctx.rng, 8), "name": n, "requires": ["face_tracking"]}
                for n in ("Face Morph", "Beauty Face", "Freckles", "Glitter Tears", "Cartoon Eyes")
            ]
        }
    )
    b.decoy("effect names mentioning faces")
    return b.build()


def effect_download(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mirrorly:cdn",
        "GET",
        f"https://effects.mirrorly.example/packs/{new_hex(ctx.rng, 12)}/face_beauty_v2.zip",
    )
    b.header("user-agent", okhttp())
    b.respond(200, "application/zip", b"PK\x03\x04" + new_hex(ctx.rng, 300).encode())
    return b.build()


def model_download(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mediapipe:model",
        "GET",
        "https://storage.googleapis.com/mediapipe-models/face_landmarker/face_landmarker/float16/1/face_landmarker.task",
    )
    b.header("user-agent", okhttp())
    b.respond(200, "application/octet-stream", b"PK\x03\x04TFL3" + new_hex(ctx.rng, 500).encode())
    b.decoy("face model download")
    return b.build()


def export_upload(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "mirrorly:share",
        "PUT",
        f"https://uploads.mirrorly.example/exports/{new_uuid(ctx.rng)}.mp4",
    )
    b.header("user-agent", okhttp())
    b.set_body(fake_mp4(ctx.rng.getrandbits(24), 1200), "video/mp4")
    b.respond(200, None)
    return b.build()


def paywall(ctx: Context) -> Flow:
    b = FB(ctx, "mirrorly:paywall", "GET", f"{API}/v1/paywall", [("placement", "avatar_pack")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "variant": ctx.rng.choice(["A", "B"]),
            "products": ["mr_pro_week", "mr_pro_year"],
            "experiment_id": new_uuid(ctx.rng),
        }
    )
    return b.build()


def style_vectors(ctx: Context) -> Flow:
    """Style-transfer recommendations: a content embedding, no face involved."""
    from .shapes import feature_vector

    b = FB(ctx, "mirrorly:styles", "POST", f"{API}/v1/styles/similar")
    b.header("user-agent", UA)
    b.json({"style_embedding": feature_vector(ctx.rng, 64), "k": 8})
    b.decoy("style embedding (no face context)")
    b.ok_json({"styles": [new_hex(ctx.rng, 8) for _ in range(8)]})
    return b.build()


def face_msgpack_opaque(ctx: Context) -> Flow:
    """'Same person?' grouping of the gallery: face embeddings in msgpack under short keys."""
    from tests.heldout.wire import mpack

    from .shapes import embedding

    b = FB(ctx, "mirrorly:g", "POST", f"{API}/v1/g/c")
    _hdr(b)
    b.set_body(
        mpack(
            {
                "a": [embedding(ctx.rng, 128) for _ in range(ctx.rng.randint(2, 4))],
                "b": new_uuid(ctx.rng),
            }
        ),
        "application/x-msgpack",
    )
    b.mark("biometric", "face_embeddings_msgpack_opaque", "body(msgpack).a[][128]", False)
    b.ok_json({"clusters": [[0, 1]]})
    return b.build()
