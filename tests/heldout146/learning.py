"""The district's learning platform (fictional "Oppimo"): video lessons and their
analytics PER CLASS. Average watch time, completion rates and view counts over a
class are aggregates, not one person's viewing: decoys. Keys are the platform's
Finnish ones (`katseluaika`, `edistyminen`) and the Espoo Swedish schools' export.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.oppimo.example"
UA = ua("Oppimo", "5.2.0")
LESSONS = [
    "Murtoluvut 5A",
    "Fotosynteesi",
    "Ruotsin verbit",
    "Algebra perusteet",
    "Energian säilyminen",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "oppimo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def class_video_analytics(c: Context) -> Flow:
    klass = f"{c.rng.randint(5, 9)}{c.rng.choice('ABC')}"
    b = _b(c, "GET", f"{API}/v3/analytiikka/luokka/{klass}/videot?jakso=viikko")
    b.decoy("per-class aggregates: average katseluaika and completion over all pupils")
    b.ok_json(
        {
            "luokka": klass,
            "videot": [
                {
                    "video_id": f"v{c.rng.randint(10**5, 10**6)}",
                    "otsikko": t,
                    "keskim_katseluaika_s": c.rng.randint(60, 900),
                    "keskim_edistyminen": rf(c.rng, 0.2, 1.0, 2),
                    "suoritusaste": rf(c.rng, 0.1, 1.0, 2),
                    "katselukerrat": c.rng.randint(3, 60),
                    "oppilaita": c.rng.randint(18, 28),
                }
                for t in c.rng.sample(LESSONS, 3)
            ],
        }
    )
    return b.build()


def progress_histogram(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/analytiikka/video/v{c.rng.randint(10**5, 10**6)}/edistyminen")
    b.decoy("histogram of how far a class got into a lesson video (aggregate buckets)")
    b.ok_json(
        {
            "jakauma": [
                {"osuus": f"{i * 10}-{i * 10 + 10}%", "oppilaita": c.rng.randint(0, 8)}
                for i in range(10)
            ],
            "mediaani_katseluaika_s": c.rng.randint(100, 600),
            "paivitetty": iso(c),
        }
    )
    return b.build()


def lesson_catalogue(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v3/videotunnit?aine={c.rng.choice(['matematiikka', 'biologia', 'ruotsi'])}",
    )
    b.decoy("catalogue of video lessons with durations and thumbnails")
    b.ok_json(
        {
            "tunnit": [
                {
                    "id": f"v{c.rng.randint(10**5, 10**6)}",
                    "otsikko": t,
                    "kesto_s": c.rng.randint(300, 2400),
                    "pikkukuva": f"https://cdn.oppimo.example/thumb/{new_hex(c.rng, 16)}.jpg",
                }
                for t in LESSONS
            ]
        }
    )
    return b.build()


def sv_school_export(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/rapport/export")
    b.decoy("Swedish-school report: genomsnittlig tittartid and slutförandegrad per class")
    b.json(
        {
            "skola": "Mattlidens skola",
            "klasser": [
                {
                    "klass": f"{c.rng.randint(5, 9)}{c.rng.choice('ABC')}",
                    "genomsnittlig_tittartid_s": c.rng.randint(60, 900),
                    "slutforandegrad": rf(c.rng, 0.1, 1.0, 2),
                    "antal_elever": c.rng.randint(15, 26),
                }
                for _ in range(3)
            ],
            "format": "xlsx",
        }
    )
    b.ok_json({"jobb": rid(c.rng), "status": "köad"})
    return b.build()


def trending_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/suosituimmat?koulu={c.rng.randint(100, 180)}")
    b.decoy("most-watched lessons of a school this week (an aggregate rail)")
    b.ok_json(
        {
            "suosituimmat": [
                {"otsikko": t, "katselut_yhteensa": c.rng.randint(50, 900)} for t in LESSONS
            ]
        }
    )
    return b.build()
