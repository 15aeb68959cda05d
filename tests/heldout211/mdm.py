"""FleetDesk MDM console: the school's 40 student tablets under mobile device
management, run from the coordinator's phone.

Every call lists or commands the school's tablets by serial number and Wi-Fi
MAC (the MDM's asset inventory), with battery, storage, last check-in, the
room a tablet was last seen in (`ibi` = place) and its kiosk app. These are
school assets shown to their administrator, not the phone's identifiers: all
ordinary traffic here (hard decoys: serials, MACs, `position` in a charging
cart, "last seen" times).
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import CB, iso, mac_addr, rf, rid, ua

API = "https://amc-surulere.fleetdesk.example/api/v2"
UA = ua("FleetDeskAdmin", "3.9.0")
ROOMS = ["JSS1A", "JSS2B", "SS1 Science", "SS2 Arts", "ICT Lab", "Library", "Staff Room"]


def _fleet() -> list[dict[str, object]]:
    rng = random.Random(211_001)
    return [
        {
            "serial": "R9ZT" + new_hex(rng, 7).upper(),
            "wifiMac": mac_addr(rng, "5C:C1:D7"),
            "model": "SM-X205",
            "name": f"AMC-TAB-{i:02d}",
            "cartSlot": i,
        }
        for i in range(1, 41)
    ]


FLEET = _fleet()


def _b(c: Context, method: str, url: str) -> CB:
    b = CB(c, "fleetdesk", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def device_list(c: Context) -> Flow:
    page = c.rng.randint(1, 4)
    b = _b(c, "GET", f"{API}/devices?group=students&page={page}&size=10")
    b.decoy("school tablets' serials and Wi-Fi MACs (MDM asset inventory)")
    rows = []
    for t in FLEET[(page - 1) * 10 : page * 10]:
        rows.append(
            {
                **t,
                "battery": c.rng.randint(3, 100),
                "storageFreeMb": c.rng.randint(500, 20000),
                "lastCheckIn": iso(c),
                "ibi": c.rng.choice(ROOMS),
                "kioskApp": "ng.kilaasiplus.student",
                "compliant": c.rng.random() > 0.1,
            }
        )
    b.ok_json({"total": 40, "page": page, "devices": rows})
    return b.build()


def device_detail(c: Context) -> Flow:
    t = c.rng.choice(FLEET)
    b = _b(c, "GET", f"{API}/devices/{t['serial']}")
    b.decoy("one school tablet's serial, MAC, IMEI-less Wi-Fi model, charging-cart position")
    b.ok_json(
        {
            **t,
            "osVersion": "14",
            "securityPatch": "2024-10-01",
            "position": {"cart": "B", "slot": t["cartSlot"]},
            "lastSeen": {"ibi": c.rng.choice(ROOMS), "at": iso(c)},
            "installedApps": ["ng.kilaasiplus.student", "ng.amc.cbt", "org.wikipedia"],
        }
    )
    return b.build()


def lock_command(c: Context) -> Flow:
    t = c.rng.choice(FLEET)
    b = _b(c, "POST", f"{API}/devices/{t['serial']}/commands")
    b.decoy("command addressed to a school tablet by serial")
    b.json(
        {
            "type": c.rng.choice(["LOCK", "RING", "CLEAR_PASSCODE", "RESTART"]),
            "message": "Abeg return this tablet to ICT lab",
            "issuedBy": b.acct("staff_no"),
        }
    )
    b.ok_json({"commandId": new_hex(c.rng, 24), "status": "QUEUED"})
    return b.build()


def push_app(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/policies/students/apps")
    b.json(
        {
            "package": c.rng.choice(["ng.kilaasiplus.student", "ng.amc.cbt", "com.khanacademy"]),
            "versionCode": c.rng.randint(100, 400),
            "mandatory": True,
            "scheduleWindow": {"from": "16:00", "to": "18:00"},
        }
    )
    b.ok_json({"queuedFor": 40})
    return b.build()


def compliance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reports/compliance?group=students")
    b.decoy("fleet counts and non-compliant tablets by name")
    bad = c.rng.sample(FLEET, 3)
    b.ok_json(
        {
            "compliant": 37,
            "nonCompliant": [{"name": t["name"], "reason": "OS update pending"} for t in bad],
            "generatedAt": iso(c),
            "avgBattery": rf(c.rng, 40, 90, 1),
        }
    )
    return b.build()


def enrol_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/enrolment/tokens")
    b.decoy("enrolment QR token for a new tablet")
    b.json({"group": "students", "expiresInHours": 24})
    b.ok_json({"token": "AMC-" + new_digits(c.rng, 8), "qr": "data:image/png;base64,iVBORw0KGgo"})
    return b.build()
