"""Gongbu Plus: an online academy (hagwon) app with lecture videos and
proctored mock exams.

In-house backend (fictional hosts). Korean e-learning sites log lecture
progress per lesson with terms like chasi (lesson number) and jindo
(progress) and require it for attendance; the proctoring mode checks at
intervals that the enrolled student is the one in front of the camera (a
capture sent for face matching, then gaze / head-pose summaries).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.gongbuplus.example.kr"
PROC = "https://proctor.gongbuplus.example.kr"
COURSES = [("KOR301", "수능 국어 독서"), ("MAT210", "수학II 미분"), ("ENG115", "영어 듣기")]


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "gongbu", method, url)
    b.header("user-agent", ua("GongbuPlus", "8812"))
    if ident:
        b.header("x-client-uuid", b.id("idfv_gongbu", "plain", "header x-client-uuid"))
    return b


def lecture_jindo(c: Context) -> Flow:
    code, _ = c.rng.choice(COURSES)
    b = _b(c, "POST", f"{API}/lms/v1/jindo/save")
    total = c.rng.randint(1500, 3000)
    pos = c.rng.randint(30, total)
    b.form(
        [
            ("gangjwa_cd", code),
            ("chasi", str(c.rng.randint(1, 30))),
            ("last_pos", str(pos)),
            ("total_sec", str(total)),
            ("jindo_rate", f"{pos / total:.2f}"),
            ("stu_no", b.acct("gongbu_student")),
        ]
    )
    b.view("form gangjwa_cd/chasi + last_pos (lecture video progress)")
    b.ok_json({"result": "Y", "attend": pos / total > 0.9})
    return b.build()


def lecture_heartbeat(c: Context) -> Flow:
    code, _ = c.rng.choice(COURSES)
    b = _b(c, "POST", f"{API}/player/v2/heartbeat")
    b.json(
        {
            "lectureId": f"{code}-{c.rng.randint(1, 30):02d}",
            "currentTime": c.rng.randint(0, 2900),
            "playbackRate": c.rng.choice([1.0, 1.25, 1.5]),
            "event": "timeupdate",
            "sentAt": iso(c),
        }
    )
    b.view("body lectureId + currentTime heartbeat")
    b.no_content()
    return b.build()


def proctor_capture(c: Context) -> Flow:
    b = _b(c, "POST", f"{PROC}/v1/exams/{c.rng.randint(1000, 9999)}/face-check")
    bnd = "----GongbuBoundary" + rid(c.rng).replace("-", "")[:12]
    meta = {"checkType": "identity", "round": c.rng.randint(1, 6), "capturedAt": ms(c)}
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("face", "face_capture.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart face_capture.jpg for a proctoring face check")
    b.ok_json({"similarity": rf(c.rng, 0.8, 0.99), "pass": True})
    return b.build()


def proctor_summary(c: Context) -> Flow:
    b = _b(c, "POST", f"{PROC}/v1/exams/events")
    b.json(
        {
            "window": [ms(c) - 30000, ms(c)],
            "faceCount": c.rng.choice([1, 1, 1, 0, 2]),
            "gazeOffScreenRatio": rf(c.rng, 0, 0.4, 2),
            "headYawAvg": rf(c.rng, -20, 20, 1),
            "eyeClosedRatio": rf(c.rng, 0, 0.2, 2),
            "faceMatchScore": rf(c.rng, 0.7, 0.99),
        }
    )
    b.bio("face_analysis", "body faceCount/gaze/eye/faceMatchScore (face-analysis results)")
    b.no_content()
    return b.build()


def enrol_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{PROC}/v1/students/face-enroll")
    b.json(
        {
            "stuNo": b.acct("gongbu_student"),
            "embedding": floats_b64(floats(c.rng, 512)),
            "embeddingModel": "arcface-r100",
            "quality": rf(c.rng, 0.7, 1),
        }
    )
    b.bio("face_template", "body embedding (512-d ArcFace face embedding)")
    b.ok_json({"enrolled": True})
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/lms/v1/timetable?week=2024-45", ident=False)
    b.ok_json(
        {
            "slots": [
                {"day": d, "course": c.rng.choice(COURSES)[1], "start": "19:00"}
                for d in ["월", "수", "금"]
            ]
        }
    )
    b.decoy("class timetable")
    return b.build()


def quiz_submit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/exam/v1/answers")
    b.json(
        {
            "examId": c.rng.randint(1000, 9999),
            "answers": [c.rng.randint(1, 5) for _ in range(20)],
            "elapsedSec": [c.rng.randint(20, 200) for _ in range(20)],
            "submitId": rid(c.rng),
        }
    )
    b.ok_json({"score": c.rng.randint(40, 100)})
    return b.build()


def handout(c: Context) -> Flow:
    code, _ = c.rng.choice(COURSES)
    b = FB(c, "gongbu", "GET", f"https://cdn.gongbuplus.example.kr/handout/{code}/w45.pdf")
    b.respond(200, "application/pdf", b"%PDF-1.7\n" + bytes(200))
    b.decoy("lecture handout PDF")
    return b.build()


def lecture_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/course/v1/list?grade=high2", ident=False)
    b.ok_json(
        {
            "courses": [
                {
                    "code": k,
                    "title": t,
                    "teacher": "김선생",
                    "lessons": 30,
                    "rating": rf(c.rng, 4, 5, 1),
                }
                for k, t in COURSES
            ]
        }
    )
    b.decoy("course catalogue")
    return b.build()
