"""The studio's wireless intercom: a Bolero-style DECT beltpack system's REST API.

The engineer checks beltpacks from her phone: each pack's serial, battery,
signal, the antenna it is on and its key assignments (roles such as PROD, REGI,
LYD). The beltpacks are the broadcaster's equipment: their serials are not the
engineer's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import EB, iso

API = "https://intercom.studio.fjordkringkasting.example"
PAKKER = [(f"BP-{n:02d}", f"2241{n:04d}{'ABCD'[n % 4]}") for n in range(1, 13)]
ROLLER = ["PROD", "REGI", "LYD", "LYS", "KAM1", "KAM2", "SCRIPT", "GULV"]


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "intercom", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "FK-Studioverktoy/2.8 (Android 14)")
    b.header("authorization", "Basic dGVrbmlrazpzdHVkaW8=")
    return b


def beltpacks(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/beltpacks")
    b.decoy("beltpack serial numbers (the studio's intercom equipment)")
    b.ok_json(
        {
            "beltpacks": [
                {
                    "navn": navn,
                    "serienummer": sn,
                    "rolle": c.rng.choice(ROLLER),
                    "batteri": c.rng.randint(10, 100),
                    "rssi": -c.rng.randint(40, 85),
                    "antenne": f"ANT-{c.rng.randint(1, 6)}",
                }
                for navn, sn in c.rng.sample(PAKKER, 6)
            ]
        }
    )
    return b.build()


def keyset(c: Context) -> Flow:
    navn = c.rng.choice(PAKKER)[0]
    b = _b(c, "PUT", f"{API}/api/v1/beltpacks/{navn}/taster")
    b.json(
        {
            "taster": [
                {"tast": k, "mal": c.rng.choice(ROLLER), "modus": c.rng.choice(["talk", "latch"])}
                for k in ("A", "B", "C", "D")
            ]
        }
    )
    b.ok_json({"lagret": True})
    return b.build()


def antenner(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/antenner")
    b.ok_json(
        {
            "antenner": [
                {"id": f"ANT-{n}", "aktiveKanaler": c.rng.randint(0, 10), "synk": "ok"}
                for n in range(1, 7)
            ],
            "oppdatert": iso(c),
        }
    )
    return b.build()


def partyline(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/partylines")
    b.ok_json(
        {
            "partylines": [
                {"navn": n, "medlemmer": c.rng.randint(2, 9)} for n in ("PL1", "PL2", "PL-SPORT")
            ]
        }
    )
    return b.build()
