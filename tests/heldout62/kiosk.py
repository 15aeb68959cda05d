"""A photo-printing app for family photos (fictional "StampaFoto Express").

Printing photos of the grandchildren uploads face pictures to a print lab, not
to a face API: decoys, with red-eye and auto-crop flags, a shop kiosk id (a
shared thing) and photo checksums. The app's "Persone" album, though, groups
photos by face and sends a face embedding per detected face (on-device
FaceNet-style 128-d vectors), and uploads face crops for server-side clustering.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, digits, floats, hexs, iso, rf, rid, ua

API = "https://api.stampafoto.it/v5"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "stampafoto", method, API + path)
    b.header("user-agent", ua("StampaFoto", "5.6.1"))
    return b


def _install(b: FB) -> None:
    b.header("x-install-id", b.ctx.phone.kiosk_install)
    b.other_id("kiosk_install", "header x-install-id")


def upload_stampa(c: Context) -> Flow:
    bnd = "Boundary-" + hexs(c.rng, 20)
    b = _b(c, "POST", "/ordini/" + digits(c.rng, 8) + "/foto")
    meta = (
        '{"formato":"10x15","copie":2,"occhiRossi":true,"ritaglioAuto":"volti",'
        f'"sha1":"{hexs(c.rng, 40)}"}}'
    ).encode()
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta),
            ("foto", "IMG_2025.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 9**6))),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + bnd)
    b.ok_json({"fotoId": rid(c.rng)})
    b.decoy(
        "family photo uploaded for printing (red-eye fix, auto-crop): a print lab, not a face API"
    )
    return b.build()


def ordine(c: Context) -> Flow:
    b = _b(c, "POST", "/ordini")
    b.json(
        {
            "prodotto": c.rng.choice(["stampe_10x15", "fotolibro_A4", "calendario"]),
            "ritiro": {"chiosco": "KSK-" + digits(c.rng, 5), "negozio": "Conad Prati"},
            "totale": rf(c.rng, 3, 40, 2),
            "numeroOrdine": "SF" + digits(c.rng, 9),
        }
    )
    b.ok_json(
        {
            "stato": "IN_STAMPA",
            "chiosco": {
                "serialeDispositivo": "KX9-" + hexs(c.rng, 8).upper(),
                "macAddress": ":".join(hexs(c.rng, 2) for _ in range(6)),
            },
        }
    )
    b.decoy("print order: the shop's shared kiosk id, serial and MAC (not their device), order no.")
    return b.build()


def anteprima(c: Context) -> Flow:
    b = _b(c, "GET", f"/fotolibro/{digits(c.rng, 7)}/anteprima/{c.rng.randint(1, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 9**6), 400))
    b.decoy("photobook page preview image download")
    return b.build()


def volti(c: Context) -> Flow:
    """Face embeddings for the 'Persone' album."""
    b = _b(c, "POST", "/album/persone/sync")
    n = c.rng.randint(1, 3)
    b.json(
        {
            "fotoId": rid(c.rng),
            "volti": [
                {
                    "faceId": i,
                    "bbox": [c.rng.randint(0, 900), c.rng.randint(0, 600), 180, 180],
                    "embedding": floats(c.rng, 128, 4),
                    "persona": c.rng.choice(["Sofia", "Marco", None]),
                }
                for i in range(n)
            ],
            "modello": "facenet-mobile-128",
        }
    )
    b.bio("face_embedding", "body volti[].embedding")
    b.ok_json({"cluster": [digits(c.rng, 4) for _ in range(n)]})
    return b.build()


def volti_b64(c: Context) -> Flow:
    b = _b(c, "POST", "/album/persone/vettori")
    _install(b)
    b.json(
        {"v": 2, "faceVectors": [floats_b64(floats(c.rng, 128)) for _ in range(2)], "ts": iso(c)}
    )
    b.bio("face_embedding", "body faceVectors (float32 base64)")
    b.ok_json({"ok": True})
    return b.build()


def ritagli(c: Context) -> Flow:
    """Face crops uploaded for server-side clustering."""
    bnd = "Boundary-" + hexs(c.rng, 20)
    b = _b(c, "POST", "/album/persone/raggruppa")
    body = multipart(
        bnd,
        [
            ("tipo", None, None, b"face_crop"),
            ("volto", "face_0.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 9**6), 300)),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + bnd)
    b.bio("face_image", "multipart volto (face crop for clustering)")
    b.ok_json({"clusterId": digits(c.rng, 4)})
    return b.build()


def opaco(c: Context) -> Flow:
    b = _b(c, "POST", "/s/q")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(700)), "application/octet-stream")
    b.bio("face_embedding", "encrypted body", detectable=False)
    b.no_content()
    return b.build()


DECOYS = [(0.9, upload_stampa), (0.5, upload_stampa), (0.4, ordine), (0.5, anteprima)]
SENSITIVE = [volti, ritagli, volti_b64, volti, opaco]
