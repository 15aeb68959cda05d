"""Tilawa: a Quran recitation and lecture (bayan) audio app on the Samsung phone.

Listening sessions are reported with the app's own keys (`surah`, `ayah_from`,
`qari`, `listened_ms`); Urdu lectures are logged as `bayan_suna` with romanised
Urdu fields; Firebase Analytics gets `audio_progress` events through the
Measurement Protocol. Reading the mushaf page text is reading, not listening;
the reciters list, prayer times and the qibla bearing are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, android_ua, iso, ms, rf

API = "https://api.tilawa.example"
UA = android_ua("Tilawa", "5.2.0")
QARIS = ["mishary_alafasy", "abdul_basit", "maher_almuaiqly", "saad_alghamdi"]
BAYANS = ["Tariq Jameel - Sabr ka inaam", "Dr Israr Ahmed - Surah Al-Hadid", "Hafiz Naeem - Ramzan"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:554210938877:android:7c1e0a9bd4f2e611&api_secret=Hk2LpQ0sTg6wA1bR"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tilawa", method, url)
    b.header("user-agent", UA)
    b.header("x-installation", b.id("aid_quran", where="header x-installation (ANDROID_ID)"))
    return b


def listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/listening/sessions")
    b.view("json {surah, ayah_from, qari, listened_ms} recitation listening")
    surah = c.rng.randint(1, 114)
    b.json(
        {
            "surah": surah,
            "ayah_from": 1,
            "ayah_to": c.rng.randint(5, 60),
            "qari": c.rng.choice(QARIS),
            "listened_ms": c.rng.randint(30, 1800) * 1000,
            "started_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def bayan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bayan/suna")
    b.view("json {bayan, kitna_suna_sec, mukammal} romanised-Urdu lecture log")
    b.json(
        {
            "bayan": c.rng.choice(BAYANS),
            "kitna_suna_sec": c.rng.randint(60, 3600),
            "mukammal": c.rng.random() < 0.3,
            "zuban": "ur",
            "waqt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ga4_audio(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.view("json events[].name=audio_progress params.audio_current_time")
    b.json(
        {
            "app_instance_id": b.id("fb_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "audio_progress",
                    "params": {
                        "audio_title": f"Surah {c.rng.randint(1, 114)}",
                        "audio_current_time": c.rng.randint(10, 900),
                        "audio_percent": c.rng.choice([25, 50, 75]),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recently-played")
    b.view("response json recent[] {surah, qari, position_ms}", direction="response")
    b.ok_json(
        {
            "recent": [
                {
                    "surah": c.rng.randint(1, 114),
                    "qari": c.rng.choice(QARIS),
                    "position_ms": c.rng.randint(1, 900) * 1000,
                    "playedAt": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.view("json {a: [[surah, qari index, seconds]]} (no readable key)", detectable=False)
    b.json({"a": [[c.rng.randint(1, 114), c.rng.randint(0, 3), c.rng.randint(10, 900)]], "z": 1})
    b.no_content()
    return b.build()


def mushaf_page(c: Context) -> Flow:
    page = c.rng.randint(1, 604)
    b = _b(c, "GET", f"{API}/v1/mushaf/page/{page}?last_read=true")
    b.decoy("last-read mushaf page: reading the Quran text, not listening")
    b.ok_json({"page": page, "juz": page // 20 + 1, "lines": 15, "lastReadAt": iso(c)})
    return b.build()


def audio_file(c: Context) -> Flow:
    b = FB(
        c,
        "tilawa",
        "GET",
        f"https://audio.tilawa.example/{c.rng.choice(QARIS)}/{c.rng.randint(1, 114):03d}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def qibla(c: Context) -> Flow:
    lat, lon = rf(c.rng, 24.6, 25.3, 4), rf(c.rng, 46.5, 55.4, 4)
    b = _b(c, "GET", f"{API}/v1/qibla?lat={lat}&lng={lon}")
    b.decoy("coordinates and a bearing (qibla direction)")
    b.ok_json(
        {
            "bearing": rf(c.rng, 240, 300, 2),
            "distanceKm": c.rng.randint(700, 1300),
            "nonce": new_hex(c.rng, 16),
            "t": ms(c),
        }
    )
    return b.build()
