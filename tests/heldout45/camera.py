"""A photo-booth / purikura-style camera app (SNOW-like, own backend).

Mostly decoys: beauty-slider presets (eye size, skin smoothing, face slim)
applied to a LANDSCAPE photo, AR "face" sticker packs, prints of scenery.
One feature is real biometrics: the server-side "AI retouch" receives the
106 facial landmarks the on-device detector found in a selfie.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.purikura-cam.example"
UA = ua("PuriCam", "1180")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "camera", method, API + path)
    b.header("user-agent", UA)
    return b


def beauty_preset(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/presets/bihada")
    b.json(
        {
            "scene": "landscape",
            "sliders": {
                "me_ookisa": c.rng.randint(0, 100),
                "bihada": c.rng.randint(0, 100),
                "kogao": c.rng.randint(0, 100),
                "hada_iro": c.rng.randint(-50, 50),
                "saturation": c.rng.randint(-50, 50),
            },
            "filter": c.rng.choice(["sakura", "film_kr", "saigon_night"]),
            "updated": iso(c),
        }
    )
    b.no_content()
    b.decoy(
        "beauty-slider preset (eye size, skin, face-slim percentages) saved for a "
        "landscape shot: settings, no face"
    )
    return b.build()


def sticker_pack(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/ar/packs/{c.rng.randint(100, 999)}")
    b.ok_json(
        {
            "name": c.rng.choice(["Neko Face", "Bunny Ears", "Kao Mask"]),
            "requires": "face_tracking",
            "anchors": ["nose_tip", "left_eye", "right_eye"],
            "asset": f"https://cdn.purikura-cam.example/{rid(c.rng)}.zip",
        }
    )
    b.decoy("AR face-sticker pack metadata (anchor names), download of an effect")
    return b.build()


def print_order(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/print")
    bnd = "PuriBoundary" + rid(c.rng).replace("-", "")[:12]
    b.set_body(
        multipart(
            bnd,
            [
                ("size", None, None, b"L"),
                ("frame", None, None, b"fuji_view"),
                ("photo", "landscape.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1500)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"print_no": f"P{c.rng.randint(10**7, 10**8)}"})
    b.decoy("landscape photo uploaded for printing at a konbini multifunction printer: no face")
    return b.build()


def camera_pose(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/stats/shot")
    b.json(
        {
            "yaw": rf(c.rng, -30, 30, 2),
            "pitch": rf(c.rng, -20, 20, 2),
            "roll": rf(c.rng, -5, 5, 2),
            "zoom": rf(c.rng, 1, 5, 1),
            "lens": "wide",
            "scene": "landscape",
            "exposure_ev": rf(c.rng, -2, 2, 1),
        }
    )
    b.no_content()
    b.decoy("phone camera orientation (yaw/pitch/roll) and exposure for a landscape shot")
    return b.build()


def ai_retouch(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/retouch/jobs")
    cx, cy = rf(c.rng, 400, 700, 1), rf(c.rng, 600, 900, 1)
    pts = [
        [round(cx + c.rng.gauss(0, 90), 1), round(cy + c.rng.gauss(0, 120), 1)] for _ in range(106)
    ]
    b.json(
        {
            "image_key": rid(c.rng),
            "faces": [
                {
                    "rect": [cx - 200, cy - 260, 400, 520],
                    "landmarks106": pts,
                    "yaw": rf(c.rng, -15, 15, 2),
                }
            ],
            "style": "natural",
        }
    )
    b.bio("face_landmarks", "json:faces[].landmarks106")
    b.ok_json({"job_id": rid(c.rng), "eta_sec": c.rng.randint(2, 8)})
    return b.build()
