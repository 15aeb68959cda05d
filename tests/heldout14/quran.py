"""Tilawa, a Quran and prayer audio app: recitations streamed from public
Quran APIs, prayer times by location, and the listening history / resume
positions synced to the app's own backend.

Public APIs as documented: Quran.com API v4 (`GET https://api.quran.com/api/v4/
chapter_recitations/{recitation_id}/{chapter_number}` answering `audio_file{url,
file_size, format}`, `GET /api/v4/verses/by_chapter/{n}?words=false&page=&per_page=`),
audio files on download.quranicaudio.com, AlAdhan prayer times (`GET
https://api.aladhan.com/v1/timings/{date}?latitude=&longitude=&method=`).
Tilawa's own sync API (api.tilawa.app) is made up.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tilawa.app"
UA = ua("Tilawa", "6.3.2")
RECITERS = [
    (7, "Mishari Rashid al-Afasy"),
    (2, "AbdulBaset AbdulSamad"),
    (9, "Mahmoud Khalil Al-Husary"),
]
LAT, LNG = 41.8781, -87.6298


def _own(b: FB, c: Context, cookie: bool = True) -> None:
    b.header("user-agent", UA)
    if cookie:
        did = b.id("quran_install", where="cookie:tl_did")
        b.header("cookie", f"tl_did={did}; tl_lang=en")


def listening_session(c: Context) -> Flow:
    rec, _ = c.rng.choice(RECITERS)
    surah = c.rng.randint(1, 114)
    b = FB(c, "tilawa", "POST", f"{API}/v1/listening/sessions")
    _own(b, c)
    start = c.rng.randint(1, 20)
    b.view("body.surah/fromAyah/toAyah + listenedSec")
    b.json(
        {
            "reciterId": rec,
            "surah": surah,
            "fromAyah": start,
            "toAyah": start + c.rng.randint(3, 40),
            "listenedSec": c.rng.randint(30, 2400),
            "positionSec": rf(c.rng, 0, 1800, 1),
            "startedAt": iso(c),
            "source": "stream",
        }
    )
    b.ok_json({"id": c.rng.randint(10**6, 10**7)})
    return b.build()


def resume_sync(c: Context) -> Flow:
    _, name = c.rng.choice(RECITERS)
    b = FB(c, "tilawa", "PUT", f"{API}/v1/me/resume")
    _own(b, c)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("body.lastPlayed")
    b.json(
        {
            "lastPlayed": {
                "surah": c.rng.randint(1, 114),
                "ayah": c.rng.randint(1, 80),
                "reciter": name,
                "positionMs": c.rng.randint(1000, 900_000),
                "updated": ms(c),
            }
        }
    )
    b.no_content()
    return b.build()


def history_opaque(c: Context) -> Flow:
    b = FB(c, "tilawa", "POST", f"{API}/v1/h")
    b.header("user-agent", UA)
    b.view("body.d (obfuscated history batch)", detectable=False)
    b.form([("d", b64(c.rng.randbytes(180))), ("k", "2")])
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "tilawa", "POST", f"{API}/v1/devices")
    _own(b, c, cookie=False)
    b.header("x-android-id", b.id("aid_quran", where="header:x-android-id"))
    b.json(
        {
            "installId": b.id("quran_install", where="body.installId"),
            "platform": "fireos",
            "admRegistrationId": "amzn1.adm-registration.v3." + rid(c.rng).replace("-", "") * 2,
            "locale": "en_US",
            "madhab": "hanafi",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recitation_url(c: Context) -> Flow:
    rec, _ = c.rng.choice(RECITERS)
    ch = c.rng.randint(1, 114)
    b = FB(c, "tilawa", "GET", f"https://api.quran.com/api/v4/chapter_recitations/{rec}/{ch}")
    b.header("user-agent", UA)
    b.decoy("recitation audio URL lookup (catalogue)")
    b.ok_json(
        {
            "audio_file": {
                "id": c.rng.randint(1, 9999),
                "chapter_id": ch,
                "file_size": c.rng.randint(10**6, 5 * 10**7),
                "format": "mp3",
                "audio_url": f"https://download.quranicaudio.com/qdc/mishari_al_afasy/murattal/{ch}.mp3",
            }
        }
    )
    return b.build()


def verses(c: Context) -> Flow:
    ch = c.rng.randint(1, 114)
    b = FB(
        c,
        "tilawa",
        "GET",
        f"https://api.quran.com/api/v4/verses/by_chapter/{ch}",
        [("words", "false"), ("translations", "131"), ("page", "1"), ("per_page", "10")],
    )
    b.header("user-agent", UA)
    b.decoy("verse text page")
    b.ok_json(
        {
            "verses": [{"id": i, "verse_key": f"{ch}:{i}"} for i in range(1, 11)],
            "pagination": {"per_page": 10, "current_page": 1},
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    ch = c.rng.randint(1, 114)
    b = FB(
        c,
        "tilawa",
        "GET",
        f"https://download.quranicaudio.com/qdc/mishari_al_afasy/murattal/{ch}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.decoy("audio file range fetch")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00\x00" + c.rng.randbytes(900))
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = FB(
        c,
        "tilawa",
        "GET",
        "https://api.aladhan.com/v1/timings/05-11-2024",
        [("latitude", str(LAT)), ("longitude", str(LNG)), ("method", "2")],
    )
    b.header("user-agent", UA)
    b.decoy("prayer times by coordinates")
    b.ok_json(
        {
            "code": 200,
            "data": {
                "timings": {
                    "Fajr": "05:14",
                    "Dhuhr": "11:48",
                    "Asr": "14:39",
                    "Maghrib": "16:43",
                    "Isha": "18:05",
                },
                "meta": {"latitude": LAT, "longitude": LNG},
            },
        }
    )
    return b.build()


def verse_timings(c: Context) -> Flow:
    ch = c.rng.randint(1, 114)
    b = FB(c, "tilawa", "GET", f"{API}/v1/timings/7/{ch}")
    b.header("user-agent", UA)
    b.decoy("per-verse audio timestamps (numeric series)")
    t, seg = 0, []
    for i in range(1, 12):
        d = c.rng.randint(3000, 20000)
        seg.append({"ayah": i, "from": t, "to": t + d})
        t += d
    b.ok_json({"segments": seg})
    return b.build()
