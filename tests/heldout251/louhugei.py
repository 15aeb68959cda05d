"""老虎機 The slot floor: the resort's slot management system, seen from surveillance.

Each electronic gaming machine (EGM) reports through its SMIB (slot machine
interface board) by serial and asset number: SAS exception events (door open,
bill jam, handpay), meter snapshots, the machine's last-games recall (遊戲記錄:
reel positions, bets, wins, how long each game took), player-card insertions and
jackpot handpays the surveillance room must watch on camera. Keys mix English,
Jyutping (`gei_hou` 機號 machine number, `zeoihou` 序號 serial) and Chinese.

The machines and the patrons' card sessions are the resort's: every flow is
labelled negative, with a decoy note.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, equipment_mac, iso, rf, rid

API = "https://sms.gaming.lotusbay.example"
BANKS = ["A1", "A3", "B2", "B7", "C4", "VIP-S1"]
GAMES = ["Dragon Link 金龍", "88 Fortunes 發財", "Buffalo Gold", "Lightning Link 閃電"]
SAS = [
    ("0x11", "slot door opened"),
    ("0x12", "slot door closed"),
    ("0x28", "bill jam"),
    ("0x51", "handpay pending"),
    ("0x3D", "cash out ticket printed"),
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "slot-sms", method, url)
    b.header("user-agent", "LotusSurv/8.2.0 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _asset(c: Context) -> str:
    return f"S-{c.rng.randint(1, 1400):04d}"


def _egm_serial(c: Context) -> str:
    return c.rng.choice(["ARI", "IGT", "LNW", "KNM"]) + "-" + new_hex(c.rng, 8).upper()


def events(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sms/v1/egm/events?since={int(c.now) - 120}")
    b.decoy("slot machines' serials and SAS events (the resort's machines)")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        code, desc = c.rng.choice(SAS)
        rows.append(
            {
                "gei_hou": _asset(c),
                "egmSerial": _egm_serial(c),
                "bank": c.rng.choice(BANKS),
                "sasException": code,
                "desc": desc,
                "ts": iso(c),
            }
        )
    b.ok_json({"events": rows})
    return b.build()


def meters(c: Context) -> Flow:
    asset = _asset(c)
    b = _b(c, "GET", f"{API}/sms/v1/egm/{asset}/meters")
    b.decoy("machine meters by asset number")
    b.ok_json(
        {
            "gei_hou": asset,
            "coinIn": rf(c.rng, 10**4, 10**6, 2),
            "coinOut": rf(c.rng, 10**4, 10**6, 2),
            "gamesPlayed": c.rng.randint(1000, 90000),
            "handpaid": rf(c.rng, 0, 50000, 2),
            "denom": c.rng.choice([0.1, 1, 5]),
            "currency": "HKD",
        }
    )
    return b.build()


def game_recall(c: Context) -> Flow:
    asset = _asset(c)
    b = _b(c, "GET", f"{API}/sms/v1/egm/{asset}/game_history?last=10")
    b.decoy("遊戲記錄 a machine's last games: reel positions, durations (not anyone's viewing)")
    b.ok_json(
        {
            "gei_hou": asset,
            "game": c.rng.choice(GAMES),
            "遊戲記錄": [
                {
                    "n": i,
                    "bet": c.rng.choice([8, 18, 38, 88]),
                    "win": c.rng.choice([0, 0, 0, 16, 40, 200]),
                    "reelPositions": [c.rng.randint(0, 60) for _ in range(5)],
                    "duration_ms": c.rng.randint(2500, 9000),
                    "ts": iso(c),
                }
                for i in range(1, 6)
            ],
        }
    )
    return b.build()


def card_in(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sms/v1/player/sessions?bank={c.rng.choice(BANKS)}&active=1")
    b.decoy("patrons' player-card sessions at machines: card number, duration (resort's)")
    b.ok_json(
        {
            "sessions": [
                {
                    "cardNo": "LB" + str(c.rng.randint(10**9, 10**10)),
                    "tier": c.rng.choice(["Jade", "Gold", "Black"]),
                    "gei_hou": _asset(c),
                    "start": iso(c),
                    "duration_min": c.rng.randint(3, 240),
                    "theoWin": rf(c.rng, 10, 9000, 2),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


def handpay(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sms/v1/jackpots/pending")
    b.decoy("jackpot handpays to watch on camera (machine serial, amount)")
    b.ok_json(
        {
            "pending": [
                {
                    "jackpotId": "JP" + str(c.rng.randint(10**6, 10**7)),
                    "gei_hou": _asset(c),
                    "zeoihou": _egm_serial(c),
                    "amount": rf(c.rng, 10000, 880000, 2),
                    "currency": "HKD",
                    "cameraPreset": f"CAM-SLOT-{c.rng.randint(1, 80):02d}/P{c.rng.randint(1, 9)}",
                }
            ]
        }
    )
    return b.build()


def smib_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sms/v1/smib/status?bank={c.rng.choice(BANKS)}")
    b.decoy("SMIB boards' MACs and serials (the resort's equipment)")
    b.ok_json(
        {
            "smib": [
                {
                    "gei_hou": _asset(c),
                    "smibMac": equipment_mac(c.rng, "00:60:E9"),
                    "smibSerial": "SMB" + new_hex(c.rng, 7).upper(),
                    "online": c.rng.random() < 0.95,
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ack_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sms/v1/egm/events/ack")
    b.decoy("event acknowledgement with an asset number")
    b.json({"gei_hou": _asset(c), "eventRef": rid(c.rng), "remark": "已睇錄影 正常"})
    b.ok_json({"ok": True})
    return b.build()
