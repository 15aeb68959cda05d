"""A school app with face-recognition attendance ("Campusly").

The tablet-free check-in lets a student take attendance with a selfie: the app
calls Amazon Rekognition directly with the AWS SDK (JSON 1.1 protocol,
`X-Amz-Target: RekognitionService.SearchFacesByImage` / `IndexFaces`, the
image as base64 `Image.Bytes`; docs.aws.amazon.com/rekognition/latest/APIReference),
and its own backend stores a 128-float face template with each attendance
match. An offline queue ships templates as msgpack with one-letter keys
(labelled, not detectable). Firebase Installations registers the app
(firebase.google.com/docs/reference/installations/rest: `fid`, `appId`,
`authVersion`, `sdkVersion`).
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, mpack

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.campusly-example.edu"
REK = "https://rekognition.eu-west-2.amazonaws.com/"
UA = ua("Campusly", "5.14.2")
COLLECTION = "campusly-school-4411-students"


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "campusly", method, API + path)
    b.header("user-agent", UA)
    b.header("x-campusly-school", "4411")
    b.header("authorization", "Bearer " + b64(ctx.rng.randbytes(27)))
    return b


def _rek(ctx: Context, target: str) -> FB:
    b = FB(ctx, "campusly-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", f"20241105T{8 + int(ctx.now) % 8:02d}{int(ctx.now) % 60:02d}07Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA"
        + rid(ctx.rng)[:16].upper().replace("-", "X")
        + "/20241105/eu-west-2/rekognition/aws4_request, "
        + "SignedHeaders=host;x-amz-date;x-amz-target, "
        + "Signature="
        + ctx.rng.randbytes(32).hex(),
    )
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/6.1 Dalvik/2.1.0/0 en_GB")
    return b


def rek_search(ctx: Context) -> Flow:
    b = _rek(ctx, "SearchFacesByImage")
    r = ctx.rng
    body = {
        "CollectionId": COLLECTION,
        "Image": {"Bytes": b64(fake_jpeg(r.getrandbits(32), 1300))},
        "FaceMatchThreshold": 92,
        "MaxFaces": 1,
    }
    b.json(body, ctype="application/x-amz-json-1.1")
    b.bio("face_image", "body.Image.Bytes (selfie sent to Rekognition face search)")
    b.ok_json({"FaceMatches": [{"Similarity": rf(r, 93, 99.9, 3), "Face": {"FaceId": rid(r)}}]})
    return b.build()


def rek_index(ctx: Context) -> Flow:
    b = _rek(ctx, "IndexFaces")
    r = ctx.rng
    body = {
        "CollectionId": COLLECTION,
        "ExternalImageId": b.acct("school_student"),
        "Image": {"Bytes": b64(fake_jpeg(r.getrandbits(32), 1500))},
        "DetectionAttributes": ["DEFAULT"],
        "MaxFaces": 1,
        "QualityFilter": "AUTO",
    }
    b.json(body, ctype="application/x-amz-json-1.1")
    b.bio("face_image", "body.Image.Bytes (student face enrolled in a Rekognition collection)")
    b.ok_json({"FaceRecords": [{"Face": {"FaceId": rid(r), "Confidence": 99.9}}]})
    return b.build()


def checkin_template(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/attendance/checkins")
    r = ctx.rng
    b.json(
        {
            "studentId": b.acct("school_student"),
            "room": r.choice(["B12", "LAB2", "GYM"]),
            "period": r.randint(1, 7),
            "face": {
                "template": floats_b64([r.gauss(0, 0.09) for _ in range(128)]),
                "templateVersion": "arcface-r50-128",
                "matchScore": rf(r, 0.8, 0.99, 3),
            },
            "capturedAt": iso(ctx),
        }
    )
    b.bio("face_template", "body.face.template")
    b.ok_json({"status": "present", "late": False})
    return b.build()


def attendance_match(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/attendance/match-log")
    r = ctx.rng
    b.json(
        {
            "studentId": b.acct("school_student"),
            "faceEmbedding": [round(r.gauss(0, 0.09), 5) for _ in range(128)],
            "similarity": rf(r, 0.8, 0.99, 3),
            "faceBox": {"x": r.randint(80, 200), "y": r.randint(150, 300), "w": 260, "h": 320},
            "ts": ms(ctx),
        }
    )
    b.bio("face_template", "body.faceEmbedding")
    b.no_content()
    return b.build()


def offline_queue_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/sync/q")
    r = ctx.rng
    vec = struct.pack("<128f", *[r.gauss(0, 0.09) for _ in range(128)])
    b.set_body(
        mpack({"q": [{"t": vec, "s": rf(r, 0.8, 0.99, 3), "r": "B12", "u": ms(ctx)}]}),
        "application/x-msgpack",
    )
    b.bio("face_template", "msgpack q[0].t (raw float32 template under a one-letter key)", False)
    b.no_content()
    return b.build()


def firebase_install(ctx: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/campusly-prod/installations"
    b = FB(ctx, "firebase-installations", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + b64(ctx.rng.randbytes(24))[:33])
    b.header("x-android-package", "edu.campusly.app")
    b.json(
        {
            "fid": b.id("school_fid", where="body.fid"),
            "appId": "1:493812207711:android:5c1e0f2ab39d7c11",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/493812207711/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()


def device_enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/devices")
    b.json(
        {
            "ssaid": b.id("aid_school", where="body.ssaid"),
            "platform": "android",
            "osVersion": "14",
            "pushToken": "d" + rid(ctx.rng).replace("-", ""),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def timetable(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/timetable/week")
    r = ctx.rng
    days = [
        [
            {"p": p, "subject": r.choice(["Maths", "Art", "Bio", "PE"]), "room": "B12"}
            for p in range(1, 7)
        ]
        for _ in range(5)
    ]
    b.ok_json({"days": days})
    b.decoy("timetable")
    return b.build()


def attendance_status(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/attendance/manual")
    r = ctx.rng
    b.json(
        {
            "studentId": b.acct("school_student"),
            "status": r.choice(["present", "late"]),
            "period": r.randint(1, 7),
            "method": "teacher_override",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("attendance mark without any face data")
    return b.build()


def profile_form(ctx: Context) -> Flow:
    b = _b(ctx, "PATCH", "/v1/students/me/profile")
    r = ctx.rng
    b.form(
        [
            ("preferred_name", "Jules"),
            ("gender", r.choice(["female", "male", "nonbinary"])),
            ("pronouns", r.choice(["she/her", "they/them"])),
            ("year_group", "10"),
        ]
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared gender on a profile form")
    return b.build()


def class_photo_thumb(ctx: Context) -> Flow:
    r = ctx.rng
    url = f"https://media.campusly-example.edu/gallery/4411/thumbs/{rid(r)[:8]}_320.jpg"
    b = FB(ctx, "campusly", "GET", url)
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(r.getrandbits(32), 700))
    b.decoy("class-photo thumbnail download")
    return b.build()
