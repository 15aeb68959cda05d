"""VeiligWerk Academy: the employer's safety-training app (videos and quizzes).

The team report is what the shift lead is for: per course, how many of his team
finished and whose certificate runs out when (compliance records and counts, not
a report of anyone's watching). His own playback of a training video is
reported like any player's: xAPI statements of the ADL video profile
(verbs played / paused / completed, `https://w3id.org/xapi/video/extensions/time`,
`.../progress`), and the app's own resume position; that is his viewing
history, labelled as such even though the video is work.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, iso, rf, rid, ua

API = "https://api.veiligwerk.example"
LRS = "https://lrs.veiligwerk.example/xapi"
UA = ua("VeiligWerk", "2.4.1")
COURSES = [
    ("vw-101", "Heftruck veilig rijden"),
    ("vw-114", "Tillen en dragen / Podnoszenie"),
    ("vw-120", "Brandveiligheid hal 2"),
    ("vw-131", "Working next to AMRs"),
    ("vw-140", "Gevaarlijke stoffen ADR"),
]
VIDEO = "https://w3id.org/xapi/video"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "veiligwerk", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def team_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ploeg/rapport")
    b.decoy(
        "team completion counts per course and certificate expiry dates "
        "(compliance records and aggregates, no watch times)"
    )
    b.ok_json(
        {
            "cursussen": [
                {
                    "id": cid,
                    "titel": t,
                    "afgerond": c.rng.randint(3, 12),
                    "totaal": 12,
                    "voltooiingspercentage": rf(c.rng, 25, 100, 1),
                    "gemKijktijdMin": rf(c.rng, 6, 25, 1),
                }
                for cid, t in COURSES
            ],
            "certificaten": [
                {
                    "personeelsnr": f"MW{c.rng.randint(10**5, 10**6)}",
                    "geldigTot": "2025-0" + str(c.rng.randint(1, 9)) + "-15",
                }
                for _ in range(6)
            ],
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cursussen?taal=nl")
    b.decoy("course catalogue with video durations (content listing)")
    b.ok_json(
        [
            {"id": cid, "titel": t, "duurSec": c.rng.randint(300, 1500), "verplicht": True}
            for cid, t in COURSES
        ]
    )
    return b.build()


def video_segment(c: Context) -> Flow:
    cid, _ = c.rng.choice(COURSES)
    b = FB(
        c,
        "veiligwerk",
        "GET",
        f"https://media.veiligwerk.example/{cid}/720/seg{c.rng.randint(1, 90):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def quiz(c: Context) -> Flow:
    cid, _ = c.rng.choice(COURSES)
    b = _b(c, "POST", f"{API}/v1/cursussen/{cid}/toets")
    b.json({"antwoorden": [c.rng.randint(0, 3) for _ in range(10)], "pogingId": rid(c.rng)})
    b.ok_json({"score": c.rng.randint(6, 10), "geslaagd": True})
    return b.build()


def xapi_statement(c: Context) -> Flow:
    cid, title = c.rng.choice(COURSES)
    verb = c.rng.choice(["played", "paused", "completed", "seeked"])
    length = c.rng.randint(300, 1500)
    t = c.rng.randint(5, length)
    b = _b(c, "POST", f"{LRS}/statements")
    b.header("x-experience-api-version", "1.0.3")
    b.view(f"json xAPI video statement verb {verb}, result.extensions time/progress")
    b.json(
        {
            "id": rid(c.rng),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": API, "name": b.acct("staff_no")},
            },
            "verb": {
                "id": f"{VIDEO}/verbs/{verb}"
                if verb != "completed"
                else "http://adlnet.gov/expapi/verbs/completed",
                "display": {"en-US": verb},
            },
            "object": {
                "id": f"{API}/video/{cid}",
                "definition": {
                    "name": {"nl-NL": title},
                    "type": "https://w3id.org/xapi/video/activity-type/video",
                },
            },
            "result": {
                "extensions": {
                    f"{VIDEO}/extensions/time": t,
                    f"{VIDEO}/extensions/progress": round(t / length, 3),
                }
            },
            "context": {"extensions": {f"{VIDEO}/extensions/length": length}},
            "timestamp": iso(c),
        }
    )
    b.ok_json([rid(c.rng)])
    return b.build()


def resume_position(c: Context) -> Flow:
    cid, _ = c.rng.choice(COURSES)
    b = _b(c, "PUT", f"{API}/v1/mij/voortgang/{cid}")
    b.view("json hervatPositieSec (own training video)")
    b.json({"hervatPositieSec": c.rng.randint(10, 1400), "bekekenPct": c.rng.randint(1, 99)})
    b.no_content()
    return b.build()
