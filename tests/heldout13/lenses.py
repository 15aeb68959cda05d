"""A camera messenger with face lenses ("Flashpix"), its own backend only.

Modelled on how Snap Camera Kit style lens engines track a face (a 68-point
landmark set, the 468-vertex face mesh of MediaPipe Face Mesh / ARCore
Augmented Faces, ARKit-named blendshape weights) and on what the apps send
back with lens analytics. Key names are the app's own (a mix of snake_case and
abbreviations); the selfie-sticker feature uploads a face crop with its
landmarks to make a cartoon sticker. Stories viewed are reported in batches
(what the person watched). The lens engine's binary telemetry is encrypted
(`p` holds AES output): labelled, but nothing in it says what it is.

References: developers.google.com/mediapipe (Face Mesh, 468 landmarks; Face
Landmarker blendshapes), developers.google.com/ar/develop/augmented-faces,
developer.apple.com/documentation/arkit/arfaceanchor/blendshapelocation,
docs.snap.com/camera-kit (lens sessions).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.flashpix-chat.app"
UA = ua("Flashpix", "13.2.0.41")
LENSES = ["ln_catears_v3", "ln_anime_eyes", "ln_glitter_face", "ln_old_age", "ln_dino_jaw"]
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
    "eyeWideLeft",
    "eyeWideRight",
]


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "flashpix", method, API + path)
    b.header("user-agent", UA)
    b.header("x-fp-session", rid(ctx.rng))
    b.header("authorization", "Bearer " + b64(ctx.rng.randbytes(24)))
    return b


def lens_landmarks(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/lens/v4/analytics")
    r = ctx.rng
    ev = {
        "evt": "lens_session_end",
        "lens": r.choice(LENSES),
        "dur_ms": r.randint(1800, 40000),
        "fps_avg": rf(r, 24, 30, 1),
        "face_trk": {"n_faces": 1, "lm68": points(r, 68), "conf": rf(r, 0.8, 0.99, 3)},
        "cam": "front",
        "ts": ms(ctx),
    }
    b.json({"batch": [ev], "cli_ts": ms(ctx)}, encoding="gzip")
    b.bio("face_landmarks", "body.batch[0].face_trk.lm68")
    b.no_content()
    return b.build()


def lens_mesh(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/lens/v4/analytics")
    r = ctx.rng
    mesh = [round(r.gauss(0, 0.05), 5) for _ in range(468 * 3)]
    ev = {
        "evt": "lens_capture",
        "lens": r.choice(LENSES),
        "capture_kind": r.choice(["snap", "video"]),
        "faceMesh": {"topology": "mediapipe_468", "vertices_f32": floats_b64(mesh)},
        "ts": ms(ctx),
    }
    b.json({"batch": [ev], "cli_ts": ms(ctx)})
    b.bio("face_mesh", "body.batch[0].faceMesh.vertices_f32")
    b.no_content()
    return b.build()


def lens_expressions(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/lens/v4/analytics")
    r = ctx.rng
    weights = {k: rf(r, 0, 1, 3) for k in r.sample(SHAPES, 8)}
    ev = {"evt": "lens_trigger", "lens": r.choice(LENSES), "trigger": "mouth_open"}
    ev["expr_weights"] = weights
    ev["ts"] = ms(ctx)
    b.json({"batch": [ev], "cli_ts": ms(ctx)})
    b.bio("blendshapes", "body.batch[0].expr_weights")
    b.no_content()
    return b.build()


def selfie_sticker(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/stickers/v2/selfie-avatar")
    r = ctx.rng
    meta = {"face_box": [rf(r, 100, 300, 1), rf(r, 200, 400, 1), 310.0, 390.0]}
    meta["landmarks"] = points(r, 106)
    meta["style"] = r.choice(["toon", "chibi", "3d"])
    boundary = "fp" + rid(r).replace("-", "")[:24]
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", js(meta).encode()),
            ("face_crop", "selfie.jpg", "image/jpeg", fake_jpeg(r.getrandbits(32), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart.face_crop (selfie for sticker generator)")
    b.bio("face_landmarks", "multipart.meta.landmarks")
    b.ok_json({"sticker_pack": "sp_" + rid(r)[:8], "status": "rendering"})
    return b.build()


def lens_telemetry_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/lens/v4/t")
    r = ctx.rng
    blob = hashlib.shake_256(r.randbytes(16)).digest(r.randint(900, 1600))
    b.json({"v": 3, "k": r.randint(1, 9), "p": b64(blob)})
    b.bio("face_mesh", "body.p (encrypted lens-engine tracking dump)", detectable=False)
    b.no_content()
    return b.build()


def story_views(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/stories/v1/viewed")
    r = ctx.rng
    views = [
        {
            "story_id": "st_" + rid(r)[:13],
            "author": "fs_" + rid(r)[:12].replace("-", ""),
            "snaps_seen": r.randint(1, 9),
            "view_time_ms": r.randint(2000, 60000),
            "viewed_at": iso(ctx),
            "completed": r.random() < 0.6,
        }
        for _ in range(r.randint(1, 4))
    ]
    b.json({"views": views})
    b.view("body.views[] (stories watched, watch time)")
    b.no_content()
    return b.build()


def device_register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/device/register")
    pairs = [
        ("device_id", b.id("snap_install", where="form.device_id")),
        ("android_id", b.id("aid_snap", where="form.android_id")),
        ("adid", b.id("gaid", where="form.adid")),
        ("model", "Pixel 7a"),
        ("os", "android 14"),
        ("push_token", "c" + rid(ctx.rng).replace("-", "") + ":APA91b" + "x" * 20),
    ]
    b.form(pairs)
    b.ok_json({"ok": True})
    return b.build()
