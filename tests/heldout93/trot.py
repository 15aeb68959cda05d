"""'Trotina', an e-scooter sharing app (Lisboa, Funchal, Ponta Delgada) with
a selfie check before the first ride and at random.

The selfie goes to Amazon Rekognition CompareFaces (POST
rekognition.eu-west-1.amazonaws.com/, X-Amz-Target
RekognitionService.CompareFaces, application/x-amz-json-1.1, SourceImage.Bytes
base64 against a TargetImage S3Object: AWS Rekognition API reference); the
app forwards DetectFaces-style results (Landmarks [{Type, X, Y}], Pose,
AgeRange) to its own backend. Scooter ids are shared vehicles, not the
tester's devices; parking photos show a scooter, not a face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

HOST = "https://api.trotina.pt"
UA = ua("Trotina", "3.7.5")
LANDMARKS = [
    "eyeLeft",
    "eyeRight",
    "nose",
    "mouthLeft",
    "mouthRight",
    "leftPupil",
    "rightPupil",
    "chinBottom",
]


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "rekognition", "POST", "https://rekognition.eu-west-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=ASIA" + rid(c.rng)[:16].upper())
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 800))},
            "TargetImage": {
                "S3Object": {"Bucket": "trotina-kyc-eu", "Name": f"ref/{b.acct('trot_user')}.jpg"}
            },
            "SimilarityThreshold": 90,
            "QualityFilter": "AUTO",
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.SourceImage.Bytes to CompareFaces")
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def face_result(c: Context) -> Flow:
    b = FB(c, "trotina", "POST", f"{HOST}/v1/verificacao/selfie/resultado")
    b.header("user-agent", UA)
    b.json(
        {
            "sessao": rid(c.rng),
            "face": {
                "Landmarks": [
                    {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.8)}
                    for t in LANDMARKS
                ],
                "Pose": {
                    "Roll": rf(c.rng, -8, 8, 2),
                    "Yaw": rf(c.rng, -15, 15, 2),
                    "Pitch": rf(c.rng, -10, 10, 2),
                },
                "AgeRange": {"Low": 24, "High": 32},
                "Confidence": rf(c.rng, 98, 99.99, 3),
            },
            "instalacao": c.phone.trot_install,
        }
    )
    b.other_id("trot_install", "body.instalacao")
    b.bio("face_landmarks", "body.face.Landmarks")
    b.ok_json({"podeConduzir": True})
    return b.build()


def ride_start(c: Context) -> Flow:
    b = FB(c, "trotina", "POST", f"{HOST}/v1/viagens")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_trot", "md5", where="header.x-device-id"))
    b.json(
        {
            "trotinete": f"TR-{c.rng.randint(10000, 99999)}",
            "qr": rid(c.rng)[:8].upper(),
            "lat": rf(c.rng, 32.63, 32.67, 5),
            "lon": rf(c.rng, -16.95, -16.88, 5),
        }
    )
    b.decoy("shared scooter id (not the tester's device)")
    b.ok_json({"viagem": rid(c.rng), "tarifa": 0.19})
    return b.build()


def route(c: Context) -> Flow:
    b = FB(c, "trotina", "POST", f"{HOST}/v1/viagens/{rid(c.rng)}/percurso")
    b.header("user-agent", UA)
    lat, lon = rf(c.rng, 37.73, 37.75, 5), rf(c.rng, -25.7, -25.66, 5)
    pts = [
        [round(lat + i * 0.0004, 5), round(lon + i * 0.0003, 5)]
        for i in range(c.rng.randint(10, 40))
    ]
    b.json({"pontos": pts, "velMedia": rf(c.rng, 8, 20, 1)})
    b.decoy("ride route coordinate list")
    b.no_content()
    return b.build()


def parking_photo(c: Context) -> Flow:
    bnd = "----trotina" + str(c.rng.randint(10**6, 10**7))
    b = FB(c, "trotina", "POST", f"{HOST}/v1/viagens/fim/foto")
    b.header("user-agent", UA)
    parts = [
        ("viagem", None, None, rid(c.rng).encode()),
        ("foto", "estacionamento.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("parking photo of the scooter, no face")
    b.ok_json({"aceite": True})
    return b.build()


BLINK = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
]


def blink_challenge(c: Context) -> Flow:
    """A blink / smile liveness challenge: MediaPipe Face Landmarker blendshape
    scores per frame (category names from the MediaPipe face_blendshapes model)."""
    b = FB(c, "trotina", "POST", f"{HOST}/v1/verificacao/vivacidade")
    b.header("user-agent", UA)
    frames = [
        {"t": i * 66, "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in BLINK}}
        for i in range(c.rng.randint(4, 9))
    ]
    b.json({"desafio": c.rng.choice(["piscar", "sorrir"]), "frames": frames})
    b.bio("blendshapes", "body.frames[].blendshapes")
    b.ok_json({"vivo": True})
    return b.build()
