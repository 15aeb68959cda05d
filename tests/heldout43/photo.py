"""Photo editor "Lienzo" (Lightroom / Meitu-like), Spanish / English / Turkish keys.

Look-alikes: edit recipes of landscape photos that still carry the beauty
sliders (all zero, `faces_detected: 0`), tone curves and histograms, preset
lists named "Retrato"/"Portrait", sky segmentation masks, cloud sync of an
exported landscape, EXIF camera data.
Sensitive: the cloud "AI retouch" of a selfie, which ships 106 face landmark
points, the face box and head pose with the beauty settings (Meitu-style
106-point landmarks, as in Face++ Landmark API `landmark=2`), and the same
request sealed with the app's own cipher (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.lienzo.photo"
UA = ua("Lienzo", "8.4.1")
SCENES = ["paisaje_montaña", "playa_bodrum", "atardecer_paulista", "bosque_chapultepec"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lienzo", method, url)
    b.header("user-agent", UA)
    b.header("x-lz-trace", rid(c.rng))
    return b


def edit_recipe(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/edits/{rid(c.rng)}")
    b.json(
        {
            "scene": c.rng.choice(SCENES),
            "faces_detected": 0,
            "exposure": rf(c.rng, -1, 1, 2),
            "contrast": c.rng.randint(-30, 30),
            "beauty": {
                "suavizado_piel": 0,
                "face_slim": 0,
                "eye_enlarge": 0,
                "cilt_yumusatma": 0,
                "teeth_whiten": 0,
            },
            "hsl": {
                "hue": [c.rng.randint(-20, 20) for _ in range(8)],
                "sat": [c.rng.randint(-20, 20) for _ in range(8)],
            },
        }
    )
    b.ok_json({"saved": True, "rev": c.rng.randint(1, 50)})
    b.decoy("landscape edit recipe with zeroed beauty sliders and no faces detected")
    return b.build()


def tone_curve(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/analysis/histogram")
    b.json(
        {
            "scene": c.rng.choice(SCENES),
            "histogram_luma": [c.rng.randint(0, 4000) for _ in range(64)],
            "curve_points": [[x, min(255, x + c.rng.randint(-12, 12))] for x in range(0, 256, 32)],
        }
    )
    b.ok_json({"auto": {"exposure": rf(c.rng, -0.5, 0.5, 2)}})
    b.decoy("luma histogram and tone-curve points")
    return b.build()


def presets(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/presets")
    b.param("categoria", c.rng.choice(["retrato", "paisaje", "portre"]))
    b.ok_json(
        {
            "presets": [
                {
                    "id": f"p{c.rng.randint(100, 999)}",
                    "name": n,
                    "thumb": f"https://cdn.lienzo.photo/p/{n}.jpg",
                }
                for n in ("Retrato cálido", "Portrait Soft", "Golden Face", "Yüz Işığı")
            ]
        }
    )
    b.decoy("preset catalogue with portrait-sounding names")
    return b.build()


def sky_mask(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/segment/sky")
    b.json(
        {
            "w": 1024,
            "h": 768,
            "polygon": [[c.rng.randint(0, 1024), c.rng.randint(0, 300)] for _ in range(24)],
            "scene": c.rng.choice(SCENES),
        }
    )
    b.ok_json({"mask_rle": b64(bytes(c.rng.getrandbits(8) for _ in range(60)))})
    b.decoy("sky segmentation polygon of a landscape")
    return b.build()


def cloud_export(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://uploads.lienzo.photo/u/{rid(c.rng)}.jpg")
    b.header(
        "x-lz-exif",
        f"make=samsung;model=SM-A546E;iso={c.rng.choice([50, 100, 200])};f=1.8;taken={iso(c)}",
    )
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1400), "image/jpeg")
    b.no_content()
    b.decoy("export of an edited landscape photo to the app's cloud (not a face API)")
    return b.build()


def _landmarks(c: Context) -> list[list[float]]:
    cx, cy = rf(c.rng, 400, 600, 1), rf(c.rng, 500, 700, 1)
    return [
        [round(cx + c.rng.gauss(0, 90), 1), round(cy + c.rng.gauss(0, 110), 1)] for _ in range(106)
    ]


def ai_retouch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ai/retouch")
    b.json(
        {
            "image_id": rid(c.rng),
            "faces": [
                {
                    "rect": {"x": 312, "y": 402, "w": 410, "h": 410},
                    "landmarks106": _landmarks(c),
                    "pose": {
                        "yaw": rf(c.rng, -15, 15, 2),
                        "pitch": rf(c.rng, -10, 10, 2),
                        "roll": rf(c.rng, -5, 5, 2),
                    },
                }
            ],
            "beauty": {"suavizado_piel": 0.6, "face_slim": 0.3, "eye_enlarge": 0.2},
        }
    )
    b.bio("face_landmarks", "body faces[].landmarks106 of a selfie")
    b.ok_json({"job": rid(c.rng), "eta_ms": 1800})
    return b.build()


def ai_retouch_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ai/r2")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(1200)), "application/octet-stream")
    b.bio("face_landmarks", "body: app-encrypted retouch request with landmarks", detectable=False)
    b.ok_json({"job": rid(c.rng)})
    return b.build()
