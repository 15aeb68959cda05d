"""Souvenirs: a photo backup app with face grouping ("regrouper par visage").

The phone detects faces and uploads, per face, a 5-point landmark set and a
512-float embedding (`empreinteVisage`) for clustering into `personnes`; a
compact sync path sends the same as protobuf with numbered fields and packed
floats. Pet grouping (`animaux`: a cat's or dog's face), receipt OCR boxes,
place clusters with coordinates and thumbnail fetches are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.souvenirs-photos.example"
UA = ua("Souvenirs", "2.44.1")


def _b(c: Context, method: str, url: str, appareil: bool = False) -> FB:
    b = FB(c, "souvenirs", method, url)
    b.header("user-agent", UA)
    if appareil:
        b.header("x-appareil", b.id("aid_photos", where="header x-appareil"))
    return b


def visages(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/regroupement/visages", appareil=c.rng.random() < 0.5)
    b.bio("face_embedding", "json visages[].empreinteVisage (512 floats)")
    b.bio("face_landmarks", "json visages[].points (yeux, nez, bouche)")
    b.json(
        {
            "photoId": rid(c.rng),
            "visages": [
                {
                    "cadre": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                    "points": {
                        k: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)]
                        for k in ("oeilGauche", "oeilDroit", "nez", "boucheGauche", "boucheDroite")
                    },
                    "empreinteVisage": floats_b64(floats(c.rng, 512)),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"personnes": [{"id": rid(c.rng), "nom": None}]})
    return b.build()


def visages_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s/v2/b")
    b.bio("face_embedding", "protobuf field 3 packed floats", detectable=False)
    body = pb_bytes(1, rid(c.rng)) + b"".join(
        pb_msg(2, [pb_varint(1, c.rng.randint(0, 9)), pb_packed_floats(3, floats(c.rng, 256))])
        for _ in range(c.rng.randint(1, 3))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def personnes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/personnes")
    b.decoy("person clusters: names and photo counts, no face data")
    b.ok_json(
        {
            "personnes": [
                {"id": rid(c.rng), "nom": n, "nbPhotos": c.rng.randint(3, 400)}
                for n in ("Maman", "Yanis", "Mamie")
            ]
        }
    )
    return b.build()


def animaux(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/regroupement/animaux")
    b.decoy("pet face grouping (a cat's and a dog's faces: animals are not biometric)")
    b.json(
        {
            "photoId": rid(c.rng),
            "animaux": [
                {
                    "espece": "chat",
                    "cadre": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                    "vecteur": floats(c.rng, 32),
                }
            ],
        }
    )
    b.ok_json({"groupe": "Minou"})
    return b.build()


def ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/texte/reconnaissance")
    b.decoy("receipt OCR boxes and text")
    b.json(
        {
            "photoId": rid(c.rng),
            "blocs": [
                {"texte": t, "boite": [rf(c.rng, 0, 1, 3) for _ in range(4)]}
                for t in ("CARREFOUR", "TOTAL 23,40", "TVA 5,5%")
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lieux(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lieux")
    b.decoy("place clusters with coordinates")
    b.ok_json(
        {
            "lieux": [
                {
                    "nom": v,
                    "lat": rf(c.rng, 43, 51, 4),
                    "lon": rf(c.rng, 2, 6, 4),
                    "nb": c.rng.randint(5, 90),
                }
                for v in ("Lyon", "Marseille", "Bruxelles")
            ]
        }
    )
    return b.build()


def miniature(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.souvenirs-photos.example/m/{rid(c.rng)}/256.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def sauvegarde(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sauvegarde/lot", appareil=True)
    b.json(
        {
            "photos": [
                {
                    "sha1": rid(c.rng).replace("-", "")[:40],
                    "prisLe": iso(c),
                    "taille": c.rng.randint(10**5, 10**7),
                }
                for _ in range(4)
            ]
        }
    )
    b.ok_json({"manquantes": []})
    return b.build()
