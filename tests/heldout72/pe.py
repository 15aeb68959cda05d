"""The PE app: the school's SHARED class heart-rate straps (a Polar GoFit-style
kit handed out each period). Strap serials and BLE addresses belong to the
school, heart-rate is not biometric under the project's conventions: all flows
are hard decoys (device ids of shared things, numeric series, "zones").
Polar's GoFit API is not public; keys follow the Polar Verity Sense / H10
strap labels (device id printed on the strap, BLE name "Polar H10 <id>").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import iso, mac, ms, new, rid, series, ua

API = "https://api.example-pekit.com"
AGENT = ua("PEZone", "318")


def _strap(c: Context) -> dict:
    r = c.rng
    sid = new_hex(r, 8).upper()
    return {
        "strapId": sid,
        "bleName": f"Polar H10 {sid}",
        "bleAddress": mac(r, "A0:9E:1A"),
        "kitSlot": r.randint(1, 30),
        "battery": r.randint(20, 100),
    }


def kit_pairing(c: Context) -> Flow:
    b = new(c, "pe", "GET", f"{API}/v1/kits/gym-2/straps", AGENT)
    b.ok_json(
        {
            "kit": "Gym 2 class kit",
            "owner": "Cedar Ridge HS PE dept",
            "straps": [_strap(c) for _ in range(10)],
        }
    )
    b.decoy(
        "shared class heart-rate straps' ids and BLE addresses (school kit, handed out each period)"
    )
    return b.build()


def live_hr(c: Context) -> Flow:
    r = c.rng
    rows = []
    for _ in range(r.randint(6, 12)):
        s = _strap(c)
        rows.append(
            {
                "strapId": s["strapId"],
                "alias": f"Jugador {s['kitSlot']}",
                "hr": series(r, 10, 95, 185, 0),
                "zone": r.randint(1, 5),
                "t0": ms(c),
            }
        )
    b = new(c, "pe", "POST", f"{API}/v1/sessions/{rid(r)}/samples", AGENT)
    b.json(
        {
            "period": r.randint(1, 7),
            "activity": r.choice(["mile run", "circuit", "fútbol"]),
            "samples": rows,
        }
    )
    b.no_content()
    b.decoy(
        "heart-rate series from shared class straps (not face/voice; straps are school property)"
    )
    return b.build()


def session_report(c: Context) -> Flow:
    r = c.rng
    b = new(c, "pe", "GET", f"{API}/v1/sessions/{rid(r)}/report", AGENT)
    b.ok_json(
        {
            "startedAt": iso(c),
            "durationMin": r.randint(30, 50),
            "zones": {f"z{i}": series(r, 12, 0, 10, 1) for i in range(1, 6)},
            "classAvgHr": r.randint(120, 160),
            "timeInTargetPct": round(r.random(), 2),
        }
    )
    b.decoy("PE class zone report (aggregate heart-rate statistics)")
    return b.build()


def firmware(c: Context) -> Flow:
    r = c.rng
    b = new(
        c, "pe", "GET", f"{API}/v1/firmware/latest", AGENT, [("model", "H10"), ("current", "3.1.1")]
    )
    b.ok_json(
        {
            "version": "3.2.0",
            "url": f"https://dl.example-pekit.com/fw/H10-{new_hex(r, 8)}.zip",
            "sha256": new_hex(r, 64),
        }
    )
    b.decoy("strap firmware check (hash and URL)")
    return b.build()
