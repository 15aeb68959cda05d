"""Atlas 3D: an anatomy app the therapist uses to explain injuries to patients.

Models are glTF-like JSON with vertex arrays (the facial muscles model too: a
textbook head, nobody's face), labels of structures and quiz scores. Mesh
vertices of an anatomical model are not a person's face mesh: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, rf, rid, ua

API = "https://api.atlas3d-anatomie.example"
UA = ua("Atlas3D", "2.14.0")
MODELS = ["muscles_face", "genou_ligaments", "epaule_coiffe", "rachis_lombaire", "pied_os"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "atlas3d", method, url)
    b.header("user-agent", UA)
    return b


def model_mesh(c: Context) -> Flow:
    name = c.rng.choice(MODELS)
    b = _b(c, "GET", f"{API}/v3/modeles/{name}/mesh.json?lod=2")
    b.decoy(f"anatomy model {name}: mesh vertices of a textbook model, not a person's face")
    b.ok_json(
        {
            "modele": name,
            "structures": [
                {
                    "nom": s,
                    "vertices": [rf(c.rng, -1, 1, 4) for _ in range(3 * 60)],
                    "faces": [c.rng.randint(0, 59) for _ in range(90)],
                }
                for s in (
                    ["orbiculaire_oeil", "zygomatique", "masseter", "frontal"]
                    if name == "muscles_face"
                    else ["structure_a", "structure_b"]
                )
            ],
            "unite": "m",
        }
    )
    return b.build()


def model_binary(c: Context) -> Flow:
    name = c.rng.choice(MODELS)
    b = _b(c, "GET", f"{API}/v3/modeles/{name}.glb")
    b.respond(200, "model/gltf-binary", b"glTF" + bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def annotations(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/annotations")
    b.decoy("3D pin positions on an anatomy model (x,y,z points)")
    b.json(
        {
            "modele": c.rng.choice(MODELS),
            "epingles": [
                {"texte": t, "position": [rf(c.rng, -1, 1, 3) for _ in range(3)]}
                for t in ("douleur", "cicatrice", "zone traitée")
            ],
            "partageId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def quiz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/quiz/resultats")
    b.json({"theme": "membre inférieur", "score": c.rng.randint(5, 20), "sur": 20})
    b.ok_json({"rang": c.rng.randint(1, 500)})
    return b.build()


def texture_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/cache/sync")
    b.decoy("opaque base64 cache blob of model textures")
    b.json({"v": 7, "b": b64(bytes(c.rng.getrandbits(8) for _ in range(240)))})
    b.ok_json({"ok": True})
    return b.build()
