"""A parking app (HDB / URA car parks, Malaysian malls): lot availability,
gantry ids, parking sessions. All decoys: gantry and lot ids look like device
ids but belong to the car park operator.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, cfn, iso, rf, rid

API = "https://api.parkeasy-example.sg/v1"


def lots(c: Context) -> Flow:
    b = FB(
        c,
        "parkeasy",
        "GET",
        f"{API}/carparks/nearby",
        [("lat", str(rf(c.rng, 1.28, 1.4))), ("lng", str(rf(c.rng, 103.7, 103.95)))],
    )
    b.header("user-agent", cfn("ParkEasy", "77"))
    b.ok_json(
        {
            "carparks": [
                {
                    "cpId": c.rng.choice(["ACB", "BM29", "TPM", "HLM"]) + str(i),
                    "lotsAvailable": c.rng.randint(0, 300),
                    "xy": [rf(c.rng, 28000, 32000, 1), rf(c.rng, 29000, 33000, 1)],
                }
                for i in range(5)
            ]
        }
    )
    b.decoy("car park ids, lot counts, SVY21 coordinates")
    return b.build()


def gantry_session(c: Context) -> Flow:
    b = FB(c, "parkeasy", "POST", f"{API}/sessions")
    b.header("user-agent", cfn("ParkEasy", "77"))
    b.json(
        {
            "gantryId": "GTY-" + new_hex(c.rng, 8).upper(),
            "gantryMac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
            "entryTs": iso(c),
            "lane": c.rng.randint(1, 4),
            "sessionNo": new_digits(c.rng, 12),
        }
    )
    b.ok_json({"sessionId": rid(c.rng), "ratePerHalfHour": 1.2})
    b.decoy("car park gantry id / MAC (the operator's), session numbers")
    return b.build()
