"""Tilawa: a Quran recitation and Islamic podcast app (Casablanca studio).

Listening history: the last recited surah / ayah position per reciter (the
"wird" resume point), the podcast episode progress sync in French
(episode, position, ecoute terminee), and a daily khatma tracker. A binary
(msgpack) sync of the listening log under short keys is opaque to a reader
(not detectable). Prayer-time and audio fetches are not history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, ua

HOST = "https://api.tilawa.example"
RECITERS = ["mishary_alafasy", "abdulbasit_mujawwad", "omar_al_qazabri", "al_husary"]
PODCASTS = [
    ("pod-12", "Rihla Imaniya"),
    ("pod-40", "Sira Nabawiya"),
    ("pod-77", "Qissas Al Anbiya"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tilawa", method, HOST + path)
    b.header("user-agent", ua("Tilawa", "2.9.5"))
    b.header("x-install-id", b.id("tilawa_install", where="header x-install-id"))
    return b


def recitation_resume(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/listening/last-position")
    b.json(
        {
            "reciter": c.rng.choice(RECITERS),
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 80),
            "positionMs": c.rng.randint(0, 900000),
            "listenedAt": iso(c),
        }
    )
    b.view("json reciter / surah / ayah / positionMs at /listening/last-position")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, name = c.rng.choice(PODCASTS)
    b = _b(c, "PUT", f"/v1/podcasts/{pid}/ecoute")
    b.json(
        {
            "episode": f"{pid}-ep{c.rng.randint(1, 60)}",
            "titre": name,
            "position": c.rng.randint(0, 3600),
            "ecouteTerminee": c.rng.random() < 0.3,
            "miseAJour": ms(c),
        }
    )
    b.view("json episode / position / ecouteTerminee at /podcasts/{id}/ecoute")
    b.ok_json({"ok": True})
    return b.build()


def khatma(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/khatma/progress")
    b.json(
        {
            "juz_completed": c.rng.randint(1, 30),
            "today_listened_minutes": c.rng.randint(5, 90),
            "history": [
                {"date": "2025-03-0" + str(d), "surahs": [c.rng.randint(1, 114) for _ in range(2)]}
                for d in range(1, 4)
            ],
        }
    )
    b.view("json history[] of listened surahs per day at /khatma/progress")
    b.no_content()
    return b.build()


def packed_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/s/b")
    rows = [[c.rng.randint(1, 114), c.rng.randint(1, 80), c.rng.randint(0, 9**6)] for _ in range(3)]
    b.set_body(mpack({"a": 2, "r": rows, "t": ms(c)}), "application/x-msgpack")
    b.view("msgpack r: [surah, ayah, ms] rows under short keys", detectable=False)
    b.no_content()
    return b.build()


def audio_fetch(c: Context) -> Flow:
    r, s = c.rng.choice(RECITERS), c.rng.randint(1, 114)
    b = FB(c, "tilawa", "GET", f"https://audio.tilawa-cdn.example/{r}/{s:03d}.mp3")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("audio file fetch")
    return b.build()


def reciters(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/reciters?lang=ar")
    b.ok_json({"reciters": RECITERS})
    b.decoy("reciter catalogue")
    return b.build()
