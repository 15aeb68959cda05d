"""Floutage: blurring bystanders' faces in street footage before delivery (fictional backend).

Decision (by the issue's definitions): faces are found on the phone by a bundled
detector; what leaves the phone is a redaction job of rectangles per frame (box
tracks, like OCR boxes: where a face is, not landmarks, a template or an
analysis of it) and the already-blurred render. The detector model download is
a file. No biometric carrier in this app.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, new_builder, rid, ua

API = "https://render.floutage.example/v2"
UA = ua("Floutage", "1.6.3")


def _b(c: Context, method: str, path: str) -> FB:
    b = new_builder(c, "floutage", method, f"{API}{path}", UA)
    b.header("authorization", "Bearer " + rid(c.rng))
    return b


def redaction_job(c: Context) -> Flow:
    b = _b(c, "POST", "/jobs/redaction")
    b.decoy("bystanders' face boxes per frame for blurring (rectangles, no landmarks)")
    tracks = []
    for track in range(c.rng.randint(1, 4)):
        x, y = c.rng.randint(100, 1700), c.rng.randint(80, 900)
        boxes = []
        for frame in range(c.rng.randint(0, 200), 240, 24):
            x += c.rng.randint(-8, 8)
            boxes.append({"f": frame, "x": x, "y": y, "w": 96, "h": 120})
        tracks.append({"piste": track, "type": "visage", "boites": boxes})
    b.json(
        {
            "source": f"s3://floutage-in/{rid(c.rng)}/RUE_STDENIS_0{c.rng.randint(1, 9)}.mp4",
            "mode": "flou_gaussien",
            "rayon": 28,
            "pistes": tracks,
        }
    )
    b.ok_json({"job": rid(c.rng), "etat": "en_file"}, 202)
    return b.build()


def model_download(c: Context) -> Flow:
    b = new_builder(
        c,
        "floutage",
        "GET",
        "https://cdn.floutage.example/models/face_detector_short_range_v3.tflite",
        UA,
    )
    b.decoy("face detector model file download (a file, no one's face)")
    b.respond(
        200, "application/octet-stream", b"TFL3" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()


def job_status(c: Context) -> Flow:
    b = _b(c, "GET", f"/jobs/{rid(c.rng)}")
    b.decoy("render job progress (percent of frames rendered)")
    b.ok_json(
        {
            "etat": "rendu",
            "progression": c.rng.randint(0, 100),
            "visages_floutes": c.rng.randint(1, 12),
        }
    )
    return b.build()


def blurred_preview(c: Context) -> Flow:
    b = _b(c, "GET", f"/jobs/{rid(c.rng)}/apercu.jpg")
    b.respond(200, "image/jpeg", b64(bytes(200)).encode())
    return b.build()


ALL = [redaction_job, model_download, job_status, blurred_preview]
