"""A car-sharing app (made up: "StadtFlitzer", Vienna / Munich / Zurich) that
checks the driver's face against the licence photo before unlocking.

Sources: AWS Rekognition CompareFaces (JSON 1.1, `X-Amz-Target:
RekognitionService.CompareFaces`, `SourceImage.Bytes` base64,
`TargetImage.S3Object`, `SimilarityThreshold`; AWS API reference), Google ML
Kit face detection fields (`headEulerAngleY`, `smilingProbability`,
`leftEyeOpenProbability`, landmark types such as NOSE_BASE; developers.google
.com/ml-kit/vision/face-detection). The rental backend is the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .catalog import cipher_blob
from .phone import FB, ms, rf, rid, ua, unit_vec

API = "https://api.stadtflitzer.eu"
UA = ua("StadtFlitzer", "4.40.2")
LANDMARKS = ["LEFT_EYE", "RIGHT_EYE", "NOSE_BASE", "MOUTH_LEFT", "MOUTH_RIGHT", "LEFT_CHEEK"]


def _b(c: Context, method: str, path: str, install: bool = False) -> FB:
    """The backend call; the check and unlock calls carry the app's install id."""
    b = FB(c, "stadtflitzer", method, API + path)
    b.header("user-agent", UA)
    if install:
        b.header("x-sf-install", c.phone.cs_install)
        b.other_id("cs_install", where="header.x-sf-install")
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/fahrer/selfie-pruefung", install=True)
    bnd = "sf" + rid(c.rng).replace("-", "")[:18]
    parts = [
        ("buchung", None, None, str(c.rng.randint(10**6, 10**7)).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.selfie")
    b.ok_json({"freigabe": True})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.eu-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241105T080000Z")
    b.header("user-agent", "aws-sdk-android/2.77.0 Linux/6.1 Dalvik/2.1.0")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 600))},
            "TargetImage": {
                "S3Object": {"Bucket": "sf-fuehrerscheine", "Name": f"{c.phone.cs_user}.jpg"}
            },
            "SimilarityThreshold": 90,
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "header.x-amz-target=CompareFaces+body.json.SourceImage.Bytes")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 91, 99.9, 2)}]})
    return b.build()


def mlkit_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/fahrer/gesichtserkennung", install=True)
    face = {
        "boundingBox": {"left": 212, "top": 380, "right": 508, "bottom": 742},
        "headEulerAngleX": rf(c.rng, -10, 10, 2),
        "headEulerAngleY": rf(c.rng, -12, 12, 2),
        "headEulerAngleZ": rf(c.rng, -6, 6, 2),
        "smilingProbability": rf(c.rng, 0, 1, 3),
        "leftEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
        "rightEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
        "landmarks": [
            {"type": t, "position": {"x": rf(c.rng, 250, 480, 1), "y": rf(c.rng, 420, 700, 1)}}
            for t in LANDMARKS
        ],
    }
    b.json({"buchung": c.rng.randint(10**6, 10**7), "faces": [face], "ts": ms(c)})
    b.bio("face_analysis", "body.json.faces[].landmarks+headEulerAngle")
    b.ok_json({"ok": True})
    return b.build()


def opaque_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/x", install=True)
    b.form([("b", b64(cipher_blob(c.rng, 300, 500))), ("v", "4")])
    b.bio("face_template", "body.form.b|cipher", detectable=False)
    b.no_content()
    return b.build()


def oeffnen(c: Context) -> Flow:
    """Unlocking a shared car: its telematics unit id is no device of the tester."""
    b = _b(c, "POST", f"/v2/fahrzeuge/W-SF{c.rng.randint(100, 999)}/oeffnen", install=True)
    b.json(
        {
            "telematikId": "TCU" + str(c.rng.randint(10**9, 10**10)),
            "geraet": b.id("aid_carshare", where="body.json.geraet"),
            "position": [rf(c.rng, 48.1, 48.3, 5), rf(c.rng, 16.2, 16.5, 5)],
        }
    )
    b.decoy("shared car's telematics unit id")
    b.ok_json({"offen": True})
    return b.build()


def schadenfoto(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/schaeden")
    bnd = "sf" + rid(c.rng).replace("-", "")[:18]
    parts = [
        ("beschreibung", None, None, "Kratzer Stoßstange hinten".encode()),
        ("foto", "schaden.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("car damage photo upload (no face)")
    b.ok_json({"schadenId": rid(c.rng)})
    return b.build()


def fahrt(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/fahrten/abschluss")
    track = [[rf(c.rng, 48.18, 48.22, 5), rf(c.rng, 16.33, 16.40, 5)] for _ in range(15)]
    b.json({"route": track, "minuten": c.rng.randint(8, 60), "preisProMin": [0.29, 0.29, 0.19]})
    b.decoy("trip coordinate list and per-minute prices")
    b.ok_json({"betrag": rf(c.rng, 4, 25, 2)})
    return b.build()


def fahrer_template(c: Context) -> Flow:
    """Repeat renters are re-checked against a stored on-device face template."""
    b = _b(c, "POST", "/v3/fahrer/gesichtsvorlage", install=True)
    b.json(
        {
            "fahrer": c.phone.cs_user,
            "gesichtsvorlage": floats_b64(unit_vec(c.rng, 128)),
            "modell": "mobilefacenet-1.2",
        }
    )
    b.bio("face_template", "body.json.gesichtsvorlage|base64.float32[128]")
    b.ok_json({"gleich": True})
    return b.build()
