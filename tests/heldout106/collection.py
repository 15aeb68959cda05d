"""Samlingen: the museum's collection database and its portrait face-finder.

Portrait paintings are catalogued with the painted faces found on them (boxes,
and for the portrait-matching research project a 68-point landmark set per
painted face), "sitter" (portrætteret) metadata and an art-similarity vector per
image for "works like this". A painted face is no person's biometric data: the
sitters died centuries ago and the vectors describe brushwork and composition.
The open SMK API (api.smk.dk) is queried for loans and comparisons.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://samling.havnemuseet.example"
IIIF = "https://iiif.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")
SITTERS = [
    ("Anna Maria Bartholin", 1701, 1768),
    ("Købmand Peder Holm", 1744, 1810),
    ("Ukendt ung kvinde", None, None),
    ("Grevinde Sophie Danneskiold", 1760, 1831),
    ("Skipper Jens Møller", 1789, 1852),
]
ARTISTS = ["Jens Juel", "C.W. Eckersberg", "Vilhelm Hammershøi", "Bertha Wegmann"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "samling", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _object_no(c: Context) -> str:
    return f"HM.{c.rng.randint(1900, 2024)}.{c.rng.randint(1, 400)}"


def _painted_face(c: Context, with_points: bool) -> dict[str, object]:
    x, y = c.rng.randint(200, 1800), c.rng.randint(200, 1400)
    face: dict[str, object] = {
        "bbox": [x, y, c.rng.randint(180, 420), c.rng.randint(220, 500)],
        "confidence": rf(c.rng, 0.6, 0.99, 3),
        "vinkel": c.rng.choice(["en_face", "trekvart", "profil"]),
    }
    if with_points:
        face["landmarks68"] = [
            [round(x + c.rng.uniform(0, 300), 1), round(y + c.rng.uniform(0, 400), 1)]
            for _ in range(68)
        ]
    return face


def portrait_record(c: Context) -> Flow:
    name, born, died = c.rng.choice(SITTERS)
    obj = _object_no(c)
    b = _b(c, "GET", f"{API}/api/objekter/{obj}?felter=alle")
    b.decoy("portrait painting record: painted faces' boxes and sitter metadata (not biometric)")
    b.ok_json(
        {
            "objektnummer": obj,
            "titel": f"Portræt af {name}",
            "kunstner": c.rng.choice(ARTISTS),
            "datering": c.rng.randint(1740, 1900),
            "teknik": "Olie på lærred",
            "portrætteret": {"navn": name, "født": born, "død": died, "køn": "ukendt"},
            "ansigter": [_painted_face(c, False) for _ in range(c.rng.randint(1, 3))],
        }
    )
    return b.build()


def face_finder_job(c: Context) -> Flow:
    """The research project's painted-face detector on a newly scanned portrait."""
    obj = _object_no(c)
    b = _b(c, "POST", f"{API}/api/analyse/ansigter")
    b.decoy("landmarks of faces painted on a canvas (a painting, not a person)")
    b.json({"objektnummer": obj, "billede": f"{IIIF}/iiif/3/{obj}/full/max/0/default.jpg"})
    b.ok_json(
        {
            "objektnummer": obj,
            "model": "painted-faces-v3",
            "ansigter": [_painted_face(c, True) for _ in range(c.rng.randint(1, 2))],
        }
    )
    return b.build()


def similar_works(c: Context) -> Flow:
    obj = _object_no(c)
    b = _b(c, "POST", f"{API}/api/lighed/soeg")
    b.decoy("art-similarity embedding of a painting (no face of a person)")
    b.json({"objektnummer": obj, "vektor": floats_b64(floats(c.rng, 256)), "k": 12})
    b.ok_json(
        {
            "resultater": [
                {"objektnummer": _object_no(c), "score": rf(c.rng, 0.5, 0.98, 3)} for _ in range(12)
            ]
        }
    )
    return b.build()


def embedding_index(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/lighed/indeks/{_object_no(c)}")
    b.decoy("CLIP-style image embedding of an artwork (float list, no face context)")
    b.json({"embedding": floats(c.rng, 128), "model": "clip-vit-b32", "opdateret": iso(c)})
    b.no_content()
    return b.build()


def iiif_tile(c: Context) -> Flow:
    obj = _object_no(c)
    x, y = c.rng.randint(0, 8) * 1024, c.rng.randint(0, 6) * 1024
    b = FB(c, "samling", "GET", f"{IIIF}/iiif/3/{obj}/{x},{y},1024,1024/512,/0/default.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def smk_search(c: Context) -> Flow:
    term = c.rng.choice(["portræt", "juel", "hammershøi", "havn", "eckersberg"])
    b = FB(
        c,
        "smk-api",
        "GET",
        f"https://api.smk.dk/api/v1/art/search/?keys={term}&offset=0&rows=10&lang=da",
    )
    b.header("user-agent", UA)
    b.decoy("open collection search (catalogue results)")
    b.ok_json(
        {
            "found": c.rng.randint(10, 900),
            "items": [
                {
                    "object_number": f"KMS{c.rng.randint(100, 9000)}",
                    "titles": [{"title": f"Portræt af {c.rng.choice(SITTERS)[0]}"}],
                    "production": [{"creator": c.rng.choice(ARTISTS)}],
                    "has_image": True,
                }
                for _ in range(10)
            ],
        }
    )
    return b.build()


def sitter_search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/personer?rolle=portraetteret&q={c.rng.choice(['holm', 'anna'])}")
    b.decoy("historical sitters' names, gender and life dates (catalogue, not biometric)")
    b.ok_json(
        {
            "personer": [
                {"navn": n, "født": f, "død": d, "køn": c.rng.choice(["kvinde", "mand"])}
                for n, f, d in SITTERS
            ]
        }
    )
    return b.build()


def record_edit(c: Context) -> Flow:
    obj = _object_no(c)
    b = _b(c, "PATCH", f"{API}/api/objekter/{obj}")
    b.json(
        {
            "tilstand": c.rng.choice(["god", "rimelig", "skrøbelig"]),
            "placering": c.rng.choice(["Magasin B", "Portrætgangen", "Udlånt"]),
            "redigeret": iso(c),
        }
    )
    b.ok_json({"objektnummer": obj, "version": c.rng.randint(2, 40)})
    return b.build()
