"""Language-learning app "Lingolé" (Duolingo-like): lessons, quiz timers, XP.

All look-alikes: lesson progress and completion, seconds spent and time left
on a timed quiz, streaks and leagues, a pronunciation score returned by the
app's speech grader (a transcript and phoneme scores, no audio and no speaker
model), character portraits of the story lessons ("face_id" of a cartoon).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.lingole.app"
UA = ua("Lingole", "6.2.4")
COURSES = ["en_from_es", "en_from_pt", "en_from_tr", "es_from_tr"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lingole", method, url)
    b.header("user-agent", UA)
    b.header("x-amzn-trace-id", "Root=1-" + rid(c.rng).replace("-", "")[:24])
    return b


def lesson_done(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/2017-06-30/sessions/{rid(c.rng)}/complete")
    b.json(
        {
            "course": c.rng.choice(COURSES),
            "skill": f"unit{c.rng.randint(1, 12)}_{c.rng.randint(1, 5)}",
            "startTime": ms(c) - 300000,
            "endTime": ms(c),
            "secondsSpent": c.rng.randint(90, 600),
            "mistakes": c.rng.randint(0, 6),
            "xpGained": c.rng.choice([10, 15, 20]),
            "progress": rf(c.rng, 0, 1, 2),
        }
    )
    b.ok_json({"streak": c.rng.randint(1, 400), "league": "ruby"})
    b.decoy("lesson completed with seconds spent and progress")
    return b.build()


def quiz_timer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/timed-challenge/tick")
    b.json(
        {
            "challengeId": rid(c.rng),
            "tiempo_restante_s": c.rng.randint(0, 120),
            "sure_kalan": c.rng.randint(0, 120),
            "answered": c.rng.randint(0, 20),
            "elapsed_ms": c.rng.randint(0, 120000),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("quiz timer: time left in Spanish and Turkish, elapsed ms")
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/speech/grade")
    b.json(
        {
            "prompt": "I would like a coffee",
            "transcript": "I would like a coffee",
            "lang": "en",
            "phonemes": [
                {"p": p, "score": rf(c.rng, 0.4, 1, 2)}
                for p in ["AY", "W", "UH", "D", "L", "AY", "K"]
            ],
            "overall": rf(c.rng, 0.5, 1, 2),
            "duration_ms": c.rng.randint(1200, 3000),
        }
    )
    b.ok_json({"passed": True})
    b.decoy("pronunciation grade: transcript and phoneme scores, no audio nor speaker model")
    return b.build()


def story_characters(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/stories/{c.rng.randint(100, 999)}/characters")
    b.ok_json(
        {
            "characters": [
                {
                    "name": n,
                    "face_id": f"{n.lower()}_smile",
                    "expression": c.rng.choice(["happy", "surprised", "angry"]),
                    "avatar_url": f"https://cdn.lingole.app/chars/{n.lower()}.svg",
                }
                for n in ("Lily", "Zari", "Oscar")
            ]
        }
    )
    b.decoy("cartoon character portraits with expression names")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/leaderboards/week")
    b.ok_json(
        {
            "cohort": [
                {"display_name": f"user{c.rng.randint(1, 9999)}", "xp": c.rng.randint(0, 3000)}
                for _ in range(8)
            ],
            "ends_at": iso(c),
        }
    )
    b.decoy("weekly league ranking")
    return b.build()
