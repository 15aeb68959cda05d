"""Billetter: the museum's ticketing back office and its visitor-survey reports.

The curator checks sales, the "mest besøgte" (most visited) ranking of
exhibitions and the survey's averages; the survey answers are anonymous and
come back only as aggregates. Ticket and order numbers identify sales.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://billet.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")
SHOWS = ["Ansigter fra havnen", "Juel og hans samtid", "Tidevand", "Skibsportrætter"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tickets", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def most_visited(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rapporter/mest-besoegte?periode=30d")
    b.decoy("most-visited exhibitions ranking (aggregate over all visitors)")
    b.ok_json(
        {
            "mestBesøgte": [
                {"udstilling": s, "besøg": c.rng.randint(500, 30000), "placering": i + 1}
                for i, s in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def survey_aggregates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/survey/aggregates?exhibition={c.rng.randint(1, 4)}")
    b.decoy("visitor-survey averages: minutes per room, ratings (aggregate)")
    b.ok_json(
        {
            "responses": c.rng.randint(80, 900),
            "avgMinutesPerRoom": {r: rf(c.rng, 2, 15, 1) for r in ("1", "2", "3", "4")},
            "avgRating": rf(c.rng, 3.5, 4.9, 2),
            "watchedFilmShare": rf(c.rng, 0.2, 0.8, 2),
            "ageBands": {"<25": 0.18, "25-44": 0.34, "45-64": 0.3, "65+": 0.18},
        }
    )
    return b.build()


def daily_sales(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/salg/dag?dato=idag")
    b.decoy("sales series per hour (price series)")
    b.ok_json(
        {
            "timer": [
                {
                    "time": h,
                    "billetter": c.rng.randint(0, 80),
                    "omsætning_dkk": c.rng.randint(0, 9000),
                }
                for h in range(10, 18)
            ]
        }
    )
    return b.build()


def order_lookup(c: Context) -> Flow:
    no = f"HM-{c.rng.randint(100000, 999999)}"
    b = _b(c, "GET", f"{API}/api/ordrer/{no}")
    b.decoy("order and ticket numbers")
    b.ok_json(
        {
            "ordreNr": no,
            "billetter": [{"type": "voksen", "pris": 130, "stregkode": rid(c.rng)}],
            "købt": iso(c),
        }
    )
    return b.build()


def timeslots(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/tidspunkter?udstilling={c.rng.randint(1, 4)}")
    b.ok_json(
        {"ledige": [{"fra": f"{h}:00", "pladser": c.rng.randint(0, 40)} for h in range(10, 17)]}
    )
    return b.build()
