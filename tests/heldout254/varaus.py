"""The study-room booking system (a municipal booking service's library tenant).

Rooms, their free slots, a day's bookings (times, durations, initials) and the
no-show statistics are schedules and aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, chrome, iso, rid

API = "https://varaa.kalevatalo.example/api/v2"
TILAT = [
    "Opiskeluhuone 1",
    "Opiskeluhuone 2",
    "Opiskeluhuone 3",
    "Ryhmätila Näsi",
    "Studio Hervanta",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "room-booking", method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def paivan_varaukset(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/varaukset?pvm={iso(c)[:10]}")
    b.decoy("a day's room bookings: start, duration, initials (schedule)")
    b.ok_json(
        {
            "varaukset": [
                {
                    "tila": c.rng.choice(TILAT),
                    "alkaa": f"{iso(c)[:10]}T{h:02d}:00:00+02:00",
                    "kesto_min": c.rng.choice([60, 120, 180]),
                    "varaaja": c.rng.choice(["J.H.", "E.M.", "L.N.", "opintopiiri"]),
                    "varausnumero": f"V{c.rng.randint(100000, 999999)}",
                }
                for h in sorted(c.rng.sample(range(9, 20), 4))
            ]
        }
    )
    return b.build()


def vapaat(c: Context) -> Flow:
    tila = c.rng.choice(TILAT)
    b = _b(c, "GET", f"{API}/tilat/{TILAT.index(tila) + 1}/vapaat?viikko={c.rng.randint(48, 52)}")
    b.ok_json(
        {
            "tila": tila,
            "vapaat": [
                {"pvm": iso(c)[:10], "alku": f"{h}:00", "loppu": f"{h + 1}:00"}
                for h in (10, 13, 17)
            ],
        }
    )
    return b.build()


def peruutus(c: Context) -> Flow:
    b = _b(c, "DELETE", f"{API}/varaukset/V{c.rng.randint(100000, 999999)}")
    b.decoy("booking number")
    b.ok_json({"peruttu": True})
    return b.build()


def kayttoaste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/tilastot/kayttoaste?kk={iso(c)[:7]}")
    b.decoy("room occupancy and no-show rates (aggregate)")
    b.ok_json(
        {
            "tilat": [
                {
                    "tila": t,
                    "kayttoaste_pct": c.rng.randint(20, 95),
                    "saapumatta": c.rng.randint(0, 15),
                }
                for t in TILAT
            ]
        }
    )
    return b.build()
