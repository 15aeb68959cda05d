"""Knipwerk, a video editor / reels maker (fictional api.knipwerk.example.com).

Its ordinary editing screens (decoys) are in reels_edit.py. Sensitive: the "Me-moji" sticker
drives a cloud-rendered avatar with the ARKit face blendshapes of her face
(ARFaceAnchor.blendShapes keys, Apple developer documentation); the beauty
effect sends Vision face landmarks (VNFaceLandmarks2D, 76 points) for cloud
rendering; "my voice" voice-over clones her voice through ElevenLabs (API
reference: POST /v1/voices/add, multipart name + files, xi-api-key header).
Device registration uses the app's own install id and the IDFV.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, gz, jsb, multipart

from .phone import FB, ms, rf, rid, ua

API = "https://api.knipwerk.example.com/v2"
UA = ua("Knipwerk", "7.2.0", "720")
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "mouthFunnel",
    "eyeWideLeft",
    "eyeWideRight",
    "tongueOut",
]


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "knipwerk", method, API + path)
    b.header("user-agent", UA)
    b.header("x-kw-trace", rid(c.rng))
    return b


def memoji_drive(c: Context) -> Flow:
    frames = [
        {"t": ms(c) + i * 33, "blendShapes": {k: rf(c.rng, 0, 1, 3) for k in SHAPES}}
        for i in range(4)
    ]
    b = _fb(c, "POST", "/fx/avatar-sticker/frames")
    b.json({"stickerId": f"memoji_{c.rng.randint(1, 40)}", "frames": frames}, "gzip")
    b.bio("blendshapes", "body frames[].blendShapes (ARKit eyeBlinkLeft, jawOpen...)")
    b.ok_json({"renderJob": rid(c.rng)})
    return b.build()


def beauty_landmarks(c: Context) -> Flow:
    cx, cy = rf(c.rng, 0.4, 0.6), rf(c.rng, 0.4, 0.6)
    pts = [
        [round(cx + c.rng.gauss(0, 0.08), 4), round(cy + c.rng.gauss(0, 0.1), 4)] for _ in range(76)
    ]
    b = _fb(c, "POST", "/fx/beauty/render")
    b.json(
        {
            "effect": "glow_soft",
            "frame": b64(fake_jpeg(c.rng.getrandbits(32), 300)),
            "face": {
                "landmarks76": pts,
                "faceContour": pts[:17],
                "leftEye": pts[17:25],
                "roll": rf(c.rng, -0.2, 0.2),
            },
        }
    )
    b.bio("landmarks", "body face.landmarks76 + frame (Vision face landmarks)")
    b.ok_json({"frame": b64(fake_jpeg(c.rng.getrandbits(32), 200))})
    return b.build()


def voice_clone(c: Context) -> Flow:
    bnd = "Boundary-" + new_hex(c.rng, 32).upper()
    body = multipart(
        bnd,
        [
            ("name", None, None, b"Mijn stem"),
            ("description", None, None, b"Knipwerk voice-over"),
            ("files", "sample1.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1000)),
            ("files", "sample2.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1000)),
        ],
    )
    b = FB(c, "elevenlabs", "POST", "https://api.elevenlabs.io/v1/voices/add")
    b.header("xi-api-key", new_hex(c.rng, 32))
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voice_clone", "ElevenLabs voices/add: her voice samples to build a cloned voice")
    b.ok_json({"voice_id": new_hex(c.rng, 20)})
    return b.build()


def register(c: Context) -> Flow:
    b = _fb(c, "POST", "/device/register")
    b.json(
        {
            "did": b.id("reels_did", where="body did"),
            "idfv": b.id("idfv_reels", where="body idfv"),
            "os": "iOS 17.5.1",
            "model": "iPhone15,4",
            "tz": "Europe/Brussels",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def config(c: Context) -> Flow:
    b = _fb(c, "GET", "/settings/remote")
    b.header(
        "x-kw-d",
        b.id(
            "reels_did",
            where="header x-kw-d (install id under a meaningless name)",
            detectable=False,
        ),
    )
    b.ok_json(
        {
            "maxExportSec": 180,
            "effects": ["glow_soft", "vhs", "zoom_punch"],
            "abBucket": c.rng.randint(0, 99),
        }
    )
    return b.build()


def fx_opaque(c: Context) -> Flow:
    b = _fb(c, "POST", "/fx/s")
    b.set_body(
        gz(jsb({"x": b64(bytes(c.rng.getrandbits(8) for _ in range(300)))})),
        "application/octet-stream",
    )
    b.bio("blendshapes", "gzip of an encrypted effect-tracking blob (opaque)", detectable=False)
    b.no_content()
    return b.build()
