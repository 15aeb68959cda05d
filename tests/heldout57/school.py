"""A primary-school app: reading logs, homework timers, class notices, and
read-along audiobooks whose listening is logged (audiobooks count as viewing).

Key names are the school platform's own (in-house, snake_case and te reo). The
reading log follows what NZ / AU school reading-record apps collect: minutes
read, book title, level, pages, a parent's initials.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new, rid, series, ua

API = "https://api.kurakura-school.example"
AGENT = ua("Kurakura", "4.1", "412")
BOOKS = [
    "The Very Hungry Caterpillar",
    "Hairy Maclary from Donaldson's Dairy",
    "Possum Magic",
    "Kei te pehea koe?",
    "Diary of a Wombat",
]
AUDIO = [
    ("ab-1182", "Possum Magic (read-along)", 540),
    ("ab-2210", "Te Tangi a te Ruru", 720),
    ("ab-0931", "The Whale Rider, ch. 3", 1260),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "kurakura", method, API + path, AGENT)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def reading_log(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/reading_log")
    b.json(
        {
            "student_id": "stu_" + rid(c.rng)[:8],
            "book_title": c.rng.choice(BOOKS),
            "reading_level": c.rng.choice(["Green 13", "Orange 15", "Turquoise 17"]),
            "minutes_read": c.rng.randint(5, 40),
            "pages_read": [c.rng.randint(1, 5), c.rng.randint(6, 32)],
            "finished": c.rng.random() < 0.3,
            "date_read": iso(c)[:10],
            "parent_initials": "AM",
            "comment": "Read it twice, ka pai!",
        }
    )
    b.ok_json({"streak_days": c.rng.randint(1, 40)})
    b.decoy("reading log: book title, minutes and pages read (reading, not watching/listening)")
    return b.build()


def reading_history(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/reading_log")
    b.param("range", "term1")
    b.ok_json(
        {
            "entries": [
                {
                    "book_title": t,
                    "minutes_read": c.rng.randint(5, 40),
                    "date_read": iso(c)[:10],
                    "last_page": c.rng.randint(3, 30),
                }
                for t in c.rng.sample(BOOKS, 3)
            ],
            "total_minutes": c.rng.randint(100, 900),
        }
    )
    b.decoy("reading history list: titles, minutes, last page (e-book/paper reading)")
    return b.build()


def homework_timer(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/homework/timer")
    start = int(c.now) - c.rng.randint(300, 2400)
    b.json(
        {
            "task_id": "hw-" + str(c.rng.randint(1000, 9999)),
            "subject": c.rng.choice(["pāngarau", "maths", "spelling"]),
            "started_at": start,
            "stopped_at": int(c.now),
            "paused_secs": c.rng.randint(0, 120),
            "laps": series(c.rng, 5, 30, 400, 0),
            "percent_complete": c.rng.randint(10, 100),
        }
    )
    b.no_content()
    b.decoy("homework timer: start/stop, laps, percent complete")
    return b.build()


def notices(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/panui")
    b.ok_json(
        {
            "notices": [
                {"id": rid(c.rng), "title": "Teddy bears' picnic Friday", "body": "Bring a plate"},
                {
                    "id": rid(c.rng),
                    "title": "School photos: face the camera and smile!",
                    "body": "Photographer visits Tuesday; order forms due.",
                },
            ]
        }
    )
    b.decoy("notices text mentioning photos and faces (an article about faces)")
    return b.build()


def listen_log(c: Context) -> Flow:
    aid, title, length = c.rng.choice(AUDIO)
    b = _b(c, "POST", "/api/v3/audiobooks/listen_events")
    b.json(
        {
            "audiobook_id": aid,
            "title": title,
            "listened_from_sec": 0,
            "listened_to_sec": c.rng.randint(30, length),
            "duration_sec": length,
            "event": c.rng.choice(["pause", "chapter_end", "close"]),
            "at": iso(c),
        }
    )
    b.view("body: audiobook_id, listened_to_sec, duration_sec")
    b.no_content()
    return b.build()


def audiobook_chunk(c: Context) -> Flow:
    aid, _, _ = c.rng.choice(AUDIO)
    b = new(
        c,
        "kurakura-cdn",
        "GET",
        f"https://media.kurakura-school.example/audio/{aid}/chunk_{c.rng.randint(1, 60):03d}.aac",
        AGENT,
    )
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("audiobook audio download (fetching is not listening history)")
    return b.build()
