"""Ticket scanners and access gates, as the ops app shows them.

The handheld scanners (Zebra-style, the venue's own) and the turnstile
controllers report through the ticketing backend; the phone only reads the
dashboard. Every serial, MAC and scanner id in these answers is the venue's
equipment, not the tester's, and a ticket or order number identifies a sale,
not a device: all of it ordinary look-alike data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import iso, kit_mac, kit_serial, rf
from .scenkoll import ops

GATES = ["Entré A1", "Entré A2", "Entré A3", "Entré B1", "VIP", "Personalingång"]


def _ticket(c: Context) -> str:
    return f"SE-{c.rng.randint(10**9, 10**10 - 1)}"


def scan_feed(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/insl%C3%A4pp/skanningar")
    b.param("sedan", iso(c))
    b.param("gräns", "50")
    b.decoy("ticket numbers and the venue's scanner serials / MACs (the venue's kit)")
    b.ok_json(
        {
            "skanningar": [
                {
                    "biljettnummer": _ticket(c),
                    "streckkodHash": new_hex(c.rng, 16),
                    "grind": c.rng.choice(GATES),
                    "skanner": {
                        "serienummer": kit_serial(c.rng, "21", 10),
                        "macAdress": kit_mac(c.rng, "00:A0:C6"),
                        "namn": f"TC52-{c.rng.randint(1, 40):02d}",
                    },
                    "resultat": c.rng.choice(["OK", "OK", "OK", "REDAN_SKANNAD", "FEL_DAG"]),
                    "tid": iso(c),
                }
                for _ in range(c.rng.randint(5, 12))
            ]
        }
    )
    return b.build()


def gate_status(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/grindar/status")
    b.decoy("turnstile controllers' MACs and serials (the venue's gates)")
    b.ok_json(
        {
            "grindar": [
                {
                    "grind": g,
                    "styrenhet": {
                        "serial": kit_serial(c.rng, "GT", 7),
                        "mac": kit_mac(c.rng, "00:1B:C5").lower(),
                        "firmware": "4.2.17",
                    },
                    "läge": c.rng.choice(["öppen", "stängd", "nödläge"]),
                    "passagerPerMinut": c.rng.randint(0, 45),
                }
                for g in GATES
            ]
        }
    )
    return b.build()


def ticket_lookup(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v2/biljetter/sok")
    number = _ticket(c)
    b.decoy("ticket and order numbers of a guest (a sale, not a device)")
    b.json({"biljettnummer": number})
    b.ok_json(
        {
            "biljettnummer": number,
            "ordernummer": f"ORD{c.rng.randint(10**7, 10**8)}",
            "sektion": c.rng.choice(["Parkett", "Läktare V", "Läktare Ö", "Ståplats"]),
            "rad": c.rng.randint(1, 30),
            "plats": c.rng.randint(1, 40),
            "status": c.rng.choice(["giltig", "använd", "återbetald"]),
        }
    )
    return b.build()


def attendance(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/insl%C3%A4pp/statistik")
    b.decoy("entry counts per gate over time (aggregates)")
    b.ok_json(
        {
            "kapacitet": 16000,
            "inne": c.rng.randint(2000, 15500),
            "perGrind": {g: c.rng.randint(100, 3000) for g in GATES},
            "perKvart": [c.rng.randint(0, 1800) for _ in range(12)],
            "snittVäntetidSek": rf(c.rng, 20, 400, 1),
        }
    )
    return b.build()


def scanner_fleet(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/insl%C3%A4pp/skannrar")
    b.decoy("handheld scanners' serials, IMEIs and battery (the venue's devices)")
    b.ok_json(
        [
            {
                "namn": f"TC52-{i:02d}",
                "serial": kit_serial(c.rng, "21", 10),
                "imei": kit_serial(c.rng, "35", 13),
                "batteri": c.rng.randint(5, 100),
                "senastAktiv": iso(c),
                "tilldelad": c.rng.choice(GATES),
            }
            for i in range(1, c.rng.randint(4, 9))
        ]
    )
    return b.build()


def phone_as_scanner(c: Context) -> Flow:
    """The ops app's camera scanning mode at a busy gate: the scan names her phone
    as the scanner by the app's install id (her device, although the 'scanner' is
    the venue's role for it; `skannerId` reads as a device's id)."""
    b = ops(c, "POST", "/api/v2/insl%C3%A4pp/skanna")
    b.decoy("a ticket barcode hash and ticket number (a sale, not a device)")
    b.json(
        {
            "streckkodHash": new_hex(c.rng, 16),
            "grind": c.rng.choice(GATES),
            "skannerId": b.id("ops_install", where="json skannerId (phone in scanner mode)"),
            "skannerTyp": "mobil-kamera",
            "tid": iso(c),
        }
    )
    b.ok_json({"resultat": "OK", "biljettnummer": _ticket(c)})
    return b.build()
