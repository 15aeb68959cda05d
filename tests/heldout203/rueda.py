"""Rueda Conductor: the driver side of a ride-hailing app (primo's Pixel 8 in
Houston; the company is from Monterrey, so its API is Spanish with English
bits: `turno`, `viaje`, `ganancias`, `rumbo`, `checkIn`).

Before a shift the app checks that the driver is the registered one: the
selfie goes straight to AWS Rekognition CompareFaces (`SourceImage.Bytes`,
the stored profile photo as `TargetImage.S3Object`; the answer holds the
matched face's bounding box, landmarks, pose and similarity,
https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html),
and a copy goes to the app's own backend as a multipart `selfie` part. A
newer build posts the frame as base64 under a one-letter key. Registration
and the shift start send the app's install id, the ANDROID_ID and the
advertising id. Location pings (position, `rumbo` = heading, speed), trip
offers, the photo of the car, earnings and the rider's rating are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.rueda-app.example"
UA = ua("RuedaConductor", "2.27.0", "primo")
HOUSTON = (29.76, -95.37)


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "rueda", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-rueda-install-id", b.id("rueda_install", where="header x-rueda-install-id"))
    return b


def _pos(c: Context) -> tuple[float, float]:
    return rf(c.rng, HOUSTON[0] - 0.15, HOUSTON[0] + 0.15, 5), rf(
        c.rng, HOUSTON[1] - 0.2, HOUSTON[1] + 0.2, 5
    )


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/conductor/dispositivo")
    b.json(
        {
            "installId": b.id("rueda_install", where="json installId"),
            "androidId": b.id("aid_rueda", where="json androidId"),
            "adId": b.id("gaid_primo", where="json adId"),
            "conductorId": b.acct("rueda_conductor"),
            "modelo": "Pixel 8",
            "pais": "US",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def iniciar_turno(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/turno/iniciar", install=True)
    lat, lng = _pos(c)
    b.json(
        {
            "lat": lat,
            "lng": lng,
            "vehiculo": "TX-" + new_hex(c.rng, 6).upper(),
            "checkIn": True,
            "ts": ms(c),
        }
    )
    b.ok_json({"turnoId": rid(c.rng), "requiereSelfie": True})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(
        c,
        "rekognition",
        "POST",
        "https://rekognition.us-east-2.amazonaws.com/",
        http_version="HTTP/1.1",
    )
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241201T140000Z")
    b.header(
        "authorization",
        f"AWS4-HMAC-SHA256 Credential=ASIA{new_hex(c.rng, 16).upper()}/20241201/us-east-2/"
        "rekognition/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        f"Signature={new_hex(c.rng, 64)}",
    )
    b.decoy("SigV4 signature hex")
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 800))},
        "TargetImage": {
            "S3Object": {
                "Bucket": "rueda-conductores-perfil",
                "Name": f"{c.phone.rueda_conductor}/perfil.jpg",
            }
        },
        "SimilarityThreshold": 90,
        "QualityFilter": "AUTO",
    }
    b.set_body(jsb(body), "application/x-amz-json-1.1")
    b.bio("face_image", "json SourceImage.Bytes (CompareFaces)")
    box = {"Width": 0.41, "Height": 0.47, "Left": 0.3, "Top": 0.18}
    face = {
        "BoundingBox": box,
        "Confidence": 99.98,
        "Landmarks": [
            {"Type": t, "X": rf(c.rng, 0.3, 0.7, 4), "Y": rf(c.rng, 0.2, 0.6, 4)}
            for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
        ],
        "Pose": {
            "Roll": rf(c.rng, -5, 5, 2),
            "Yaw": rf(c.rng, -8, 8, 2),
            "Pitch": rf(c.rng, -6, 6, 2),
        },
        "Quality": {"Brightness": rf(c.rng, 60, 90, 2), "Sharpness": rf(c.rng, 70, 95, 2)},
    }
    b.mark("biometric", "face_match_details", "response json FaceMatches[].Face", True, "response")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb(
            {
                "SourceImageFace": {"BoundingBox": box, "Confidence": 99.97},
                "FaceMatches": [{"Similarity": rf(c.rng, 92, 99.9, 3), "Face": face}],
                "UnmatchedFaces": [],
            }
        ),
    )
    return b.build()


def selfie_backend(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/conductor/verificacion/selfie")
    b.bio("face_image", "multipart selfie (driver identity check)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("turnoId", None, "text/plain", rid(c.rng).encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"aprobado": True})
    return b.build()


def selfie_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/c/v")
    b.bio("face_image", "json f (base64 JPEG)", detectable=False)
    b.json({"f": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)), "t": ms(c), "n": 1})
    b.ok_json({"r": 1})
    return b.build()


def ubicacion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/conductor/ubicacion")
    b.decoy("vehicle position, rumbo (heading) and speed")
    lat, lng = _pos(c)
    b.json(
        {
            "lat": lat,
            "lng": lng,
            "rumbo": rf(c.rng, 0, 359, 1),
            "velocidadKmh": rf(c.rng, 0, 90, 1),
            "precision": rf(c.rng, 3, 20, 1),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def oferta_viaje(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/viajes/ofertas")
    b.decoy("trip offer pickup / drop-off positions")
    (la, lo), (lb, lob) = _pos(c), _pos(c)
    b.ok_json(
        {
            "ofertas": [
                {
                    "viajeId": rid(c.rng),
                    "origen": {"lat": la, "lng": lo, "dir": "Westheimer Rd"},
                    "destino": {"lat": lb, "lng": lob, "dir": "Hobby Airport"},
                    "tarifaUSD": rf(c.rng, 8, 45, 2),
                    "calificacionPasajero": rf(c.rng, 4.2, 5, 2),
                }
            ]
        }
    )
    return b.build()


def foto_vehiculo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/conductor/vehiculo/foto")
    b.decoy("photo of the car (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("lado", None, "text/plain", b"frente"),
            ("foto", "auto.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ok": True})
    return b.build()


def ganancias(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/conductor/ganancias?semana=actual")
    b.ok_json(
        {
            "totalUSD": rf(c.rng, 200, 1400, 2),
            "viajes": c.rng.randint(10, 80),
            "horasEnLinea": rf(c.rng, 8, 50, 1),
            "desde": iso(c)[:10],
        }
    )
    return b.build()


def calificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/viajes/{rid(c.rng)}/calificacion")
    b.json(
        {
            "estrellas": c.rng.randint(4, 5),
            "comentario": c.rng.choice(["", "Todo bien", "Muy amable"]),
        }
    )
    b.no_content()
    return b.build()
