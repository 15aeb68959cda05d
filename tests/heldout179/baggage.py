"""The baggage hall: belt readers (fixed RFID / barcode arrays on the make-up
belts) and the loaders' ring scanners report bag-tag reads to the handler's
baggage reconciliation system (BRS).

Everything here is ordinary: the ten-digit licence-plate numbers of bag tags,
the readers' and scanners' serials and MACs (airport / employer equipment),
belt-load series and a reader's antenna yaw / tilt calibration.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, fleet_mac, flight_no, iso, ms, rf, rid, zebra_serial

BRS = "https://brs.nordgrind.example"


def _b(c: Context, method: str, url: str, agent: str = "BRS-Reader/3.8.2") -> FB:
    b = FB(c, "brs", method, url, http_version="HTTP/1.1")
    b.header("user-agent", agent)
    return b


def _tag(c: Context) -> str:
    return "0" + c.rng.choice(["328", "117", "074", "125"]) + new_digits(c.rng, 6)


def belt_read(c: Context) -> Flow:
    b = _b(c, "POST", f"{BRS}/api/v2/reads")
    b.decoy("belt reader serial and bag-tag numbers: airport equipment and luggage, not hers")
    reader = f"OSL-MU{c.rng.randint(1, 14):02d}-R{c.rng.randint(1, 4)}"
    b.json(
        {
            "readerId": reader,
            "readerSerial": "BRR" + new_digits(c.rng, 9),
            "readerMac": fleet_mac(c.rng),
            "ts": iso(c),
            "reads": [
                {"lpn": _tag(c), "rssi": -c.rng.randint(40, 78), "antenna": c.rng.randint(1, 4)}
                for _ in range(c.rng.randint(1, 6))
            ],
        }
    )
    b.ok_json({"accepted": True})
    return b.build()


def ring_scan(c: Context) -> Flow:
    b = _b(c, "POST", f"{BRS}/api/v2/scans", "ZebraRS5100/ULM 2.1")
    b.decoy("loader's ring-scanner serial and handheld device id: employer equipment")
    b.json(
        {
            "deviceSerial": zebra_serial(c.rng),
            "deviceId": "TC58-" + new_digits(c.rng, 4),
            "operator": "GH" + new_digits(c.rng, 6),
            "flight": flight_no(c.rng),
            "container": f"AKE{c.rng.randint(10000, 99999)}DY",
            "lpn": _tag(c),
            "action": c.rng.choice(["LOAD", "OFFLOAD", "SCREENED", "RUSH"]),
            "scannedAt": ms(c),
        }
    )
    b.ok_json({"status": "OK", "bsm": True})
    return b.build()


def belt_load(c: Context) -> Flow:
    b = _b(c, "GET", f"{BRS}/api/v2/belts/load?window=60m&hall=ankomst")
    b.decoy("belt-load series per minute (a price-series look-alike)")
    b.ok_json(
        {
            "belts": [
                {"belt": f"B{i}", "bagsPerMin": [c.rng.randint(0, 35) for _ in range(60)]}
                for i in range(1, 4)
            ]
        }
    )
    return b.build()


def reader_calibration(c: Context) -> Flow:
    b = _b(c, "PUT", f"{BRS}/api/v2/readers/OSL-MU{c.rng.randint(1, 14):02d}-R1/calibration")
    b.decoy("reader antenna yaw / tilt / roll: a camera-pose look-alike, no face")
    b.json(
        {
            "antennaPose": {
                "yaw": rf(c.rng, -20, 20, 2),
                "tilt": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -3, 3, 2),
            },
            "txPowerDbm": c.rng.randint(20, 30),
            "calibratedBy": "GH" + new_digits(c.rng, 6),
        }
    )
    b.ok_json({"ok": True, "requestId": rid(c.rng)})
    return b.build()


def rush_bag(c: Context) -> Flow:
    b = _b(c, "GET", f"{BRS}/api/v2/exceptions?type=rush&flight={flight_no(c.rng)}")
    b.ok_json(
        {
            "items": [
                {"lpn": _tag(c), "reason": c.rng.choice(["MCT", "MISSED", "OFFLOAD"])}
                for _ in range(c.rng.randint(0, 4))
            ]
        }
    )
    return b.build()
