"""Grá: an Irish dating app on the S23 with Yoti (UK) face checks.

Profile verification sends a selfie to Yoti's face-capture / age-estimation
service and the app stores the estimated age from the face; the in-app "pose
check" sends face landmarks. The map of nearby users, swipe decks and photo
uploads of profile pictures to the CDN are look-alikes (a profile photo upload
for display is not a face-matching upload).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, and_ua, rf, rid

API = "https://api.gra.example"
UA = and_ua("Gra", "7.7.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gra", method, url)
    b.header("user-agent", UA)
    b.header("x-gra-gleas", b.id("aid_gra", where="header x-gra-gleas"))
    return b


def yoti_age(c: Context) -> Flow:
    b = FB(c, "yoti", "POST", "https://api.yoti.com/ai/v1/age-antispoofing")
    b.header("user-agent", "Yoti-FaceCapture-Android/5.1.0")
    b.bio("face_image", "json img (base64 selfie) to Yoti age estimation + antispoofing")
    b.json({"img": b64(fake_jpeg(c.rng.randint(0, 10**9), 1200)), "threshold": 18})
    b.ok_json(
        {
            "age": rf(c.rng, 24, 40, 2),
            "st_dev": rf(c.rng, 1.5, 3, 2),
            "antispoofing": {"prediction": "real"},
        }
    )
    return b.build()


def seiceail_aghaidh(c: Context) -> Flow:
    b = _b(
        c, "POST", f"{API}/v3/fíorú/seiceáil-aghaidhe".replace("í", "%C3%AD").replace("á", "%C3%A1")
    )
    b.bio("face_landmarks", "json pointí_aghaidhe (106 face landmark points) + staidiúir_chinn")
    b.json(
        {
            "úsáideoir": b.acct("gra_user"),
            "pointí_aghaidhe": [
                [rf(c.rng, 120, 600, 1), rf(c.rng, 150, 800, 1)] for _ in range(106)
            ],
            "staidiúir_chinn": {"yaw": rf(c.rng, -20, 20, 2), "pitch": rf(c.rng, -15, 15, 2)},
            "gotha_iarrtha": "aoibh",
        }
    )
    b.ok_json({"pasáilte": True})
    return b.build()


def aghaidh_cudd(c: Context) -> Flow:
    """Batched verification telemetry: gzip+base64 under `b`, with face analysis inside."""
    b = _b(c, "POST", f"{API}/t")
    b.bio("face_analysis", "form b = base64(gzip(age, emotion from the face))", detectable=False)
    inner = js({"a": rf(c.rng, 22, 40, 1), "e": "sona", "s": rf(c.rng, 0.8, 1, 3)})
    b.form([("b", b64(gz(inner.encode())))])
    b.no_content()
    return b.build()


def grianghraf_profil(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://meain.gra.example/profil/{rid(c.rng)}.jpg")
    b.decoy("profile picture upload for display on the profile (not sent to face matching)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1100), "image/jpeg")
    b.ok_json({"url": "https://meain.gra.example/p.jpg"})
    return b.build()


def in_aice(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/in-aice?ga=5")
    b.decoy("nearby profiles with coordinates and distances")
    b.ok_json(
        {
            "próifílí": [
                {
                    "id": rid(c.rng),
                    "fad_km": rf(c.rng, 0.5, 5, 1),
                    "lat": rf(c.rng, 53.2, 53.4, 4),
                    "lon": rf(c.rng, -9.2, -8.9, 4),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
