"""A photo beautify app ("meiyan"): sliders applied to landscape photos and
sticker anchors (decoys), and its cloud "AI portrait" retouch that sends the
face's 106 landmark points and a face crop (true biometric: the key names and
structure say they are a face's landmarks). The 106-point layout is the one
Face++ / SenseTime document for their dense landmark APIs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import mk, rid

API = "https://cloud.meiyan-xiangji.com"
APP = "MeiYan"


def sliders(c: Context) -> Flow:
    b = mk(c, "meiyan", "POST", f"{API}/edit/preset/save", APP, "9.6.1")
    b.decoy("edit sliders on a landscape photo (liangdu, baohedu, smooth): scene tags mountain/sea")
    b.json(
        {
            "scene": c.rng.choice(["mountain", "sea", "temple"]),
            "sliders": {
                "liangdu": c.rng.randint(-50, 50),
                "baohedu": c.rng.randint(-50, 50),
                "smooth": c.rng.randint(0, 100),
                "whiten": c.rng.randint(0, 100),
                "vignette": c.rng.randint(0, 60),
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sticker_anchor(c: Context) -> Flow:
    b = mk(c, "meiyan", "POST", f"{API}/sticker/usage", APP, "9.6.1")
    b.decoy("sticker anchor points and scale/rotation placed on a photo (no face detected)")
    b.json(
        {
            "sticker_id": "st_" + new_hex(c.rng, 8),
            "anchors": [[c.rng.randint(0, 1080), c.rng.randint(0, 1440)] for _ in range(4)],
            "scale": round(c.rng.uniform(0.5, 2), 2),
            "rotation": c.rng.randint(-30, 30),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ai_portrait(c: Context) -> Flow:
    b = mk(c, "meiyan", "POST", f"{API}/ai/portrait/retouch", APP, "9.6.1")
    b.bio("face_landmarks", "json face_landmarks (106 points) + face crop for AI portrait retouch")
    pts = [
        [round(c.rng.uniform(300, 700), 1), round(c.rng.uniform(400, 900), 1)] for _ in range(106)
    ]
    b.json(
        {
            "task_id": rid(c.rng),
            "face_landmarks": pts,
            "face_rect": [290, 380, 450, 560],
            "face_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
            "style": "natural",
        }
    )
    b.ok_json({"result_url": f"{API}/r/{new_hex(c.rng, 16)}.jpg"})
    return b.build()


def template_feed(c: Context) -> Flow:
    b = mk(c, "meiyan", "GET", f"{API}/feed/templates", APP, "9.6.1")
    b.decoy("template feed with thumbnail URLs and usage counts")
    b.ok_json(
        {
            "items": [
                {
                    "id": new_hex(c.rng, 8),
                    "thumb": f"{API}/t/{new_hex(c.rng, 10)}.webp",
                    "used": c.rng.randint(0, 10**6),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
