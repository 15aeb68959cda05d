"""Quran and religious lessons audio app on the iPhone (Arabic keys from a
Baghdad/Istanbul vendor, Sorani tafsir lessons). Prayer times and the qibla
bearing are ordinary look-alikes; listening progress is history."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import IOS_UA, KB, iso, ms, rf

API = "https://api.quran-dars.example"
RECITERS = ["mishary", "sudais", "abdulbasit", "mela_ehmed"]


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "quran", method, url)
    b.header("user-agent", "QuranDars/4.1 " + IOS_UA)
    return b


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 35.5, 37.1, 4), rf(c.rng, 43.0, 45.5, 4)
    b = _b(c, "GET", f"{API}/v1/mawaqit?lat={lat}&lng={lon}")
    b.decoy("prayer times and qibla bearing for a coordinate")
    b.ok_json(
        {"fajr": "04:51", "dhuhr": "12:03", "maghrib": "17:12", "qibla": rf(c.rng, 190, 200, 2)}
    )
    return b.build()


def listen_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/istima/taqaddum")
    b.view("json {surah, ayah, qari, mawdi_sec, nisbat_istima} listening progress")
    b.json(
        {
            "idfv": b.id("idfv", where="json idfv"),
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 50),
            "qari": c.rng.choice(RECITERS),
            "mawdi_sec": c.rng.randint(0, 1800),
            "nisbat_istima": round(c.rng.random(), 2),
            "waqt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lessons_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/wane/mêjû")
    b.view(
        "response json wanekan[] (Sorani: lessons listened, gwêgirtin seconds)",
        direction="response",
    )
    b.ok_json(
        {
            "wanekan": [
                {
                    "nawnîşan": f"Tefsîr {c.rng.randint(1, 60)}",
                    "gwêgirtin_çirke": c.rng.randint(60, 3600),
                    "kat": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def firebase_analytics(c: Context) -> Flow:
    b = _b(c, "POST", "https://app-measurement.com/a")
    b.header("content-type", "application/x-www-form-urlencoded")
    b.view("form ep.surah/ep.duration (GA4 audio_progress event)")
    b.form(
        [
            ("app_instance_id", b.id("fb_instance", where="form app_instance_id")),
            ("idfa", b.id("idfa", where="form idfa")),
            ("en", "audio_progress"),
            ("ep.surah", str(c.rng.randint(1, 114))),
            ("ep.duration", str(c.rng.randint(10, 600))),
            ("_ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def mushaf_page(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mushaf/page/{c.rng.randint(1, 604)}")
    b.decoy("mushaf page fetch: reading, not listening")
    b.ok_json({"page": c.rng.randint(1, 604), "lines": 15})
    return b.build()
