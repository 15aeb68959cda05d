"""Deen Sathi: a Quran recitation and waz (sermon audio/video) app the grandparents in
Chittagong use.

A small in-house team wrote part of the API with Bengali-script keys
(`ওয়াজ_আইডি`, `শোনা_সেকেন্ড`), the rest in Banglish (`tilawat_shuna`, `ayat_porjonto`).
Listening to a waz or a recitation is listening history. Reading the Mushaf (page
and ayah read) is reading, not listening. Prayer times by GPS and the Qibla bearing
are coordinates and a compass angle. A `q` string of base64 packed listens is the
opaque carrier.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, bd_time, rf, ua

API = "https://api.deensathi.example"
UA = ua("DeenSathi", "5.0.3")
WAZ = [
    ("wz-881", "মৃত্যুর পরের জীবন"),
    ("wz-902", "রমজানের ফজিলত"),
    ("wz-915", "মা-বাবার হক"),
    ("wz-944", "তাকওয়া ও ধৈর্য"),
]
QARI = ["Mishary Alafasy", "Abdur Rahman As-Sudais", "Saad Al-Ghamdi"]


def _b(c: Context, method: str, url: str, with_id: bool = True) -> FB:
    """Listening and account calls carry the ANDROID_ID; the public lookups do not."""
    b = FB(c, "deensathi", method, url)
    b.header("user-agent", UA)
    if with_id:
        b.header("device-id", b.id("aid_waz", where="header device-id"))
    return b


def waz_listen_bn(c: Context) -> Flow:
    wid, title = c.rng.choice(WAZ)
    b = _b(c, "POST", f"{API}/api/waz/shuna")
    b.view("json Bengali-script keys ওয়াজ_আইডি + শোনা_সেকেন্ড (waz listened)")
    b.json(
        {
            "ওয়াজ_আইডি": wid,
            "শিরোনাম": title,
            "শোনা_সেকেন্ড": c.rng.randint(30, 5400),
            "সময়": bd_time(c.now),
        }
    )
    b.ok_json({"status": "saved"})
    return b.build()


def tilawat_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tilawat/progress")
    b.view("json tilawat_shuna: surah, ayat_porjonto, qari, shuna_sec (recitation listened)")
    b.json(
        {
            "tilawat_shuna": {
                "surah": c.rng.randint(1, 114),
                "ayat_porjonto": c.rng.randint(1, 80),
                "qari": c.rng.choice(QARI),
                "shuna_sec": c.rng.randint(20, 1800),
            },
            "user": b.acct("waz_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def waz_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/waz/itihash?user={c.phone.waz_user}")
    b.view("response itihash[] (waz history with shesh_shuna)", direction="response")
    rows = [
        {"id": w, "title": t, "shesh_shuna": bd_time(c.now - c.rng.randint(3600, 9 * 86400))}
        for w, t in c.rng.sample(WAZ, 3)
    ]
    b.ok_json({"itihash": rows})
    return b.build()


def packed_listens_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/s")
    b.view("form q = base64 of packed (id, seconds, epoch) structs", detectable=False)
    packed = b"".join(
        struct.pack("<HIi", int(c.rng.choice(WAZ)[0][3:]), c.rng.randint(30, 5400), int(c.now))
        for _ in range(c.rng.randint(1, 3))
    )
    b.form([("q", b64(packed)), ("v", "5")])
    b.no_content()
    return b.build()


def mushaf_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/quran/porar-obosthan")
    b.decoy("Mushaf reading position (page / ayah read): reading, not listening")
    b.json({"para": c.rng.randint(1, 30), "page": c.rng.randint(1, 604), "pora_shesh": False})
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 22.30, 22.40, 4), rf(c.rng, 91.78, 91.85, 4)
    b = _b(c, "GET", f"{API}/api/namaz/somoy?lat={lat}&lng={lon}&method=karachi", with_id=False)
    b.decoy("prayer times for GPS coordinates (Chittagong)")
    b.ok_json(
        {"fajr": "04:58", "dhuhr": "11:48", "asr": "15:09", "maghrib": "17:12", "isha": "18:29"}
    )
    return b.build()


def qibla(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/api/qibla?lat={rf(c.rng, 23.7, 23.9, 4)}&lng={rf(c.rng, 90.3, 90.5, 4)}",
        with_id=False,
    )
    b.decoy("Qibla bearing and compass heading (device orientation, not a face)")
    b.ok_json({"bearing": rf(c.rng, 277, 279, 2), "heading": rf(c.rng, 0, 360, 1)})
    return b.build()


def waz_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/waz/list?bokta=all&page=1", with_id=False)
    b.decoy("waz catalogue with durations and listen counts (aggregate)")
    b.ok_json(
        {
            "items": [
                {
                    "id": w,
                    "title": t,
                    "dorgho_min": c.rng.randint(20, 120),
                    "mot_shrota": c.rng.randint(1000, 500000),
                }
                for w, t in WAZ
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    wid = c.rng.choice(WAZ)[0]
    b = FB(c, "deensathi", "GET", f"https://media.deensathi.example/waz/{wid}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 65536}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
