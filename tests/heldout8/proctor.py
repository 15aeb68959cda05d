"""ExamGuard, a fictional exam-proctoring app: face tracking during an exam.

Its own backend receives batches of per-frame face-tracking results (face
presence, face count, head pose, gaze point), identity checks (face match of a
webcam frame against the ID photo) and webcam snapshots. Frames also go to
face-verification APIs in their documented formats:
- AWS Rekognition CompareFaces: POST with `X-Amz-Target:
  RekognitionService.CompareFaces`, JSON {SourceImage: {Bytes: base64},
  TargetImage: {Bytes: base64}, SimilarityThreshold} (AWS Rekognition API
  reference, CompareFaces).
- Azure AI Face detect: POST `/face/v1.0/detect?returnFaceId=...&
  detectionModel=detection_03&recognitionModel=recognition_04` with the JPEG
  as application/octet-stream (Azure Face REST API reference, Detect).
Some telemetry is end-to-end encrypted by the app (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js, jsb, multipart

from .phone import FB, cfnet, iso, ms, rf, rid

API = "https://api.examguard.io"


def _b(c: Context, method: str, url: str, sdk: str = "examguard") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", cfnet("ExamGuard", "2407"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _session(c: Context) -> str:
    return "ses_" + rid(c.rng).replace("-", "")[:18]


def tracking_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/proctoring/{_session(c)}/frames")
    b.bio("face_tracking", "body.gzip.json.frames[] (facePresent, headPose, gaze)")
    frames = []
    for i in range(c.rng.randint(8, 20)):
        present = c.rng.random() > 0.08
        frames.append(
            {
                "t": ms(c) + i * 500,
                "facePresent": present,
                "faceCount": 1 if present else 0,
                "headPose": {
                    "yaw": rf(c.rng, -35, 35, 2),
                    "pitch": rf(c.rng, -20, 20, 2),
                    "roll": rf(c.rng, -8, 8, 2),
                },
                "gaze": {
                    "x": rf(c.rng, 0, 1, 3),
                    "y": rf(c.rng, 0, 1, 3),
                    "onScreen": c.rng.random() > 0.1,
                },
                "eyesOpen": rf(c.rng, 0.6, 1, 2),
            }
        )
    b.json(
        {"examId": "EX-" + str(c.rng.randint(10000, 99999)), "frames": frames, "fps": 2},
        encoding="gzip",
    )
    b.respond(202, None)
    return b.build()


def flag_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/proctoring/{_session(c)}/flags")
    kind = c.rng.choice(["looking_away", "second_face", "no_face"])
    b.bio("face_tracking", "body.json (flag from face tracking: gaze / face count / head yaw)")
    b.json(
        {
            "type": kind,
            "at": iso(c),
            "durationMs": c.rng.randint(800, 9000),
            "evidence": {
                "faceCount": 2 if kind == "second_face" else c.rng.choice([0, 1]),
                "headYawDeg": rf(c.rng, -70, 70, 1),
                "gazeOffScreenRatio": rf(c.rng, 0, 1, 2),
            },
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def face_match_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/identity/checks")
    b.bio("face_analysis", "body.json.faceMatch (similarity of selfie to ID photo)")
    sim = rf(c.rng, 0.55, 0.99, 3)
    b.json(
        {
            "candidate": b.acct("exam_user"),
            "method": "selfie_vs_id",
            "faceMatch": {
                "similarity": sim,
                "threshold": 0.8,
                "matched": sim >= 0.8,
                "idPhotoRef": "doc_" + rid(c.rng)[:12],
                "model": "arcface-r100",
            },
            "liveness": {"score": rf(c.rng, 0.7, 1, 3), "passed": True},
        }
    )
    b.ok_json({"status": "accepted"})
    return b.build()


def snapshot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/proctoring/{_session(c)}/snapshots")
    b.bio("face_image", "body.multipart.snapshot (webcam frame with face box)")
    r = c.rng.randint
    box = {"x": r(80, 200), "y": r(100, 300), "w": r(180, 260), "h": r(220, 300)}
    meta = js({"faceCount": 1, "faceBox": box, "trigger": "periodic"})

    bnd = "Boundary-" + rid(c.rng).upper()
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta.encode()),
                ("snapshot", "cam.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"stored": True})
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.eu-west-1.amazonaws.com/")
    b.header("user-agent", "aws-sdk-swift/0.40.0 ua/2.0 api/rekognition#0.40.0 os/ios#17.4.1")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250318T0" + str(c.rng.randint(80000, 95959)) + "Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=ASIA" + rid(c.rng)[:16].upper() + "/...")
    b.bio("face_image", "body.json.SourceImage/TargetImage.Bytes (CompareFaces)")
    b.set_body(
        jsb(
            {
                "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**6), 600))},
                "TargetImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**6), 600))},
                "SimilarityThreshold": 80,
                "QualityFilter": "AUTO",
            }
        ),
        "application/x-amz-json-1.1",
    )
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 85, 99.9, 3)}], "UnmatchedFaces": []})
    return b.build()


def azure_detect(c: Context) -> Flow:
    b = FB(
        c, "azure-face", "POST", "https://westeurope.api.cognitive.microsoft.com/face/v1.0/detect"
    )
    b.header("user-agent", cfnet("ExamGuard", "2407"))
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    for k, v in [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "false"),
        ("returnFaceAttributes", "headPose,glasses,occlusion"),
        ("detectionModel", "detection_03"),
        ("recognitionModel", "recognition_04"),
    ]:
        b.param(k, v)
    b.bio("face_image", "body (JPEG sent to Face detect)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**6), 800), "application/octet-stream")
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 120, "left": 88, "width": 200, "height": 200},
            }
        ]
    )
    return b.build()


def sealed_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ingest/sealed")
    b.bio("face_tracking", "body.json.p (encrypted frame results)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(300, 700)))
    b.json({"v": 2, "kid": "k" + str(c.rng.randint(1, 9)), "p": b64(blob), "n": b64(blob[:12])})
    b.respond(202, None)
    return b.build()
