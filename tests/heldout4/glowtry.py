"""GlowTry: an AR virtual-makeup try-on shop. The camera effect runs on-device (a
DeepAR-style licence check, Banuba-style effect bundles); the app syncs the
try-on face geometry to its backend, sends a selfie to a Perfect Corp-style
skin-analysis API, forwards the analysis to analytics, and reports to Facebook.

Wire formats: MediaPipe Face Mesh (468 landmarks) and the 68-point dlib layout;
ARKit `ARFaceAnchor.blendShapes` names (eyeBlinkLeft...) and the raw `_L`/`_R`
export spelling; Perfect Corp YouCam Online Editor skin-analysis flow (file
registration, upload to a presigned URL, task run:
https://yce.perfectcorp.com/document/index.html); Facebook app events `POST
/{app-id}/activities` form with `advertiser_id`, `anon_id`, `custom_events`
(JSON in a form field), `extinfo` (JSON array).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, js, mpack

from .phone import FB, iso, ms, okhttp, order_no, req_id, rf, ua
from .shapes import ARKIT_BLENDSHAPES, points2d, points3d, raw_blendshape, series

API = "https://api.glowtry-beauty.com"
UA = ua("GlowTry", "2.31.0")
SHADES = ["ruby-matte-07", "nude-satin-02", "berry-gloss-11", "coral-cream-04"]


def _api(ctx: Context, method: str, path: str) -> FB:
    fb = FB(ctx, "glowtry", method, API + path)
    fb.header("user-agent", UA)
    fb.header("x-glow-install", fb.id("glow_install", where="header x-glow-install"))
    return fb


def _plain(ctx: Context, method: str, path: str) -> FB:
    fb = FB(ctx, "glowtry", method, API + path)
    fb.header("user-agent", UA)
    return fb


# --- negatives ---------------------------------------------------------------------------


def products(ctx: Context) -> Flow:
    fb = _plain(ctx, "GET", "/v1/products")
    fb.param("category", ctx.rng.choice(["lipstick", "eyeshadow", "foundation"]))
    fb.ok_json(
        {
            "products": [
                {
                    "sku": s,
                    "price": rf(ctx.rng, 9, 39, 2),
                    "rgb": [ctx.rng.randint(80, 220) for _ in range(3)],
                }
                for s in SHADES
            ]
        }
    )
    return fb.build()


def swatch(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "glowtry-cdn",
        "GET",
        f"https://cdn.glowtry-beauty.com/swatch/{ctx.rng.choice(SHADES)}@2x.jpg",
    )
    fb.header("user-agent", okhttp())
    fb.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 500))
    return fb.build()


def price_history(ctx: Context) -> Flow:
    fb = _plain(ctx, "GET", f"/v1/products/{ctx.rng.choice(SHADES)}/price-history")
    fb.ok_json(
        {
            "currency": "EUR",
            "points": [
                [f"2024-05-{d:02d}", p] for d, p in enumerate(series(ctx.rng, 20, 24.0, 0.6), 1)
            ],
        }
    )
    return fb.build()


def checkout(ctx: Context) -> Flow:
    fb = _plain(ctx, "POST", "/v1/checkout")
    order = "GT-" + new_digits(ctx.rng, 9)
    fb.decoy(order)
    fb.json(
        {
            "order_ref": order,
            "items": [{"sku": ctx.rng.choice(SHADES), "qty": 1}],
            "payment": {"method": "gpay", "token": new_hex(ctx.rng, 48)},
        }
    )
    fb.ok_json({"status": "paid", "receipt": order_no(ctx.rng)})
    return fb.build()


def licence(ctx: Context) -> Flow:
    fb = FB(ctx, "deepar", "POST", "https://api.deepar.ai/v1/licence/validate")
    fb.header("user-agent", okhttp())
    fb.json(
        {
            "license_key": new_hex(ctx.rng, 64),
            "bundle_id": "com.glowtry.app",
            "platform": "android",
            "sdk_version": "5.6.3",
        }
    )
    fb.ok_json({"valid": True, "features": ["face_tracking", "segmentation"]})
    return fb.build()


def effect_bundle(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "glowtry-cdn",
        "GET",
        f"https://cdn.glowtry-beauty.com/effects/{ctx.rng.choice(SHADES)}/v3/effect.zip",
    )
    fb.header("user-agent", okhttp())
    fb.respond(
        200, "application/zip", b"PK\x03\x04" + bytes(ctx.rng.getrandbits(8) for _ in range(600))
    )
    return fb.build()


def ar_session_metrics(ctx: Context) -> Flow:
    """Rendering telemetry with the phone camera's orientation: no face in it."""
    fb = _plain(ctx, "POST", "/v1/telemetry/render")
    fb.json(
        {
            "session": req_id(ctx.rng),
            "fps_p50": rf(ctx.rng, 24, 60, 1),
            "gpu_ms": rf(ctx.rng, 4, 16, 2),
            "camera": {
                "yaw": rf(ctx.rng, -180, 180, 1),
                "pitch": rf(ctx.rng, -90, 90, 1),
                "roll": rf(ctx.rng, -30, 30, 1),
                "facing": "front",
            },
            "thermal": ctx.rng.choice(["nominal", "fair"]),
            "frame_times": series(ctx.rng, 24, 16.6, 1.2),
        }
    )
    fb.no_content()
    return fb.build()


def skin_register(ctx: Context) -> Flow:
    """File registration: names the selfie, carries none of it."""
    fb = FB(
        ctx, "perfectcorp", "POST", "https://yce-api-01.perfectcorp.com/s2s/v1.1/file/skin-analysis"
    )
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    fb.json(
        {
            "files": [
                {
                    "content_type": "image/jpeg",
                    "file_name": "selfie.jpg",
                    "file_size": ctx.rng.randint(60000, 120000),
                }
            ]
        }
    )
    fid = new_hex(ctx.rng, 40)
    fb.ok_json(
        {
            "status": 200,
            "data": {
                "files": [
                    {
                        "file_id": fid,
                        "requests": [
                            {
                                "method": "PUT",
                                "url": "https://yce-upload.s3.amazonaws.com/skin/" + fid,
                            }
                        ],
                    }
                ]
            },
        }
    )
    return fb.build()


def skin_upload(ctx: Context) -> Flow:
    """The selfie itself to the presigned URL: a face photo, but only the path hints at it."""
    fb = FB(
        ctx,
        "perfectcorp",
        "PUT",
        f"https://yce-upload.s3.amazonaws.com/skin/{new_hex(ctx.rng, 40)}",
    )
    fb.param("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
    fb.param("X-Amz-Signature", new_hex(ctx.rng, 64))
    fb.bio("face_image", "PUT image/jpeg to presigned skin-analysis URL", detectable=False)
    fb.set_body(fake_jpeg(ctx.rng.getrandbits(32), 1600), "image/jpeg")
    fb.respond(200, None)
    return fb.build()


def skin_task(ctx: Context) -> Flow:
    fb = FB(
        ctx, "perfectcorp", "POST", "https://yce-api-01.perfectcorp.com/s2s/v1.0/task/skin-analysis"
    )
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    fb.json(
        {
            "request_id": ctx.rng.randint(1, 999),
            "payload": {
                "file_sets": {"src_ids": [new_hex(ctx.rng, 40)]},
                "actions": [
                    {"id": 0, "params": {}, "dst_actions": ["wrinkle", "pore", "texture", "acne"]}
                ],
            },
        }
    )
    fb.ok_json({"status": 200, "data": {"task_id": new_hex(ctx.rng, 32)}})
    return fb.build()


# --- face data ----------------------------------------------------------------------------


def tryon_landmarks(ctx: Context, n: int) -> Flow:
    fb = _api(ctx, "POST", "/v1/tryon/sessions")
    fb.json(
        {
            "shade_id": ctx.rng.choice(SHADES),
            "image_size": [720, 1280],
            "landmark_model": f"face_{n}pt",
            "face_landmarks": points2d(ctx.rng, n),
            "ts": ms(ctx),
        }
    )
    fb.bio("face_landmarks", f"body face_landmarks ({n} points)")
    fb.ok_json({"session": req_id(ctx.rng)})
    return fb.build()


def tryon_mesh(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v1/tryon/mesh")
    fb.json(
        {
            "mesh_format": "mediapipe_face_mesh_468",
            "vertices_b64": floats_b64(points3d(ctx.rng, 468)),
            "shade_id": ctx.rng.choice(SHADES),
        },
        encoding="gzip",
    )
    fb.bio("face_mesh", "body mesh_format=mediapipe_face_mesh_468 vertices_b64 (float32)")
    fb.no_content()
    return fb.build()


def blendshapes(ctx: Context, raw: bool) -> Flow:
    fb = _api(ctx, "POST", "/v1/tryon/expression")
    names = [raw_blendshape(n) for n in ARKIT_BLENDSHAPES] if raw else ARKIT_BLENDSHAPES
    frames = [
        {"t": i * 33, "coefficients": {n: rf(ctx.rng, 0, 1, 3) for n in names}}
        for i in range(ctx.rng.randint(1, 3))
    ]
    fb.json({"effect": "smile-check", "frames": frames})
    fb.bio(
        "blendshapes",
        "body frames[].coefficients " + ("eyeBlink_L..." if raw else "eyeBlinkLeft..."),
    )
    fb.no_content()
    return fb.build()


def skin_result_event(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", "/v1/events")
    fb.json(
        {
            "event": "skin_analysis_done",
            "ts": iso(ctx),
            "face_analysis": {
                "skin_age": ctx.rng.randint(22, 40),
                "face_shape": ctx.rng.choice(["oval", "heart", "round", "square"]),
                "skin_tone": ctx.rng.choice(["fair-cool", "medium-warm", "deep-neutral"]),
                "eye_shape": ctx.rng.choice(["almond", "hooded", "round"]),
                "wrinkle_score": ctx.rng.randint(10, 90),
            },
        }
    )
    fb.bio("face_attributes", "body face_analysis.skin_age/face_shape/skin_tone")
    fb.no_content()
    return fb.build()


def face_msgpack_opaque(ctx: Context) -> Flow:
    fb = _plain(ctx, "POST", "/v1/m")
    fb.set_body(
        mpack({"s": req_id(ctx.rng), "d": points3d(ctx.rng, 120), "v": 3}), "application/x-msgpack"
    )
    fb.bio("face_mesh", "msgpack d (flat float list, opaque key)", detectable=False)
    fb.no_content()
    return fb.build()


# --- Facebook -------------------------------------------------------------------------------


def facebook(ctx: Context) -> Flow:
    app = new_digits(ctx.rng, 16, "1")
    fb = FB(ctx, "facebook", "POST", f"https://graph.facebook.com/v19.0/{app}/activities")
    fb.header("user-agent", "FBAndroidSDK.17.0.0")
    fb.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", fb.id("gaid", where="form advertiser_id")),
            ("anon_id", fb.id("fb_anon_id", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "fb_mobile_add_to_cart",
                            "_logTime": int(ctx.now),
                            "fb_content_id": ctx.rng.choice(SHADES),
                            "_valueToSum": rf(ctx.rng, 9, 39, 2),
                        }
                    ]
                ),
            ),
            (
                "extinfo",
                js(
                    [
                        "a2",
                        "com.glowtry.app",
                        "2310",
                        "2.31.0",
                        "14",
                        "Pixel 8",
                        "it_IT",
                        "CET",
                        "",
                        1080,
                        2400,
                        "2.63",
                        8,
                        112,
                        64,
                        "Europe/Rome",
                    ]
                ),
            ),
            ("application_package_name", "com.glowtry.app"),
        ]
    )
    fb.ok_json({"success": True})
    return fb.build()
