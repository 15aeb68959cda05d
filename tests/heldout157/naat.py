"""Noor: a naat and Quran recitation app (Urdu and Roman Urdu keys).

Listening to a qari's tilawat or a naat is listening, so its progress log
(`tilawat_sun_li`, `surah`, `ayat_tak`, `waqt`) is viewing history; reading the
mushaf page by page is reading (a bookmark is not history here), and prayer times
with coordinates, the qibla direction and the Hijri calendar are ordinary.
Its Firebase analytics carry the app-instance id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.noor-app.example"
UA = ua("Noor", "6.0.4")
QARIS = ["mishary-alafasy", "abdul-basit", "qari-waheed-zafar"]
NAATS = ["tajdar-e-haram", "mera-koi-nahi-hai", "faslon-ko-takalluf"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "noor", method, url)
    b.header("user-agent", UA)
    return b


def tilawat_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tilawat/sun-li")
    b.view("json tilawat_sun_li surah/ayat_tak/qari/waqt (recitation listening log)")
    b.json(
        {
            "tilawat_sun_li": {
                "qari": c.rng.choice(QARIS),
                "surah": c.rng.randint(1, 114),
                "ayat_se": 1,
                "ayat_tak": c.rng.randint(2, 80),
                "sunne_ka_dorania_sec": c.rng.randint(60, 1800),
                "waqt": iso(c),
            },
            "android_id": b.id("aid_naat", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def naat_played(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/naat/play-event")
    b.view("json naat_id + event play/pause + position_ms")
    b.json(
        {
            "naat_id": c.rng.choice(NAATS),
            "event": c.rng.choice(["play", "pause", "khatam"]),
            "position_ms": c.rng.randint(0, 400000),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def firebase_listen(c: Context) -> Flow:
    """GA4 for Firebase batch (hand-written protobuf): a `naat_sunna` event with the naat."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; Infinix X6833B)")
    iid = b.id(
        "fb_app_instance", "protobuf", "protobuf field 2 (app_instance_id)", detectable=False
    )
    b.view("protobuf event naat_sunna with naat_id / seconds params")
    event = pb_msg(
        4,
        [
            pb_bytes(2, "naat_sunna"),
            pb_msg(1, [pb_bytes(1, "naat_id"), pb_bytes(2, c.rng.choice(NAATS))]),
            pb_msg(1, [pb_bytes(1, "seconds"), pb_varint(3, c.rng.randint(30, 600))]),
            pb_varint(3, ms(c)),
        ],
    )
    body = pb_msg(1, [pb_varint(1, 1), pb_bytes(2, iid), event, pb_bytes(14, "pk.noor.app")])
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def mushaf_page(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/mushaf/bookmark")
    b.decoy("Quran reading bookmark: reading, not watching or listening")
    b.json({"safha": c.rng.randint(1, 604), "para": c.rng.randint(1, 30), "parha_gaya": iso(c)})
    b.no_content()
    return b.build()


def namaz_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 31.4, 31.6, 4), rf(c.rng, 74.2, 74.4, 4)
    b = _b(c, "GET", f"{API}/v1/auqat?lat={lat}&lng={lon}&method=karachi")
    b.decoy("coordinates and prayer times (ordinary)")
    b.ok_json(
        {
            n: f"{c.rng.randint(4, 20):02d}:{c.rng.randint(0, 59):02d}"
            for n in ("fajr", "zuhr", "asr", "maghrib", "isha")
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/qibla?lat=24.86&lng=67.0")
    b.decoy("qibla bearing yaw/pitch-like angles (compass, not a face)")
    b.ok_json(
        {
            "bearing": rf(c.rng, 260, 280, 2),
            "pitch": rf(c.rng, -3, 3, 2),
            "roll": rf(c.rng, -3, 3, 2),
        }
    )
    return b.build()


def recitation_audio(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://audio.noor-app.example/{c.rng.choice(QARIS)}/{c.rng.randint(1, 114):03d}.mp3",
    )
    b.respond(200, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/naat/list?sort=mashhoor")
    b.decoy("naat catalogue with listen counts over all users (aggregate)")
    b.ok_json(
        {
            "naats": [{"id": n, "kul_sunne_wale": c.rng.randint(1000, 900000)} for n in NAATS],
            "rid": rid(c.rng),
        }
    )
    return b.build()
