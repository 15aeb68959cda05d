"""PadhaiPal, a school-learning app for the shop owner's children (in-house
api.padhaipal.com, lessons on its CDN).

Quiz attempts carry per-question timers and scores, practice stats carry
numeric series; these are not viewing history. Lesson-video progress syncs and
the "recently watched lessons" list are a child's viewing history. Keys are
Hinglish / English (ours).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, multipart

from .phone import FB, iso, ms, rid, ua

API = "https://api.padhaipal.com"
UA = ua("PadhaiPal", "4.3.0")
CHAPTERS = ["Fractions", "Photosynthesis", "Mughal Empire", "Light & Shadows", "Tamil Ilakkanam"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "padhaipal", method, API + path)
    b.header("user-agent", UA)
    b.header("x-pp-req", rid(c.rng))
    return b


def quiz_attempt(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/quiz/attempt")
    qs = [
        {
            "q_id": "Q" + new_digits(c.rng, 6),
            "chuna": c.rng.choice("ABCD"),
            "sahi": c.rng.random() < 0.7,
            "samay_ms": c.rng.randint(3000, 60000),
        }
        for _ in range(c.rng.randint(5, 10))
    ]
    b.json(
        {
            "quiz_id": "QZ" + new_digits(c.rng, 5),
            "adhyay": c.rng.choice(CHAPTERS),
            "prashn": qs,
            "kul_samay_sec": sum(q["samay_ms"] for q in qs) // 1000,
            "samay_seema_sec": 600,
        }
    )
    b.ok_json({"score": c.rng.randint(2, 10), "stars": c.rng.randint(0, 3)})
    b.decoy("quiz answers with per-question timers and a time limit: not viewing history")
    return b.build()


def practice_stats(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/abhyas/stats")
    b.ok_json(
        {
            "weekly_minutes": [c.rng.randint(0, 90) for _ in range(7)],
            "accuracy": [round(c.rng.uniform(0.4, 1), 2) for _ in range(7)],
            "streak": c.rng.randint(0, 30),
        }
    )
    b.decoy("practice minutes / accuracy series: numeric stats, no titles watched")
    return b.build()


def lesson_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/lesson/video/progress")
    dur = c.rng.randint(300, 1200)
    pos = c.rng.randint(10, dur)
    b.json(
        {
            "video_id": "LV" + new_digits(c.rng, 6),
            "chapter": c.rng.choice(CHAPTERS),
            "class": c.rng.choice([4, 6]),
            "last_position_sec": pos,
            "duration_sec": dur,
            "watched_pct": round(100 * pos / dur, 1),
            "ts": ms(c),
        }
    )
    b.view("body (lesson video id, chapter, playback position)")
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/recently-watched")
    rows = [
        {"video_id": "LV" + new_digits(c.rng, 6), "title": c.rng.choice(CHAPTERS), "at": iso(c)}
        for _ in range(5)
    ]
    b.ok_json({"recently_watched": rows})
    b.view("response.recently_watched[] (lessons the child watched)", direction="response")
    return b.build()


def lesson_segment(c: Context) -> Flow:
    url = f"https://media.padhaipal.com/lv/{new_hex(c.rng, 12)}/480p/{c.rng.randint(1, 90)}.m4s"
    b = FB(c, "padhaipal", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.getrandbits(32), 800))
    b.decoy("DASH segment fetch of a lesson video: a media fetch, not a watch report")
    return b.build()


def doubt_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/doubt")
    bnd = "pp" + new_hex(c.rng, 20)
    body = multipart(
        bnd,
        [
            ("subject", None, None, b"maths"),
            ("page_photo", "page.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1000)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"doubt_id": "D" + new_digits(c.rng, 8)})
    b.decoy("photo of a textbook page for a doubt: an image upload, no face")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/device")
    b.json(
        {
            "parent_mobile": c.phone.mobile,
            "device_id": b.id("aid_padhai", where="body.device_id"),
            "kids": 2,
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48)})
    return b.build()
