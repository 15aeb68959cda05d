"""Warsztat IoT: the lift's and the compressor's cloud telemetry.

The two-post lift and the screw compressor report cycles, load, pressure and
their controllers' serials and MACs: the garage's equipment, not the tester's
household devices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://iot.maszyny-warsztat.example/v1"
UA = ua("WarsztatIoT", "1.4.2")
LIFT = {"sn": "LFT2-8812-0457", "mac": "24:0A:C4:5E:11:9B"}
COMPRESSOR = {"sn": "KMP-15-000983", "mac": "24:0A:C4:71:02:3C"}


def lift_telemetry(c: Context) -> Flow:
    b = FB(c, "iot", "POST", f"{API}/devices/{LIFT['sn']}/telemetry")
    b.header("user-agent", UA)
    b.decoy("the garage lift's serial/MAC and load series: business equipment")
    b.json(
        {
            "controller": LIFT,
            "cycles": c.rng.randint(12000, 14000),
            "loadKg": [c.rng.randint(0, 2400) for _ in range(12)],
            "heightMm": c.rng.randint(0, 1900),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def compressor_telemetry(c: Context) -> Flow:
    b = FB(c, "iot", "POST", f"{API}/devices/{COMPRESSOR['sn']}/telemetry")
    b.header("user-agent", UA)
    b.decoy("the compressor's serial/MAC, pressure and oil temperature series")
    t0 = ms(c)
    b.json(
        {
            "controller": COMPRESSOR,
            "series": [
                [t0 - i * 10000, rf(c.rng, 6.5, 10, 2), c.rng.randint(60, 85)] for i in range(20)
            ],
            "motorHours": c.rng.randint(3000, 3400),
        }
    )
    b.no_content()
    return b.build()


def maintenance_alerts(c: Context) -> Flow:
    b = FB(c, "iot", "GET", f"{API}/alerts?site=waw-0412")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "alerts": [
                {"device": COMPRESSOR["sn"], "type": "OIL_CHANGE_DUE", "id": new_hex(c.rng, 12)},
                {"device": LIFT["sn"], "type": "ROPE_INSPECTION", "id": new_hex(c.rng, 12)},
            ]
        }
    )
    return b.build()
