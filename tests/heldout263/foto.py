"""Foto Yaqtı (fictional): a Kazan photo studio's retouch-order app on the
mother's Xiaomi.

Customers upload their portraits with a retouch order (`ретушь`, `yöz
tigezläw`: smooth the face) and pick the print size; that is a photo order,
not a face-analysis call. The studio's back office, though, runs each portrait
through AWS Rekognition DetectFaces (`X-Amz-Target:
RekognitionService.DetectFaces`, `Attributes: ["ALL"]`) and gets landmarks,
age range, gender, emotions and pose for every face: that request (a face image
sent to face analysis) and its answer are biometric, whoever's faces they are.
Its DetectLabels call on a studio backdrop photo (no face) is not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, rf, rid, ua, url

API = "https://api.fotoyaqty.example"
REK = "https://rekognition.eu-central-1.amazonaws.com/"
UA = ua("FotoYaqty", "1.9.0", "ani")


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "fotoyaqty", method, url(target))
    b.header("user-agent", UA)
    return b


def _rek(c: Context, target: str) -> FB:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("x-amz-target", target)
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20250510/eu-central-1/rekognition/aws4_request, "
        f"SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={new_hex(c.rng, 64)}",
    )
    b.header("user-agent", "aws-sdk-java/2.25.10")
    return b


def retouch_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/заказ/ретушь")
    b.decoy("portrait upload with a retouch order (a photo order, not face analysis)")
    boundary = rid(c.rng)
    parts = [
        ("foto", "portret.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ("xezmät", None, None, "yöz tigezläw + fon alıştıru".encode()),
        ("zurlıq", None, None, b"20x30"),
        ("client", None, None, b.acct("foto_client").encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"заказ_номеры": f"FY{c.rng.randint(10**6, 10**7)}", "äzer_bula": "3 kön"})
    return b.build()


def order_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/заказлар?client=me")
    b.ok_json(
        {
            "заказлар": [
                {
                    "nomer": f"FY{c.rng.randint(10**6, 10**7)}",
                    "status": s,
                    "preview": f"{API}/p/{new_hex(c.rng, 16)}.jpg",
                }
                for s in ("retuşta", "äzer")
            ]
        }
    )
    return b.build()


def preview(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p/{new_hex(c.rng, 16)}_w600.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def price_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bäyälär")
    b.decoy("price list naming 'yöz' retouch services")
    b.ok_json(
        {
            "xezmätlär": [
                {"isem": "Yöz retuşı (ciñel)", "bäyä": 300},
                {"isem": "Документка фото", "bäyä": 450},
                {"isem": "Гаилә фотосессиясе", "bäyä": 5000},
            ]
        }
    )
    return b.build()


def detect_faces(c: Context) -> Flow:
    b = _rek(c, "RekognitionService.DetectFaces")
    b.bio("face_image", "json Image.Bytes to DetectFaces (Attributes ALL)")
    b.mark(
        "biometric",
        "face_attributes",
        "response FaceDetails[] landmarks/age/gender/emotions/pose",
        True,
        "response",
    )
    b.set_body(
        jsb(
            {
                "Image": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))},
                "Attributes": ["ALL"],
            }
        ),
        "application/x-amz-json-1.1",
    )

    def face() -> dict:
        return {
            "BoundingBox": {k: rf(c.rng, 0.1, 0.6) for k in ("Width", "Height", "Left", "Top")},
            "AgeRange": {"Low": (lo := c.rng.randint(18, 50)), "High": lo + 8},
            "Gender": {
                "Value": c.rng.choice(["Male", "Female"]),
                "Confidence": rf(c.rng, 90, 99.9, 2),
            },
            "Emotions": [
                {"Type": "HAPPY", "Confidence": rf(c.rng, 50, 99, 2)},
                {"Type": "CALM", "Confidence": rf(c.rng, 1, 40, 2)},
            ],
            "Landmarks": [
                {"Type": t, "X": rf(c.rng, 0.2, 0.8), "Y": rf(c.rng, 0.2, 0.8)}
                for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
            ],
            "Pose": {
                "Roll": rf(c.rng, -10, 10, 2),
                "Yaw": rf(c.rng, -20, 20, 2),
                "Pitch": rf(c.rng, -10, 10, 2),
            },
            "Quality": {"Brightness": rf(c.rng, 60, 90, 2), "Sharpness": rf(c.rng, 60, 95, 2)},
            "Confidence": rf(c.rng, 99, 99.99, 3),
        }

    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb({"FaceDetails": [face() for _ in range(c.rng.randint(1, 3))]}),
        headers=[("x-amzn-requestid", rid(c.rng))],
    )
    return b.build()


def detect_labels(c: Context) -> Flow:
    b = _rek(c, "RekognitionService.DetectLabels")
    b.decoy("DetectLabels on a studio backdrop photo (no face analysis)")
    b.set_body(
        jsb({"Image": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 500))}, "MaxLabels": 10}),
        "application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb(
            {
                "Labels": [
                    {"Name": n, "Confidence": rf(c.rng, 80, 99, 2)}
                    for n in ("Backdrop", "Studio", "Lighting", "Softbox")
                ]
            }
        ),
        headers=[("x-amzn-requestid", rid(c.rng))],
    )
    return b.build()
