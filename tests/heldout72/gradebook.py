"""The gradebook: Canvas LMS from the teacher's iPad. Student ids, score series,
rubric points and page-view logs (web pages opened in the LMS, not watched media):
hard decoys for every category.

Sources: Canvas LMS REST API (canvas.instructure.com/doc/api): Submissions
`POST /api/v1/courses/:course_id/assignments/:assignment_id/submissions/update_grades`
with form keys `grade_data[<student_id>][posted_grade]`; Gradebook History
`/api/v1/courses/:course_id/gradebook_history/feed`; Page Views
`/api/v1/users/:user_id/page_views` (url, interaction_seconds, participated).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import iso, new, rf, series, ua

HOST = "https://example-isd.instructure.com"
AGENT = ua("Canvas Teacher", "2611")


def _auth(b, c: Context) -> None:
    b.header("authorization", "Bearer 7~" + new_hex(c.rng, 64))


def update_grades(c: Context) -> Flow:
    r = c.rng
    course, assignment = new_digits(r, 5), new_digits(r, 6)
    url = f"{HOST}/api/v1/courses/{course}/assignments/{assignment}/submissions/update_grades"
    b = new(c, "gradebook", "POST", url, AGENT)
    _auth(b, c)
    pairs = []
    for _ in range(r.randint(4, 10)):
        sid = new_digits(r, 6, "4")
        pairs.append((f"grade_data[{sid}][posted_grade]", str(r.randint(55, 100))))
        if r.random() < 0.3:
            pairs.append(
                (
                    f"grade_data[{sid}][text_comment]",
                    r.choice(["Great job!", "¡Muy bien!", "See me"]),
                )
            )
    b.form(pairs)
    b.ok_json(
        {
            "id": int(new_digits(r, 7)),
            "workflow_state": "queued",
            "url": f"{HOST}/api/v1/progress/1",
        }
    )
    b.decoy("posted grades keyed by Canvas student ids")
    return b.build()


def history_feed(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "gradebook",
        "GET",
        f"{HOST}/api/v1/courses/{new_digits(r, 5)}/gradebook_history/feed",
        AGENT,
    )
    _auth(b, c)
    b.ok_json(
        [
            {
                "id": int(new_digits(r, 6)),
                "user_id": int(new_digits(r, 6, "4")),
                "grade": str(r.randint(50, 100)),
                "score": rf(r, 50, 100, 1),
                "grade_before": str(r.randint(0, 100)),
                "graded_at": iso(c),
                "assignment_name": r.choice(
                    ["Quiz 4: Fractions", "Lab: Plant cells", "Spelling week 12"]
                ),
            }
            for _ in range(5)
        ]
    )
    b.decoy("gradebook history: score changes per student")
    return b.build()


def page_views(c: Context) -> Flow:
    r = c.rng
    uid = new_digits(r, 6, "4")
    b = new(
        c, "gradebook", "GET", f"{HOST}/api/v1/users/{uid}/page_views", AGENT, [("per_page", "50")]
    )
    _auth(b, c)
    b.ok_json(
        [
            {
                "id": new_hex(r, 8) + "-" + new_hex(r, 4),
                "url": f"{HOST}/courses/{new_digits(r, 5)}/{p}",
                "context_type": "Course",
                "asset_type": p.split("/")[0],
                "controller": p.split("/")[0],
                "action": "show",
                "interaction_seconds": rf(r, 2, 400, 1),
                "created_at": iso(c),
                "participated": r.random() < 0.4,
                "user_agent": "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0)",
            }
            for p in r.sample(
                [
                    "pages/fracciones",
                    "quizzes/42",
                    "assignments/88",
                    "discussion_topics/7",
                    "files/311",
                ],
                4,
            )
        ]
    )
    b.decoy("Canvas page views of a student's LMS pages (web pages opened, not media watched)")
    return b.build()


def mastery(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "gradebook", "GET", f"{HOST}/api/v1/courses/{new_digits(r, 5)}/outcome_rollups", AGENT
    )
    _auth(b, c)
    b.ok_json(
        {
            "rollups": [
                {
                    "links": {"user": new_digits(r, 6, "4")},
                    "scores": [
                        {
                            "score": rf(r, 1, 4, 1),
                            "count": r.randint(1, 6),
                            "links": {"outcome": new_digits(r, 4)},
                        }
                        for _ in range(4)
                    ],
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("outcome mastery score arrays per student")
    return b.build()


def roster(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "gradebook",
        "GET",
        f"{HOST}/api/v1/courses/{new_digits(r, 5)}/users",
        AGENT,
        [("enrollment_type[]", "student"), ("include[]", "avatar_url")],
    )
    _auth(b, c)
    b.ok_json(
        [
            {
                "id": int(new_digits(r, 6, "4")),
                "sortable_name": n,
                "sis_user_id": "S" + new_digits(r, 7, "2"),
                "avatar_url": f"{HOST}/images/thumbnails/{new_digits(r, 6)}/{new_hex(r, 20)}",
                "pronouns": r.choice([None, "she/her", "he/him", "they/them"]),
            }
            for n in ("Alvarez, Sofia", "Nguyen, Bao", "Okafor, Ada", "Ramirez, Diego")
        ]
    )
    b.decoy("class roster with avatar thumbnails and self-chosen pronouns")
    return b.build()


def trend(c: Context) -> Flow:
    r = c.rng
    b = new(c, "gradebook", "POST", "https://gradebook-insights.example-isd.org/api/trends", AGENT)
    b.json(
        {
            "section": "114-3",
            "term": "S1",
            "weekly_avg": series(r, 12, 60, 95, 1),
            "distribution": {k: r.randint(0, 9) for k in "ABCDF"},
            "calificaciones": series(r, 10, 50, 100, 0),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("class grade trend series")
    return b.build()


def self_profile(c: Context) -> Flow:
    r = c.rng
    b = new(c, "gradebook", "GET", f"{HOST}/api/v1/users/self/profile", AGENT)
    _auth(b, c)
    b.ok_json(
        {
            "id": int(new_digits(r, 6, "3")),
            "name": "Laura Garza",
            "short_name": "Ms. Garza",
            "primary_email": b.id("email", where="response.primary_email", direction="response"),
            "login_id": c.phone.staff_id,
            "time_zone": "America/Chicago",
            "locale": "en",
        }
    )
    return b.build()
