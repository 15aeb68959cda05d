"""Kyau Cam (fictional): a beauty camera popular in Kano and Lagos. It runs
MediaPipe Face Landmarker on device (FaceLandmarkerResult: faceLandmarks as
normalised {x, y, z}, faceBlendshapes as categories {categoryName, score} with
the 52 ARKit-style names, facialTransformationMatrixes: ai.google.dev MediaPipe
tasks-vision API) and ships results to its own backend: the mesh for "AI retouch",
the blendshapes for its sticker-reaction analytics, a skin / face-shape analysis,
the selfie for "AI portrait", and a face embedding for its "same person" album
grouping (Yoruba keys: oju = face, aworan = picture). Decoys: filter catalogue,
sticker packs, a colour-palette vector of a landscape photo, beauty articles
about faces, a background photo upload.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.kyaucam.app"
UA = ua("KyauCam", "6.1.3")
BLEND = [
    "browDownLeft", "browInnerUp", "cheekPuff", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeSquintLeft", "jawOpen", "mouthSmileLeft", "mouthSmileRight", "mouthPucker",
    "mouthFrownLeft", "noseSneerLeft",
]  # fmt: skip


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "glow", method, url, params)
    b.header("user-agent", UA)
    return b


def _mesh(c: Context, n: int) -> list[dict[str, float]]:
    cx, cy = c.rng.uniform(0.4, 0.6), c.rng.uniform(0.4, 0.6)
    return [
        {
            "x": round(cx + c.rng.gauss(0, 0.1), 4),
            "y": round(cy + c.rng.gauss(0, 0.13), 4),
            "z": round(c.rng.gauss(0, 0.03), 4),
        }
        for _ in range(n)
    ]


def retouch_mesh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/retouch/plan")
    b.header("x-did", b.id("glow_did", where="header.x-did"))
    b.json(
        {
            "style": c.rng.choice(["natural", "glam", "owanbe"]),
            "faceLandmarks": [_mesh(c, 478)],
            "imageSize": [1080, 1440],
        },
        encoding="gzip",
    )
    b.bio("face_landmarks", "body.faceLandmarks")
    b.ok_json({"plan": rid(c.rng)})
    return b.build()


def blendshape_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/stats/reactions")
    cats = [{"categoryName": n, "score": rf(c.rng, 0, 1, 5)} for n in BLEND]
    b.json(
        {
            "sticker": f"st_{c.rng.randint(100, 999)}",
            "faceBlendshapes": [{"categories": cats}],
            "t": ms(c),
        }
    )
    b.bio("blendshapes", "body.faceBlendshapes")
    b.no_content()
    return b.build()


def skin_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/analysis/oju")
    b.json(
        {
            "oju": {
                "ojo_ori_ifoju": c.rng.randint(18, 45),
                "awo_ara": c.rng.choice(["IV", "V", "VI"]),
                "face_shape": c.rng.choice(["oval", "round", "heart"]),
                "estimated_age": c.rng.randint(18, 45),
                "skin_tone_ita": rf(c.rng, -50, 10, 1),
                "acne_score": rf(c.rng, 0, 1, 3),
            },
            "aworan": rid(c.rng),
        }
    )
    b.bio("face_result", "body.oju")
    b.ok_json({"tips": ["hydrate", "spf30"]})
    return b.build()


def portrait_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ai-portrait/jobs")
    parts = [
        ("style", None, None, b"ankara_royal"),
        ("face_photo", "face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1300)),
    ]
    boundary = new_hex(c.rng, 28)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart.face_photo")
    b.ok_json({"job": rid(c.rng), "eta": 40})
    return b.build()


def album_embedding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/album/group")
    b.json(
        {"photo": rid(c.rng), "oju_embedding": floats_b64(floats(c.rng, 128)), "model": "mfn-128"}
    )
    b.bio("face_embedding", "body.oju_embedding")
    b.ok_json({"cluster": f"c{c.rng.randint(1, 40)}"})
    return b.build()


def opaque_features(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/f")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(512)), "application/octet-stream")
    b.bio("face_embedding", "body (packed floats, no key)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device")
    b.json(
        {
            "did": b.id("glow_did", where="body.did"),
            "aid": b.id("aid_glow", where="body.aid"),
            "gaid": b.id("gaid", how="md5", where="body.gaid"),
            "lang": "yo",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def filters(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/filters", [("page", str(c.rng.randint(1, 5)))])
    b.ok_json(
        {
            "filters": [
                {"id": f"f{i}", "icon": f"/i/{new_hex(c.rng, 8)}.png", "strength": rf(c.rng, 0, 1)}
                for i in range(8)
            ]
        }
    )
    b.decoy("filter catalogue with strengths")
    return b.build()


def stickers(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.kyaucam.app/stickers/pack_{c.rng.randint(1, 60)}.zip")
    b.respond(
        200, "application/zip", b"PK\x03\x04" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    b.decoy("sticker pack download")
    return b.build()


def palette(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/palette")
    b.json({"scene": "landscape", "histogram": floats(c.rng, 64, 4), "vector": floats(c.rng, 32)})
    b.ok_json({"lut": "warm_sahel"})
    b.decoy("colour histogram / feature vector of a landscape photo (no face)")
    return b.build()


def articles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/articles", [("tag", "face-care")])
    b.ok_json(
        {"articles": [{"title": "5 face masks for harmattan", "face_shape": "oval", "read_min": 4}]}
    )
    b.decoy("beauty article about faces")
    return b.build()


def background_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/backgrounds")
    b.json({"name": "beach.jpg", "data": b64(fake_jpeg(c.rng.getrandbits(32), 600))})
    b.ok_json({"ok": True})
    b.decoy("background photo upload (scenery)")
    return b.build()
