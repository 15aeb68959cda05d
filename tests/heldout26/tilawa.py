"""Tilawa, a Quran and adhan app (in-house backend, fictional): recitation
listening logs, last-played sync, analytics audio events, adhan push
registration, prayer times, qibla and tafsir lookups.

Prayer-time parameters follow the public AlAdhan API (`latitude`, `longitude`,
`method=4` Umm al-Qura); surah / ayah numbering is the standard 114 / 6236.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tilawa.example"
UA = ua("Tilawa", "7.3.0")
RECITERS = [
    ("مشاري العفاسي", 7),
    ("عبد الرحمن السديس", 3),
    ("ماهر المعيقلي", 12),
    ("سعد الغامدي", 5),
]
SURAHS = [
    (18, "الكهف", 110),
    (36, "يس", 83),
    (67, "الملك", 30),
    (55, "الرحمن", 78),
    (2, "البقرة", 286),
]


def _base(c: Context, method: str, url: str, params=None) -> FB:
    b = FB(c, "tilawa", method, url, params)
    b.header("user-agent", UA)
    return b


def recitation_log(c: Context) -> Flow:
    (rname, rid_), (sn, sname, ayat) = c.rng.choice(RECITERS), c.rng.choice(SURAHS)
    b = _base(c, "POST", f"{API}/v2/listening/log")
    b.json(
        {
            "reciter": {"id": rid_, "name": rname},
            "surah": sn,
            "surahName": sname,
            "ayahFrom": 1,
            "ayahTo": c.rng.randint(1, ayat),
            "listenedSec": c.rng.randint(30, 1800),
            "completed": c.rng.random() < 0.4,
            "startedAt": iso(c),
        }
    )
    b.view("body")
    b.no_content()
    return b.build()


def last_played(c: Context) -> Flow:
    (_, rid_), (sn, _, ayat) = c.rng.choice(RECITERS), c.rng.choice(SURAHS)
    b = _base(c, "PUT", f"{API}/v2/user/last-played")
    b.header("x-install-id", b.id("fid_tilawa", where="header.x-install-id"))
    b.json(
        {
            "surah": sn,
            "ayah": c.rng.randint(1, ayat),
            "reciterId": rid_,
            "positionMs": c.rng.randint(0, 9 * 10**5),
        }
    )
    b.view("body.surah+positionMs")
    b.ok_json({"ok": True})
    return b.build()


def audio_events(c: Context) -> Flow:
    (rname, _), (sn, sname, _) = c.rng.choice(RECITERS), c.rng.choice(SURAHS)
    b = _base(c, "POST", f"{API}/analytics/v1/events")
    evs = [
        {"name": n, "params": {"surah_name": sname, "surah_no": sn, "reciter": rname, "t": ms(c)}}
        for n in ("audio_play", "audio_progress_50", "audio_complete")[: c.rng.randint(1, 3)]
    ]
    b.json({"events": evs, "app_instance_id": b.id("fid_tilawa", where="body.app_instance_id")})
    b.view("body.events")
    b.no_content()
    return b.build()


def adhan_register(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/push/v1/adhan/subscribe")
    b.json(
        {
            "android_id": b.id("aid_tilawa", where="body.android_id"),
            "city": "Riyadh",
            "method": 4,
            "token": "e" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 50),
            "muezzin": "makkah",
        }
    )
    b.ok_json({"subscribed": True})
    return b.build()


def prayer_times(c: Context) -> Flow:
    params = [
        ("latitude", str(rf(c.rng, 24.6, 24.8))),
        ("longitude", str(rf(c.rng, 46.6, 46.8))),
        ("method", "4"),
    ]
    b = _base(c, "GET", f"{API}/v1/timings/{iso(c)[:10]}", params)
    b.decoy("prayer times for coordinates")
    b.ok_json(
        {
            "timings": {
                "Fajr": "04:12",
                "Dhuhr": "11:52",
                "Asr": "15:20",
                "Maghrib": "18:05",
                "Isha": "19:35",
            }
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v1/qibla/{rf(c.rng, 24.6, 24.8)}/{rf(c.rng, 46.6, 46.8)}")
    b.decoy("qibla bearing (compass heading)")
    b.ok_json({"direction": rf(c.rng, 243, 246, 3), "declination": rf(c.rng, 2, 4, 2)})
    return b.build()


def tafsir(c: Context) -> Flow:
    sn, _, ayat = c.rng.choice(SURAHS)
    b = _base(c, "GET", f"{API}/v1/tafsir/muyassar/{sn}/{c.rng.randint(1, ayat)}")
    b.decoy("tafsir text lookup")
    b.ok_json({"text": "بيان معنى الآية", "edition": "muyassar"})
    return b.build()


def recitation_mp3(c: Context) -> Flow:
    sn, _, _ = c.rng.choice(SURAHS)
    b = FB(c, "tilawa", "GET", f"https://audio.tilawa-cdn.example/alafasy/128/{sn:03d}.mp3")
    b.decoy("recitation audio file fetch")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/s/v1/z")
    raw = jsb({"a": c.rng.randint(1, 114), "b": c.rng.randint(1, 200), "c": rid(c.rng)})
    b.set_body(bytes(x ^ 0x33 for x in raw), "application/octet-stream")
    b.view("body (obfuscated)", detectable=False)
    b.no_content()
    return b.build()
