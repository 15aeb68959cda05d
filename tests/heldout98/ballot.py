"""Audience ballots, aggregate ratings, ticketing with seat maps and box-office
statistics (the festival's ticketing backend and a Japanese cinema chain's).

All negatives: a ballot scores a film the audience just saw in a cinema, which is
a vote, not a watch log from her device; seat maps, attendance counts and box
office figures are aggregates. Key names: gwangaek-su (관객수, audience count),
pyeongjeom (평점, rating), maechul (매출, revenue), kyaku-seki (客席, seats).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rid, ua

TIX = "https://ticket.seaside-filmfest.kr"
JP = "https://api.cinema-sunrise.jp"
FILMS = ["F2026-0412", "F2026-0388", "F2026-0151", "F2026-0209", "F2026-0077", "F2026-0333"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ticketing", method, url)
    b.header("user-agent", ua("FestTicket", "2.8.0"))
    b.header("x-trace-id", rid(c.rng))
    return b


def ballot(c: Context) -> Flow:
    b = _b(c, "POST", TIX + "/api/ballots/tally")
    b.decoy("audience-award ballots scanned by staff: scores per ballot card (votes, not viewing)")
    b.json(
        {
            "screeningId": "S" + new_digits(c.rng, 5),
            "filmId": c.rng.choice(FILMS),
            "cards": [
                {"ballotNo": new_digits(c.rng, 8), "score": c.rng.randint(1, 5)}
                for _ in range(c.rng.randint(3, 9))
            ],
            "enteredAt": iso(c),
        }
    )
    b.ok_json({"accepted": True})
    return b.build()


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", TIX + "/api/films/ratings?section=new-currents")
    b.decoy("aggregate audience ratings per film with vote counts")
    b.ok_json(
        {
            "pyeongjeom": [
                {
                    "film": f,
                    "avg": round(c.rng.uniform(3.1, 4.9), 2),
                    "votes": c.rng.randint(40, 900),
                    "dist": [c.rng.randint(0, 200) for _ in range(5)],
                }
                for f in FILMS
            ]
        }
    )
    return b.build()


def seat_map(c: Context) -> Flow:
    b = _b(c, "GET", TIX + "/api/screenings/S" + new_digits(c.rng, 5) + "/seats")
    b.decoy("seat map: grid coordinates and sold flags, attendance count")
    seats = [
        {"row": r, "col": k, "x": k * 22, "y": i * 26, "sold": c.rng.random() < 0.7}
        for i, r in enumerate("ABCDEFG")
        for k in range(1, 9)
    ]
    b.ok_json({"gwangaek_su": sum(s["sold"] for s in seats), "jwaseok": seats})
    return b.build()


def buy(c: Context) -> Flow:
    b = _b(c, "POST", TIX + "/api/orders")
    b.decoy("ticket order: order number, seats, price")
    b.json(
        {
            "screeningId": "S" + new_digits(c.rng, 5),
            "seats": [f"F{c.rng.randint(1, 14)}"],
            "priceKrw": 7000,
            "payment": "kakaopay",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": "T" + new_digits(c.rng, 14), "qr": new_hex(c.rng, 48)})
    return b.build()


def box_office(c: Context) -> Flow:
    b = _b(c, "GET", TIX + "/api/stats/boxoffice?day=" + str(c.rng.randint(2, 11)))
    b.decoy("box-office statistics: admissions and revenue series per film")
    b.ok_json(
        {
            "maechul": [
                {
                    "film": f,
                    "gwangaek_su": c.rng.randint(100, 3000),
                    "occupancy": round(c.rng.uniform(0.4, 1.0), 3),
                    "hourly": [c.rng.randint(0, 300) for _ in range(12)],
                }
                for f in FILMS
            ]
        }
    )
    return b.build()


def jp_seats(c: Context) -> Flow:
    b = _b(c, "GET", JP + "/v1/kyakuseki?theater=hibiya&screen=7")
    b.decoy("Japanese cinema seat availability (客席), counts per block")
    b.ok_json(
        {
            "gekijō": "日比谷",
            "kūseki_sū": c.rng.randint(0, 120),
            "zaseki": [
                {"id": f"{r}-{k}", "jōtai": c.rng.choice([0, 1])}
                for r in "HIJ"
                for k in range(1, 6)
            ],
            "reqId": new_hex(c.rng, 16),
        }
    )
    return b.build()


def checkin_scan(c: Context) -> Flow:
    b = _b(c, "POST", TIX + "/api/gate/checkin")
    b.decoy("gate check-in count from the venue scanner (the scanner is the venue's)")
    b.json(
        {
            "scannerSerial": "ZB-TC52-" + new_digits(c.rng, 8),
            "screeningId": "S" + new_digits(c.rng, 5),
            "admitted": c.rng.randint(1, 400),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()
