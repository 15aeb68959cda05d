"""A student-housing sauna / laundry booking app ("Bokning": SSSB / SiO / HOAS
style buildings).

The app's own backend, fronting the building's booking panels. Machine ids,
panel serials and the controller's MAC belong to the housing company's shared
machines; a booking is a time slot.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rid, ua

API = "https://booking.studentbo-app.se"
UA = ua("Bokning", "2.4.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bokning", method, API + path)
    b.header("user-agent", UA)
    b.header("cookie", "sessionid=" + new_hex(c.rng, 32))
    return b


def slots(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/pass?resurs=" + c.rng.choice(["tvatt", "bastu", "torkrum"]))
    rows = [
        {"maskinId": f"TM-{c.rng.randint(1, 8)}", "start": iso(c), "ledig": c.rng.random() < 0.5}
        for _ in range(10)
    ]
    b.ok_json({"pass": rows})
    b.decoy("laundry/sauna slots by shared machine id")
    return b.build()


def book(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/bokningar")
    b.json(
        {
            "resurs": c.rng.choice(["tvättstuga 2", "bastu A"]),
            "maskinId": f"TM-{c.rng.randint(1, 8)}",
            "start": iso(c),
            "lägenhet": f"{c.rng.randint(1000, 1999)}",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"bokningsnummer": new_digits(c.rng, 7)})
    b.decoy("booking of a shared machine with apartment number and request id")
    return b.build()


def machine_status(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v1/maskiner/{c.rng.randint(1, 8)}/status")
    mac = "B8:27:EB:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
    b.ok_json(
        {
            "deviceId": "ELX-" + new_hex(c.rng, 10).upper(),
            "serialNumber": "9147" + new_digits(c.rng, 8),
            "controllerMac": mac,
            "program": "60°",
            "remainingMin": c.rng.randint(0, 75),
            "doorLocked": True,
        }
    )
    b.decoy("shared washing machine's deviceId, serial and controller MAC (the building's)")
    return b.build()


def sauna_temp(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/bastu/A/temperatur")
    b.ok_json(
        {
            "temp": [round(c.rng.uniform(20, 85), 1) for _ in range(20)],
            "sensor": "RUUVI-" + new_hex(c.rng, 12).upper(),
            "fukt": c.rng.randint(10, 40),
        }
    )
    b.decoy("sauna temperature series and the building's RuuviTag sensor id")
    return b.build()
