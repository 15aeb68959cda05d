"""Bashra: a beauty / dermatology app that analyses the user's face (Casablanca).

On-device MediaPipe Face Landmarker gives the 468-point face mesh and the 52
blendshape scores (browDownLeft ... jawOpen ... mouthSmileRight, the ARKit
names the Face Landmarker task documents); the app sends the mesh to its
skin-analysis backend, blendshapes from the AR make-up try-on to analytics,
the per-zone skin report (wrinkles, pores, acne, spots by face zone, skin age)
on to a partner clinic, and sometimes the photo itself. Decoys: the product
catalogue for face creams, a skin-care article, a self-declared skin-type
questionnaire and a foundation shade picked by hand.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

HOST = "https://api.bashra-skin.example"
SHAPES = [
    "browDownLeft",
    "browDownRight",
    "browInnerUp",
    "cheekPuff",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeSquintLeft",
    "jawOpen",
    "mouthFrownLeft",
    "mouthPucker",
    "mouthSmileLeft",
    "mouthSmileRight",
]
ZONES = ["front", "joue_gauche", "joue_droite", "nez", "menton", "contour_yeux"]


def _b(c: Context, method: str, path: str, host: str = HOST) -> FB:
    b = FB(c, "beauty", method, host + path)
    b.header("user-agent", ua("Bashra", "1.18.0"))
    b.header("x-bashra-install", b.id("derma_install", where="header x-bashra-install"))
    return b


def face_mesh(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/analyse/maillage")
    mesh = [
        [rf(c.rng, 0.2, 0.8, 4), rf(c.rng, 0.15, 0.85, 4), rf(c.rng, -0.08, 0.08, 4)]
        for _ in range(468)
    ]
    b.json(
        {"model": "face_landmarker_v2", "landmarks": mesh, "imageSize": [720, 960]}, encoding="gzip"
    )
    b.bio("face_mesh", "json landmarks[468][3] (face mesh) at /analyse/maillage")
    b.ok_json({"analysisId": rid(c.rng)})
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/events/essayage", "https://events.bashra-skin.example")
    shapes = [{"categoryName": n, "score": rf(c.rng, 0, 1, 4)} for n in SHAPES]
    b.json(
        {"event": "tryon_session", "look": "nude_glow_03", "faceBlendshapes": shapes, "ts": ms(c)}
    )
    b.bio("blendshapes", "json faceBlendshapes[] categoryName / score (expression weights)")
    b.no_content()
    return b.build()


def skin_report(c: Context) -> Flow:
    b = _b(c, "POST", "/partner/v1/rapport-peau", "https://clinic-partner.dermanet.example")
    zones = {
        z: {
            "rides": rf(c.rng, 0, 1, 2),
            "pores": rf(c.rng, 0, 1, 2),
            "acne": rf(c.rng, 0, 1, 2),
            "taches": rf(c.rng, 0, 1, 2),
        }
        for z in ZONES
    }
    b.json(
        {
            "patient": b.acct("derma_user"),
            "analyseVisage": {
                "zones": zones,
                "ageDePeau": c.rng.randint(22, 45),
                "formeDuVisage": c.rng.choice(["ovale", "ronde", "carree"]),
                "date": iso(c),
            },
        }
    )
    b.bio(
        "face_analysis",
        "json analyseVisage.zones / ageDePeau / formeDuVisage sent to partner clinic",
    )
    b.ok_json({"recu": True})
    return b.build()


def photo_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/analyse/photo")
    bnd = "bashra" + rid(c.rng).replace("-", "")[:18]
    parts = [
        ("angle", None, None, b"face"),
        ("photo", "visage.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1100)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart photo visage.jpg at /analyse/photo")
    b.ok_json({"analysisId": rid(c.rng)})
    return b.build()


def opaque_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/s")
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(320))), "v": 2})
    b.bio("face_analysis", "json p: encrypted payload (skin report inside)", detectable=False)
    b.no_content()
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/config")
    b.param("android_id", b.id("aid_derma", where="query android_id"))
    b.param("oaid", b.id("oaid", where="query oaid"))
    b.ok_json({"features": {"tryon": True}})
    return b.build()


def products(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/produits?categorie=visage&peau=grasse")
    b.ok_json(
        {
            "produits": [
                {"nom": "Creme hydratante visage", "prix": rf(c.rng, 80, 400, 2)},
                {"nom": "Serum anti-taches", "prix": rf(c.rng, 120, 600, 2)},
            ]
        }
    )
    b.decoy("product catalogue for face creams")
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/articles/routine-visage-ete")
    b.ok_json(
        {"titre": "Votre visage en ete: 7 gestes", "corps": "Nettoyez le visage matin et soir..."}
    )
    b.decoy("article about facial skin care")
    return b.build()


def questionnaire(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/profil/questionnaire")
    b.json(
        {
            "typeDePeau": c.rng.choice(["grasse", "seche", "mixte"]),
            "sensible": True,
            "age": c.rng.randint(20, 45),
            "objectifs": ["anti-acne", "eclat"],
        }
    )
    b.decoy("self-declared skin type questionnaire")
    b.ok_json({"ok": True})
    return b.build()


def shade(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/teinte/choisie")
    b.json(
        {"teinte": "N" + str(c.rng.randint(10, 60)), "hex": "#c68e6b", "source": "manual_picker"}
    )
    b.decoy("foundation shade picked by hand")
    b.no_content()
    return b.build()
