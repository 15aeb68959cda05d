"""Sautul Qur'an: Quran recitation and Hausa tafsir audio (a Kano-built app).

Listening position per surah and ayah goes to the backend with the reciter
(`qari`), Hausa tafsir lectures report where the listener stopped
(`inda_ya_tsaya_dakika`, "where it stopped, seconds") and a compact sync sends
[surah, ayah, ms] rows under 'q'. Prayer times for the user's coordinates, the
Qibla bearing, the mushaf READING position (reading is not listening) and the
audio files are not viewing or listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.sautulquran.example"
UA = ua("SautulQuran", "3.1.7")
QURRA = ["mishary_alafasy", "abdul_basit", "sudais", "ahmad_sulaiman_kano"]
MALAMAI = ["Sheikh Ja'afar Mahmud Adam", "Sheikh Aminu Daurawa", "Sheikh Isa Ali Pantami"]
CITIES = [(12.0, 8.52, "Kano"), (6.52, 3.38, "Lagos"), (6.69, -1.62, "Kumasi")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sautulquran", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/install")
    b.json(
        {
            "installation": {
                "android_id": b.id("aid_quran", where="json installation.android_id"),
                "locale": "ha_NG",
                "app": "3.1.7",
            }
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recitation_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/listening/progress")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.view("json surah/ayah/position_ms/qari (recitation listening)")
    b.json(
        {
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 80),
            "qari": c.rng.choice(QURRA),
            "position_ms": c.rng.randint(1000, 900_000),
            "listened_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tafsir_listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tafsiri/sauraro")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.view("json inda_ya_tsaya_dakika (Hausa: where the lecture stopped, seconds)")
    b.json(
        {
            "karatu_id": f"tf_{c.rng.randint(100, 999)}",
            "malam": c.rng.choice(MALAMAI),
            "inda_ya_tsaya_dakika": c.rng.randint(30, 5400),
            "an_kammala": False,
            "lokaci": iso(c),
        }
    )
    b.ok_json({"an_karba": True})
    return b.build()


def compact_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("json q[] rows [surah, ayah, ms]", detectable=False)
    b.json(
        {
            "q": [[c.rng.randint(1, 114), c.rng.randint(1, 40), c.rng.randint(1000, 600_000)]],
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon, city = c.rng.choice(CITIES)
    b = _b(c, "GET", f"{API}/v2/salah?lat={lat}&lng={lon}&method=mwl")
    b.decoy("coordinates and prayer times")
    b.ok_json(
        {
            "city": city,
            "fajr": "05:21",
            "dhuhr": "12:44",
            "asr": "16:02",
            "maghrib": "18:31",
            "isha": "19:41",
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    lat, lon, _ = c.rng.choice(CITIES)
    b = _b(c, "GET", f"{API}/v2/qibla?lat={lat}&lng={lon}")
    b.decoy("compass bearing from coordinates")
    b.ok_json({"bearing": rf(c.rng, 55, 80, 2)})
    return b.build()


def mushaf_reading(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/mushaf/last-read")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.decoy("mushaf reading position (reading text, not listening)")
    b.json({"page": c.rng.randint(1, 604), "surah": c.rng.randint(1, 114), "ayah": 1, "at": iso(c)})
    b.no_content()
    return b.build()


def audio(c: Context) -> Flow:
    url = f"https://audio.sautulquran.example/{c.rng.choice(QURRA)}/{c.rng.randint(1, 114):03d}.mp3"
    b = FB(c, "sautulquran", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(206, "audio/mpeg", b"ID3\x03\x00" + bytes(c.rng.getrandbits(8) for _ in range(250)))
    return b.build()
