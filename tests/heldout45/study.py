"""A language-learning app and a TOEIC / TOPIK exam-prep app (own backends).

Lesson progress, XP, listening exercises with an audio position, quiz
timers, pronunciation clips for scoring: the audio is exam material, the
positions are within a quiz track, and a pronunciation clip is scored for
what was said, not enrolled as a voice: none of it is sensitive here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, ms, rid, ua

LINGO = "https://api.kotoba-go.example"
EXAM = "https://api.shiken-pass.example"


def _b(c: Context, method: str, url: str, app: str) -> FB:
    b = FB(c, "study", method, url)
    b.header("user-agent", ua(app, "2207"))
    b.header("x-client-trace", rid(c.rng))
    return b


def lesson_complete(c: Context) -> Flow:
    b = _b(c, "POST", LINGO + "/2023-05/sessions", "KotobaGo")
    b.json(
        {
            "skillId": f"vi-basics-{c.rng.randint(1, 40)}",
            "xpGain": c.rng.choice([10, 15, 20]),
            "progress": round(c.rng.random(), 2),
            "secondsSpent": c.rng.randint(60, 900),
            "mistakes": c.rng.randint(0, 6),
            "streak": c.rng.randint(1, 400),
            "endedAt": iso(c),
        }
    )
    b.ok_json({"xpTotal": c.rng.randint(1000, 90000), "league": "ruby"})
    b.decoy("lesson result: XP, progress fraction and seconds spent")
    return b.build()


def listening_progress(c: Context) -> Flow:
    b = _b(c, "POST", EXAM + "/v1/listening/answers", "ShikenPass")
    dur = c.rng.randint(25000, 90000)
    b.json(
        {
            "mondai_id": f"TOEIC-P{c.rng.randint(1, 4)}-{c.rng.randint(1, 300):03d}",
            "audio": {
                "file": f"part{c.rng.randint(1, 4)}_q{c.rng.randint(1, 100)}.mp3",
                "position_ms": c.rng.randint(0, dur),
                "duration_ms": dur,
                "replay_count": c.rng.randint(0, 2),
            },
            "kaitou": c.rng.choice("ABCD"),
            "seikai": bool(c.rng.getrandbits(1)),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("exam listening question: position in a quiz audio clip and the answer given")
    return b.build()


def quiz_timer(c: Context) -> Flow:
    b = _b(c, "PUT", EXAM + "/v1/mogi/timer", "ShikenPass")
    b.json(
        {
            "mogi_shiken_id": rid(c.rng),
            "nokori_jikan_sec": c.rng.randint(0, 7200),
            "keika_jikan_sec": c.rng.randint(0, 7200),
            "section": "reading",
            "paused": False,
        }
    )
    b.no_content()
    b.decoy("mock-exam timer: seconds remaining / elapsed")
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = _b(c, "POST", LINGO + "/speech/score", "KotobaGo")
    bnd = "----kotoba" + rid(c.rng).replace("-", "")[:16]
    b.set_body(
        multipart(
            bnd,
            [
                ("phrase", None, None, "Tôi muốn một ly cà phê sữa đá".encode()),
                ("lang", None, None, b"vi-VN"),
                ("audio", "utterance.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 900)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"score": c.rng.randint(40, 100), "words": [{"w": "cà phê", "ok": True}]})
    b.decoy("pronunciation clip scored against a phrase (speech content), no speaker model")
    return b.build()


def vocab_sync(c: Context) -> Flow:
    b = _b(c, "POST", EXAM + "/v1/tango/sync", "ShikenPass")
    b.json(
        {
            "cards": [
                {
                    "id": c.rng.randint(1, 5000),
                    "ease": round(c.rng.uniform(1.3, 2.8), 2),
                    "interval_d": c.rng.randint(1, 60),
                    "due": ms(c) + c.rng.randint(0, 10**9),
                }
                for _ in range(c.rng.randint(5, 20))
            ]
        }
    )
    b.ok_json({"synced": True})
    b.decoy("flash-card spaced repetition state")
    return b.build()
