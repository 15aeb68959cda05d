"""TradeBack: a wholesaler's trade-in portal (IMEI blacklist checks and quotes).

Every IMEI here is a CUSTOMER's trade-in phone (or a batch of them) checked
against the stolen/lost register before the shop buys it: not the tester's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, customer_device, iso, rf, rid, ua

API = "https://trade.tradeback.example"
UA = ua("TradeBack", "3.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tradeback", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + rid(c.rng).replace("-", "")[:28])
    return b


def imei_check(c: Context) -> Flow:
    dev = customer_device(c.rng)
    b = _b(c, "GET", f"{API}/api/imei/{dev['imei']}/status")
    b.decoy("blacklist check of a customer's trade-in IMEI (the customer's device)")
    b.ok_json(
        {
            "imei": dev["imei"],
            "model": dev["model"],
            "blacklisted": c.rng.random() < 0.05,
            "carrierLock": c.rng.choice(["unlocked", "Telstra", "Optus"]),
            "findMyOff": c.rng.random() < 0.9,
            "checkedAt": iso(c),
        }
    )
    return b.build()


def batch_quote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/quotes")
    b.decoy("a batch of trade-in IMEIs with grades: customers' phones bought by the shop")
    rows = []
    for _ in range(c.rng.randint(3, 10)):
        dev = customer_device(c.rng)
        rows.append({"imei": dev["imei"], "model": dev["model"], "grade": c.rng.choice("ABC")})
    b.json({"devices": rows, "currency": "AUD"})
    b.ok_json({"quoteId": rid(c.rng), "totalAud": rf(c.rng, 200, 3000, 2)})
    return b.build()


def payout(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/payouts?status=pending")
    b.decoy("payout amounts and BSB-style account references")
    b.ok_json(
        {
            "payouts": [
                {"ref": f"TB{c.rng.randint(10**5, 10**6)}", "aud": rf(c.rng, 50, 900, 2)}
                for _ in range(4)
            ]
        }
    )
    return b.build()
