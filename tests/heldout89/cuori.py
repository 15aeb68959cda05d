"""Cuori: a dating app with selfie verification.

- AWS Rekognition CompareFaces in eu-south-1 (Milan): POST with
  X-Amz-Target RekognitionService.CompareFaces, SourceImage.Bytes (base64),
  TargetImage.S3Object, SimilarityThreshold (Rekognition API reference).
- ML Kit face detection results sent to the backend: contour type names
  (FACE, LEFT_EYE, UPPER_LIP_TOP...), headEulerAngleY/Z, smilingProbability
  (ML Kit Face Detection docs, Face / FaceContour classes).
- A gesture challenge with MediaPipe Face Landmarker blendshape names
  (eyeBlinkLeft, jawOpen, mouthSmileLeft...), a 128-d face template in base64
  float32, an opaque liveness blob. AppsFlyer for attribution (sdks.py).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from . import sdks
from .phone import FB, floats, points, rf, rid, ua

API = "https://api.cuori-app.example.it"
PKG = "it.cuori.dating"
CONTOURS = {
    "FACE": 36,
    "LEFT_EYEBROW_TOP": 5,
    "LEFT_EYE": 16,
    "RIGHT_EYE": 16,
    "UPPER_LIP_TOP": 11,
    "LOWER_LIP_BOTTOM": 9,
    "NOSE_BRIDGE": 2,
}
BLEND = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "eyeSquintLeft",
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("Cuori", "5.30.1"))
    b.header("x-client-fp", b.id("aid_cuori", "md5", where="header:x-client-fp", detectable=False))


def rekognition(c: Context) -> Flow:
    b = FB(c, "aws_rekognition", "POST", "https://rekognition.eu-south-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20260314/eu-south-1/rekognition/aws4_request, Signature="
        + new_hex(c.rng, 64),
    )
    b.bio("face_image", "json:SourceImage.Bytes (CompareFaces)")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**6), 700))},
            "TargetImage": {
                "S3Object": {"Bucket": "cuori-profili-eu", "Name": f"p/{c.phone.cuori_user}/1.jpg"}
            },
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def contours(c: Context) -> Flow:
    b = FB(c, "cuori_app", "POST", f"{API}/v4/verifica/selfie")
    _hdr(b)
    b.bio("face_landmarks", "json:faceContours")
    b.json(
        {
            "richiesta": rid(c.rng),
            "faceContours": {k: points(c.rng, n) for k, n in CONTOURS.items()},
            "headEulerAngleY": rf(c.rng, -12, 12, 2),
            "headEulerAngleZ": rf(c.rng, -6, 6, 2),
            "smilingProbability": rf(c.rng, 0, 1, 3),
            "leftEyeOpenProbability": rf(c.rng, 0.6, 1, 3),
        }
    )
    b.ok_json({"verificato": c.rng.random() < 0.9})
    return b.build()


def gesture(c: Context) -> Flow:
    b = FB(c, "cuori_app", "POST", f"{API}/v4/verifica/gesto")
    _hdr(b)
    b.bio("blendshapes", "json:fotogrammi[].blendshapes")
    b.json(
        {
            "sfida": c.rng.choice(["occhiolino", "sorriso", "bocca_aperta"]),
            "fotogrammi": [
                {"t": i * 33, "blendshapes": {k: rf(c.rng, 0, 1, 4) for k in BLEND}}
                for i in range(4)
            ],
        }
    )
    b.ok_json({"superata": True})
    return b.build()


def template(c: Context) -> Flow:
    b = FB(c, "cuori_app", "PUT", f"{API}/v4/profilo/{c.phone.cuori_user}/verifica")
    _hdr(b)
    b.bio("face_embedding", "json:face_template (base64 float32)")
    b.json(
        {
            "face_template": floats_b64(floats(c.rng, 128)),
            "versione_modello": "fn-128-v3",
            "qualita": rf(c.rng, 0.7, 1, 2),
        }
    )
    b.ok_json({"badge": "verificato"})
    return b.build()


def liveness_blob(c: Context) -> Flow:
    b = FB(c, "cuori_app", "POST", f"{API}/v4/lv")
    _hdr(b)
    b.bio("liveness_capture", "json:p (opaque)", detectable=False)
    b.json({"p": b64(bytes(c.rng.randrange(256) for _ in range(400))), "s": 2})
    b.no_content()
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = FB(
        c, "cuori_cdn", "GET", f"https://img.cuori-app.example.it/u/{new_hex(c.rng, 12)}/640.jpg"
    )
    b.decoy("another member's profile photo fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 150))
    return b.build()


def photo_upload(c: Context) -> Flow:
    """The member's own profile photo to the app's media store: no face API, no analysis."""
    b = FB(c, "cuori_app", "POST", f"{API}/v4/media/foto")
    _hdr(b)
    b.decoy("profile photo upload to the app's own media store (not a face API)")
    bnd = "cuori" + new_hex(c.rng, 12)
    b.set_body(
        multipart(
            bnd,
            [
                ("posizione", None, None, str(c.rng.randint(1, 6)).encode()),
                ("foto", "IMG_2031.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"url": f"https://img.cuori-app.example.it/u/{new_hex(c.rng, 12)}/640.jpg"})
    return b.build()


def swipe(c: Context) -> Flow:
    b = FB(c, "cuori_app", "POST", f"{API}/v4/swipe")
    _hdr(b)
    b.decoy("profile viewed and liked (not viewing history)")
    b.json(
        {
            "profilo": new_hex(c.rng, 12),
            "azione": c.rng.choice(["like", "passa"]),
            "tempo_visualizzazione_ms": c.rng.randint(800, 9000),
        }
    )
    b.ok_json({"match": False})
    return b.build()


def nearby(c: Context) -> Flow:
    b = FB(c, "cuori_app", "GET", f"{API}/v4/vicini", [("raggio_km", "25")])
    _hdr(b)
    b.decoy("nearby profiles: coordinates, distances, self-declared gender")
    b.ok_json(
        {
            "profili": [
                {
                    "id": new_hex(c.rng, 12),
                    "genere": c.rng.choice(["uomo", "donna"]),
                    "eta": c.rng.randint(25, 40),
                    "pos": [rf(c.rng, 43.8, 44.1, 4), rf(c.rng, 12.3, 12.7, 4)],
                    "distanza_km": rf(c.rng, 0.5, 25, 1),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "cuori_app", "POST", f"{API}/v4/registrazione")
    _hdr(b)
    b.decoy("self-declared gender and preference on sign-up")
    b.json(
        {
            "nome": "Giulia",
            "genere": "donna",
            "cerco": "uomo",
            "eta_min": 28,
            "eta_max": 40,
            "email": b.id("email", where="json:email"),
        }
    )
    b.ok_json({"utente": c.phone.cuori_user})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, PKG, "aid_cuori")
