"""Tilawa: a Quran recitation app (audio recitations, mushaf reader, tajwid coach).

Listening to a reciter is listening: the `istima3` progress (sourate, ayah,
`mouda_istima3` seconds) and the "kmel sme3" resume list are viewing history.
Reading the mushaf (page and ayah bookmarks) is reading, not listening; the
tajwid coach sends the user's recitation audio for speech recognition and
error marking, with no speaker model: not biometric. Prayer times and qibla
are coordinates and times only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tilawa.example"
UA = ua("Tilawa", "6.1.4")
RECITERS = ["Omar Al Qazabri", "Mishary Alafasy", "Abdelbasset Abdessamad", "Laayoun El Kouchi"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tilawa", method, url)
    b.header("user-agent", UA)
    b.header("x-tilawa-install", b.id("quran_install", where="header x-tilawa-install"))
    return b


def istima3(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/istima3")
    b.view("json sourate / mouda_istima3 (recitation listened)")
    b.json(
        {
            "qari": c.rng.choice(RECITERS),
            "sourate": c.rng.randint(1, 114),
            "ayah_akhira": c.rng.randint(1, 80),
            "mouda_istima3": c.rng.randint(30, 1800),
            "riwaya": "warsh",
            "tarikh": iso(c),
        }
    )
    b.no_content()
    return b.build()


def resume_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kmel-sme3")
    b.view("response json kmel_sme3[] (where each recitation was left)", direction="response")
    b.ok_json(
        {
            "kmel_sme3": [
                {
                    "qari": c.rng.choice(RECITERS),
                    "sourate": c.rng.randint(1, 114),
                    "position_sec": c.rng.randint(30, 1500),
                    "derniere_ecoute": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/jihaz")
    b.json(
        {
            "android_id": b.id("aid_quran", where="json android_id"),
            "lougha": "ar",
            "madina": c.rng.choice(["Fès", "Oran"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def mushaf_bookmark(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/mushaf/marque-page")
    b.decoy("mushaf reading bookmark with page and timestamp (reading, not listening)")
    b.json({"safha": c.rng.randint(1, 604), "ayah": c.rng.randint(1, 80), "wa9t": iso(c)})
    b.no_content()
    return b.build()


def tajwid_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tajwid/tas7i7")
    b.decoy("recitation audio for speech recognition and tajwid marking (no speaker model)")
    boundary = "tilawa" + rid(c.rng).replace("-", "")[:12]
    meta = b'{"sourate":1,"mode":"asr_tajwid","lang":"ar"}'
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta),
            ("audio", "tilawa.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"akhtaa": [{"ayah": 3, "kalima": "الرحيم", "naw3": "madd"}], "score": 87})
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 34.0, 34.1, 4), rf(c.rng, -5.05, -4.95, 4)
    b = _b(c, "GET", f"{API}/v2/mawa9it?lat={lat}&lng={lon}&method=habous")
    b.decoy("coordinates and prayer times")
    b.ok_json(
        {"fajr": "05:41", "dhuhr": "13:29", "asr": "16:52", "maghrib": "19:31", "isha": "20:55"}
    )
    return b.build()


def recitation_audio(c: Context) -> Flow:
    b = FB(
        c,
        "tilawa",
        "GET",
        f"https://audio.tilawa.example/qazabri/{c.rng.randint(1, 114):03d}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def khatma_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/khatma/jama3iya")
    b.decoy("community khatma progress: counts over all users")
    b.ok_json(
        {
            "ajza2_mkmla": c.rng.randint(100, 3000),
            "mocharikin": c.rng.randint(10**3, 10**5),
            "ts": ms(c),
        }
    )
    return b.build()
