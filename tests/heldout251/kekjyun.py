"""劇院 The resort's theatre: show schedule, seat occupancy and egress plans.

The surveillance room plans crowd control around the resident water show and
the concerts: the schedule (sessions with start times and `duracao` / duration
in minutes, keyed in Portuguese and English), ticket scans per door, seat-map
occupancy by position and the egress camera plan. A theatre's schedule and
audience counts are nobody's viewing history: labelled negative, with decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, iso

API = "https://theatre.lotusbay.example"
SHOWS = [
    ("蓮花水幻 Lotus Water Spectacle", 90),
    ("澳門之夜演唱會", 150),
    ("Cirque Lumière", 100),
    ("粵劇《帝女花》", 180),
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-theatre", method, url)
    b.header("user-agent", "LotusOps/4.1.0 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/sessoes?data={iso(c)[:10]}")
    b.decoy("theatre schedule with durations (a venue's programme)")
    b.ok_json(
        {
            "sessoes": [
                {
                    "espectaculo": name,
                    "inicio": f"{iso(c)[:10]}T{h:02d}:00:00+08:00",
                    "duracao": length,
                    "sala": "Lotus Theatre",
                }
                for (name, length), h in zip(c.rng.sample(SHOWS, 2), (17, 20), strict=True)
            ]
        }
    )
    return b.build()


def ticket_scans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/entry/scans?window=10m")
    b.decoy("ticket scans per door")
    b.ok_json(
        {"doors": {d: c.rng.randint(0, 400) for d in ("D1", "D2", "D3", "VIP")}, "ts": iso(c)}
    )
    return b.build()


def seat_map(c: Context) -> Flow:
    name, length = c.rng.choice(SHOWS)
    b = _b(c, "GET", f"{API}/api/v1/seatmap?show={c.rng.randint(1, 4)}")
    b.decoy("seat occupancy by position, show duration")
    b.ok_json(
        {
            "show": name,
            "duration": length,
            "rows": [
                {"row": r, "occupied": [c.rng.random() < 0.7 for _ in range(12)]} for r in "ABCDEF"
            ],
        }
    )
    return b.build()


def egress_plan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/egress/plan")
    b.decoy("egress camera plan: camera ids and positions")
    b.ok_json(
        {
            "cameras": [
                {"id": f"CAM-THEATRE-{n:03d}", "posicao": p}
                for n, p in ((12, "Saída Norte"), (15, "Saída Sul"), (21, "Foyer"))
            ],
            "startsAfterEnd_min": -10,
        }
    )
    return b.build()
