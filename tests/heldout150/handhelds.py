"""Frota MDM and the staff-task app on the hotel's Zebra handhelds.

The handhelds belong to the hotel (employer's devices): their IMEIs, serials
and MACs are look-alikes, not the tester's ids. The same MDM enrols the
manager's own phone as a BYOD work profile and checks it in with the phone's
IMEI, serial and Wi-Fi MAC: those are the tester's device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, hotel_mac, iso, rid, room, ua

MDM = "https://mdm.miradouro.example/frota/api/v2"
TASKS = "https://tasks.miradouro.example/api/v1"


def _b(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


def handheld_checkin(c: Context) -> Flow:
    b = _b(c, "frota-mdm", "POST", f"{MDM}/devices/checkin", "FrotaAgent/7.2 (Zebra TC52)")
    b.decoy("MDM check-in of a hotel-owned Zebra handheld: IMEI, serial, MAC (employer's device)")
    b.json(
        {
            "imei": luhn_complete(new_digits(c.rng, 14, "35")),
            "serialNumber": new_digits(c.rng, 5) + "52" + new_digits(c.rng, 7),
            "wifiMac": hotel_mac(c.rng, "94:FB:29"),
            "battery": c.rng.randint(10, 100),
            "assignedTo": "pool-housekeeping",
            "ownership": "corporate",
        }
    )
    b.ok_json({"commands": []})
    return b.build()


def byod_checkin(c: Context) -> Flow:
    b = _b(c, "frota-mdm", "POST", f"{MDM}/devices/checkin", ua("FrotaAgent", "7.2"))
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "serialNumber": b.id("serial", where="json serialNumber"),
            "wifiMac": b.id("wifi_mac", "upper", "json wifiMac"),
            "battery": c.rng.randint(10, 100),
            "ownership": "personal",
            "workProfile": True,
        }
    )
    b.ok_json({"commands": [{"type": "syncPolicy", "id": rid(c.rng)}]})
    return b.build()


def byod_compliance(c: Context) -> Flow:
    b = _b(c, "frota-mdm", "GET", f"{MDM}/compliance", ua("FrotaAgent", "7.2"))
    b.header("x-frota-device", b.id("serial", "sha256", "header x-frota-device (SHA-256)"))
    b.ok_json({"compliant": True, "checkedAt": iso(c)})
    return b.build()


def task_feed(c: Context) -> Flow:
    b = _b(c, "staff-tasks", "GET", f"{TASKS}/tasks?shift=night", "StaffTasks/3.0 (Zebra TC52)")
    b.decoy("staff task list: rooms, task ids, due times")
    b.ok_json(
        {
            "tasks": [
                {"id": rid(c.rng), "room": room(c.rng), "what": c.rng.choice(
                    ["toalhas extra", "berço", "avaria AC", "room service tabuleiro"]),
                 "due": iso(c)}
                for _ in range(5)
            ]
        }
    )  # fmt: skip
    return b.build()


def staff_chat(c: Context) -> Flow:
    b = _b(c, "staff-tasks", "POST", f"{TASKS}/chat/messages", ua("StaffTasks", "3.0"))
    b.json(
        {
            "channel": "turno-noite",
            "text": c.rng.choice(["quarto 412 pede silêncio", "porta garagem ok", "táxi às 5h"]),
            "clientMsgId": rid(c.rng),
            "sentAt": iso(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24)})
    return b.build()
