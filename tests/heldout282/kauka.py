"""Hale Maʻi Tele-visit: a Hilo hospital's tele-visit app (the mother's iPhone 14).

Before a visit the app checks that the patient is the person on file: it
sends the live selfie and the ID photo to AWS Rekognition CompareFaces
(`X-Amz-Target: RekognitionService.CompareFaces`, `SourceImage.Bytes`,
`TargetImage.Bytes`; the answer holds `FaceMatches[].Face.Landmarks`, `Pose`,
`Similarity`). The app's own face check (`nānā_maka`) sends 68 landmarks and
the head pose the on-device model estimated. An older build posts three
check frames as nameless multipart parts. The app registers the IDFV and its
own install id. Appointments, the WebRTC offer for the visit itself, the
pharmacy refill and the clinic map are ordinary.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, ios_ua, iso, rf, rid

API = "https://televisit.halemai-hilo.example"
UA = ios_ua("HaleMai", "2.6.1", "261")
REKOG = "https://rekognition.us-west-2.amazonaws.com/"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "halemai", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _landmarks(c: Context, n: int) -> list[list[float]]:
    cx, cy = c.rng.uniform(250, 390), c.rng.uniform(180, 300)
    return [
        [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)] for _ in range(n)
    ]


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/device")
    b.json(
        {
            "idfv": b.id("idfv_kauka", where="json idfv"),
            "installId": b.id("kauka_install", where="json installId"),
            "pushToken": b.acct("push_token"),
            "platform": "ios",
            "locale": "haw_US",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REKOG)
    b.header("user-agent", "aws-sdk-iOS/2.33.4 iOS/17.4.1 haw_US")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241201T" + f"{c.rng.randint(0, 23):02d}0000Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + new_hex(c.rng, 16).upper()
        + "/20241201/us-west-2/rekognition/aws4_request, SignedHeaders=host;x-amz-date;"
        "x-amz-target, Signature=" + new_hex(c.rng, 64),
    )
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))},
            "TargetImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))},
            "SimilarityThreshold": 90,
            "QualityFilter": "AUTO",
        },
        ctype="application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        json.dumps(
            {
                "FaceMatches": [
                    {
                        "Similarity": rf(c.rng, 92, 99.9, 3),
                        "Face": {
                            "BoundingBox": {"Width": 0.41, "Height": 0.52, "Left": 0.3, "Top": 0.2},
                            "Confidence": 99.99,
                            "Landmarks": [
                                {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.2, 0.7)}
                                for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
                            ],
                            "Pose": {
                                "Roll": rf(c.rng, -5, 5, 2),
                                "Yaw": rf(c.rng, -10, 10, 2),
                                "Pitch": rf(c.rng, -8, 8, 2),
                            },
                            "Quality": {"Brightness": 71.2, "Sharpness": 83.1},
                        },
                    }
                ],
                "UnmatchedFaces": [],
                "SourceImageFace": {
                    "BoundingBox": {"Width": 0.4, "Height": 0.5, "Left": 0.31, "Top": 0.2},
                    "Confidence": 99.98,
                },
            },
            separators=(",", ":"),
        ).encode(),
    )
    return b.build()


def nana_maka(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kipa/nana-maka")
    b.bio("face_landmarks", "json nānā_maka.landmarks_68 + head pose")
    b.json(
        {
            "kipa": "KV" + str(c.rng.randint(10**6, 10**7)),
            "nānā_maka": {
                "landmarks_68": _landmarks(c, 68),
                "headPose": {
                    "yaw": rf(c.rng, -12, 12, 2),
                    "pitch": rf(c.rng, -9, 9, 2),
                    "roll": rf(c.rng, -4, 4, 2),
                },
                "eyesOpen": [rf(c.rng, 0.8, 1.0, 3), rf(c.rng, 0.8, 1.0, 3)],
                "model": "lmk68-ios-3",
            },
            "manawa": iso(c),
        }
    )
    b.ok_json({"ʻae": True, "helu_like": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def check_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v0/kf")
    b.bio("face_image", "multipart parts f0..f2 (face-check frames)", detectable=False)
    boundary = "Boundary-" + rid(c.rng).upper()
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 450))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"s": 1})
    return b.build()


def appointments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/appointments?from={iso(c)[:10]}")
    b.decoy("appointment list with visit ids and times")
    b.ok_json(
        {
            "appointments": [
                {
                    "id": "KV" + str(c.rng.randint(10**6, 10**7)),
                    "kauka": c.rng.choice(["Dr. Kealoha", "Dr. Nakamura", "Dr. Akana"]),
                    "start": iso(c),
                    "type": c.rng.choice(["pediatrics", "follow-up", "dermatology"]),
                }
                for _ in range(2)
            ],
            "patient": b.acct("kauka_mrn"),
        }
    )
    return b.build()


def webrtc_offer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/visit/signal")
    b.decoy("WebRTC SDP offer and ICE candidates for the video visit (no face data)")
    sdp = (
        "v=0\r\no=- " + str(c.rng.randint(10**17, 10**18)) + " 2 IN IP4 127.0.0.1\r\n"
        "s=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
        "a=ice-ufrag:" + new_hex(c.rng, 4) + "\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n"
    )
    b.json(
        {
            "type": "offer",
            "sdp": sdp,
            "candidates": [
                f"candidate:{c.rng.randint(1, 9)} 1 udp 2122260223 192.0.2.{c.rng.randint(2, 250)} "
                f"{c.rng.randint(40000, 60000)} typ host"
            ],
        }
    )
    b.ok_json({"type": "answer", "sdp": "v=0\r\no=- 1 2 IN IP4 0.0.0.0\r\n"})
    return b.build()


def refill(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/pharmacy/refill")
    b.decoy("prescription refill order number")
    b.json(
        {"rx": "RX" + str(c.rng.randint(10**6, 10**7)), "pickup": "Hilo Medical Center Pharmacy"}
    )
    b.ok_json({"order": f"PH-{c.rng.randint(10**5, 10**6)}", "ready": iso(c)})
    return b.build()
