"""A kids' drawing app: stroke point series, colouring templates (some are faces
to colour in), gallery uploads, and a "face paint" AR mode whose ARKit face
tracking weights are synced so a grandparent can watch the puppet live.

ARKit: ARFaceAnchor.blendShapes keys (developer.apple.com/documentation/arkit/
arfaceanchor/blendshapelocation): eyeBlinkLeft, jawOpen, mouthSmileLeft,
browInnerUp, cheekPuff... values 0..1. Everything else is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, new, pts, rf, rid, ua

API = "https://sync.scribblewhare.example"
AGENT = ua("Scribble", "7.0", "7012")
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthFunnel",
    "noseSneerLeft",
    "eyeWideRight",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "scribble", method, API + path, AGENT)
    b.header("x-request-id", rid(c.rng))
    return b


def install_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/installs/ping")
    b.header("x-install", c.phone.drawing_install)
    b.other_id("drawing_install", "header x-install (app-made install id)")
    b.json({"appVersion": "7.0.12", "os": "iPadOS 17.4.1", "pencil": True})
    b.ok_json({"ok": True})
    return b.build()


def strokes(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/canvas/strokes")
    t0 = int(c.now * 1000)
    lines = [
        {
            "brush": c.rng.choice(["crayon", "marker", "glitter"]),
            "colour": c.rng.choice(["#ff6b6b", "#4ecdc4", "#ffe66d"]),
            "width": c.rng.randint(4, 30),
            "points": pts(c.rng, c.rng.randint(20, 60)),
            "pressure": [rf(c.rng, 0.1, 1, 2) for _ in range(8)],
            "t": [t0 + 16 * i for i in range(8)],
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"canvasId": rid(c.rng), "strokes": lines})
    b.no_content()
    b.decoy("finger stroke point series with pressure and timestamps")
    return b.build()


def face_template(c: Context) -> Flow:
    name = c.rng.choice(["funny-face", "tiger-face", "clown-face", "my-face-outline"])
    b = _b(c, "GET", f"/v2/templates/{name}.json")
    b.ok_json(
        {
            "template": name,
            "category": "faces",
            "outline": {
                "eyes": pts(c.rng, 12, 512, 512),
                "mouth": pts(c.rng, 10, 512, 512),
                "jaw": pts(c.rng, 17, 512, 512),
            },
            "fillRegions": 14,
        }
    )
    b.decoy(
        "colouring template of a cartoon face: outline points named eyes/mouth/jaw"
        " (drawn art, no person)"
    )
    return b.build()


def gallery_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/gallery")
    b.json(
        {
            "title": c.rng.choice(["Me and Mum", "My cat", "Our bach"]),
            "image": b64(fake_jpeg(c.rng.randint(0, 10**6), 300)),
            "mime": "image/png",
            "width": 1024,
            "height": 768,
            "createdAt": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    b.decoy("child's drawing uploaded to own gallery (not a face photo to a face API)")
    return b.build()


def _weights(c: Context) -> dict[str, float]:
    return {k: rf(c.rng, 0, 1, 3) for k in SHAPES}


def facepaint_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/live/facepaint/frames")
    frames = [
        {
            "ts": int(c.now * 1000) + 33 * i,
            "blendShapes": _weights(c),
            "headYaw": rf(c.rng, -0.4, 0.4, 3),
        }
        for i in range(c.rng.randint(2, 5))
    ]
    b.json({"room": rid(c.rng)[:8], "mask": c.rng.choice(["tiger", "butterfly"]), "frames": frames})
    b.bio("blendshapes", "body.frames[].blendShapes (ARKit face weights)")
    b.no_content()
    return b.build()


def facepaint_compact(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/live/facepaint/f")
    b.set_body(
        js({"r": rid(c.rng)[:8], "w": [rf(c.rng, 0, 1, 3) for _ in SHAPES]}).encode(),
        "application/json",
    )
    b.bio("blendshapes", "body.w: 10 unnamed weights in a fixed order", detectable=False)
    b.no_content()
    return b.build()


def stickers(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/stickers")
    b.ok_json(
        {
            "packs": [
                {"id": "faces-01", "name": "Silly faces", "emoji": ["😀", "😜", "🤡"]},
                {"id": "kiwi-02", "name": "Kiwi birds"},
            ]
        }
    )
    b.decoy("sticker pack named 'Silly faces' (emoji)")
    return b.build()


def timelapse_export(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/timelapse/export")
    n = c.rng.randint(40, 120)
    b.json(
        {
            "canvasId": rid(c.rng),
            "timeline": {
                "frames": n,
                "fps": 24,
                "durationSec": round(n / 24, 2),
                "playheadSec": rf(c.rng, 0, n / 24, 2),
            },
            "clips": [{"startSec": i * 2, "endSec": i * 2 + 2, "speed": 4} for i in range(3)],
            "format": "mp4",
        }
    )
    b.ok_json(
        {"jobId": rid(c.rng), "url": f"https://sync.scribblewhare.example/exports/{rid(c.rng)}.mp4"}
    )
    b.decoy(
        "time-lapse export of the child's own drawing: an editor timeline and playhead, not viewing"
    )
    return b.build()
