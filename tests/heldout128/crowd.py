"""Crowd-density and queue analytics: density grids, queue lengths and waits,
anonymous floor tracks. Tracks follow a blob on the floor plan, never a face."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .ops import ops, zone
from .phone import iso, ms, rf, rid

HOST = "sesak"
QUEUES = ["Kaunter Pelanggan", "Bayaran Parkir Auto", "Tandas L2", "Panggung Wayang", "Lif Utama"]


def density(c: Context) -> Flow:
    b = ops(c, "lamanseri.crowd", "GET", HOST, f"/api/kepadatan?zon={zone(c)}")
    b.decoy("crowd density per cell (people per m2, aggregate)")
    b.ok_json(
        {
            "zon": zone(c),
            "orang_per_m2": [[rf(c.rng, 0, 2.4, 2) for _ in range(10)] for _ in range(6)],
            "tahap": c.rng.choice(["hijau", "kuning", "merah"]),
            "masa": iso(c),
        }
    )
    return b.build()


def queues(c: Context) -> Flow:
    b = ops(c, "lamanseri.crowd", "GET", HOST, "/api/barisan")
    b.decoy("queue length and estimated waits (aggregate)")
    b.ok_json(
        {
            "barisan": [
                {
                    "nama": q,
                    "panjang_barisan": c.rng.randint(0, 40),
                    "anggaran_masa_menunggu_s": c.rng.randint(0, 1500),
                }
                for q in QUEUES
            ]
        }
    )
    return b.build()


def tracks(c: Context) -> Flow:
    n = c.rng.choice([68, 106, 40])
    b = ops(c, "lamanseri.crowd", "GET", HOST, f"/api/trajektori?zon={zone(c)}&had=1")
    b.decoy(f"anonymous floor trajectory of {n} [x, y] points: a blob's path, not landmarks")
    start_x, start_y = rf(c.rng, 0, 80, 1), rf(c.rng, 0, 40, 1)
    b.ok_json(
        {
            "id_jejak": rid(c.rng),
            "titik": [
                [
                    round(start_x + i * 0.4 + c.rng.gauss(0, 0.2), 2),
                    round(start_y + c.rng.gauss(0, 0.5), 2),
                ]
                for i in range(n)
            ],
        }
    )
    return b.build()


def threshold_alert(c: Context) -> Flow:
    b = ops(c, "lamanseri.crowd", "POST", HOST, "/api/amaran/akui")
    b.json(
        {
            "id_amaran": rid(c.rng),
            "zon": zone(c),
            "diakui_pada": ms(c),
            "tindakan": "hantar_peronda",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def reid_dedupe(c: Context) -> Flow:
    """Cross-camera de-duplication of counts by clothing appearance, not by face."""
    b = ops(c, "lamanseri.crowd", "POST", HOST, "/api/nyahpendua")
    b.decoy(
        "appearance vectors (256 floats of clothing colour/texture from body crops) used to "
        "de-duplicate counts: a feature vector without face context, not biometric"
    )
    b.json(
        {
            "kamera": f"CAM-{zone(c)}-{c.rng.randint(1, 60):03d}",
            "jejak": [
                {
                    "id_jejak": rid(c.rng),
                    "ciri_penampilan": [round(c.rng.gauss(0, 0.06), 5) for _ in range(256)],
                    "sumber": "potongan_badan",
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"pendua": c.rng.randint(0, 2)})
    return b.build()
