"""Online-education app "XueBar": live classes with attention tracking.

The app runs an on-device face tracker during live classes and reports, per
student, face presence, gaze, head pose and expression scores to its own
backend (in-house format; key names are the app's). Firebase Installations is
real: `POST https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations`
with `{"fid","appId","authVersion":"FIS_v2","sdkVersion"}` and headers
`x-goog-api-key`, `X-Android-Package`, `X-Android-Cert` (firebase-android-sdk,
firebase-installations `FirebaseInstallationServiceClient`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.xuebar-edu.com"
LIVE = "https://live-rtc.xuebar-edu.com"
UA = ua("XueBar", "6.14.2")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-xb-device", b.id("aid_edu", where="header.x-xb-device"))
    b.header("authorization", "Bearer " + new_hex(b.ctx.rng, 40))


def firebase_install(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "firebase-installations",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/xuebar-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(ctx.rng, 33))
    b.header("x-android-package", "com.xuebar.student")
    b.header("x-android-cert", new_hex(ctx.rng, 40).upper())
    fid = b.id("edu_fid", where="body.json.fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:402117725310:android:5f1c0d2e9ab37c41",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/402117725310/installations/{fid}",
            "fid": fid,
            "refreshToken": "3_" + new_hex(ctx.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(ctx.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def _sample(ctx: Context, t: int) -> dict[str, object]:
    r = ctx.rng
    present = r.random() > 0.08
    return {
        "t": t,
        "facePresent": present,
        "faceCount": 1 if present else 0,
        "gaze": {
            "yaw": rf(r, -25, 25, 2),
            "pitch": rf(r, -18, 12, 2),
            "onScreen": r.random() > 0.2,
        },
        "headPose": {
            "yaw": rf(r, -30, 30, 2),
            "pitch": rf(r, -20, 20, 2),
            "roll": rf(r, -10, 10, 2),
        },
        "expression": {
            k: rf(r, 0, 1, 3) for k in ("neutral", "happy", "confused", "bored", "surprised")
        },
        "eyeOpenness": [rf(r, 0.1, 1, 3), rf(r, 0.1, 1, 3)],
    }


def attention_samples(ctx: Context) -> Flow:
    b = FB(ctx, "xuebar-live", "POST", f"{LIVE}/api/v2/classroom/attention")
    _hdr(b)
    t0 = ms(ctx)
    b.json(
        {
            "lessonId": "L" + new_digits(ctx.rng, 9),
            "studentId": b.acct("edu_user"),
            "windowStart": t0,
            "samples": [_sample(ctx, t0 + i * 2000) for i in range(6)],
        }
    )
    b.bio("gaze_expression", "body.json.samples[].gaze+headPose+expression")
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def focus_summary(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "xuebar-live", "POST", f"{API}/v1/learning/focus_summary")
    _hdr(b)
    emo = {k: rf(r, 0, 1, 3) for k in ("calm", "joy", "confusion", "boredom", "anxiety")}
    b.json(
        {
            "lesson_id": "L" + new_digits(r, 9),
            "student_id": b.acct("edu_user"),
            "focus_score": rf(r, 30, 98, 1),
            "face_absent_sec": r.randint(0, 240),
            "looked_away_cnt": r.randint(0, 40),
            "yawn_cnt": r.randint(0, 5),
            "emotion_dist": emo,
            "avg_head_pitch": rf(r, -15, 10, 2),
            "detector": "face_landmark_lite_v3",
        }
    )
    b.bio("face_analysis", "body.json.emotion_dist+face_absent_sec+avg_head_pitch")
    b.ok_json({"code": 0})
    return b.build()


def attention_protobuf(ctx: Context) -> Flow:
    """The Android TV build batches the same samples as a schema-less protobuf."""
    r = ctx.rng
    b = FB(ctx, "xuebar-live", "POST", f"{LIVE}/pb/v1/ct")
    _hdr(b)
    rows = [
        pb_msg(
            3,
            [pb_varint(1, ms(ctx) + i), pb_packed_floats(2, [rf(r, -1, 1, 4) for _ in range(11)])],
        )
        for i in range(5)
    ]
    b.set_body(
        pb_bytes(1, "L" + new_digits(r, 9)) + pb_varint(2, 1) + b"".join(rows),
        "application/x-protobuf",
    )
    b.bio("gaze_expression", "body.protobuf.3[].2 (unnamed float rows)", detectable=False)
    b.no_content()
    return b.build()


def replay_progress(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "xuebar-api", "POST", f"{API}/v1/replay/progress")
    _hdr(b)
    dur = r.randint(1800, 5400)
    b.json(
        {
            "lessonVideoId": "RV" + new_digits(r, 10),
            "watchedSec": r.randint(30, dur),
            "durationSec": dur,
            "speed": r.choice([1.0, 1.25, 1.5, 2.0]),
            "completed": r.random() < 0.3,
            "reportedAt": iso(ctx),
        }
    )
    b.view("body.json.lessonVideoId+watchedSec")
    b.ok_json({"code": 0})
    return b.build()


def catalogue(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "xuebar-api",
        "GET",
        f"{API}/v1/courses",
        [("grade", str(r.randint(7, 12))), ("page", "1")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "courses": [
                {
                    "courseId": "C" + new_digits(r, 7),
                    "title": t,
                    "lessons": r.randint(8, 40),
                    "price": rf(r, 99, 1999, 2),
                    "teacherFaceUrl": f"{API}/img/t{new_hex(r, 8)}.jpg",
                }
                for t in ("初二数学 同步提升", "高考英语 阅读专项", "物理 力学入门")
            ]
        }
    )
    b.decoy("course catalogue with prices and teacher portrait URLs")
    return b.build()


def whiteboard(ctx: Context) -> Flow:
    b = FB(ctx, "xuebar-live", "POST", f"{LIVE}/api/v2/board/strokes")
    _hdr(b)
    b.json(
        {
            "boardId": rid(ctx.rng),
            "strokes": [
                {"color": "#e53935", "width": 3, "points": points(ctx.rng, 24, 1920, 1080)}
                for _ in range(2)
            ],
        }
    )
    b.ok_json({"code": 0})
    b.decoy("whiteboard stroke coordinate lists")
    return b.build()


def ice_candidates(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "xuebar-live", "POST", f"{LIVE}/api/v2/rtc/candidates")
    b.header("user-agent", UA)
    cands = [
        f"candidate:{r.randint(1, 9999)} 1 udp {r.randint(10**9, 2 * 10**9)} "
        f"203.0.113.{r.randint(2, 250)} {r.randint(30000, 60000)} typ srflx"
        for _ in range(3)
    ]
    b.json({"roomId": new_hex(r, 16), "trackId": rid(r), "candidates": cands})
    b.ok_json({"code": 0})
    b.decoy("WebRTC ICE candidates, room and track ids")
    return b.build()
