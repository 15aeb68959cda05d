"""The cashier cage: the resort's cage terminals, seen from the surveillance room.

Each terminal (by id, serial and MAC) reports chip purchases and redemptions,
currency exchanges between HKD, MOP and CNY, the large-transaction reports the
AML rules require (MOP 500,000 and above), the cage's shift-close totals and
the receipts the surveillance room reconciles against the cameras. Keys in
English, Jyutping (`gwaitoi` 櫃枱 counter, `sau_geoi` 收據 receipt) and
Portuguese (`montante`, `moeda`).

All of it is the resort's terminals and patrons' transactions: labelled
negative, with decoy notes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, equipment_mac, iso, rf, rid

API = "https://cage.fin.lotusbay.example"


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-cage", method, url)
    b.header("user-agent", "LotusSurv/8.2.0 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _terminal(c: Context) -> str:
    return f"CAGE-T{c.rng.randint(1, 24):02d}"


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cage/api/v1/txns?since={int(c.now) - 300}")
    b.decoy("cage transactions: terminal ids, receipt numbers, amounts")
    b.ok_json(
        {
            "txns": [
                {
                    "gwaitoi": _terminal(c),
                    "txnNo": "CG" + str(c.rng.randint(10**8, 10**9)),
                    "type": c.rng.choice(["CHIP_PURCHASE", "CHIP_REDEEM", "FX", "TITO_REDEEM"]),
                    "amount": rf(c.rng, 1000, 400000, 2),
                    "currency": c.rng.choice(["HKD", "MOP"]),
                    "patronRef": "PT-" + str(c.rng.randint(10**4, 10**5)),
                    "ts": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def fx_board(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cage/api/v1/fx")
    b.ok_json(
        {
            "base": "HKD",
            "MOP": rf(c.rng, 1.02, 1.04, 4),
            "CNY": rf(c.rng, 0.9, 0.94, 4),
            "USD": rf(c.rng, 0.127, 0.129, 4),
        }
    )
    return b.build()


def large_txn(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cage/api/v1/aml/relatorio")
    b.decoy("large-transaction report: montante / moeda / receipt (patron's, resort's)")
    b.json(
        {
            "gwaitoi": _terminal(c),
            "sau_geoi": "R" + str(c.rng.randint(10**7, 10**8)),
            "montante": rf(c.rng, 500000, 3000000, 2),
            "moeda": "MOP",
            "tipo_documento": "BIR",
            "verificado_por": b.acct("staff_no"),
            "data_hora": iso(c),
        }
    )
    b.ok_json({"relatorioId": rid(c.rng), "estado": "registado"})
    return b.build()


def terminal_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cage/api/v1/terminals/health")
    b.decoy("cage terminals' serials and MACs (the resort's equipment)")
    b.ok_json(
        {
            "terminals": [
                {
                    "id": f"CAGE-T{n:02d}",
                    "serial": "PT" + new_hex(c.rng, 10).upper(),
                    "mac": equipment_mac(c.rng, "00:0B:AB"),
                    "cashDrawer": c.rng.choice(["closed", "open"]),
                }
                for n in c.rng.sample(range(1, 25), 4)
            ]
        }
    )
    return b.build()


def shift_close(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cage/api/v1/shift/summary?gaang={c.rng.choice(['A', 'B', 'C'])}")
    b.decoy("cage shift-close totals and variances")
    b.ok_json(
        {
            "opening": rf(c.rng, 10**7, 10**8, 2),
            "closing": rf(c.rng, 10**7, 10**8, 2),
            "variance": rf(c.rng, -500, 500, 2),
            "currency": "HKD",
        }
    )
    return b.build()
