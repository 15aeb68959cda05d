"""Coup de Foudre: a French dating app with photo verification.

Verification asks for a selfie copying a pose; the app sends it with the face
box and 68 landmark points its on-device detector found (`repèresVisage`), and
the server compares it with the profile photos (`verificationPhoto`). A later
build sends the face template only, as base64 float32 under `t`. Profile
photo uploads (no matching), the self-declared `genre` and `recherche`, the
swipe deck with distances and the chat are ordinary. The app's install id and
the ANDROID_ID go with the registration.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.coupdefoudre.example"
UA = ua("CoupDeFoudre", "6.12.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "coupdefoudre", method, url)
    b.header("user-agent", UA)
    b.header("x-cdf-token", rid(c.rng).replace("-", ""))
    return b


def _reperes(c: Context) -> list[list[float]]:
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(260, 340)
    return [
        [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)] for _ in range(68)
    ]


def verification_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/verificationPhoto/selfie")
    b.bio("face_image", "multipart selfie (photo verification)")
    b.bio("face_landmarks", "multipart meta.repèresVisage (68 points)")
    boundary = "cdf" + rid(c.rng).replace("-", "")[:20]
    meta = {
        "pose": c.rng.choice(["main_sur_joue", "pouce_leve", "clin_doeil"]),
        "cadreVisage": [rf(c.rng, 100, 200, 1), rf(c.rng, 150, 250, 1), 220.0, 260.0],
        "repèresVisage": _reperes(c),
        "angleTete": {"lacet": rf(c.rng, -10, 10, 2), "tangage": rf(c.rng, -8, 8, 2)},
    }
    b.set_body(
        multipart(
            boundary,
            [
                ("meta", None, "application/json", jsb(meta)),
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"statut": "en_cours", "idVerification": rid(c.rng)})
    return b.build()


def gabarit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/vp/t")
    b.bio("face_embedding", "json t (base64 float32, 128 values)", detectable=False)
    b.json({"t": floats_b64(floats(c.rng, 128)), "v": 2})
    b.ok_json({"ok": 1})
    return b.build()


def resultat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/verificationPhoto/statut")
    b.decoy("verification status: a badge yes/no, no face data")
    b.ok_json({"verifie": True, "badge": "bleu", "le": iso(c)})
    return b.build()


def photo_profil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/profil/photos")
    b.decoy("profile photo upload to the gallery (no face matching)")
    b.json({"photo": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)), "position": c.rng.randint(1, 6)})
    b.ok_json({"url": f"https://img.coupdefoudre.example/{rid(c.rng)}.jpg"})
    return b.build()


def profil(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v3/profil")
    b.decoy("self-declared gender and who they look for (a form, not face analysis)")
    b.json(
        {
            "genre": c.rng.choice(["femme", "homme", "non_binaire"]),
            "recherche": ["homme"],
            "ageMin": 24,
            "ageMax": 35,
            "ville": "Lyon 7e",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pile(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v3/decouverte?lat={rf(c.rng, 45.7, 45.8, 3)}&lon={rf(c.rng, 4.8, 4.9, 3)}"
    )
    b.decoy("swipe deck: other people's profiles, distances and coordinates")
    b.ok_json(
        {
            "profils": [
                {"id": rid(c.rng), "prenom": p, "distanceKm": rf(c.rng, 0.5, 20, 1)}
                for p in ("Léa", "Karim", "Manon")
            ]
        }
    )
    return b.build()


def enregistrement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/appareils")
    b.json(
        {
            "installationId": b.id("rencontre_install", where="json installationId"),
            "androidId": b.id("aid_rencontre", where="json androidId"),
            "pubId": b.id("gaid", where="json pubId (advertising id)"),
            "utilisateur": c.phone.rencontre_user,
        }
    )
    b.no_content()
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/conversations/{rid(c.rng)}/messages")
    b.json(
        {
            "texte": c.rng.choice(["coucou 😊", "un verre jeudi ?", "t'es sur Lyon ?"]),
            "envoyeLe": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()
