"""The digitisation app for old photographs and documents. Scans are uploaded
in multipart; a privacy step blurs faces of people in historic photos and
sends only the blur rectangles (no landmarks, no embeddings, no face crops
to a face API); OCR returns text blocks with bounding polygons (shaped after
Google Cloud Vision's fullTextAnnotation: pages/blocks/boundingBox.vertices).
All hard decoys for biometric: boxes to hide faces, coordinates of words.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, iso, rf, rid

HOST = "https://digital.archiv-lugano.example.ch"


def _box(ctx: Context) -> dict[str, float]:
    r = ctx.rng
    return {
        "x": rf(r, 0, 0.8, 3),
        "y": rf(r, 0, 0.8, 3),
        "w": rf(r, 0.03, 0.2, 3),
        "h": rf(r, 0.04, 0.25, 3),
    }


def upload_scan(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "digitise", "POST", HOST + "/api/scansioni")
    meta = {
        "fondo": "Fotografie storiche Ticino",
        "segnatura": f"FOT-{r.randint(1900, 1970)}-{r.randint(1, 999):03d}",
        "dpi": 600,
        "colore": "grayscale",
    }
    bnd = "----" + new_hex(r, 16)
    body = multipart(
        bnd,
        [
            ("metadata", None, "application/json", js(meta).encode()),
            ("scan", "scan.jpg", "image/jpeg", fake_jpeg(r.randint(0, 10**6), 1500)),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + bnd)
    b.decoy("a scan of an archive photograph uploaded to the archive's own store")
    b.ok_json({"id": new_hex(r, 12)})
    return b.build()


def face_blur(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "digitise", "POST", HOST + "/api/privacy/blur")
    n = r.randint(1, 9)
    b.json(
        {
            "scanId": new_hex(r, 12),
            "facesDetected": n,
            "blurRegions": [_box(ctx) for _ in range(n)],
            "blurRadius": 24,
            "reviewedBy": "staff",
            "requestId": rid(r),
        }
    )
    b.decoy("face-blur rectangles on a historic photo for privacy: no face data of anyone")
    b.ok_json({"status": "queued"})
    return b.build()


def ocr(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "digitise", "POST", "https://vision.googleapis.com/v1/images:annotate")
    b.json(
        {
            "requests": [
                {
                    "image": {"source": {"imageUri": f"gs://archiv-ti/{new_hex(r, 10)}.tif"}},
                    "features": [{"type": "DOCUMENT_TEXT_DETECTION"}],
                    "imageContext": {"languageHints": ["it", "de"]},
                }
            ]
        }
    )
    blocks = [
        {
            "boundingBox": {
                "vertices": [{"x": r.randint(0, 2000), "y": r.randint(0, 3000)} for _ in range(4)]
            },
            "confidence": rf(r, 0.7, 0.99, 3),
        }
        for _ in range(r.randint(3, 8))
    ]
    b.decoy("OCR of a document: word bounding polygons, not faces")
    b.ok_json({"responses": [{"fullTextAnnotation": {"pages": [{"blocks": blocks}]}}]})
    return b.build()


def similar_images(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "digitise", "POST", HOST + "/api/ricerca/simili")
    b.json(
        {
            "vettore": [round(r.gauss(0, 0.1), 5) for _ in range(128)],
            "modello": "clip-vit-b32-landscape",
            "k": 12,
            "collezione": "cartoline",
        }
    )
    b.decoy("image-similarity vector of a postcard (landscapes), no face context")
    b.ok_json({"risultati": [new_hex(r, 12) for _ in range(12)], "ts": iso(ctx)})
    return b.build()


def article_faces(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "digitise", "GET", HOST + "/api/mostre/" + str(r.randint(10, 99)))
    b.decoy("exhibition text about portrait photography and faces in history")
    b.ok_json(
        {
            "titolo": "Volti del Ticino 1900-1950",
            "testo": "Face recognition did not exist: these faces were identified by visitors.",
            "tags": ["ritratti", "faces", "Gesichter"],
        }
    )
    return b.build()


FLOWS = [upload_scan, face_blur, ocr, similar_images, article_faces]
