"""Tilawat: a Quran recitation and Islamic lectures app (Dari / Persian UI).

Listening to a qari's recitation and watching a lecture (`bayan`) are reported
with position; a sync of the listening log goes out AES-encrypted in base64
under `data` (nothing readable). The mushaf's last-read page is reading, not
listening; prayer times (coordinates) and the lecture catalogue are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, ua

API = "https://api.tilawat.example"
UA = ua("Tilawat", "6.0.4")
QARIS = ["mishary_alafasy", "abdulbasit_mujawwad", "qari_barakatullah_saleem", "sudais"]


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "tilawat", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header(
            "x-t",
            b.id("aid_tilawat", how="md5", where="header x-t = md5(ANDROID_ID)", detectable=False),
        )
    return b


def recitation_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/listening/progress")
    b.view("json qari / surah / ayah / position_ms (recitation listened)")
    b.json(
        {
            "qari": c.rng.choice(QARIS),
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 80),
            "position_ms": c.rng.randint(1000, 900000),
            "listened_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lecture_watch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/bayan/{c.rng.randint(100, 9999)}/didan")
    b.view("json zaman_didan / darsad (Dari: watched time, percent) of a lecture video")
    b.json(
        {
            "zaman_didan": c.rng.randint(30, 3600),
            "darsad": c.rng.choice([25, 50, 75, 100]),
            "zaban": "dari",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def encrypted_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sync")
    b.view("json data = base64(AES(listening log))", detectable=False)
    b.json(
        {
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(96, 256)))),
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(16))),
        }
    )
    b.ok_json({"synced": ms(c)})
    return b.build()


def last_read(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/mushaf/last_read")
    b.decoy("mushaf last-read page and ayah: reading, not watching or listening")
    b.json(
        {
            "page": c.rng.randint(1, 604),
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 80),
            "read_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    city = c.rng.choice(
        [
            (38.56, 68.77, "Dushanbe"),
            (34.53, 69.17, "Kabul"),
            (34.35, 62.2, "Herat"),
            (36.3, 59.6, "Mashhad"),
        ]
    )
    b = _b(c, "GET", f"{API}/api/awqat?lat={city[0]}&lng={city[1]}&method=karachi", ident=False)
    b.decoy("coordinates of a city for prayer times")
    b.ok_json(
        {
            "city": city[2],
            "fajr": "05:41",
            "dhuhr": "12:20",
            "asr": "15:02",
            "maghrib": "17:19",
            "isha": "18:44",
            "qibla": rf(c.rng, 230, 270, 2),
        }
    )
    return b.build()


def lectures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/bayan?category=tafsir&page=1", ident=False)
    b.decoy("lecture catalogue with durations and view counts (aggregate)")
    b.ok_json(
        {
            "items": [
                {
                    "id": c.rng.randint(100, 9999),
                    "title": "تفسیر سوره کهف",
                    "duration": c.rng.randint(900, 5400),
                    "views": c.rng.randint(100, 90000),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()
