"""Glowmask: a face-filter camera app that sends face geometry to its cloud
renderer (truly sensitive).

Sources: Apple ARKit ARFaceAnchor (`geometry.vertices`, 1,220 vertices of
ARFaceGeometry; `blendShapes` keyed by ARFaceAnchor.BlendShapeLocation names
eyeBlinkLeft, jawOpen, mouthSmileLeft...), Apple Vision VNFaceLandmarks2D
regions (faceContour, leftEye, outerLips... normalised points). The backend
and its key names are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64, gz, multipart

from .phone import FB, ms, rf, rid, ua

API = "https://render.glowmask.app"
SHAPES = [
    "browDownLeft",
    "browInnerUp",
    "cheekPuff",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeSquintLeft",
    "jawOpen",
    "mouthFunnel",
    "mouthPucker",
    "mouthSmileLeft",
    "mouthSmileRight",
    "noseSneerLeft",
    "tongueOut",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "glowmask", method, API + path)
    b.header("user-agent", ua("Glowmask", "812"))
    b.header("x-gm-session", rid(c.rng))
    return b


def _pts(c: Context, n: int) -> list[list[float]]:
    return [[rf(c.rng, 0.3, 0.7, 4), rf(c.rng, 0.25, 0.8, 4)] for _ in range(n)]


def landmarks(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/filters/fit")
    b.json(
        {
            "filterId": c.rng.choice(["neon_tears", "vhs_glow", "aurora"]),
            "faceLandmarks": {
                "faceContour": _pts(c, 17),
                "leftEye": _pts(c, 8),
                "rightEye": _pts(c, 8),
                "outerLips": _pts(c, 14),
                "nose": _pts(c, 9),
            },
            "frameTs": ms(c),
        }
    )
    b.bio("landmarks", "json:faceLandmarks")
    b.ok_json({"renderId": rid(c.rng)})
    return b.build()


def mesh(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/mesh/upload")
    verts = [rf(c.rng, -0.09, 0.09, 5) for _ in range(3 * 96)]
    b.json(
        {
            "arFaceGeometry": {
                "vertexCount": 1220,
                "vertices": floats_b64(verts),
                "encoding": "float32-le-b64",
                "lod": "decimated-96",
            },
            "idfv": b.id("idfv_glow", where="json:idfv"),
        },
        encoding="gzip",
    )
    b.bio("face_mesh", "json:arFaceGeometry.vertices")
    b.ok_json({"ok": True})
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/expressions")
    frames = [{"t": i * 33, "ws": {k: rf(c.rng, 0, 1, 3) for k in SHAPES}} for i in range(4)]
    b.json({"blendShapes": frames, "source": "ARFaceAnchor"})
    b.bio("blendshapes", "json:blendShapes[].ws")
    b.no_content()
    return b.build()


def opaque_frame(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/ingest")
    boundary = "Boundary-" + rid(c.rng).upper()
    blob = gz((rid(c.rng) * 6).encode())
    b.set_body(
        multipart(
            boundary, [("p", "p.bin", "application/octet-stream", blob), ("v", None, None, b"2")]
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.bio("face_mesh", "multipart:p (sealed payload)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def filter_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/filters?region=CA&lang=fr")
    b.decoy("filter catalogue: names, preview urls, trackingMode=face as a feature flag")
    b.ok_json(
        {
            "filters": [
                {
                    "id": f,
                    "trackingMode": "face",
                    "previewUrl": f"https://cdn.glowmask.app/p/{f}.mp4",
                }
                for f in ("neon_tears", "aurora")
            ]
        }
    )
    return b.build()


def sticker_pack(c: Context) -> Flow:
    n = c.rng.randint(1, 40)
    b = FB(c, "glowmask-cdn", "GET", f"https://cdn.glowmask.app/stickers/pack{n}.zip")
    b.decoy("sticker pack download")
    b.respond(200, "application/zip", b"PK\x03\x04" + b64(rid(c.rng)).encode())
    return b.build()


def render_status(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/renders/{rid(c.rng)}")
    b.decoy("render job status with progress floats")
    b.ok_json(
        {
            "state": "done",
            "progress": 1.0,
            "outputUrl": "https://cdn.glowmask.app/r/" + rid(c.rng) + ".mp4",
            "durationMs": c.rng.randint(3000, 15000),
        }
    )
    return b.build()
