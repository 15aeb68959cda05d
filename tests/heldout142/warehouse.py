"""Magazijnmonitor: the warehouse dashboard for conveyor PLCs and label printers.

Siemens S7 PLCs on the conveyors and Zebra label printers report MAC, serial and
counters through the warehouse's gateway. They are fixed equipment of the company's
warehouse: no device of the tester's household.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import company_mac, iso, rf, web

API = "https://wms.havenroute.example/magazijn/api"


def plc_status(c: Context) -> Flow:
    b = web(c, "magazijn", "GET", f"{API}/transportbanden/status")
    b.decoy("conveyor PLCs' MAC and serial (S C-...): the warehouse's equipment")
    b.ok_json(
        {
            "banden": [
                {
                    "naam": f"TB-{i:02d}",
                    "plc": {
                        "mac": company_mac(c.rng, "28:63:36"),
                        "serienr": "S C-" + new_hex(c.rng, 8).upper(),
                        "firmware": "V4.5.2",
                    },
                    "snelheid_ms": rf(c.rng, 0.5, 2.0, 2),
                    "storingen": c.rng.randint(0, 3),
                    "voortgang_batch_pct": c.rng.randint(0, 100),
                }
                for i in range(1, c.rng.randint(4, 9))
            ]
        }
    )
    return b.build()


def printer_job(c: Context) -> Flow:
    mac = company_mac(c.rng, "00:07:4D")
    b = web(c, "magazijn", "POST", f"{API}/printers/{mac.replace(':', '').lower()}/jobs")
    b.decoy("label printer's MAC in the path and its serial; ZPL label: the company's printer")
    zpl = f"^XA^FO50,50^BCN,100,Y,N,N^FD3SHVR{new_digits(c.rng, 10)}^FS^XZ"
    b.json({"printer_serial": "D4J" + new_digits(c.rng, 9), "zpl_b64": b64(zpl), "aantal": 1})
    b.ok_json({"job": new_hex(c.rng, 12), "status": "IN_WACHTRIJ"})
    return b.build()


def plc_counters(c: Context) -> Flow:
    b = web(c, "magazijn", "GET", f"{API}/plc/tellers?interval=5m")
    b.decoy("a PLC's counter series with timestamps: machine telemetry")
    b.ok_json(
        {
            "ts": iso(c),
            "tellers": [c.rng.randint(0, 400) for _ in range(48)],
            "temperatuur_motor": [rf(c.rng, 30, 70, 1) for _ in range(48)],
        }
    )
    return b.build()


def dock_schedule(c: Context) -> Flow:
    b = web(c, "magazijn", "GET", f"{API}/docks/planning?datum=vandaag")
    b.decoy("dock slots with start time and duur")
    b.ok_json(
        {
            "slots": [
                {"dock": d, "start": iso(c), "duur_min": c.rng.choice([30, 45, 60])}
                for d in range(1, 9)
            ]
        }
    )
    return b.build()
