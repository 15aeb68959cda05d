"""Nur Qur'aan: a Quran app by an Oromo team (Afaan Oromo UI and API words,
Amharic and English beside).

Recitation listening goes to the app's backend in Afaan Oromo: `suuraa`,
`aayaa`, `qaarii` (reciter), `sekondii_dhaggeeffatame` (seconds listened),
`yeroo_dhumaa` (last time); a sync of "last listened" comes back in the response
to the app start. A compact row batch `e: [[surah, ayah, reciter, seconds]]`
names nothing. Fetching recitation audio from Quran.com's API, the reading
bookmark in the mushaf (reading is not listening), prayer times computed from
coordinates, the qibla bearing and the tajweed check (recited audio scored for
pronunciation: speech recognition, no speaker model) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav

from .phone import FB, iso, ms, rf, ua

API = "https://api.nurquran.example"
UA = ua("NurQuraan", "3.1.2")
RECITERS = ["mishari_alafasy", "abdulbaset_mujawwad", "sudais", "muhammad_ayyub"]


def _b(c: Context, method: str, url: str, ident: bool = False) -> FB:
    """The app sends its ANDROID_ID only on the calls tied to the user's library."""
    b = FB(c, "nurquran", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-meeshaa", b.id("aid_quran", where="header x-meeshaa (Oromo: device)"))
    return b


def listen_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dhaggeeffannaa", ident=True)
    b.view("json suuraa/aayaa + sekondii_dhaggeeffatame (Oromo: seconds listened)")
    b.json(
        {
            "suuraa": c.rng.randint(1, 114),
            "aayaa": c.rng.randint(1, 120),
            "qaarii": c.rng.choice(RECITERS),
            "sekondii_dhaggeeffatame": c.rng.randint(15, 1800),
            "xumurameera": c.rng.random() < 0.3,
            "yeroo_dhumaa": iso(c),
        }
    )
    b.ok_json({"galmaa'eera": True})
    return b.build()


def sync_last_listened(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/walitti-qabuu?afaan=om", ident=True)
    b.view("response dhuma_dhaggeeffatame (last listened surah, ayah, time)", direction="response")
    b.ok_json(
        {
            "dhuma_dhaggeeffatame": {
                "suuraa": c.rng.randint(1, 114),
                "aayaa": c.rng.randint(1, 120),
                "qaarii": c.rng.choice(RECITERS),
                "yeroo": iso(c),
            },
            "mallattoo_dubbisaa": {"fuula": c.rng.randint(1, 604)},
        }
    )
    return b.build()


def listen_rows(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/e")
    b.view("json e[] rows [surah, ayah, reciter index, seconds]", detectable=False)
    b.json({"e": [[c.rng.randint(1, 114), c.rng.randint(1, 120), 2, c.rng.randint(5, 900)]]})
    b.no_content()
    return b.build()


def reading_bookmark(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/mallattoo-dubbisaa", ident=True)
    b.decoy("mushaf reading bookmark (page, surah: reading, not listening)")
    b.json({"fuula": c.rng.randint(1, 604), "suuraa": c.rng.randint(1, 114), "yeroo": iso(c)})
    b.no_content()
    return b.build()


def recitation_audio(c: Context) -> Flow:
    reciter, surah = c.rng.randint(1, 12), c.rng.randint(1, 114)
    b = FB(
        c, "quran.com", "GET", f"https://api.quran.com/api/v4/chapter_recitations/{reciter}/{surah}"
    )
    b.header("user-agent", UA)
    b.decoy("recitation audio file metadata (fetching audio, not a listen report)")
    b.ok_json(
        {
            "audio_file": {
                "id": c.rng.randint(1, 9000),
                "chapter_id": surah,
                "file_size": c.rng.randint(10**6, 9 * 10**7),
                "format": "mp3",
                "audio_url": f"https://download.quranicaudio.com/qdc/x/{surah:03d}.mp3",
            }
        }
    )
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 8.9, 9.1, 4), rf(c.rng, 38.7, 38.8, 4)
    b = _b(c, "GET", f"{API}/v2/yeroo-salaataa?lat={lat}&lon={lon}&method=3")
    b.decoy("coordinates and prayer times (no biometric, no device id)")
    b.ok_json(
        {
            "fajr": "05:02",
            "dhuhr": "12:21",
            "asr": "15:41",
            "maghrib": "18:24",
            "isha": "19:36",
            "qibla_bearing": rf(c.rng, 40, 42, 2),
            "ts": ms(c),
        }
    )
    return b.build()


def translation(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/hiika/om/{c.rng.randint(1, 114)}")
    b.ok_json({"afaan": "om", "hiika": ["Maqaa Rabbii rahmata Guddaa ...", "Galanni ..."]})
    return b.build()


def tajweed_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tajwiida/madaallii")
    b.decoy("recitation audio checked for pronunciation (speech recognition, no speaker model)")
    b.json(
        {
            "sagalee": b64(fake_wav(c.rng.randint(0, 10**9), 800)),
            "suuraa": 1,
            "aayaa": c.rng.randint(1, 7),
            "afaan": "ar",
        }
    )
    b.ok_json({"dogoggora": [{"jecha": 3, "qajeelfama": "madd"}], "qabxii": rf(c.rng, 50, 99, 1)})
    return b.build()
