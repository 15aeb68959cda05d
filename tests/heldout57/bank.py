"""The parent's banking app (on the iPhone): a face check against the ID photo
through AWS Rekognition, the liveness/face-match results sent on to the bank,
voice ID enrolment and verification, device binding with the IDFV.

Sources: AWS Rekognition CompareFaces (JSON 1.1, `X-Amz-Target:
RekognitionService.CompareFaces`, SourceImage.Bytes base64, SimilarityThreshold;
response FaceMatches[].Face with BoundingBox, Landmarks[{Type,X,Y}], Pose
{Roll,Yaw,Pitch}, Quality) - docs.aws.amazon.com/rekognition/latest/APIReference.
Voice ID: in-house enrolment of three passphrase samples, as AU banks' voice
biometrics do ("my voice is my password").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, js, multipart

from .phone import FB, iso, new, rf, rid

API = "https://api.harbourbank.example"
AGENT = "HarbourBank/7.3 CFNetwork/1494.0.7 Darwin/23.4.0"
LANDMARKS = ["eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight"]


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "harbourbank", method, API + path, AGENT)
    b.header("x-customer", c.phone.bank_user)
    return b


def rekognition_compare(c: Context) -> Flow:
    b = new(
        c,
        "aws-rekognition",
        "POST",
        "https://rekognition.ap-southeast-2.amazonaws.com/",
        "aws-sdk-swift/0.40.0 ua/2.0 os/ipados#17.4",
    )
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + rid(c.rng)[:12].upper()
        + "/20250308/ap-southeast-2/rekognition/aws4_request",
    )
    b.set_body(
        js(
            {
                "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**6), 600))},
                "TargetImage": {
                    "S3Object": {"Bucket": "hb-kyc-idphotos", "Name": f"{rid(c.rng)}.jpg"}
                },
                "SimilarityThreshold": 90,
            }
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.SourceImage.Bytes (selfie to CompareFaces)")
    face = {
        "BoundingBox": {
            "Width": rf(c.rng, 0.3, 0.5),
            "Height": rf(c.rng, 0.4, 0.6),
            "Left": rf(c.rng, 0.2, 0.3),
            "Top": rf(c.rng, 0.1, 0.2),
        },
        "Confidence": rf(c.rng, 99, 100),
        "Landmarks": [
            {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)} for t in LANDMARKS
        ],
        "Pose": {"Roll": rf(c.rng, -5, 5), "Yaw": rf(c.rng, -10, 10), "Pitch": rf(c.rng, -10, 10)},
    }
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {
                "FaceMatches": [{"Similarity": rf(c.rng, 95, 100), "Face": face}],
                "UnmatchedFaces": [],
            }
        ).encode(),
    )
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/idv/face-check")
    b.json(
        {
            "sessionId": rid(c.rng),
            "livenessConfidence": rf(c.rng, 85, 99.9, 2),
            "faceMatch": {
                "similarity": rf(c.rng, 95, 100, 2),
                "landmarks": [
                    {"type": t, "x": rf(c.rng, 0.3, 0.7), "y": rf(c.rng, 0.3, 0.7)}
                    for t in LANDMARKS
                ],
                "pose": {
                    "roll": rf(c.rng, -5, 5),
                    "yaw": rf(c.rng, -10, 10),
                    "pitch": rf(c.rng, -10, 10),
                },
                "ageRange": {"low": 36, "high": 44},
            },
            "completedAt": iso(c),
        }
    )
    b.bio("face_analysis", "body.faceMatch: landmarks, pose, age range of the user's face")
    b.ok_json({"verified": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/voiceid/enrolment")
    bnd = "Boundary-" + rid(c.rng).upper()
    meta = js(
        {"passphrase": "at Harbour my voice is my password", "sample": c.rng.randint(1, 3), "of": 3}
    )
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta.encode()),
                ("voiceSample", "sample.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("voice_sample", "multipart voiceSample for voice ID enrolment")
    b.ok_json({"enrolmentState": "IN_PROGRESS"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/voiceid/verify")
    b.json(
        {
            "speakerTemplate": floats_b64([rf(c.rng, -1, 1, 5) for _ in range(64)]),
            "templateVersion": "x-vector-2",
            "channel": "app",
        }
    )
    b.bio("voiceprint", "body.speakerTemplate (base64 float32 speaker embedding)")
    b.ok_json({"decision": "ACCEPT", "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/vx/3")
    b.json({"p": floats_b64([rf(c.rng, -1, 1, 5) for _ in range(64)]), "k": 3})
    b.bio("voiceprint", "body.p: unnamed base64 float vector", detectable=False)
    b.ok_json({"r": 1})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/devices/bind")
    b.json(
        {
            "vendorId": b.id("idfv_bank", where="body.vendorId (identifierForVendor)"),
            "deviceName": "Mum's iPhone",
            "model": "iPhone15,2",
            "secureEnclaveKey": b64(rid(c.rng) + rid(c.rng)),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/accounts")
    b.ok_json(
        {
            "accounts": [
                {
                    "id": rid(c.rng),
                    "name": n,
                    "balance": rf(c.rng, 10, 9000, 2),
                    "history": [rf(c.rng, 0, 9000, 2) for _ in range(14)],
                }
                for n in ("Everyday", "Kids savings", "Bach fund")
            ]
        }
    )
    b.decoy("balances and balance series")
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/transactions")
    b.ok_json(
        {
            "items": [
                {"id": rid(c.rng), "merchant": m, "amount": -rf(c.rng, 3, 200, 2), "at": iso(c)}
                for m in ("Netflix.com", "Countdown", "Z Energy", "Face Painting by Kate")
            ]
        }
    )
    b.decoy("transactions incl. a streaming subscription and 'Face Painting' merchant names")
    return b.build()
