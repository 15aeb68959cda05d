"""Ingwe Hek: the estate-gate console (work profile): licence-plate recognition,
CCTV monitoring and the face-recognition watchlist run on estate gates.

The watchlist uses Amazon Rekognition (JSON 1.1 over POST /, X-Amz-Target
RekognitionService.IndexFaces / SearchFacesByImage, the image as base64 under
Image.Bytes; https://docs.aws.amazon.com/rekognition/latest/APIReference/
API_SearchFacesByImage.html): the operator adds a suspect's photo to the
collection ("waglys") and checks a visitor's gate snapshot against it. Face
images sent to a face API are biometric (the visitors' as much as anyone's).
The gate service's alerts come back with the matched face crop, five facial
landmarks and the similarity (biometric, in the response); the older gate
tablets' relay posts the bare JPEG to an unnamed endpoint (biometric, opaque).
Plate reads with vehicle crops, CCTV snapshots and streams, the visitor log
(names, self-declared purpose), people counts and alert acknowledgements are
ordinary traffic.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://hek.ingwe-ops.example"
LPR = "https://lpr.ingwe-ops.example"
CCTV = "https://cctv.ingwe-ops.example"
REK = "https://rekognition.eu-west-1.amazonaws.com/"
UA = ua("IngweHek", "2.9.0")
GATES = ["Dainfern Hek 1", "Waterfall Noord", "Kyalami Estates Hoof", "Blue Hills Ingang"]
NAMES = ["S. Dlamini", "J. van der Merwe", "T. Nkosi", "P. Botha", "L. Mokoena", "A. Pillay"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ingwe-hek", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _rek(c: Context, target: str, payload: dict) -> FB:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    body = jsb(payload)
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/5.10 Dalvik/2.1.0/0 en_ZA")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", "20241203T" + f"{c.rng.randint(0, 235959):06d}" + "Z")
    b.header("x-amz-content-sha256", hashlib.sha256(body).hexdigest())
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA"
        + new_hex(c.rng, 16).upper()
        + "/20241203/eu-west-1/rekognition/aws4_request, SignedHeaders=host;x-amz-date;"
        + "x-amz-target, Signature="
        + new_hex(c.rng, 64),
    )
    b.set_body(body, "application/x-amz-json-1.1")
    return b


def _plate(c: Context) -> str:
    letters = "BCDFGHJKLMNPRSTVWXYZ"
    two = c.rng.choice(letters) + c.rng.choice(letters)
    return f"{two}{c.rng.randint(10, 99)}{c.rng.choice(letters)}{c.rng.choice(letters)}GP"


def _box(c: Context) -> dict[str, float]:
    return {
        "Width": rf(c.rng, 0.1, 0.3),
        "Height": rf(c.rng, 0.2, 0.4),
        "Left": rf(c.rng, 0.2, 0.6),
        "Top": rf(c.rng, 0.1, 0.4),
    }


def waglys_byvoeg(c: Context) -> Flow:
    b = _rek(
        c,
        "IndexFaces",
        {
            "CollectionId": "ingwe-hek-waglys",
            "Image": {"Bytes": b64(_jpeg(c))},
            "ExternalImageId": f"wl-{c.rng.randint(1000, 9999)}",
            "DetectionAttributes": ["DEFAULT"],
            "MaxFaces": 1,
            "QualityFilter": "AUTO",
        },
    )
    b.bio("face_image", "json Image.Bytes (Rekognition IndexFaces)")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb(
            {
                "FaceRecords": [
                    {
                        "Face": {"FaceId": rid(c.rng), "BoundingBox": _box(c), "Confidence": 99.98},
                    }
                ],
                "FaceModelVersion": "7.0",
            }
        ),
    )
    return b.build()


def besoeker_soek(c: Context) -> Flow:
    b = _rek(
        c,
        "SearchFacesByImage",
        {
            "CollectionId": "ingwe-hek-waglys",
            "Image": {"Bytes": b64(_jpeg(c))},
            "MaxFaces": 5,
            "FaceMatchThreshold": 90,
        },
    )
    b.bio("face_image", "json Image.Bytes (Rekognition SearchFacesByImage)")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb(
            {
                "SearchedFaceBoundingBox": _box(c),
                "SearchedFaceConfidence": rf(c.rng, 95, 99.99, 2),
                "FaceMatches": [],
                "FaceModelVersion": "7.0",
            }
        ),
    )
    return b.build()


def waarskuwings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/waglys/waarskuwings?oop=1")
    b.mark(
        "biometric",
        "face_image",
        "response json faceCrop + landmarks + similarity (watchlist alert)",
        True,
        "response",
    )
    b.ok_json(
        {
            "isexwayiso": [
                {
                    "alertId": rid(c.rng),
                    "hek": c.rng.choice(GATES),
                    "tyd": iso(c),
                    "watchlistEntry": f"wl-{c.rng.randint(1000, 9999)}",
                    "similarity": rf(c.rng, 90, 99.5, 2),
                    "faceCrop": b64(_jpeg(c, 400)),
                    "landmarks": [
                        {"type": t, "x": rf(c.rng, 0.3, 0.7), "y": rf(c.rng, 0.3, 0.7)}
                        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
                    ],
                }
            ]
        }
    )
    return b.build()


def relay_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/r/{c.rng.randint(1, 9)}")
    b.bio(
        "face_image",
        "octet-stream body (gate snapshot JPEG relayed to the face matcher)",
        detectable=False,
    )
    b.set_body(_jpeg(c, 600), "application/octet-stream")
    b.ok_json({"r": 0, "m": []})
    return b.build()


def waarskuwing_erken(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/waglys/waarskuwings/{rid(c.rng)}/erken")
    b.json({"aksie": c.rng.choice(["VALS", "STUUR_VOERTUIG", "HEK_GESLUIT"]), "tyd": iso(c)})
    b.no_content()
    return b.build()


def lpr_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{LPR}/v1/lesings?hek={c.rng.randint(1, 12)}&limiet=10")
    b.decoy("licence-plate reads with vehicle crops (not faces)")
    b.ok_json(
        {
            "lesings": [
                {
                    "plaat": _plate(c),
                    "vertroue": rf(c.rng, 0.7, 0.99, 2),
                    "rigting": c.rng.choice(["IN", "UIT"]),
                    "voertuigUitsny": f"{LPR}/img/{new_hex(c.rng, 20)}.jpg",
                    "gevlag": c.rng.random() < 0.05,
                    "tyd": iso(c),
                }
                for _ in range(c.rng.randint(3, 10))
            ]
        }
    )
    return b.build()


def lpr_crop(c: Context) -> Flow:
    b = FB(c, "ingwe-hek", "GET", f"{LPR}/img/{new_hex(c.rng, 20)}.jpg")
    b.header("user-agent", UA)
    b.decoy("vehicle crop image (no face)")
    b.respond(200, "image/jpeg", _jpeg(c, 350))
    return b.build()


def cctv_snapshot(c: Context) -> Flow:
    b = FB(c, "ingwe-cctv", "GET", f"{CCTV}/api/v1/kameras/{c.rng.randint(1, 220)}/snapshot.jpg")
    b.header("user-agent", UA)
    b.decoy("CCTV snapshot to the operator (image fetch, no face API)")
    b.respond(200, "image/jpeg", _jpeg(c, 800))
    return b.build()


def cctv_stream(c: Context) -> Flow:
    cam = c.rng.randint(1, 220)
    b = FB(c, "ingwe-cctv", "GET", f"{CCTV}/hls/kam{cam}/seg{c.rng.randint(1, 9000)}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("live CCTV monitoring segment (video fetch)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def cctv_analise(c: Context) -> Flow:
    b = _b(c, "GET", f"{CCTV}/api/v1/analise/telling?perseel={c.rng.randint(1, 40)}")
    b.decoy("people counts per camera (aggregate analytics, no face data)")
    b.ok_json(
        {
            "kameras": [
                {
                    "kam": c.rng.randint(1, 220),
                    "mense": c.rng.randint(0, 14),
                    "voertuie": c.rng.randint(0, 6),
                }
                for _ in range(5)
            ],
            "t": ms(c),
        }
    )
    return b.build()


def besoekers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/besoekers?hek={c.rng.randint(1, 12)}&vandag=1")
    b.decoy("visitor log: names, self-declared purpose, plates")
    b.ok_json(
        {
            "besoekers": [
                {
                    "naam": c.rng.choice(NAMES),
                    "doel": c.rng.choice(["Aflewering", "Kontrakteur", "Gas", "Huishulp"]),
                    "gasheer": f"Huis {c.rng.randint(1, 400)}",
                    "plaat": _plate(c),
                    "in": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()
