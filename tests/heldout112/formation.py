"""FormaKiné: her continuing-education (DPC) courses, an xAPI-reporting LMS.

Video lessons report through the xAPI Video Profile (verbs `played`, `paused`,
`completed` with `.../video/extensions/time` and `.../progress`): a report of
what she watched, viewing history. The course's PDF guidelines report `read`
statements with pages and progress: reading is not watching (decoy), nor are the
course catalogue, quiz answers or the leaderboard (an aggregate).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

LRS = "https://lrs.formakine.example/xapi/statements"
API = "https://api.formakine.example"
UA = ua("FormaKine", "2.3.5")
VIDEO = "https://w3id.org/xapi/video"
LECONS = [
    ("lecon-lca-phase-2", "Rééducation du LCA : phase 2", 1260),
    ("lecon-epaule-instable", "L'épaule instable du sportif", 980),
    ("lecon-lombalgie-chronique", "Lombalgie chronique et activité", 1510),
]
GUIDES = [("guide-has-lombalgie-2019", 48), ("guide-cheville-entorse", 22)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "formakine", method, url)
    b.header("user-agent", UA)
    b.header("x-experience-api-version", "1.0.3")
    b.header("authorization", "Basic " + new_hex(c.rng, 40))
    return b


def _actor() -> dict[str, object]:
    return {"objectType": "Agent", "account": {"homePage": API, "name": "kine-69-0412"}}


def video_statement(c: Context) -> Flow:
    lid, title, duration = c.rng.choice(LECONS)
    verb = c.rng.choice(["played", "paused", "paused", "completed"])
    t = duration if verb == "completed" else c.rng.randint(20, duration - 20)
    b = _b(c, "POST", LRS)
    b.view("json verb video/verbs/* + object id + result.extensions video/extensions/time")
    b.json(
        {
            "id": rid(c.rng),
            "actor": _actor(),
            "verb": {"id": f"{VIDEO}/verbs/{verb}", "display": {"fr-FR": verb}},
            "object": {
                "id": f"{API}/lecons/{lid}",
                "definition": {
                    "name": {"fr-FR": title},
                    "type": "https://w3id.org/xapi/video/activity-type/video",
                },
            },
            "result": {
                "extensions": {
                    f"{VIDEO}/extensions/time": float(t),
                    f"{VIDEO}/extensions/progress": round(t / duration, 3),
                }
            },
            "context": {"extensions": {f"{VIDEO}/extensions/length": float(duration)}},
            "timestamp": iso(c),
        }
    )
    b.ok_json([rid(c.rng)])
    return b.build()


def reading_statement(c: Context) -> Flow:
    gid, pages = c.rng.choice(GUIDES)
    b = _b(c, "POST", LRS)
    b.decoy("xAPI 'read' of a PDF guideline with page and progress: reading is not watching")
    page = c.rng.randint(1, pages)
    b.json(
        {
            "id": rid(c.rng),
            "actor": _actor(),
            "verb": {"id": "http://activitystrea.ms/schema/1.0/read", "display": {"fr-FR": "a lu"}},
            "object": {"id": f"{API}/documents/{gid}"},
            "result": {
                "extensions": {
                    f"{API}/xapi/page": page,
                    f"{API}/xapi/progression": round(page / pages, 2),
                }
            },
            "timestamp": iso(c),
        }
    )
    b.ok_json([rid(c.rng)])
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "formakine", "GET", f"{API}/v1/formations?profession=MK")
    b.header("user-agent", UA)
    b.decoy("course catalogue with video lesson durations")
    b.ok_json(
        {
            "formations": [
                {"id": lid, "titre": t, "duree_s": d, "heuresDPC": c.rng.choice([3, 7, 14])}
                for lid, t, d in LECONS
            ]
        }
    )
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "formakine", "GET", f"{API}/v1/formations/{LECONS[0][0]}/stats")
    b.header("user-agent", UA)
    b.decoy("completion rate and average watch time over all learners (aggregate)")
    b.ok_json(
        {
            "inscrits": c.rng.randint(200, 4000),
            "tauxCompletion": rf(c.rng, 0.4, 0.9, 2),
            "tempsMoyenVisionnage_s": c.rng.randint(300, 1200),
        }
    )
    return b.build()


def quiz_answer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/quiz/reponses")
    b.json({"question": f"q{c.rng.randint(1, 40)}", "reponse": c.rng.choice("ABCD"), "ts": iso(c)})
    b.ok_json({"correct": c.rng.random() < 0.7})
    return b.build()
