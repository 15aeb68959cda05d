"""A member-feedback app (fictional "Kōrero Feedback") for classes.

Members rate classes on a five-face scale (the smiley faces of a CSAT widget:
"faceRating": 1-5), leave comments, and instructors see aggregate attendance and
Net Promoter Score. "Face" here is an emoji rating, and the demographics are
self-declared on the sign-up form: hard decoys for biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

HOST = "https://api.korero-feedback.example.co.nz"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "feedback", method, HOST + path)
    b.header("user-agent", ua("KoreroFeedback", "4.0"))
    return b


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/instructors/me/classes/{rid(c.rng)}/ratings")
    rows = [
        {
            "faceRating": c.rng.randint(1, 5),
            "emoji": c.rng.choice(["😞", "🙁", "😐", "🙂", "😀"]),
            "comment": c.rng.choice(["Ka pai!", "Too loud", "Loved the cooldown", ""]),
            "at": iso(c),
        }
        for _ in range(c.rng.randint(4, 12))
    ]
    b.ok_json({"ratings": rows, "avg": rf(c.rng, 3.5, 5.0, 2), "nps": c.rng.randint(20, 80)})
    b.decoy("smiley-face CSAT ratings (emoji faces), not face data")
    return b.build()


def attendance(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/instructors/me/attendance")
    b.param("weeks", "12")
    series = [
        {"week": w, "avgHeadcount": rf(c.rng, 8, 28, 1), "fillRate": rf(c.rng, 0.4, 1.0, 2)}
        for w in range(12)
    ]
    b.ok_json({"series": series})
    b.decoy("aggregate attendance numeric series")
    return b.build()


def survey_signup(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/members")
    b.json(
        {
            "firstName": c.rng.choice(["Mere", "Liam", "Priya"]),
            "gender": c.rng.choice(["female", "male", "nonbinary"]),
            "ageRange": c.rng.choice(["25-34", "35-44"]),
            "ethnicity": c.rng.choice(["Māori", "NZ European", "Asian"]),
            "goals": ["strength"],
            "consent": True,
        }
    )
    b.ok_json({"id": rid(c.rng)})
    b.decoy("self-declared gender / age range / ethnicity on a sign-up form")
    return b.build()


def face_emoji_submit(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/ratings")
    b.form(
        [
            ("class_id", rid(c.rng)),
            ("face", str(c.rng.randint(1, 5))),
            ("mood", c.rng.choice(["happy", "tired"])),
            ("energy_level", str(c.rng.randint(1, 10))),
        ]
    )
    b.ok_json({"ok": True})
    b.decoy("member submits a smiley 'face' rating and self-reported mood")
    return b.build()
