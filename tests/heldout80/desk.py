"""The hotel's guest-review dashboard (aggregate ratings, "most viewed" room
types), the security desk's CCTV list and events, and the laundry service
(the hotel's machines). Hard decoys only: hotel equipment and aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .hotel import PMS
from .phone import b_, iso, mac, rf, serial


def reviews_dashboard(c: Context) -> Flow:
    b = b_(c, "reviews", "GET", f"{PMS}/reviews/resumo?periodo=30d", "HotelMarStaff", "6.2.1")
    b.decoy(
        "aggregate guest ratings and 'most viewed rooms' page views (listing views, not watching)"
    )
    b.ok_json(
        {
            "media": rf(c.rng, 7.5, 9.6, 1),
            "total": c.rng.randint(80, 400),
            "maisVistos": [
                {
                    "tipoQuarto": t,
                    "visualizacoes": c.rng.randint(100, 5000),
                    "tempoMedioSeg": c.rng.randint(10, 90),
                }
                for t in ("Duplo Mar", "Suite", "Twin")
            ],
            "watchlist": [],
            "fonte": c.rng.choice(["booking", "tripadvisor", "google"]),
        }
    )
    return b.build()


def cctv_list(c: Context) -> Flow:
    b = b_(
        c, "cctv", "GET", "https://seguranca.hotelmar-pms.pt/api/camaras", "HotelMarSeg", "2.4.0"
    )
    b.decoy(
        "the hotel's CCTV cameras: serials, MACs, stream urls, face-detection counts (no face data)"
    )
    b.ok_json(
        {
            "camaras": [
                {
                    "nome": z,
                    "serial": serial(c.rng, "DS-2CD", 9),
                    "mac": mac(c.rng, "BC:AD:28"),
                    "rtsp": f"rtsp://10.0.{c.rng.randint(1, 9)}.{c.rng.randint(2, 250)}"
                    "/Streaming/101",
                    "online": c.rng.random() < 0.9,
                    "pessoasDetetadasHoje": c.rng.randint(0, 400),
                }
                for z in ("Lobby", "Garagem", "Piso1", "Cozinha")
            ]
        }
    )
    return b.build()


def cctv_event(c: Context) -> Flow:
    b = b_(
        c,
        "cctv",
        "GET",
        f"https://seguranca.hotelmar-pms.pt/api/eventos?cam={new_hex(c.rng, 6)}",
        "HotelMarSeg",
        "2.4.0",
    )
    b.decoy(
        "motion/line-crossing events with bounding boxes and a thumbnail url (no face template)"
    )
    b.ok_json(
        {
            "eventos": [
                {
                    "tipo": c.rng.choice(["movimento", "linha"]),
                    "ts": iso(c),
                    "bbox": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                    "thumb": f"/snap/{new_hex(c.rng, 16)}.jpg",
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def laundry(c: Context) -> Flow:
    b = b_(
        c,
        "laundry",
        "GET",
        "https://api.lavanderia-pro.es/v1/maquinas?sede=HM-PORTO",
        "LavPro",
        "3.1",
    )
    b.decoy("the hotel's washing machines: serial numbers, IoT module MACs, cycle minutes")
    b.ok_json(
        {
            "maquinas": [
                {
                    "numeroSerie": serial(c.rng, "EL9"),
                    "macModulo": mac(c.rng, "24:0A:C4"),
                    "estado": c.rng.choice(["lavando", "libre"]),
                    "minutosRestantes": c.rng.randint(0, 60),
                }
                for _ in range(4)
            ],
            "traceId": new_hex(c.rng, 32),
        }
    )
    return b.build()


DESK = [(0.5, reviews_dashboard), (0.5, cctv_list), (0.5, cctv_event), (0.4, laundry)]
