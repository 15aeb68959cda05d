"""Bhakthi Pirith: Buddhist pirith chanting and Hindu (Tamil) devotional songs.

Grandmother in Colombo listens to pirith (`pirith_ahapu`: the chant, minutes
listened); grandfather in Jaffna to Tamil bhakti songs (`kaetta_paadal`:
song, seconds heard, `neram`). Both reports are listening history, and so is
the "kaetta varalaaru" (listening history) list the app shows. The Poya-day
calendar, kovil (temple) timings, a donation (pinkama) and the HMS analytics
install id (Huawei's AAID) are the rest. Runs on the Huawei phone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua_huawei

API = "https://api.bhakthipirith.example"
UA = ua_huawei("BhakthiPirith", "1.9.3")
PIRITH = ["Karaneeya Metta Sutta", "Jaya Piritha", "Ratana Sutta", "Maha Mangala Sutta"]
PAADAL = ["Kanda Shasti Kavasam", "Nallur Kandaswamy Thiruppugazh", "Thevaram Pathigam 12"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bhakthipirith", method, url)
    b.header("user-agent", UA)
    b.header("x-hms-aaid", b.id("bakthi_aaid", where="header x-hms-aaid"))
    return b


def pirith_listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pirith/ahapu")
    b.view("json pirith_ahapu (chant, minutes listened)")
    b.json(
        {
            "pirith_ahapu": {
                "pirith_nama": c.rng.choice(PIRITH),
                "ahapu_winadi": c.rng.randint(3, 45),
                "nimawuna": c.rng.random() < 0.5,
                "dinaya": iso(c),
            },
            "did": b.id("aid_bakthi", where="json did (ANDROID_ID)"),
        }
    )
    b.no_content()
    return b.build()


def paadal_listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bakthi/kaetta_paadal")
    b.view("json kaetta_paadal (song, seconds heard, neram)")
    b.json(
        {
            "kaetta_paadal": [
                {
                    "paadal": c.rng.choice(PAADAL),
                    "kaetta_vinadi": c.rng.randint(30, 900),
                    "neram": iso(c),
                }
            ],
            "mozhi": "ta",
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/kaetta_varalaaru")
    b.view("response json kaetta_varalaaru[] (listening history)", direction="response")
    b.ok_json(
        {
            "kaetta_varalaaru": [
                {
                    "title": c.rng.choice(PIRITH + PAADAL),
                    "position": c.rng.randint(10, 2000),
                    "at": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def compact_listen(c: Context) -> Flow:
    """Offline plays flushed later: [track index, seconds, epoch] under 'l'."""
    b = FB(c, "bhakthipirith", "POST", f"{API}/s")
    b.header("user-agent", UA)
    b.view("json l[] rows [track, seconds, ts]", detectable=False)
    b.json({"l": [[c.rng.randint(0, 40), c.rng.randint(30, 2000), ms(c)] for _ in range(3)]})
    b.no_content()
    return b.build()


def poya_calendar(c: Context) -> Flow:
    b = FB(c, "bhakthipirith", "GET", f"{API}/v2/poya?year=2024")
    b.header("user-agent", UA)
    b.decoy("Poya-day calendar with moon times (public dates)")
    b.ok_json({"poya": [{"nama": n, "dinaya": iso(c)} for n in ("Il", "Unduwap", "Duruthu")]})
    return b.build()


def kovil_times(c: Context) -> Flow:
    b = FB(c, "bhakthipirith", "GET", f"{API}/v2/kovil/nallur/pooja_neram")
    b.header("user-agent", UA)
    b.decoy("temple pooja timetable (neram = time of a public ritual)")
    b.ok_json({"kovil": "Nallur Kandaswamy", "pooja_neram": ["05:00", "10:00", "12:00", "16:00"]})
    return b.build()


def pinkama(c: Context) -> Flow:
    b = FB(c, "bhakthipirith", "POST", f"{API}/v2/dana/pinkama")
    b.header("user-agent", UA)
    b.decoy("donation: amount, temple, payment reference")
    b.json({"pansala": "Gangaramaya", "mudala_lkr": c.rng.choice([500, 1000, 2500])})
    b.ok_json({"ref": rid(c.rng), "status": "PENDING"})
    return b.build()
