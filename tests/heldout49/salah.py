"""A prayer-times app: prayer timers, qibla bearing, nearby mosques, and its
Quran audio player, whose listen log (surah, reciter, position) is true
viewing / listening history. Keys in Arabizi / Arabic transliteration."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, near, rid, ua

API = "https://api.adhan-waqt.example"
SALAWAT = ["fajr", "dhuhr", "asr", "maghrib", "isha"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "waqt", method, API + path)
    b.header("user-agent", ua("Waqt", "9.1.0"))
    return b


def times(c: Context) -> Flow:
    city = c.rng.choice(["cairo", "riyadh", "nairobi"])
    lat, lng = near(c.rng, city, 0.01)
    b = _b(c, "GET", f"/v2/mawaqit?lat={lat}&lng={lng}&method=5")
    b.decoy("prayer times and countdown to the next prayer: a timer, not playback")
    b.ok_json(
        {
            "mawaqit": {
                s: f"{4 + i * 3:02d}:{c.rng.randint(0, 59):02d}" for i, s in enumerate(SALAWAT)
            },
            "baqi_sec": c.rng.randint(0, 20000),
        }
    )
    return b.build()


def qibla(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/qibla")
    b.decoy("qibla bearing, compass heading and pitch/roll: angles, not a face pose")
    b.ok_json(
        {
            "qibla_deg": round(c.rng.uniform(0, 360), 2),
            "heading": round(c.rng.uniform(0, 360), 1),
            "pitch": round(c.rng.uniform(-10, 10), 1),
            "roll": round(c.rng.uniform(-10, 10), 1),
        }
    )
    return b.build()


def masajid(c: Context) -> Flow:
    lat, lng = near(c.rng, "riyadh")
    b = _b(c, "GET", f"/v2/masajid?lat={lat}&lng={lng}")
    b.decoy("nearby mosques with coordinates: a coordinate list")
    b.ok_json(
        {
            "masajid": [
                {"ism": f"Masjid {i}", "lat": lat + i / 500, "lng": lng + i / 700} for i in range(8)
            ]
        }
    )
    return b.build()


def quran_listen(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/tilawa/sijil")
    b.json(
        {
            "sura": c.rng.randint(1, 114),
            "qari": c.rng.choice(["mishary_alafasy", "abdul_basit", "sudais"]),
            "ayah_current": c.rng.randint(1, 80),
            "listened_sec": c.rng.randint(10, 1800),
            "started_at": iso(c),
            "session": rid(c.rng),
        }
    )
    b.view("json:sura+qari+ayah_current+listened_sec (Quran audio listen log)")
    b.no_content()
    return b.build()


def athan_alarm(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/athan/alarm")
    b.json(
        {
            "salah": c.rng.choice(SALAWAT),
            "sound": "makkah",
            "played_sec": c.rng.randint(5, 180),
            "ts": ms(c),
        }
    )
    b.decoy("adhan alarm played for N seconds: a notification sound, not media history")
    b.no_content()
    return b.build()
