"""Karatu: a Hausa Islamic lectures app (tafsir, wa'azi) used in Abuja and Kano.

Lecture playback reports in Hausa: `sauraro` (listening) with `matsayi` (position)
and `lokacin_sauraro` (listening time); "Na saurara" (what I listened to) comes
back in the response. Reading the Qur'an text is reading, not listening; prayer
times with the city's coordinates are ordinary. A compact beacon uses `a`/`b`/`c`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.karatu.example"
UA = ua("Karatu", "1.17.3")
LECTURES = ["Tafsirin Suratul Baqara", "Wa'azin Juma'a", "Hadisin Arba'una", "Tarihin Annabi"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "karatu", method, url)
    b.header("user-agent", UA)
    if device:
        b.header(
            "x-na-urar", b.id("karatu_device", where="header x-na-urar (Hausa: of the device)")
        )
    return b


def sauraro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sauraro/ci-gaba")
    b.view("json karatu_id + matsayi + lokacin_sauraro (Hausa: lecture, position, listening time)")
    b.json(
        {
            "karatu_id": c.rng.randint(1000, 9999),
            "suna": c.rng.choice(LECTURES),
            "malam": c.rng.choice(["Sheikh Isa Ali Pantami", "Malam Aminu Daurawa"]),
            "matsayi": c.rng.randint(30, 5400),
            "lokacin_sauraro": c.rng.randint(30, 900),
            "lokaci": iso(c),
        }
    )
    b.no_content()
    return b.build()


def na_saurara(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/na-saurara")
    b.view("response json jerin[] (Hausa: lectures I listened to)", direction="response")
    b.ok_json(
        {
            "jerin": [
                {
                    "karatu_id": c.rng.randint(1000, 9999),
                    "suna": s,
                    "matsayi": c.rng.randint(30, 5400),
                    "lokaci": iso(c),
                }
                for s in LECTURES[:3]
            ]
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e", device=False)
    b.view("form a/b/c (lecture, seconds, ts)", detectable=False)
    b.form(
        [
            ("a", str(c.rng.randint(1000, 9999))),
            ("b", str(c.rng.randint(30, 5400))),
            ("c", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/na-ura")
    b.json(
        {
            "id": b.id("karatu_device", where="json id (path na-ura = device)"),
            "android": b.id("aid_karatu", where="json android"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def quran_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/alkurani/karatun-rubutu", device=False)
    b.decoy("Qur'an text reading position (reading, not listening)")
    b.json({"sura": c.rng.randint(1, 114), "aya": c.rng.randint(1, 200), "lokaci": iso(c)})
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 9.0, 9.1, 4), rf(c.rng, 7.4, 7.5, 4)
    b = _b(c, "GET", f"{API}/v2/lokutan-salla?lat={lat}&lng={lon}", device=False)
    b.decoy("prayer times for city coordinates")
    b.ok_json(
        {
            "asuba": "05:21",
            "azahar": "13:05",
            "la'asar": "16:20",
            "magariba": "18:41",
            "isha": "19:52",
        }
    )
    return b.build()


def audio_file(c: Context) -> Flow:
    b = FB(c, "karatu", "GET", f"https://cdn.karatu.example/mp3/{c.rng.randint(1000, 9999)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
