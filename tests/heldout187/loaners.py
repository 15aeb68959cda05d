"""LoanPool: the shop's pool of loan phones lent to customers during a repair.

The loan phones are the shop's, lent to customers: their IMEIs and serials are
no device of the tester (a business's, lent devices). Wipe and locate commands
and the pool list are ordinary business records.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import CUSTOMERS, FB, imei_of, iso, rf, rid, ua

API = "https://api.loanpool.example"
UA = ua("LoanPool", "1.4.1")
POOL = [("Galaxy A14", "35467215"), ("Moto g13", "35151836"), ("iPhone SE (2020)", "35306911")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "loanpool", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _loaner(c: Context) -> dict[str, str]:
    model, tac = c.rng.choice(POOL)
    return {
        "model": model,
        "imei": imei_of(c.rng, tac),
        "assetTag": f"LP-{c.rng.randint(1, 40):03d}",
    }


def pool_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/loaners")
    b.decoy("the shop's loan phones: IMEIs of business devices lent to customers")
    b.ok_json(
        {
            "loaners": [
                {
                    **_loaner(c),
                    "status": c.rng.choice(["in", "out", "charging"]),
                    "battery": c.rng.randint(20, 100),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/loaners/checkout")
    b.decoy("a loan phone's IMEI handed to a customer, with the customer's name and deposit")
    name, _ = c.rng.choice(CUSTOMERS)
    b.json(
        {
            "loaner": _loaner(c),
            "borrower": name,
            "depositAud": 100,
            "ticketNo": f"MEL-{c.rng.randint(20000, 29999)}",
            "due": iso(c),
        }
    )
    b.ok_json({"loanId": rid(c.rng)})
    return b.build()


def wipe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/loaners/wipe")
    b.decoy("factory-reset command for a returned loan phone (business device)")
    b.json({"loaner": _loaner(c), "reason": "returned", "batteryHealth": rf(c.rng, 80, 99, 1)})
    b.ok_json({"queued": True})
    return b.build()
