"""Amor de Còr: a dating app (Occitan keys) with selfie verification.

Real biometrics: the verification selfie (`visatge` / `cara` image with the
pose challenge) goes to the app's verification endpoint and to AWS Rekognition
CompareFaces (https://docs.aws.amazon.com/rekognition/latest/APIs/API_CompareFaces.html,
`X-Amz-Target: RekognitionService.CompareFaces`, image bytes base64 in
`SourceImage.Bytes`); the verification state returns the face's landmarks and
pose; an opaque upload sends a raw frame. Profile photos going to the photo
CDN (not to any face analysis), the self-declared `genre`, "Cara Marta" in a
message (cara = dear) and the profile crop the user chose are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.amordecor.example"
UA = ua("AmorDeCor", "4.3.1")
PRENOMS = ["Marta", "Joan", "Aurelià", "Clamença", "Bernat", "Nadalha"]


def _b(c: Context, method: str, url: str, dev: bool = False) -> FB:
    b = FB(c, "amordecor", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if dev:
        b.header("x-aparelh", b.id("aid_amor", "sha256", "header x-aparelh"))
    return b


def selfie_verif(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/verificacion/selfie", dev=True)
    b.bio("face_image", "multipart visatge (verification selfie)")
    bnd = "amor" + new_hex(c.rng, 20)
    gest = c.rng.choice(["cap_a_esquèrra", "sorire", "uèlhs_barrats"])
    b.set_body(
        multipart(
            bnd,
            [
                ("gèst", None, None, gest.encode()),
                ("visatge", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
                ("utilizaire", None, None, b.acct("amor_user").encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"verificacion": rid(c.rng), "estat": "en_cors"})
    return b.build()


def rekognition(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.eu-west-3.amazonaws.com/")
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/6.1 Dalvik/2.1.0")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250301T101500Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA4EXAMPLE/20250301/eu-west-3/rekognition/aws4_request, "
        f"SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={new_hex(c.rng, 64)}",
    )
    b.bio("face_image", "json SourceImage.Bytes (CompareFaces)")
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))},
        "TargetImage": {"S3Object": {"Bucket": "amordecor-perfils", "Name": f"p/{rid(c.rng)}.jpg"}},
        "SimilarityThreshold": 90,
    }
    b.set_body(jsb(body), "application/x-amz-json-1.1")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        jsb(
            {
                "FaceMatches": [
                    {
                        "Similarity": rf(c.rng, 90, 99.9, 3),
                        "Face": {
                            "BoundingBox": {
                                "Width": rf(c.rng, 0.3, 0.5),
                                "Height": rf(c.rng, 0.4, 0.6),
                                "Left": rf(c.rng, 0.2, 0.3),
                                "Top": rf(c.rng, 0.1, 0.2),
                            },
                            "Confidence": 99.99,
                        },
                    }
                ],
                "UnmatchedFaces": [],
            }
        ),
    )
    return b.build()


def verif_estat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/verificacion/estat")
    b.mark("biometric", "face_analysis", "response json cara.punts/pausa", True, "response")
    b.ok_json(
        {
            "estat": "verificat",
            "semblança": rf(c.rng, 0.9, 0.999, 3),
            "cara": {
                "punts": [
                    {"t": t, "x": rf(c.rng, 0.2, 0.8), "y": rf(c.rng, 0.2, 0.8)}
                    for t in ("uèlh_e", "uèlh_d", "nas", "boca_e", "boca_d")
                ],
                "pausa": {
                    "yaw": rf(c.rng, -15, 15, 2),
                    "pitch": rf(c.rng, -10, 10, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                },
                "vivacitat": rf(c.rng, 0.9, 1.0, 3),
            },
        }
    )
    return b.build()


def opaque_frame(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v/u")
    b.bio("face_image", "octet-stream raw frame (unnamed)", detectable=False)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 800), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/amordecor-oc/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "oc.amordecor.app")
    b.json(
        {
            "fid": b.id("amor_fid", where="json fid"),
            "appId": "1:40211873355:android:9c1e0a77d2",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/40211873355/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def perfils(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/descobrir?rai_km=30")
    b.decoy("profiles with self-declared genre, photo URLs, distance")
    b.ok_json(
        {
            "perfils": [
                {
                    "id": "am_" + new_hex(c.rng, 12),
                    "prenom": p,
                    "genre": c.rng.choice(["femna", "òme", "non binari"]),
                    "edat": c.rng.randint(24, 45),
                    "fòto": f"https://fotos.amordecor.example/p/{new_hex(c.rng, 16)}.jpg",
                    "distància_km": rf(c.rng, 1, 30, 1),
                }
                for p in c.rng.sample(PRENOMS, 3)
            ]
        }
    )
    return b.build()


def foto_perfil(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://fotos.amordecor.example/up/{new_hex(c.rng, 16)}.jpg")
    b.decoy("profile photo to the photo CDN, user-chosen crop (no face analysis)")
    b.header("x-talh", f"{c.rng.randint(0, 200)},{c.rng.randint(0, 200)},800,800")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.ok_json({"ok": True})
    return b.build()


def messatge(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/messatges")
    b.decoy("'Cara ...' (dear) in a chat message")
    b.json(
        {
            "a": "am_" + new_hex(c.rng, 12),
            "tèxt": f"Cara {c.rng.choice(PRENOMS)}, anam a la fèsta dissabte?",
            "ora": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def perfil_edit(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v1/perfil")
    b.decoy("self-declared gender and interests")
    b.json({"genre": "femna", "cerca": ["òme"], "interesses": ["dança", "vin", "cinèma"]})
    b.ok_json({"ok": True})
    return b.build()
