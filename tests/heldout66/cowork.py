"""A co-working space app: meeting-room sensors, door-access QR, shared printers.

All hard decoys: room sensors report occupancy from a people-counting camera
(a head count, no face data), the door QR is a rotating TOTP-like token, and
the shared printer's serial and MAC belong to the operator, not the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, cfn, iso, rf, rid

API = "https://app.hotdesk-example.sg/api"


def room_sensors(c: Context) -> Flow:
    b = FB(c, "hotdesk", "GET", f"{API}/v2/rooms/status", [("site", "SG-TPY-01")])
    b.header("user-agent", cfn("Hotdesk", "88"))
    rooms = [
        {
            "roomId": f"R{n}",
            "occupancy": c.rng.randint(0, 8),
            "faceCount": c.rng.randint(0, 8),
            "co2ppm": c.rng.randint(420, 1100),
            "sensorSn": "VS" + new_digits(c.rng, 10),
            "sensorMac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
        }
        for n in range(101, 105)
    ]
    b.ok_json({"rooms": rooms, "ts": iso(c)})
    b.decoy(
        "room occupancy incl. 'faceCount' head count from the operator's sensors"
        " (their serials / MACs)"
    )
    return b.build()


def door_qr(c: Context) -> Flow:
    b = FB(c, "hotdesk", "POST", f"{API}/v1/access/qr")
    b.header("user-agent", cfn("Hotdesk", "88"))
    b.json({"doorId": "L12-MAIN", "member": "mbr_" + new_digits(c.rng, 6)})
    b.ok_json({"qr": new_hex(c.rng, 48), "ttl": 30, "readerSerial": "HK" + new_digits(c.rng, 9)})
    b.decoy("door QR token and the building reader's serial")
    return b.build()


def printer_job(c: Context) -> Flow:
    b = FB(c, "hotdesk", "POST", f"{API}/v1/print/jobs")
    b.header("user-agent", cfn("Hotdesk", "88"))
    b.json(
        {
            "printer": {
                "serialNumber": "CNB" + new_hex(c.rng, 7).upper(),
                "macAddress": ":".join(new_hex(c.rng, 2) for _ in range(6)).upper(),
                "name": "L12 Pantry HP",
            },
            "pages": c.rng.randint(1, 12),
            "duplex": True,
            "jobId": rid(c.rng),
        }
    )
    b.ok_json({"status": "queued", "position": c.rng.randint(1, 4)})
    b.decoy("shared printer serial / MAC: a rented, shared thing, not the tester's")
    return b.build()


def booking(c: Context) -> Flow:
    b = FB(c, "hotdesk", "POST", f"{API}/v1/bookings")
    b.header("user-agent", cfn("Hotdesk", "88"))
    b.json(
        {
            "roomId": "R10" + str(c.rng.randint(1, 4)),
            "from": iso(c),
            "mins": 60,
            "tajuk": "weekly sync",
        }
    )
    b.ok_json({"bookingRef": "BK" + new_digits(c.rng, 8), "price": rf(c.rng, 10, 40, 2)})
    b.decoy("room booking reference")
    return b.build()
