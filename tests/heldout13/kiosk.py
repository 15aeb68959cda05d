"""A photo-printing kiosk app ("PrintBooth"): passport photos with face checks.

The app runs ML Kit face detection on the selfie and sends the results on
(developers.google.com/ml-kit/vision/face-detection: `headEulerAngleX/Y/Z`,
`leftEyeOpenProbability`, `rightEyeOpenProbability`, `smilingProbability`,
bounding box); the server re-checks the photo itself (multipart upload to its
face-check endpoint) or through Azure AI Face `detect`
(learn.microsoft.com/rest/api/face: `returnFaceAttributes=headPose,glasses,
occlusion,blur,exposure,qualityForRecognition`, image as octet-stream). The
print-order upload of the finished photo is printing, not face analysis
(decoy). A compact quality vector under `q` carries the same checks without
names (labelled, not detectable). The app sends no ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.printbooth-example.shop"
AZ = "https://printbooth-eu.cognitiveservices.azure.com/face/v1.0/detect"
UA = ua("PrintBooth", "4.2.7")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "printbooth", method, API + path)
    b.header("user-agent", UA)
    if ctx.rng.random() < 0.3:  # only the order and check calls carry it
        b.header("x-pb-install", b.id("kiosk_install", where="header x-pb-install"))
    return b


def _mlkit(ctx: Context) -> dict[str, object]:
    r = ctx.rng
    return {
        "boundingBox": {
            "left": r.randint(180, 260),
            "top": r.randint(300, 420),
            "right": 860,
            "bottom": 1240,
        },
        "headEulerAngleX": rf(r, -8, 8, 2),
        "headEulerAngleY": rf(r, -8, 8, 2),
        "headEulerAngleZ": rf(r, -4, 4, 2),
        "leftEyeOpenProbability": rf(r, 0.6, 1, 3),
        "rightEyeOpenProbability": rf(r, 0.6, 1, 3),
        "smilingProbability": rf(r, 0, 0.3, 3),
    }


def face_check_results(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/passport/checks")
    r = ctx.rng
    b.json(
        {
            "spec": r.choice(["UK_PASSPORT", "US_VISA", "EU_ID"]),
            "face": _mlkit(ctx),
            "faceHeightRatio": rf(r, 0.62, 0.78, 3),
            "verdict": r.choice(["PASS", "RETAKE"]),
            "checkedAt": iso(ctx),
        }
    )
    b.bio("face_analysis", "body.face (ML Kit head pose, eyes-open, smiling)")
    b.ok_json({"accepted": True})
    return b.build()


def face_check_upload(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/passport/face-check")
    r = ctx.rng
    boundary = "pb" + rid(r).replace("-", "")[:22]
    body = multipart(
        boundary,
        [
            ("spec", None, None, b"UK_PASSPORT"),
            ("photo", "passport.jpg", "image/jpeg", fake_jpeg(r.getrandbits(32), 1600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart.photo (selfie sent for face-size / eyes / pose check)")
    b.ok_json({"faceSize": "OK", "eyesOpen": True, "headPose": "OK", "background": "OK"})
    return b.build()


def azure_detect(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "azure-face", "POST", AZ)
    for k, v in [
        ("returnFaceId", "false"),
        ("returnFaceLandmarks", "false"),
        ("returnFaceAttributes", "headPose,glasses,occlusion,blur,exposure,qualityForRecognition"),
        ("detectionModel", "detection_01"),
        ("recognitionModel", "recognition_04"),
    ]:
        b.param(k, v)
    b.header("ocp-apim-subscription-key", r.randbytes(16).hex())
    b.set_body(fake_jpeg(r.getrandbits(32), 1500), "application/octet-stream")
    b.bio("face_image", "body (photo sent to Azure Face detect)")
    b.ok_json(
        [
            {
                "faceRectangle": {"top": 310, "left": 220, "width": 610, "height": 610},
                "faceAttributes": {"headPose": {"pitch": 0.4, "roll": -1.2, "yaw": 2.0}},
            }
        ]
    )
    return b.build()


def quality_vector_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/passport/qv")
    r = ctx.rng
    q = [rf(r, 0.6, 0.8, 3), rf(r, -8, 8, 2), rf(r, -8, 8, 2), rf(r, 0.6, 1, 3), rf(r, 0.6, 1, 3)]
    b.json({"o": rid(r)[:10], "q": q, "k": 2})
    b.bio("face_analysis", "body.q (unnamed face size / pose / eyes numbers)", detectable=False)
    b.no_content()
    return b.build()


def print_order(ctx: Context) -> Flow:
    r = ctx.rng
    order = "PB" + str(r.randint(10**7, 10**8 - 1))
    b = _b(ctx, "POST", f"/v1/orders/{order}/photos")
    boundary = "pb" + rid(r).replace("-", "")[:22]
    body = multipart(
        boundary,
        [
            ("size", None, None, b"35x45mm x4"),
            ("notify_email", None, None, b.id("email", where="multipart.notify_email").encode()),
            ("file", "print.jpg", "image/jpeg", fake_jpeg(r.getrandbits(32), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"order": order, "price": rf(r, 3, 9, 2), "pickup": "store 118"})
    b.decoy("photo upload for printing (no face analysis)")
    return b.build()


def stores(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/stores/near")
    r = ctx.rng
    b.param("lat", str(rf(r, 51.4, 51.5, 4)))
    b.param("lon", str(rf(r, -1.0, -0.9, 4)))
    b.ok_json({"stores": [{"id": 118, "lat": 51.455, "lon": -0.971, "open": "08:00-20:00"}]})
    b.decoy("store locator coordinates")
    return b.build()


def prices(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/prices")
    b.ok_json({"passport": 6.5, "prints": [0.25, 0.2, 0.15], "currency": "GBP"})
    b.decoy("price list")
    return b.build()


def order_status(ctx: Context) -> Flow:
    r = ctx.rng
    b = _b(ctx, "GET", f"/v1/orders/PB{r.randint(10**7, 10**8 - 1)}")
    b.ok_json({"status": r.choice(["printing", "ready"]), "token": b64(r.randbytes(12))})
    b.decoy("order status with order number")
    return b.build()
