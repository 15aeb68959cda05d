"""The rented fleet: staff tablets from a rental company (through its MDM) and
RAKEL radios (Sweden's TETRA network for emergency and event services).

The tablets are rented for the season and handed out per shift; one is on loan
to the tester tonight. Rented, lent and shared devices are not the tester's
devices, so every serial, IMEI, MAC and ISSI here is an ordinary look-alike,
even the one on loan to her.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import iso, kit_mac, kit_serial, rf
from .scenkoll import STAFF, ops


def _tablet(c: Context, n: int, holder: str) -> dict[str, object]:
    return {
        "hyresnummer": f"HYR-{n:04d}",
        "modell": "Galaxy Tab Active5",
        "serienummer": "R52W" + kit_serial(c.rng, "", 7),
        "imei": kit_serial(c.rng, "35", 13),
        "wifiMac": kit_mac(c.rng, "84:25:DB"),
        "batteri": c.rng.randint(5, 100),
        "utlanadTill": holder,
        "senastSedd": iso(c),
    }


def tablets(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/flotta/surfplattor")
    b.decoy("rented staff tablets' serials, IMEIs and Wi-Fi MACs (rented, not the tester's)")
    b.ok_json(
        {
            "uthyrare": "EventRent Nordic",
            "plattor": [
                _tablet(c, c.rng.randint(100, 999), holder)
                for holder in [*c.rng.sample(STAFF, 5), "Karin S"]
            ],
        }
    )
    return b.build()


def tablet_checkout(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v1/flotta/surfplattor/utlaning")
    b.decoy("a rented tablet lent to the tester for the shift (lent, not her device)")
    tab = _tablet(c, c.rng.randint(100, 999), "Karin S")
    b.json({"hyresnummer": tab["hyresnummer"], "serienummer": tab["serienummer"], "pass": "kväll"})
    b.ok_json({"utlanad": True, "återlämnasSenast": iso(c), "enhet": tab})
    return b.build()


def radios(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/flotta/radio")
    b.decoy("RAKEL radios' ISSIs, serials and positions (rented radios, not the tester's)")
    b.ok_json(
        {
            "talgrupp": "EVENT-ARENA-1",
            "radio": [
                {
                    "issi": kit_serial(c.rng, "24", 5),
                    "serienummer": kit_serial(c.rng, "837TPE", 4),
                    "alias": f"{role} {i}",
                    "batteri": c.rng.randint(5, 100),
                    "position": {
                        "lat": rf(c.rng, 59.292, 59.295, 5),
                        "lon": rf(c.rng, 18.082, 18.086, 5),
                    },
                }
                for i, role in enumerate(["Vakt", "Vakt", "Scen", "Sjukvård", "Prod"], 1)
            ],
        }
    )
    return b.build()


def mdm_compliance(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/flotta/efterlevnad")
    b.ok_json(
        {
            "totalt": 48,
            "ok": c.rng.randint(38, 48),
            "saknas": c.rng.randint(0, 3),
            "lågtBatteri": c.rng.randint(0, 10),
            "senastePolicy": "Kiosk-Scanner-v7",
        }
    )
    return b.build()
