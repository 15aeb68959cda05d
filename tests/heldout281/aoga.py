"""Aʻoga Māngere: an Auckland school's loan laptops on a student's home Wi-Fi.

The laptops belong to the school and sit in its inventory: the management
agent checks in with the asset tag, serial and Wi-Fi MAC of the school's
machine, fetches policy and reports installed updates. Those are institution
equipment ids, not a person's device identifiers; the student id is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import AB, iso, mac, rid

API = "https://mdm.aoga-mangere.example"
LAPTOPS = [("AM-LAP-0413", "5CD3291XQ7"), ("AM-LAP-0588", "5CD3291Z2K")]


def _b(c: Context, method: str, path: str) -> AB:
    b = AB(c, "aoga-mdm", method, f"{API}{path}", http_version="HTTP/1.1")
    b.header("user-agent", "SchoolMDMAgent/7.1 (Windows NT 10.0; school-owned)")
    b.header("x-request-id", rid(c.rng))
    return b


def checkin(c: Context) -> Flow:
    tag, serial = c.rng.choice(LAPTOPS)
    b = _b(c, "POST", "/api/v2/checkin")
    b.decoy("school loan laptop's asset tag / serial / MAC (institution inventory)")
    b.json(
        {
            "assetTag": tag,
            "serialNumber": serial,
            "wifiMac": mac(c.rng, "F4:26:79"),
            "borrower": "S" + str(c.rng.randint(20000, 29999)),
            "loanDue": iso(c)[:10],
            "os": "Windows 11 Education 23H2",
        }
    )
    b.ok_json({"policyVersion": c.rng.randint(30, 40), "next": 3600})
    return b.build()


def policy(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/v2/policy?v={c.rng.randint(30, 40)}")
    b.ok_json(
        {
            "blockedCategories": ["gambling", "adult"],
            "webcamAllowed": True,
            "faceUnlock": False,
            "screenTimeMinutes": 240,
        }
    )
    b.decoy("policy flags naming webcam / face unlock")
    return b.build()


def updates(c: Context) -> Flow:
    tag, _serial = c.rng.choice(LAPTOPS)
    b = _b(c, "POST", "/api/v2/inventory/updates")
    b.json(
        {
            "assetTag": tag,
            "installed": [f"KB50{c.rng.randint(30000, 49999)}" for _ in range(3)],
            "sha": new_hex(c.rng, 40),
        }
    )
    b.no_content()
    return b.build()
