"""A university app (Nairobi / Cairo campuses): lecture-video catalogue,
attendance by QR code, exam timers, grades; and, as the true positives, the
lecture player's watch heartbeats and the "reprendre" (resume) list.

The player heartbeat follows the shape of Kaltura / Panopto-style LMS players
(entry id, position, duration, event type), written in-house here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://portal.chuo-kikuu.example/api"
COURSES = [
    "CSC 212 Algorithmes",
    "MAT 101 Calcul",
    "SWA 120 Fasihi",
    "PHY 110 Mécanique",
    "BIO 231 Génétique",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "chuo", method, API + path)
    b.header("user-agent", ua("ChuoApp", "4.0.3"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/lectures?course=" + str(c.rng.randint(100, 400)))
    b.decoy("lecture video catalogue: titles, durations, thumbnails, view counts; nothing watched")
    b.ok_json(
        {
            "videos": [
                {
                    "id": f"LEC{c.rng.randint(1000, 9999)}",
                    "titre": c.rng.choice(COURSES) + f" — Cours {n}",
                    "duree_sec": c.rng.randint(1800, 5400),
                    "vues": c.rng.randint(10, 900),
                    "miniature": f"https://media.chuo-kikuu.example/t/{c.rng.randint(1, 9999)}.jpg",
                }
                for n in range(1, 7)
            ]
        }
    )
    return b.build()


def attendance(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/mahudhurio/scan")
    b.json(
        {
            "qr_payload": "CHUO|" + rid(c.rng) + "|" + str(ms(c)),
            "darasa": c.rng.choice(COURSES),
            "scanned_at": iso(c),
            "geo": {"lat": -1.2795, "lng": 36.8163, "acc": c.rng.randint(5, 40)},
        }
    )
    b.decoy("attendance by QR (mahudhurio = attendance): a session token and campus point")
    b.ok_json({"status": "present"})
    return b.build()


def exam_timer(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/exams/" + str(c.rng.randint(1000, 9999)) + "/heartbeat")
    left = c.rng.randint(0, 7200)
    b.json(
        {
            "remaining_sec": left,
            "elapsed_sec": 7200 - left,
            "question": c.rng.randint(1, 40),
            "answered": c.rng.randint(0, 40),
        }
    )
    b.decoy("online exam heartbeat: elapsed / remaining seconds of a quiz, not media")
    b.ok_json({"ok": True})
    return b.build()


def grades(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/notes/semestre/" + str(c.rng.randint(1, 8)))
    b.decoy("grades (notes) per course: numbers keyed by course code")
    b.ok_json({"notes": [{"cours": x, "note": round(c.rng.uniform(8, 20), 2)} for x in COURSES]})
    return b.build()


def watch_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/player/events")
    dur = c.rng.randint(1800, 5400)
    pos = c.rng.randint(0, dur)
    b.json(
        {
            "entryId": f"LEC{c.rng.randint(1000, 9999)}",
            "title": c.rng.choice(COURSES),
            "eventType": c.rng.choice(["play", "pause", "progress_25", "progress_50", "seek"]),
            "position": pos,
            "duration": dur,
            "playbackRate": c.rng.choice([1.0, 1.25, 1.5]),
            "sessionId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.view("json:entryId+position+duration+eventType (lecture video playback)")
    b.no_content()
    return b.build()


def resume_list(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/me/reprendre")
    items = [
        {
            "video": f"LEC{c.rng.randint(1000, 9999)}",
            "derniere_position_s": c.rng.randint(60, 5000),
            "vu_le": iso(c),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"reprendre_la_lecture": items})
    b.view("json:reprendre_la_lecture[].video+derniere_position_s+vu_le (French continue-watching)")
    b.no_content()
    return b.build()
