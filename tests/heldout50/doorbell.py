"""Portier, a smart doorbell app on the iPad with "familiar faces": the
doorbell's face crops, embeddings and landmarks, and its serial / MAC.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, floats, iso, pad_ua, points, rid

API = "https://cloud.portier-maison.ca"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "portier", method, API + path)
    b.header("user-agent", pad_ua("Portier", "2.9"))
    return b


def familiar_face(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/visages/familiers")
    b.json(
        {
            "nom": "Grand-maman",
            "faceEmbedding": floats(c.rng, 128),
            "landmarks": points(c.rng, 5),
            "camera": b.id("bell_serial", where="json:camera"),
        }
    )
    b.bio("face_embedding", "json:faceEmbedding+landmarks")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def face_crop(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/evenements/visage")
    bnd = "----portier" + rid(c.rng)[:12]
    b.set_body(
        multipart(
            bnd,
            [
                (
                    "meta",
                    None,
                    "application/json",
                    f'{{"detectedAt":"{iso(c)}","type":"face","score":0.93}}'.encode(),
                ),
                ("face_crop", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**6), 500)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("face_image", "multipart:face_crop")
    b.ok_json({"ok": True})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/sync/blob")
    b.json({"b": b64(bytes(c.rng.randrange(256) for _ in range(300)))})
    b.bio("face_embedding", "json:b (encrypted gallery)", detectable=False)
    b.no_content()
    return b.build()


def device_status(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/sonnettes/etat")
    b.param("numeroSerie", b.id("bell_serial", where="query:numeroSerie"))
    b.ok_json(
        {
            "batterie": c.rng.randint(20, 100),
            "wifi": -c.rng.randint(40, 80),
            "adresseMac": b.id("bell_mac", where="response json:adresseMac", direction="response"),
        }
    )
    return b.build()


def motion_event(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/evenements")
    b.ok_json(
        {"evts": [{"type": "mouvement", "a": iso(c), "zone": [[0.1, 0.2], [0.6, 0.2], [0.6, 0.9]]}]}
    )
    b.decoy("motion events with a zone polygon")
    return b.build()


def snapshot(c: Context) -> Flow:
    b = FB(c, "portier", "GET", f"https://media.portier-maison.ca/snap/{rid(c.rng)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randrange(10**6), 800))
    b.decoy("doorbell snapshot download (thumbnail)")
    return b.build()
