"""Kāri: student and staff ID-card printing (fictional card service, `*.example`).

The administrator pulls the term's roster, uploads each portrait to the print
queue and prints on the office card printer. A portrait sent to a print queue
is a photo for a card, not face analysis: ordinary (a decoy). Before printing,
the app checks each portrait with Amazon Rekognition DetectFaces (eyes open,
face not occluded, pose), an AWS JSON 1.1 call (`X-Amz-Target:
RekognitionService.DetectFaces`, body `{"Image": {"Bytes": ...}, "Attributes":
[...]}`, answer `FaceDetails[]` with `Landmarks`, `Pose`, `EyesOpen`,
`AgeRange`): a face image to a face-analysis API, biometric. The card service's
older auto-crop endpoint takes the portrait under a one-letter key and returns
the face box and eye points: biometric that nothing in the request names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.kari-cards.example/v1"
REK = "https://rekognition.ap-southeast-2.amazonaws.com/"
UA = ua("Kari", "2.3.0")
NAMES = ["Aroha Tane", "Liam Kōrero", "Mere Walker", "Sione Fifita", "Priya Nair", "Hemi Parata"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kari", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/roster?year={c.rng.randint(9, 13)}&status=needs_card")
    b.decoy("student numbers and card numbers (not device ids)")
    b.ok_json(
        {
            "people": [
                {
                    "name": n,
                    "studentNo": str(c.rng.randint(20000, 29999)),
                    "cardNo": f"KC{c.rng.randint(10**5, 10**6)}",
                    "template": "student-2027",
                }
                for n in c.rng.sample(NAMES, 4)
            ]
        }
    )
    return b.build()


def portrait_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/print-queue/{c.rng.randint(1000, 9999)}/photo")
    b.decoy("portrait photo to a card print queue (no face analysis)")
    boundary = "----kari" + new_hex(c.rng, 16)
    b.set_body(
        multipart(
            boundary,
            [
                ("studentNo", None, None, str(c.rng.randint(20000, 29999)).encode()),
                (
                    "crop",
                    None,
                    "application/json",
                    b'{"x":40,"y":22,"w":300,"h":400,"manual":true}',
                ),
                ("photo", "portrait.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"photoId": rid(c.rng), "status": "ready"})
    return b.build()


def print_job(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/print-jobs")
    b.decoy("print job id and card numbers")
    b.json(
        {
            "printer": "Office ZC300",
            "cards": [f"KC{c.rng.randint(10**5, 10**6)}" for _ in range(c.rng.randint(1, 12))],
            "duplex": False,
        }
    )
    b.ok_json(
        {"jobId": f"PJ-{c.rng.randint(10**4, 10**5)}", "state": "queued", "createdAt": iso(c)}
    )
    return b.build()


def printer_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/printers/office-zc300/status")
    b.ok_json(
        {
            "state": "ready",
            "ribbonRemaining": c.rng.randint(5, 100),
            "cardsInHopper": c.rng.randint(0, 100),
        }
    )
    return b.build()


def template(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/templates/student-2027")
    b.decoy("card layout coordinates (not a face)")
    b.ok_json(
        {
            "size": "CR80",
            "fields": [
                {"name": "photo", "x": 12, "y": 14, "w": 90, "h": 120},
                {"name": "name", "x": 110, "y": 20, "font": "Poppins 14"},
                {"name": "barcode", "x": 110, "y": 90, "type": "code128"},
            ],
        }
    )
    return b.build()


def _aws(c: Context, b: FB) -> None:
    day = iso(c)[:10].replace("-", "")
    b.header("x-amz-target", "RekognitionService.DetectFaces")
    b.header("x-amz-date", day + "T" + iso(c)[11:19].replace(":", "") + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIA"
        + new_hex(c.rng, 16).upper()
        + f"/{day}/ap-southeast-2/rekognition/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + new_hex(c.rng, 64),
    )


def rekognition_check(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("user-agent", "aws-sdk-java/2.25.60 Linux/5.15 Kari/2.3.0")
    _aws(c, b)
    b.bio("face_image", "json Image.Bytes to RekognitionService.DetectFaces")
    img = b64(fake_jpeg(c.rng.randint(0, 10**9), 1500))
    b.set_body(
        (
            '{"Image":{"Bytes":"' + img + '"},"Attributes":["EYES_OPEN","FACE_OCCLUDED","DEFAULT"]}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    marks = ["eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose"]
    detail = {
        "BoundingBox": {
            "Width": rf(c.rng, 0.3, 0.5),
            "Height": rf(c.rng, 0.4, 0.6),
            "Left": rf(c.rng, 0.2, 0.3),
            "Top": rf(c.rng, 0.1, 0.2),
        },
        "Landmarks": [
            {"Type": m, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)} for m in marks
        ],
        "Pose": {
            "Roll": rf(c.rng, -5, 5, 2),
            "Yaw": rf(c.rng, -8, 8, 2),
            "Pitch": rf(c.rng, -6, 6, 2),
        },
        "EyesOpen": {"Value": True, "Confidence": rf(c.rng, 90, 99.9, 3)},
        "FaceOccluded": {"Value": False, "Confidence": rf(c.rng, 90, 99.9, 3)},
        "Confidence": rf(c.rng, 99, 99.99, 3),
    }
    b.respond(200, "application/x-amz-json-1.1", jsb({"FaceDetails": [detail]}))
    return b.build()


def autocrop_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ac")
    b.bio("face_image", "json p (portrait to the auto-crop face finder)", detectable=False)
    b.json({"p": b64(fake_jpeg(c.rng.randint(0, 10**9), 1100)), "m": 2})
    b.ok_json(
        {
            "b": [
                rf(c.rng, 0.2, 0.3),
                rf(c.rng, 0.1, 0.2),
                rf(c.rng, 0.3, 0.5),
                rf(c.rng, 0.4, 0.6),
            ],
            "e": [
                [rf(c.rng, 0.3, 0.45), rf(c.rng, 0.35, 0.45)],
                [rf(c.rng, 0.55, 0.7), rf(c.rng, 0.35, 0.45)],
            ],
        }
    )
    return b.build()
