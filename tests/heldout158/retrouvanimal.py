"""Retrouvanimal: lost-pet matching by the animal's face, on the receptionist's phone.

The app finds lost pets by their muzzle: it uploads the animal's photo, 46
facial keypoints of a dog or cat and a 128-float face embedding. An animal's
face is no person's biometric data, so those are decoys however face-like the
keys. Once in a while an owner proves ownership with a selfie matched against
their ID photo: that is a person's face sent to face matching (biometric). The
app sends its ANDROID_ID on registration and its Firebase installation id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, chip_number, floats, iso, rf, rid, ua

API = "https://api.retrouvanimal.example/v2"
UA = ua("Retrouvanimal", "3.8.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "retrouvanimal", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(b.acct("retrouve_user") + ":" + rid(c.rng)))
    return b


def _muzzle(c: Context) -> list[list[float]]:
    cx, cy = c.rng.uniform(200, 440), c.rng.uniform(150, 330)
    return [
        [round(cx + c.rng.gauss(0, 55), 1), round(cy + c.rng.gauss(0, 45), 1)] for _ in range(46)
    ]


def enregistrer_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/appareils")
    b.json(
        {
            "id_appareil": b.id("aid_retrouve", where="json id_appareil"),
            "plateforme": "android",
            "modele": "SM-A546B",
            "langue": "fr-FR",
        }
    )
    b.ok_json({"ok": True, "enregistre_le": iso(c)})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/retrouvanimal-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSy" + "Dk3" + "q" * 30)
    b.json(
        {
            "fid": b.id("retrouve_fid", where="json fid (Firebase installation id)"),
            "appId": "1:408812345678:android:5e1f0c9a7b3d2e10",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/408812345678/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()


def photo_museau(c: Context) -> Flow:
    boundary = "----retrouve" + rid(c.rng)[:8]
    b = _b(c, "POST", f"{API}/signalements/photo")
    b.decoy("an animal's face photo for lost-pet matching (an animal, not a person)")
    body = multipart(
        boundary,
        [
            ("espece", None, None, c.rng.choice(["chien", "chat"]).encode()),
            ("photo_museau", "museau.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"signalement": rid(c.rng), "qualite": rf(c.rng, 0.5, 1, 2)})
    return b.build()


def reperes_visage_animal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/correspondance/visage")
    b.decoy("46 face landmarks and a face embedding of a dog or cat (animal, not biometric)")
    b.json(
        {
            "espece": c.rng.choice(["chien", "chat"]),
            "race": c.rng.choice(["berger australien", "européen", "bouledogue français"]),
            "landmarks": _muzzle(c),
            "face_embedding": floats(c.rng, 128),
            "modele": "petface-v4",
        }
    )
    b.ok_json(
        {
            "candidats": [
                {
                    "annonce": rid(c.rng),
                    "score": rf(c.rng, 0.3, 0.97, 3),
                    "puce": chip_number(c.rng),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def empreinte_compacte(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/correspondance/rapide")
    b.decoy("a float32 face template of a cat (animal face, not a person's)")
    b.json({"e": "chat", "v": floats_b64([c.rng.gauss(0, 0.1) for _ in range(128)]), "k": 5})
    b.ok_json({"n": 0, "candidats": []})
    return b.build()


def annonces_proches(c: Context) -> Flow:
    lat, lon = rf(c.rng, 45.70, 45.80, 5), rf(c.rng, 4.78, 4.92, 5)
    b = _b(c, "GET", f"{API}/annonces?lat={lat}&lon={lon}&rayon_km=10")
    b.decoy("nearby lost-pet ads with coordinates and chip numbers")
    b.ok_json(
        {
            "annonces": [
                {
                    "id": rid(c.rng),
                    "type": c.rng.choice(["perdu", "trouve"]),
                    "lat": rf(c.rng, 45.70, 45.80, 5),
                    "lon": rf(c.rng, 4.78, 4.92, 5),
                    "puce": chip_number(c.rng),
                    "photo": f"https://img.retrouvanimal.example/a/{rid(c.rng)}.jpg",
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def selfie_proprietaire(c: Context) -> Flow:
    """Ownership proof: the owner's selfie, matched against their ID card photo."""
    boundary = "----retrouve" + rid(c.rng)[:8]
    b = _b(c, "POST", f"{API}/verification-proprietaire/selfie")
    b.bio("face_image", "multipart selfie_proprietaire (owner's face for face match)")
    body = multipart(
        boundary,
        [
            ("annonce", None, None, rid(c.rng).encode()),
            (
                "selfie_proprietaire",
                "selfie.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9), 900),
            ),
            ("comparer_avec", None, None, b"piece_identite"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"correspondance_visage": rf(c.rng, 0.7, 0.99, 3), "verifie": True})
    return b.build()
