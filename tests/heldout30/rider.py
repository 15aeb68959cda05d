""" "KhapMa Rider": a LINE MAN / Grab-like rider app with selfie checks at shift start.

Amazon Rekognition CompareFaces: `POST /` to rekognition.<region>.amazonaws.com,
`X-Amz-Target: RekognitionService.CompareFaces`, `application/x-amz-json-1.1`,
body SourceImage{Bytes} / TargetImage{S3Object{Bucket, Name}} /
SimilarityThreshold (AWS Rekognition API Reference, CompareFaces). The in-house
selfie check and face-attribute report use the developers' own keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://rider-api.khapma.co.th"
UA = ua("KhapMaRider", "4.31.0")


def _hdr(b: FB, c: Context, dev: bool = False) -> None:
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(c.rng).replace("-", ""))
    if dev:
        b.header("x-rider-device", b.id("rider_install", where="header x-rider-device"))


def _pos(c: Context) -> tuple[float, float]:
    return rf(c.rng, 13.70, 13.80, 6), rf(c.rng, 100.49, 100.60, 6)


def rekognition(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.ap-southeast-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250314T0" + str(c.rng.randint(10000, 99999)) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20250314/ap-southeast-1/rekognition/aws4_request, "
        "SignedHeaders=host;x-amz-date;x-amz-target, Signature=" + rid(c.rng).replace("-", "") * 2,
    )
    body = {
        "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.getrandbits(32), 800))},
        "TargetImage": {
            "S3Object": {
                "Bucket": "khapma-rider-kyc",
                "Name": f"profile/{b.acct('rider_user')}.jpg",
            }
        },
        "SimilarityThreshold": 90,
        "QualityFilter": "AUTO",
    }
    b.set_body(js(body).encode(), "application/x-amz-json-1.1")
    b.bio("face_image", "body SourceImage.Bytes to Rekognition CompareFaces")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {"FaceMatches": [{"Similarity": rf(c.rng, 91, 99.9, 3)}], "UnmatchedFaces": []}
        ).encode(),
    )
    return b.build()


def selfie_check(c: Context) -> Flow:
    bd = "----khapma" + rid(c.rng)[:8]
    b = FB(c, "khapma", "POST", f"{API}/v2/shift/selfie-check")
    _hdr(b, c, True)
    lat, lng = _pos(c)
    meta = {"shiftId": c.rng.randint(10**6, 10**7), "lat": lat, "lng": lng, "capturedAt": iso(c)}
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("face_image", "multipart selfie for identity check at shift start")
    b.ok_json({"result": "MATCH", "nextCheckMin": 240})
    return b.build()


def face_attrs(c: Context) -> Flow:
    b = FB(c, "khapma", "POST", f"{API}/v2/shift/face-report")
    _hdr(b, c)
    lm = points(c.rng, 5)
    b.json(
        {
            "faceAttributes": {
                "maskOn": c.rng.random() < 0.3,
                "helmetOn": True,
                "eyesOpenProb": rf(c.rng, 0.7, 1.0),
                "landmarks": dict(
                    zip(["leftEye", "rightEye", "nose", "mouthLeft", "mouthRight"], lm, strict=True)
                ),
                "headPose": {"yaw": rf(c.rng, -15, 15, 2), "pitch": rf(c.rng, -10, 10, 2)},
            },
            "ts": ms(c),
        }
    )
    b.bio("face_landmarks", "body faceAttributes.landmarks (eyes, nose, mouth)")
    b.ok_json({"ok": True})
    return b.build()


def face_sealed(c: Context) -> Flow:
    b = FB(c, "khapma", "POST", f"{API}/v2/sec/attest")
    _hdr(b, c)
    b.form([("d", b64(fake_jpeg(c.rng.getrandbits(32), 300)[20:])), ("alg", "A256GCM")])
    b.bio("face_image", "form d (encrypted selfie attestation)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "khapma", "POST", f"{API}/v1/auth/login")
    _hdr(b, c, True)
    b.json(
        {
            "riderId": b.acct("rider_user"),
            "androidId": b.id("aid_rider", where="body androidId"),
            "gaid": b.id("gaid", where="body gaid"),
            "appVer": "4.31.0",
        }
    )
    b.ok_json({"token": "rt_" + rid(c.rng).replace("-", "")})
    return b.build()


def gps_trail(c: Context) -> Flow:
    b = FB(c, "khapma", "POST", f"{API}/v1/location/batch")
    _hdr(b, c)
    lat, lng = _pos(c)
    pts = [
        [round(lat + i * 0.0003, 6), round(lng + i * 0.0002, 6), ms(c) + i * 5000]
        for i in range(12)
    ]
    b.json({"points": pts, "speedKmh": [c.rng.randint(0, 50) for _ in range(12)]})
    b.decoy("GPS trail: coordinate list with speeds")
    b.no_content()
    return b.build()


def job_offer(c: Context) -> Flow:
    b = FB(c, "khapma", "GET", f"{API}/v1/jobs/offer")
    _hdr(b, c)
    lat, lng = _pos(c)
    b.ok_json(
        {
            "orderNo": f"LM-{c.rng.randint(10**9, 10**10)}",
            "restaurant": "ข้าวมันไก่ประตูน้ำ",
            "pickup": [lat, lng],
            "fee": rf(c.rng, 25, 80, 2),
            "expiresIn": 15,
        }
    )
    b.decoy("delivery job offer: order number, coordinates, fee")
    return b.build()


def earnings(c: Context) -> Flow:
    b = FB(c, "khapma", "GET", f"{API}/v1/earnings/week")
    _hdr(b, c)
    b.ok_json({"daily": [rf(c.rng, 300, 1400, 2) for _ in range(7)], "currency": "THB"})
    b.decoy("earnings series")
    return b.build()
