"""Airline-owned cabin equipment the crew app talks to: the cabin iPads' sync,
the seat-back in-flight entertainment (IFE) usage report and the duty-free
sales terminal (the airline's card terminal).

All of it LOOKS like device ids and viewing history but is neither for the
tester: the iPads, seat-back units and card terminal belong to the airline (a
shared, company thing, not hers), and the IFE report is aggregated usage of the
whole cabin (titles per flight, minutes per seat), not what she watched. IFE
usage reports of this shape follow the APEX/IFEC industry "usage data" idea
(title, seat, minutes); the key names here are the airline's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, fake_mac, iso, ms, rid, seat, tail, ua

HOST = "https://cabin.safwacrew.example"
IFE = "https://ife-stats.safwacrew.example"
POS = "https://pos.safwadutyfree.example"
TITLES = ["Dune: Part Two", "Inside Out 2", "Oppenheimer", "Bluey S3", "Wicked", "Al Masrah"]


def _b(c: Context, method: str, url: str, sdk: str = "safwa-cabin") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("SafwaCabin", "2.3", "5"))
    b.header("x-correlation-id", rid(c.rng))
    return b


def ipad_sync(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/mdm/v1/fleet-ipads/sync")
    b.json(
        {
            "tabletSerial": "DMPX" + new_hex(c.rng, 8).upper(),
            "wifiMac": fake_mac(c.rng),
            "assetTag": f"SAF-IPAD-{c.rng.randint(1000, 9999)}",
            "aircraft": tail(c.rng),
            "position": c.rng.choice(["L1", "R1", "L2", "PURSER"]),
            "batteryPct": c.rng.randint(20, 100),
            "formsPending": c.rng.randint(0, 5),
        }
    )
    b.ok_json({"synced": True, "at": iso(c)})
    b.decoy("airline-owned cabin iPad serial, MAC and asset tag (company device, not hers)")
    return b.build()


def ife_usage(c: Context) -> Flow:
    b = _b(c, "POST", IFE + "/v2/usage/flight", "safwa-ife")
    seats = [
        {
            "seat": seat(c.rng),
            "sbuSerial": "SBU" + new_digits(c.rng, 9),
            "sbuMac": fake_mac(c.rng),
            "minutes": c.rng.randint(0, 600),
            "titles": c.rng.sample(TITLES, c.rng.randint(0, 3)),
        }
        for _ in range(c.rng.randint(6, 20))
    ]
    b.json(
        {
            "flight": f"SF{c.rng.randint(1, 999)}",
            "tailNo": tail(c.rng),
            "titlePlays": {t: c.rng.randint(0, 90) for t in c.rng.sample(TITLES, 4)},
            "seats": seats,
        },
        encoding="gzip",
    )
    b.ok_json({"stored": len(seats)})
    b.decoy(
        "whole-cabin IFE usage: titles per flight, minutes per seat, seat-back unit serials/MACs"
    )
    return b.build()


def ife_faults(c: Context) -> Flow:
    b = _b(c, "GET", IFE + "/v2/faults", "safwa-ife")
    b.param("tail", tail(c.rng))
    b.ok_json(
        {
            "faults": [
                {"seat": seat(c.rng), "unit": "SBU" + new_digits(c.rng, 9), "code": "E-" + str(n)}
                for n in c.rng.sample(range(100, 400), 3)
            ]
        }
    )
    b.decoy("seat-back unit fault list (airline equipment serials)")
    return b.build()


def dutyfree_sale(c: Context) -> Flow:
    b = _b(c, "POST", POS + "/api/sales", "safwa-pos")
    b.json(
        {
            "terminalId": "T" + new_digits(c.rng, 7),
            "terminalSerial": "PAX-A920-" + new_digits(c.rng, 10),
            "btMac": fake_mac(c.rng).lower(),
            "seat": seat(c.rng),
            "lines": [{"sku": new_digits(c.rng, 8), "qty": 1, "price": c.rng.randint(20, 400)}],
            "currency": c.rng.choice(["QAR", "SGD", "USD"]),
            "pan": "************" + new_digits(c.rng, 4),
            "ts": ms(c),
        }
    )
    b.ok_json({"receipt": rid(c.rng)})
    b.decoy("airline's duty-free card terminal: terminal serial and BT MAC (not hers)")
    return b.build()
