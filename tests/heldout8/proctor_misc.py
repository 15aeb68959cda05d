"""ExamGuard's device registration and ordinary traffic (questions, answers, a
help article about how proctoring analyses faces, a bandwidth probe)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, cfnet, iso, rid
from .proctor import API, _b


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/devices")
    b.header("x-device-id", b.id("idfv_exam", where="header.x-device-id"))
    b.json(
        {
            "installationId": b.id("exam_install", where="body.json.installationId"),
            "identifierForVendor": b.id(
                "idfv_exam", how="lower", where="body.json.identifierForVendor"
            ),
            "model": "iPhone15,4",
            "os": "iOS 17.4.1",
            "cameraPermission": "granted",
        }
    )
    b.ok_json({"registered": True, "at": iso(c)})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sessions/heartbeat")
    b.header("x-device-id", b.id("idfv_exam", where="header.x-device-id"))
    b.param("ts", str(int(c.now)))
    b.ok_json({"ok": True})
    return b.build()


def questions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/exams/EX-{c.rng.randint(10000, 99999)}/questions")
    b.decoy("exam questions")
    b.param("page", str(c.rng.randint(1, 6)))
    qs = [
        {
            "id": rid(c.rng),
            "text": "Welke van de volgende uitspraken is juist?",
            "options": ["A", "B", "C", "D"],
        }
        for _ in range(5)
    ]
    b.ok_json({"questions": qs})
    return b.build()


def answer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/exams/answers")
    b.decoy("answer submission with request id")
    b.json(
        {
            "questionId": rid(c.rng),
            "choice": c.rng.choice("ABCD"),
            "elapsedMs": c.rng.randint(4000, 90000),
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def help_article(c: Context) -> Flow:
    b = FB(c, "examguard", "GET", "https://help.examguard.io/api/articles/how-proctoring-works")
    b.header("user-agent", cfnet("ExamGuard", "2407"))
    b.decoy("article text about face detection and gaze tracking")
    b.ok_json(
        {
            "title": "How ExamGuard proctoring works",
            "body": (
                "During the exam the app checks that your face is visible and that you "
                "look at the screen. Face landmarks and head pose are computed on the "
                "device; a face match compares your selfie to your ID photo."
            ),
            "updated": "2025-01-14",
        }
    )
    return b.build()


def speedtest(c: Context) -> Flow:
    b = FB(c, "examguard", "GET", f"https://speed.examguard.io/probe/{c.rng.randint(1, 9)}mb.bin")
    b.header("user-agent", cfnet("ExamGuard", "2407"))
    b.decoy("bandwidth probe")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(256)))
    return b.build()
