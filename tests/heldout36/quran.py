"""A Quran recitation and Persian poetry audio app.

Text and audio metadata come from the Quran.com API v4
(api.quran.com/api/v4/verses/by_chapter/{n}, recitations/{id}/by_chapter/{n};
docs at api-docs.quran.foundation) and Ganjoor's public API
(api.ganjoor.net/api/ganjoor/poem/{id}): catalogue, not history. The app's own
backend keeps what the user listened to: the last surah/ayah and reciter,
per-day listening seconds, and the poems (Hafez, Rumi) whose recitations were
played.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, iso, ms, ua

OWN = "https://sync.tilavat-app.example"
RECITERS = [7, 3, 1, 10, 12]
POETS = ["hafez", "moulavi", "saadi", "khayyam"]


def _own(b: FB) -> None:
    b.header("user-agent", ua("Tilavat", "1.9.4"))
    b.header("x-device", b.id("aid_quran", where="header x-device"))


def last_listened(c: Context) -> Flow:
    b = FB(c, "tilavat", "POST", OWN + "/v1/listening/last")
    _own(b)
    b.json(
        {
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 80),
            "reciterId": c.rng.choice(RECITERS),
            "positionSec": c.rng.randint(0, 1800),
            "updatedAt": iso(c),
        }
    )
    b.view("json last listened surah/ayah + reciter + position")
    b.no_content()
    return b.build()


def listening_days(c: Context) -> Flow:
    b = FB(c, "tilavat", "POST", OWN + "/v1/activity-days")
    _own(b)
    b.json(
        {
            "type": "QURAN_AUDIO",
            "date": iso(c)[:10],
            "seconds": c.rng.randint(60, 3600),
            "ranges": [f"{s}:1-{s}:{c.rng.randint(5, 40)}" for s in c.rng.sample(range(1, 115), 2)],
        }
    )
    b.view("json activity-day with listened verse ranges")
    b.ok_json({"success": True})
    return b.build()


def poem_plays(c: Context) -> Flow:
    b = FB(c, "tilavat", "POST", OWN + "/v1/sher/shenide-shode")
    _own(b)
    plays = [
        {
            "poemId": c.rng.randint(2000, 70000),
            "poet": c.rng.choice(POETS),
            "recitationId": c.rng.randint(1, 9000),
            "listenedSec": c.rng.randint(20, 400),
            "at": ms(c),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"plays": plays})
    b.view("json poem recitation plays (poemId + listenedSec)")
    b.ok_json({"ok": True})
    return b.build()


def verses(c: Context) -> Flow:
    n = c.rng.randint(1, 114)
    b = FB(c, "quran.com", "GET", f"https://api.quran.com/api/v4/verses/by_chapter/{n}")
    b.param("language", "fa")
    b.param("words", "false")
    b.param("page", "1")
    rows = [{"id": i, "verse_number": i, "verse_key": f"{n}:{i}"} for i in range(1, 11)]
    b.ok_json({"verses": rows, "pagination": {"per_page": 10, "current_page": 1}})
    b.decoy("verse text page: chapter/verse numbers, not listening")
    return b.build()


def recitation_files(c: Context) -> Flow:
    n, r = c.rng.randint(1, 114), c.rng.choice(RECITERS)
    b = FB(c, "quran.com", "GET", f"https://api.quran.com/api/v4/recitations/{r}/by_chapter/{n}")
    rows = [
        {"verse_key": f"{n}:{i}", "url": f"Alafasy/mp3/{n:03d}{i:03d}.mp3"} for i in range(1, 8)
    ]
    b.ok_json({"audio_files": rows})
    b.decoy("audio file list for a chapter")
    return b.build()


def ganjoor_poem(c: Context) -> Flow:
    pid = c.rng.randint(2000, 70000)
    b = FB(c, "ganjoor", "GET", f"https://api.ganjoor.net/api/ganjoor/poem/{pid}")
    b.param("catInfo", "true")
    b.param("recitations", "true")
    b.ok_json(
        {
            "id": pid,
            "title": "غزل",
            "recitations": [
                {
                    "id": c.rng.randint(1, 9000),
                    "audioArtist": "reciter",
                    "mp3Url": "https://i.ganjoor.net/a2/x.mp3",
                }
            ],
        }
    )
    b.decoy("poem text and recitation list (catalogue)")
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "tilavat", "GET", OWN + f"/img/reciters/{c.rng.choice(RECITERS)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("reciter portrait (catalogue image)")
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = FB(c, "aladhan", "GET", "https://api.aladhan.com/v1/timings")
    b.param("latitude", "40.4093")
    b.param("longitude", "49.8671")
    b.param("method", "7")
    b.respond(
        200, "application/json", jsb({"data": {"timings": {"Fajr": "05:31", "Maghrib": "17:02"}}})
    )
    b.decoy("prayer times for coordinates")
    return b.build()


def sync_opaque(c: Context) -> Flow:
    b = FB(c, "tilavat", "POST", OWN + "/v1/s")
    b.header("user-agent", ua("Tilavat", "1.9.4"))
    b.view("encrypted progress snapshot", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(80)), "application/octet-stream")
    b.no_content()
    return b.build()
