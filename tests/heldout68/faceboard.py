"""Solaria's optional face boarding (the TRULY biometric flows of the set).

The tourist opts in to biometric boarding at FCO/JFK: a selfie is enrolled and
matched against the passport photo. Formats:
- Amazon Rekognition IndexFaces / SearchFacesByImage: POST to the regional
  endpoint with `X-Amz-Target: RekognitionService.IndexFaces`, body
  `application/x-amz-json-1.1` {CollectionId, Image{Bytes (base64)},
  ExternalImageId, DetectionAttributes, MaxFaces, QualityFilter}
  (docs.aws.amazon.com/rekognition/latest/APIReference/API_IndexFaces.html).
- the airline's own enrolment API (multipart selfie + consent; a 512-d face
  template from the on-device SDK; gate match results sent on; a JWE-wrapped
  sync whose contents nobody but the vendor can read: not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.solariair.com/biometric/v1"
REKOG = "https://rekognition.eu-west-1.amazonaws.com/"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "solaria-bio", method, url)
    b.header("user-agent", ua("SolariaAir", "8.14.0"))
    b.header("x-request-id", rid(c.rng))
    return b


def enrol_selfie(c: Context) -> Flow:
    b = _b(c, "POST", API + "/enrolments")
    boundary = "----sx" + new_hex(c.rng, 16)
    consent = b'{"consentimiento":true,"programa":"FaceBoarding","aeropuertos":["FCO","JFK"]}'
    body = multipart(
        boundary,
        [
            ("consent", None, "application/json", consent),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
            ("documentPhoto", "mrz_chip.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart parts selfie / documentPhoto (JPEG) to biometric enrolment")
    b.ok_json({"enrolmentId": "enr_" + new_hex(c.rng, 12), "status": "PENDING_MATCH"}, 201)
    return b.build()


def rekognition_index(c: Context, search: bool = False) -> Flow:
    b = _b(c, "POST", REKOG)
    op = "SearchFacesByImage" if search else "IndexFaces"
    b.header("x-amz-target", f"RekognitionService.{op}")
    b.header("x-amz-date", "20261121T0930" + f"{c.rng.randint(10, 59)}Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20261121/eu-west-1/rekognition/aws4_request, "
        "SignedHeaders=host;x-amz-date;x-amz-target, Signature=" + new_hex(c.rng, 64),
    )
    req = {
        "CollectionId": "sx-faceboarding-fco",
        "Image": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32)))},
    }
    if search:
        req.update({"FaceMatchThreshold": 90, "MaxFaces": 1})
    else:
        req.update(
            {
                "ExternalImageId": "pax-" + new_hex(c.rng, 10),
                "DetectionAttributes": ["DEFAULT"],
                "MaxFaces": 1,
                "QualityFilter": "AUTO",
            }
        )
    b.set_body(jsb(req), "application/x-amz-json-1.1")
    b.bio("face_image", f"Rekognition {op} Image.Bytes (base64 JPEG)")
    b.ok_json(
        {
            "FaceModelVersion": "7.0",
            "FaceRecords": [{"Face": {"FaceId": rid(c.rng), "Confidence": rf(c.rng, 99, 100)}}],
        }
    )
    return b.build()


def template_upload(c: Context) -> Flow:
    b = _b(c, "POST", API + "/templates")
    b.json(
        {
            "enrolmentId": "enr_" + new_hex(c.rng, 12),
            "faceTemplate": floats_b64(floats(c.rng, 512, 6)),
            "templateVersion": "sxface-3.2",
            "dims": 512,
            "qualityScore": rf(c.rng, 0.7, 0.99),
            "capturedAt": iso(c),
        }
    )
    b.bio("face_template", "faceTemplate (base64 float32 x512)")
    b.ok_json({"ok": True})
    return b.build()


def gate_match(c: Context) -> Flow:
    gate = c.rng.choice(["K7", "B12", "E31"])
    b = _b(c, "POST", f"{API}/gates/{gate}/events")
    b.json(
        {
            "evento": "FACE_MATCH",
            "faceMatch": {
                "score": rf(c.rng, 0.82, 0.99),
                "umbral": 0.8,
                "liveness": {"score": rf(c.rng, 0.9, 1.0), "passive": True},
                "headPose": {"yaw": rf(c.rng, -8, 8, 2), "pitch": rf(c.rng, -6, 6, 2)},
                "eyeDistancePx": c.rng.randint(60, 110),
            },
            "t": iso(c),
        }
    )
    b.bio(
        "face_analysis", "faceMatch score / liveness / headPose of the tourist's face at the gate"
    )
    b.ok_json({"boardingAllowed": True})
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", API + "/sync")
    hdr = b64url(b'{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"sx-bio-2026"}')
    parts = [
        hdr,
        b64url(c.rng.randbytes(256)),
        b64url(c.rng.randbytes(12)),
        b64url(c.rng.randbytes(2200)),
        b64url(c.rng.randbytes(16)),
    ]
    b.set_body(".".join(parts).encode(), "application/jose")
    b.bio("face_template", "JWE-encrypted enrolment sync (opaque)", detectable=False)
    b.no_content()
    return b.build()
