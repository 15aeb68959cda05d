"""People counting and footfall analytics: anonymous counts per entrance, dwell
times, heatmaps and demographic estimates summed over all shoppers.

Every figure is an aggregate over many people: an age/gender split per hour is
no face analysis of anyone, a heatmap is no coordinate of a person.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .ops import ops, zone
from .phone import iso, rf

HOST = "kiraan"
GATES = ["Pintu A (Jalan Bukit Bintang)", "Pintu B (MRT)", "Pintu C (Parkir P2)", "Pintu D"]


def hourly_counts(c: Context) -> Flow:
    b = ops(c, "lamanseri.footfall", "GET", HOST, "/v1/kiraan/jam?tarikh=hari_ini")
    b.decoy("hourly in/out counts per entrance (aggregate)")
    b.ok_json(
        {
            "pintu": [
                {
                    "nama": g,
                    "masuk": [c.rng.randint(50, 2400) for _ in range(14)],
                    "keluar": [c.rng.randint(50, 2400) for _ in range(14)],
                }
                for g in GATES
            ],
            "dikemas_kini": iso(c),
        }
    )
    return b.build()


def dwell(c: Context) -> Flow:
    b = ops(c, "lamanseri.footfall", "GET", HOST, f"/v1/masa-tinggal?zon={zone(c)}")
    b.decoy("dwell-time averages and histogram over all visitors (aggregate)")
    b.ok_json(
        {
            "zon": zone(c),
            "purata_minit": rf(c.rng, 8, 75, 1),
            "median_minit": rf(c.rng, 5, 60, 1),
            "histogram": {f"{i * 10}-{i * 10 + 10}": c.rng.randint(10, 900) for i in range(9)},
            "sampel": c.rng.randint(2000, 40000),
        }
    )
    return b.build()


def heatmap(c: Context) -> Flow:
    b = ops(c, "lamanseri.footfall", "GET", HOST, f"/v1/peta-haba?aras={c.rng.randint(1, 4)}")
    b.decoy("floor heatmap: occupancy grid of floats (aggregate, not a person's position)")
    b.ok_json(
        {
            "grid": [[rf(c.rng, 0, 1, 3) for _ in range(24)] for _ in range(16)],
            "resolusi_m": 2.5,
            "tempoh": "15m",
        }
    )
    return b.build()


def demographics(c: Context) -> Flow:
    b = ops(c, "lamanseri.footfall", "GET", HOST, "/v1/demografi?tempoh=1h")
    b.decoy(
        "age-band / gender estimates summed per hour over all shoppers: an aggregate, "
        "no individual face analysis leaves the camera"
    )
    b.ok_json(
        {
            "jantina": {"lelaki": c.rng.randint(200, 3000), "perempuan": c.rng.randint(200, 3000)},
            "julat_umur": {
                k: c.rng.randint(50, 1500)
                for k in ("<18", "18-24", "25-34", "35-44", "45-54", "55+")
            },
            "ketepatan_model": 0.87,
        }
    )
    return b.build()


def weekly_report(c: Context) -> Flow:
    b = ops(c, "lamanseri.footfall", "GET", HOST, "/v1/laporan/mingguan.csv")
    b.decoy("weekly footfall CSV (aggregate)")
    rows = ["tarikh,pintu,masuk,keluar"]
    rows += [
        f"2024-11-{d:02d},{g[:7]},{c.rng.randint(4000, 30000)},0"
        for d in range(1, 8)
        for g in GATES
    ]
    b.respond(200, "text/csv; charset=utf-8", "\n".join(rows).encode())
    return b.build()
