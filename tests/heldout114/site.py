"""Terrein: the site's camera, yard and break-room screens, in the shift-lead app.

The CCTV health list (camera serials, MACs, stream bit rates), the yard
management camera's number-plate reads of arriving trucks, the gate snapshot of
a truck, and the shared break-room TV, a signage player whose proof-of-play log
says which safety clips and news loops it showed when. A public screen's playout
is not anyone's viewing history; plates are vehicles, not faces.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, bearer, fleet_mac, fleet_serial, iso, ms, rf, rid, ua

API = "https://terrein.vloerlead.example"
SIGNAGE = "https://cms.schermpost.example"
UA = ua("VloerLead", "4.18.2")
PLATES = ["BX-123-T", "VLK-45-P", "WGM 4821A", "PO 7H220", "96-BLN-3", "ZSK 12345"]
LOOPS = [
    "Veilig tillen (NL)",
    "Bezpieczne podnoszenie (PL)",
    "Forklift right of way (EN)",
    "NOS Journaal loop",
    "Weer Rotterdam",
    "Kantine menu",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "terrein", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def cctv_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cctv/gezondheid")
    b.decoy("CCTV health list: company cameras' serials and MACs, stream bit rates")
    b.ok_json(
        {
            "cameras": [
                {
                    "naam": f"CAM-{c.rng.choice(['dock', 'hal', 'poort', 'kantine'])}-{i}",
                    "serienummer": fleet_serial(c.rng, "HKV"),
                    "mac": fleet_mac(c.rng, "BC:AD:28"),
                    "online": c.rng.random() < 0.9,
                    "bitrateKbps": c.rng.randint(800, 6000),
                    "opslagDagen": c.rng.choice([7, 14, 28]),
                    "analyse": c.rng.choice([["lijnoverschrijding"], ["gezichten_blurren"], []]),
                }
                for i in range(c.rng.randint(6, 14))
            ]
        }
    )
    return b.build()


def yard_plates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/yard/kentekenlezingen?sinds={ms(c) - 3600000}")
    b.decoy("number-plate reads of trucks at the yard gate (vehicles, not faces)")
    b.ok_json(
        {
            "lezingen": [
                {
                    "kenteken": c.rng.choice(PLATES),
                    "land": c.rng.choice(["NL", "PL", "DE", "BE"]),
                    "zekerheid": rf(c.rng, 0.7, 0.99, 3),
                    "rijstrook": c.rng.randint(1, 3),
                    "trailer": f"TR{c.rng.randint(1000, 9999)}",
                    "dock": c.rng.randint(1, 24),
                    "tijd": iso(c),
                    "bbox": [c.rng.randint(0, 1500) for _ in range(4)],
                }
                for _ in range(c.rng.randint(2, 8))
            ]
        }
    )
    return b.build()


def yard_snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/yard/snapshot/{rid(c.rng)}.jpg")
    b.decoy("yard camera snapshot of a truck's plate (image fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def dock_assign(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/yard/dock-toewijzing")
    b.json(
        {"kenteken": c.rng.choice(PLATES), "dock": c.rng.randint(1, 24), "prioriteit": "normaal"}
    )
    b.ok_json({"ok": True, "verwachtKlaar": iso(c)})
    return b.build()


def breakroom_playout(c: Context) -> Flow:
    b = _b(c, "GET", f"{SIGNAGE}/api/players/{fleet_serial(c.rng, 'SP')}/proof-of-play?day=today")
    b.decoy(
        "proof-of-play of the shared break-room TV (a public screen's playout, "
        "not a person's viewing history; the player is the employer's)"
    )
    b.ok_json(
        {
            "player": {"mac": fleet_mac(c.rng, "A8:23:FE"), "locatie": "Kantine hal 2"},
            "afgespeeld": [
                {
                    "item": c.rng.choice(LOOPS),
                    "start": iso(c),
                    "duurSec": c.rng.choice([30, 45, 60, 120]),
                    "volledig": c.rng.random() < 0.9,
                }
                for _ in range(c.rng.randint(5, 12))
            ],
        }
    )
    return b.build()


def breakroom_schedule(c: Context) -> Flow:
    b = _b(c, "PUT", f"{SIGNAGE}/api/playlists/kantine-hal-2")
    b.json(
        {
            "items": [
                {"titel": t, "duurSec": 60, "positie": i}
                for i, t in enumerate(c.rng.sample(LOOPS, 4))
            ],
            "geldigVanaf": iso(c),
        }
    )
    b.ok_json({"versie": c.rng.randint(10, 400)})
    return b.build()


def breakroom_tv_state(c: Context) -> Flow:
    b = _b(c, "GET", f"{SIGNAGE}/api/players/status?groep=kantine")
    b.decoy("break-room TV's position in its loop (a public screen, nobody's watching record)")
    b.ok_json(
        {
            "spelers": [
                {
                    "serial": fleet_serial(c.rng, "SP"),
                    "nuSpeelt": c.rng.choice(LOOPS),
                    "positieSec": c.rng.randint(0, 120),
                    "volume": c.rng.randint(0, 30),
                    "temperatuur": rf(c.rng, 35, 60, 1),
                }
                for _ in range(2)
            ]
        }
    )
    return b.build()
