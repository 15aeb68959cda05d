"""The outsourcer's e-learning app: all decoys.

A training-video catalogue with durations and a manager dashboard of the
TEAM's course completion (fetched, not a report of what the tester watched);
quiz attempts with slide positions; training video segments fetched from the
outsourcer's CDN. Backend learn.kalingacx.ph is the outsourcer's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ua

LMS = "https://learn.kalingacx.ph"
COURSES = ["De-escalation 101", "PCI-DSS for Agents", "Refund Policy Q4", "Empathy Statements"]
PHRASES = [
    "I completely understand your concern.",
    "May I place you on a brief hold?",
    "Thank you for your patience, ma'am.",
]


def catalogue(c: Context) -> Flow:
    b = FB(c, "kalinga-lms", "GET", LMS + "/api/v3/catalog?lang=en&page=1")
    b.header("user-agent", ua("KalingaLearn", "2.8.1"))
    vids = [
        {
            "videoId": "tv-" + new_hex(c.rng, 8),
            "title": t,
            "durationSec": c.rng.randint(180, 2400),
            "thumbnail": f"https://cdn.kalingacx.ph/lms/thumbs/{new_hex(c.rng, 10)}.jpg",
            "views": c.rng.randint(40, 3000),
        }
        for t in COURSES
    ]
    b.ok_json({"items": vids, "total": 42})
    b.decoy("training video catalogue with durations and view counts")
    return b.build()


def team_completion(c: Context) -> Flow:
    b = FB(c, "kalinga-lms", "GET", LMS + "/api/v3/manager/team/completion?team=T-12")
    b.header("user-agent", ua("KalingaLearn", "2.8.1"))
    rows = [
        {
            "agent": n,
            "course": c.rng.choice(COURSES),
            "completionPct": c.rng.randint(0, 100),
            "minutesSpent": c.rng.randint(0, 90),
            "lastActivity": "2026-11-2" + str(c.rng.randint(0, 9)),
        }
        for n in ("Arjun P.", "Joy R.", "Lea M.", "Ravi K.", "Bea S.")
    ]
    b.ok_json({"team": "T-12", "rows": rows})
    b.decoy("manager dashboard: team's course completion (e-learning, other people, fetched)")
    return b.build()


def quiz_submit(c: Context) -> Flow:
    b = FB(c, "kalinga-lms", "POST", LMS + "/api/v3/quiz/attempts")
    b.header("user-agent", ua("KalingaLearn", "2.8.1"))
    b.json(
        {
            "courseId": "c-" + new_hex(c.rng, 6),
            "answers": [c.rng.randint(0, 3) for _ in range(10)],
            "timeTakenSec": c.rng.randint(60, 600),
            "slide": c.rng.randint(1, 30),
        }
    )
    b.decoy("quiz attempt with slide position (e-learning, not viewing history)")
    b.ok_json({"score": c.rng.randint(5, 10)})
    return b.build()


def video_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "kalinga-lms",
        "GET",
        f"https://cdn.kalingacx.ph/lms/hls/{new_hex(c.rng, 10)}/720p/seg{c.rng.randint(1, 200)}.ts",
    )
    b.respond(200, "video/mp2t", b"\x47" + bytes(187))
    b.decoy("training video segment fetch")
    return b.build()
