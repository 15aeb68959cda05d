"""A reverse-vending / recycling app ("Pantti": deposit bottles and cans in Finland,
Sweden and Norway).

The app's own backend. Shops' reverse-vending machines (TOMRA T-9 style) print a
receipt with a barcode; the app scans it or pairs with the machine over QR to
credit the deposit to the account. The machine serials, their firmware and
their Wi-Fi MACs belong to the shop, not to the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.pantti-app.fi"
UA = ua("Pantti", "1.19.3")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pantti", method, API + path)
    b.header("user-agent", UA)
    return b


def _machine(c: Context) -> str:
    return f"T9-{new_digits(c.rng, 6)}-{new_hex(c.rng, 4).upper()}"


def pair_machine(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/automaatit/yhdista")
    mac = "00:0C:29:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
    b.json(
        {
            "machineSerial": _machine(c),
            "deviceMac": mac,
            "firmware": "T9 7.3.1",
            "kauppa": "K-Market Otaniemi",
            "sessionNonce": new_hex(c.rng, 16),
        }
    )
    b.ok_json({"sessio": rid(c.rng), "ok": True})
    b.decoy("pairing with the shop's reverse-vending machine: its serial and MAC, not the tester's")
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/kuitit")
    n = c.rng.randint(1, 24)
    b.json(
        {
            "viivakoodi": "2" + new_digits(c.rng, 12),
            "automaatti": _machine(c),
            "pullot": n,
            "panttiSumma": round(n * c.rng.choice([0.1, 0.15, 0.4]), 2),
            "aika": iso(c),
        }
    )
    b.ok_json({"hyvitetty": True, "saldo": rf(c.rng, 0, 40, 2)})
    b.decoy("deposit receipt: barcode and the shop machine's serial")
    return b.build()


def machines_near(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/automaatit?lat={rf(c.rng, 59.3, 60.2)}&lon={rf(c.rng, 18.0, 25.0)}")
    ms_ = [
        {
            "serial": _machine(c),
            "status": c.rng.choice(["ok", "full", "offline"]),
            "jonossa": c.rng.randint(0, 4),
            "lat": rf(c.rng, 59.3, 60.2, 5),
            "lon": rf(c.rng, 18, 25, 5),
        }
        for _ in range(5)
    ]
    b.ok_json({"automaatit": ms_})
    b.decoy("map of machines with serials and status (public machines)")
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/historia?sivu=1")
    rows = [
        {"pvm": iso(c)[:10], "summa": rf(c.rng, 0.2, 6, 2), "lahjoitettu": c.rng.random() < 0.2}
        for _ in range(6)
    ]
    b.ok_json({"tapahtumat": rows, "yhteensa": rf(c.rng, 5, 120, 2)})
    b.decoy("recycling history: deposit amounts and dates")
    return b.build()
