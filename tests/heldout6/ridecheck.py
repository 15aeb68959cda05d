"""RideCheck Driver: a ride-hailing / delivery driver app with selfie re-checks.

Modelled on Uber's Real-Time ID Check (a selfie compared against the profile
photo with Microsoft Face API, https://www.uber.com/newsroom/securing-the-platform/
and https://learn.microsoft.com/en-us/rest/api/face/face-detection-operations/detect)
and on delivery apps that re-verify a courier's face at shift start. Face API
detect takes the raw JPEG (`application/octet-stream`) with
`returnFaceLandmarks`; its answer (faceLandmarks pupilLeft, noseTip...) is sent
on to the app's backend. Driver apps also fingerprint the phone (ANDROID_ID,
IMEI, Wi-Fi MAC) against account sharing. Location pings are coordinate lists
and are not any of the three categories.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

UA = ua("RideCheckDriver", "4.512.10001")
API = "https://driver-api.ridecheck.example"
FACE = "https://westeurope.api.cognitive.microsoft.com/face/v1.0"


def _b(c: Context, method: str, url: str, sdk: str = "ridecheck") -> FB:
    f = FB(c, sdk, method, url)
    f.header("user-agent", UA)
    f.header("x-request-id", rid(c.rng))
    return f


def _landmarks(c: Context) -> dict[str, dict[str, float]]:
    names = (
        "pupilLeft",
        "pupilRight",
        "noseTip",
        "mouthLeft",
        "mouthRight",
        "eyebrowLeftOuter",
        "eyebrowLeftInner",
        "eyeLeftOuter",
        "eyeLeftTop",
        "eyeLeftBottom",
        "noseRootLeft",
        "upperLipTop",
        "underLipBottom",
    )
    return {n: {"x": rf(c.rng, 80, 320, 1), "y": rf(c.rng, 90, 360, 1)} for n in names}


def selfie_check(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v2/identity/real-time-id/selfie")
    f.bio("face_image", "multipart.selfie")
    boundary = "rc" + rid(c.rng).replace("-", "")[:20]
    meta = jsb({"check_type": "real_time_id", "driver": f.acct("ride_driver"), "ts": ms(c)})
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", meta),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    f.set_body(body, f"multipart/form-data; boundary={boundary}")
    f.ok_json({"status": "PENDING", "check_id": rid(c.rng)})
    return f.build()


def face_api_detect(c: Context) -> Flow:
    f = _b(c, "POST", f"{FACE}/detect", "azure-face")
    f.param("returnFaceId", "true")
    f.param("returnFaceLandmarks", "true")
    f.param("recognitionModel", "recognition_04")
    f.header("ocp-apim-subscription-key", "3f1e" + "0" * 28)
    f.bio("face_image", "body(image/jpeg)->face/v1.0/detect")
    f.set_body(fake_jpeg(c.rng.randint(0, 10**9)), "application/octet-stream")
    f.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 88, "left": 102, "width": 190, "height": 190},
            }
        ]
    )
    return f.build()


def verification_result(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v2/identity/real-time-id/result")
    f.bio("face_landmarks", "body.face.faceLandmarks")
    f.json(
        {
            "driver": f.acct("ride_driver"),
            "face": {
                "faceRectangle": {"top": 88, "left": 102, "width": 190, "height": 190},
                "faceLandmarks": _landmarks(c),
                "headPose": {
                    "pitch": rf(c.rng, -9, 9, 1),
                    "roll": rf(c.rng, -5, 5, 1),
                    "yaw": rf(c.rng, -12, 12, 1),
                },
            },
            "verify": {"isIdentical": True, "confidence": rf(c.rng, 0.7, 0.99)},
        }
    )
    f.ok_json({"status": "PASSED"})
    return f.build()


def face_embedding(c: Context) -> Flow:
    """Courier shift-start re-verification: the on-device embedding goes up."""
    f = _b(c, "POST", f"{API}/v1/courier/shift/face-reverify")
    f.bio("face_embedding", "body.face_embedding")
    f.json(
        {
            "courier": f.acct("ride_driver"),
            "face_embedding": floats_b64(floats(c.rng, 128)),
            "embedding_model": "mobilefacenet-v2",
            "liveness_score": rf(c.rng, 0.8, 1.0),
            "captured_at": iso(c),
        }
    )
    f.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99)})
    return f.build()


def opaque_face_sync(c: Context) -> Flow:
    """The same template, under keys that say nothing (k/d), zipped in the body."""
    f = _b(c, "POST", f"{API}/v1/sync")
    f.bio("face_embedding", "body(gzip).d", detectable=False)
    f.set_body(
        jsb({"k": "fv2", "d": floats_b64(floats(c.rng, 128)), "n": c.rng.randint(1, 9)}),
        "application/json",
        "gzip",
    )
    f.no_content()
    return f.build()


def device_fingerprint(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v1/devices/attest")
    f.json(
        {
            "driver": f.acct("ride_driver"),
            "device": {
                "android_id": f.id("aid_ride", where="body.device.android_id"),
                "imei": f.id("imei", where="body.device.imei"),
                "wifi_mac": f.id("wifi_mac", where="body.device.wifi_mac"),
                "installation_id": f.id("ride_install", where="body.device.installation_id"),
                "model": "SM-A546B",
                "rooted": False,
            },
        }
    )
    f.ok_json({"trusted": True})
    return f.build()


def fp_header_ping(c: Context, opaque: bool = False) -> Flow:
    f = _b(c, "GET", f"{API}/v1/driver/status")
    if opaque:
        f.header("x-rc-k", f.id("aid_ride", "sha256", where="header.x-rc-k", detectable=False))
    else:
        f.header("x-device-fingerprint", f.id("ride_fp", where="header.x-device-fingerprint"))
    f.ok_json({"online": True, "surge": rf(c.rng, 1.0, 2.2, 1)})
    return f.build()


def location_ping(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v1/locations")
    pts = [[rf(c.rng, 52.4, 52.6, 6), rf(c.rng, 13.2, 13.5, 6), ms(c) - i * 4000] for i in range(5)]
    f.json({"driver": f.acct("ride_driver"), "points": pts, "heading": c.rng.randint(0, 359)})
    f.no_content()
    return f.build()


def trip_offer(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v1/offers")
    oid = rid(c.rng)
    f.decoy(oid)
    f.ok_json({"offers": [{"offer_id": oid, "fare": rf(c.rng, 6, 40, 2), "pickup_eta": 4}]})
    return f.build()


def earnings(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v1/earnings/week")
    f.ok_json({"total": rf(c.rng, 200, 900, 2), "trips": c.rng.randint(20, 90)})
    return f.build()


def push_register(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v1/push/register")
    f.json({"fcm_token": f.acct("ride_push"), "platform": "android"})
    f.no_content()
    return f.build()


def doc_photo_hash(c: Context) -> Flow:
    """Vehicle-document upload receipt: a hash of the photo, not a face."""
    f = _b(c, "POST", f"{API}/v1/documents/receipt")
    h = hashlib.sha256(str(c.rng.random()).encode()).hexdigest()
    f.decoy(h)
    f.json({"doc_type": "vehicle_registration", "sha256": h, "pages": 2, "b": b64("ok")})
    f.ok_json({"accepted": True})
    return f.build()
