"""Buaile, a farm herd app: cattle ear-tag RFIDs (ISO 11784, 372 prefix),
cow activity / rumination collars (the FARMER's, with BLE MACs), heat alerts.
The collars are not the tester's devices (she is the visiting vet). Decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, chip, floats, iso, ms, rf, ua

HOST = "https://sync.buaile-herd.ie"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "buaile", method, HOST + path)
    b.header("user-agent", ua("Buaile", "3.0.4"))
    return b


def _collar(c: Context) -> str:
    return "E4:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(5))


def collar_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/api/collars/readings")
    b.json(
        {
            "farmId": "IE" + new_digits(c.rng, 7),
            "readings": [
                {
                    "eartag": chip(c.rng),
                    "collarMac": _collar(c),
                    "rumination_min": c.rng.randint(300, 600),
                    "activity": floats(c.rng, 8),
                    "ts": ms(c),
                }
                for _ in range(3)
            ],
        }
    )
    b.decoy("cow collars' BLE MACs and ear tags: the farmer's animals' devices")
    b.no_content()
    return b.build()


def heat_alert(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/herd/{new_digits(c.rng, 7)}/alerts")
    b.ok_json(
        {
            "alerts": [
                {"tag": chip(c.rng), "type": "in_heat", "since": iso(c), "score": rf(c.rng, 0, 1)}
            ]
        }
    )
    b.decoy("heat alert for a cow (tag number, score)")
    return b.build()


def treatment_log(c: Context) -> Flow:
    b = _b(c, "POST", "/api/treatments")
    b.form(
        [
            ("uimhir_clibe", chip(c.rng)),
            ("druga", "Metacam"),
            ("dáileog_ml", str(rf(c.rng, 5, 20, 1))),
            ("withdrawal_days", "5"),
        ]
    )
    b.decoy("treatment record: cattle tag number in a form")
    b.ok_json({"id": c.rng.randint(1000, 99999)})
    return b.build()


def collar_pair(c: Context) -> Flow:
    b = _b(c, "POST", "/api/collars/pair")
    b.json({"bleAddress": _collar(c), "serial": "SC" + new_digits(c.rng, 8), "cow": chip(c.rng)})
    b.decoy("pairing a collar to a cow: the farmer's device, not the vet's")
    b.ok_json({"paired": True})
    return b.build()
