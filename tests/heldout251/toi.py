"""枱 The table games: smart card shoes, RFID chip trays and table sensors.

Baccarat shoes report each round's cards and result by shoe serial; the
路單 road map (the table's result history, 大路 / 珠盤路) feeds the displays; RFID
trays report the float by chip value; seat sensors say which positions are
occupied and for how long; dealer rotation and table limits come from the pit
system. Keys in English, Jyutping (`toi_hou` 枱號 table number, `zoeng` 莊
banker, `haan` 閒 player, `wo` 和 tie) and Chinese.

All of it is the resort's equipment and play data: labelled negative, with
decoy notes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, equipment_mac, iso, rf, rid

API = "https://tables.gaming.lotusbay.example"
TABLES = ["BAC-07", "BAC-12", "BAC-21", "RLT-03", "SIC-02", "VIP-BAC-31"]
CARDS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "pit-system", method, url)
    b.header("user-agent", "LotusSurv/8.2.0 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _hand(c: Context) -> list[str]:
    return [c.rng.choice(CARDS) + c.rng.choice("SHDC") for _ in range(c.rng.choice([2, 3]))]


def shoe_round(c: Context) -> Flow:
    table = c.rng.choice(TABLES)
    b = _b(c, "GET", f"{API}/tg/v1/shoe/{table}/rounds?last=3")
    b.decoy("smart shoe serial and rounds (the resort's table)")
    b.ok_json(
        {
            "toi_hou": table,
            "shoeSerial": "SS" + new_hex(c.rng, 8).upper(),
            "rounds": [
                {
                    "round": c.rng.randint(1, 80),
                    "zoeng": _hand(c),
                    "haan": _hand(c),
                    "result": c.rng.choice(["zoeng", "haan", "wo"]),
                    "ts": iso(c),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def roadmap(c: Context) -> Flow:
    table = c.rng.choice(TABLES[:3] + TABLES[5:])
    b = _b(c, "GET", f"{API}/tg/v1/tables/{table}/roadmap")
    b.decoy("路單 result history of a table (a table's history, not viewing)")
    b.ok_json(
        {
            "toi_hou": table,
            "history": [c.rng.choice("BBBPPPT") for _ in range(40)],
            "大路": [[c.rng.choice("BP") for _ in range(6)] for _ in range(4)],
        }
    )
    return b.build()


def chip_tray(c: Context) -> Flow:
    table = c.rng.choice(TABLES)
    b = _b(c, "GET", f"{API}/tg/v1/tables/{table}/float")
    b.decoy("RFID chip tray serial and float")
    b.ok_json(
        {
            "toi_hou": table,
            "trayId": "RT" + new_hex(c.rng, 6).upper(),
            "chips": {d: c.rng.randint(0, 200) for d in ("100", "500", "1000", "5000", "10000")},
            "currency": "HKD",
            "variance": rf(c.rng, -5000, 5000, 0),
        }
    )
    return b.build()


def seats(c: Context) -> Flow:
    table = c.rng.choice(TABLES)
    b = _b(c, "GET", f"{API}/tg/v1/tables/{table}/seats")
    b.decoy("seat positions occupied and their durations (table sensors)")
    b.ok_json(
        {
            "toi_hou": table,
            "seats": [
                {
                    "position": p,
                    "occupied": c.rng.random() < 0.6,
                    "duration_s": c.rng.randint(0, 9000),
                }
                for p in range(1, 8)
            ],
        }
    )
    return b.build()


def dealer_rotation(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/tg/v1/pit/{c.rng.randint(1, 9)}/rotation")
    b.decoy("dealer rotation: staff numbers and durations")
    b.ok_json(
        {
            "rotation": [
                {
                    "toi_hou": t,
                    "dealer": "D" + str(c.rng.randint(10000, 99999)),
                    "since": iso(c),
                    "duration_min": 20,
                }
                for t in TABLES[:4]
            ]
        }
    )
    return b.build()


def sensor_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/tg/v1/sensors/health")
    b.decoy("table sensors' serials and MACs (the resort's equipment)")
    b.ok_json(
        {
            "sensors": [
                {
                    "toi_hou": t,
                    "type": c.rng.choice(["shoe", "rfid_tray", "seat"]),
                    "serial": "TS" + new_hex(c.rng, 8).upper(),
                    "mac": equipment_mac(c.rng, "00:1B:C5"),
                    "fw": "2.4.7",
                }
                for t in TABLES[:4]
            ]
        }
    )
    return b.build()


def limit_change(c: Context) -> Flow:
    table = c.rng.choice(TABLES)
    b = _b(c, "POST", f"{API}/tg/v1/tables/{table}/limits")
    b.decoy("table limit change with a request id")
    b.json(
        {
            "min": c.rng.choice([500, 1000, 3000]),
            "max": c.rng.choice([100000, 300000]),
            "approvedBy": b.acct("staff_no"),
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
