"""Audience measurement: the broadcaster's ratings dashboard (TV-meter panel data).

Overnight ratings per programme (`seertall`: average audience in thousands,
share, reach, TRP by target group) and minute-by-minute curves. Aggregates over
a panel, per programme: not any one person's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import EB, iso, rf

API = "https://seertall.fjordkringkasting.example"
PROGRAM = ["Dagsrevyen", "Heimebane", "Sportsrevyen", "Debatten", "Været", "Fjellvakten"]
MALGRUPPER = ["2+", "12-49", "20-59", "60+"]


def _b(c: Context, url: str) -> EB:
    b = EB(c, "seertall", "GET", url)
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.header(
        "authorization", "Bearer " + "".join(c.rng.choice("abcdef0123456789") for _ in range(40))
    )
    return b


def overnatt(c: Context) -> Flow:
    b = _b(c, f"{API}/api/v2/seertall/overnatt?dato={iso(c)[:10]}")
    b.decoy("ratings per programme (panel aggregate, not one viewer)")
    b.ok_json(
        {
            "dato": iso(c)[:10],
            "program": [
                {
                    "tittel": t,
                    "kanal": "FK1",
                    "start": iso(c)[11:16],
                    "snittSeere": c.rng.randint(50, 900),
                    "markedsandel": rf(c.rng, 5, 60, 1),
                    "dekning": rf(c.rng, 2, 30, 1),
                    "malgruppe": c.rng.choice(MALGRUPPER),
                }
                for t in PROGRAM
            ],
        }
    )
    return b.build()


def minuttkurve(c: Context) -> Flow:
    t = c.rng.choice(PROGRAM)
    b = _b(c, f"{API}/api/v2/seertall/minuttkurve?program={t}&malgruppe=2%2B")
    b.decoy("minute-by-minute audience curve (aggregate)")
    b.ok_json(
        {
            "program": t,
            "minutter": [
                {"minutt": m, "seere": c.rng.randint(100, 900) * 1000} for m in range(0, 30, 3)
            ],
        }
    )
    return b.build()


def ukerapport(c: Context) -> Flow:
    b = _b(c, f"{API}/api/v2/rapporter/uke?uke={c.rng.randint(40, 52)}")
    b.decoy("weekly top list by average audience (aggregate)")
    b.ok_json(
        {
            "topp": [
                {"plass": i + 1, "tittel": t, "snittSeere": c.rng.randint(200, 1200)}
                for i, t in enumerate(PROGRAM)
            ]
        }
    )
    return b.build()
