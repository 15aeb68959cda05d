"""A ride-hailing driver app with periodic selfie checks: the selfie goes to a
face API (Amazon Rekognition CompareFaces JSON body with SourceImage /
TargetImage Bytes, docs.aws.amazon.com/rekognition) and the app sends face
landmarks it computed on-device to its own backend. Decoys: GPS traces, fare
series, a heading/pitch from the map camera. Keys of the backend are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, points, rf, rid, ua

API = "https://drv.viajamx.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "viaja", method, url)
    b.header("user-agent", ua("ViajaDriver", "3.44.0"))
    b.header("x-device-id", b.id("aid_ride", where="header x-device-id"))
    return b


def rekognition(c: Context) -> Flow:
    b = _b(c, "POST", "https://rekognition.us-east-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.bio("face_image", "CompareFaces SourceImage/TargetImage bytes")
    img = {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))}
    b.json(
        {
            "SourceImage": img,
            "TargetImage": {"S3Object": {"Bucket": "viaja-drv", "Name": new_hex(c.rng, 20)}},
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 100, 2)}]})
    return b.build()


def selfie_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/verificacion/selfie")
    b.bio("face_landmarks", "json rostro.puntos face landmarks")
    b.json(
        {
            "rostro": {
                "puntos": points(c.rng, 68),
                "yaw": rf(c.rng, -10, 10, 2),
                "ojos_abiertos": True,
            },
            "conductor": b.acct("ride_user"),
            "ts": iso(c),
        }
    )
    b.ok_json({"aprobado": True})
    return b.build()


def selfie_upload(c: Context) -> Flow:
    b = _b(c, "PUT", API + f"/v1/verificacion/selfie/{new_hex(c.rng, 12)}.jpg")
    b.bio("face_image", "PUT selfie jpeg to verificacion/selfie")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 800), "image/jpeg")
    b.no_content()
    return b.build()


def gps(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/ubicacion")
    b.decoy("GPS coordinate list")
    b.json(
        {
            "traza": [[rf(c.rng, 20.9, 21.0, 5), rf(c.rng, -89.7, -89.5, 5)] for _ in range(12)],
            "viaje": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def tarifas(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v1/tarifas?zona=merida")
    b.decoy("surge price series")
    b.ok_json({"multiplicador": [rf(c.rng, 1, 2.5, 2) for _ in range(24)]})
    return b.build()


def mapa_camara(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/nav/estado")
    b.decoy("map camera heading / pitch / zoom")
    b.json(
        {
            "heading": rf(c.rng, 0, 360, 1),
            "pitch": rf(c.rng, 0, 60, 1),
            "zoom": rf(c.rng, 12, 18, 1),
        }
    )
    b.no_content()
    return b.build()
