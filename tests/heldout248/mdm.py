"""The line's MDM (a fictional Fleetdesk MDM, shore-side over the ship's satellite link).

Two sides share one server. The console: the officer, as IT officer, lists the
crew handhelds with their IMEIs, serials and Wi-Fi MACs, locks a lost one and
reads app-deployment status; those identifiers are the ship's handhelds, not
the tester's device, so those flows carry no label (each says so as a
decoy). The agent: her own phone is enrolled as device owner, so its agent
checks in with her phone's IMEI, serial, Wi-Fi MAC and its ANDROID_ID, polls
for commands with the enrolment id in a header, and sends a compact
inventory keyed by hashes of the IMEI and serial under one-letter keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .nave import CREW, SHORE, ship, ship_mac
from .phone import OB, dalvik, iso, ms, rid

API = f"https://mdm.{SHORE}/fleetdesk"
APP = ("Fleetdesk Console", "11.2")
HANDHELDS = "crew handhelds' IMEIs / serials / MACs (the ship's devices, not the tester's)"


def _agent(c: Context, method: str, path: str) -> OB:
    b = OB(c, "fleetdesk-agent", method, f"{API}/agent/v2/{path}")
    b.header("user-agent", "FleetdeskAgent/11.2.0 " + dalvik())
    return b


def agent_checkin(c: Context) -> Flow:
    b = _agent(c, "POST", "checkin")
    b.json(
        {
            "enrollmentId": b.id("mdm_enrollment_id", where="json enrollmentId"),
            "hardware": {
                "imei": b.id("imei", where="json hardware.imei"),
                "serialNumber": b.id("phone_serial", where="json hardware.serialNumber"),
                "wifiMac": b.id("wifi_mac", where="json hardware.wifiMac"),
                "androidId": b.id("aid_mdm", where="json hardware.androidId"),
                "model": "SM-S911B",
            },
            "os": {"release": "14", "patch": "2025-05-01"},
            "battery": c.rng.randint(15, 100),
            "network": {"ssid": "SDM-CREW", "bssidVendor": "Cisco"},
            "ts": iso(c),
        }
    )
    b.ok_json({"nextCheckInSec": 900, "pendingCommands": c.rng.randint(0, 2)})
    return b.build()


def agent_poll(c: Context) -> Flow:
    b = _agent(c, "GET", "commands")
    b.header("x-enrollment-id", b.id("mdm_enrollment_id", where="header x-enrollment-id"))
    b.ok_json({"commands": [{"id": rid(c.rng), "type": "INSTALL_APP", "pkg": "it.la.ops"}]})
    return b.build()


def agent_inventory_hashed(c: Context) -> Flow:
    """The compact inventory: hashes of the IMEI and the serial under 'h' and 's'."""
    b = _agent(c, "POST", "inv")
    b.json(
        {
            "h": b.id("imei", "sha256", "json h", detectable=False),
            "s": b.id("phone_serial", "md5", "json s", detectable=False),
            "a": [["it.la.ops", 642], ["com.visioneplus.app", 512], ["es.sonora.musica", 3080]],
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def handhelds(c: Context) -> Flow:
    b = ship(c, "fleetdesk", "GET", f"{API}/api/v1/devices?group=crew-handhelds&page=1", *APP)
    b.decoy(HANDHELDS)
    b.ok_json(
        {
            "devices": [
                {
                    "name": f"HH-{c.rng.randint(100, 399)}",
                    "assignedTo": c.rng.choice(CREW),
                    "imei": luhn_complete(new_digits(c.rng, 14, "35")),
                    "serialNumber": "R5CT" + new_digits(c.rng, 3) + new_hex(c.rng, 4).upper(),
                    "wifiMac": ship_mac(c, "F0:5B:7B").lower(),
                    "lastCheckIn": iso(c),
                    "compliant": c.rng.random() < 0.9,
                }
                for _ in range(c.rng.randint(3, 6))
            ],
            "total": 212,
        }
    )
    return b.build()


def lock_lost_handheld(c: Context) -> Flow:
    b = ship(c, "fleetdesk", "POST", f"{API}/api/v1/devices/commands", *APP)
    b.decoy(HANDHELDS)
    b.json(
        {
            "imei": luhn_complete(new_digits(c.rng, 14, "35")),
            "command": "LOCK",
            "message": "Dispositivo smarrito - riportare al Guest Services ponte 5",
        }
    )
    b.ok_json({"commandId": rid(c.rng), "status": "SENT"})
    return b.build()


def deployment_status(c: Context) -> Flow:
    b = ship(c, "fleetdesk", "GET", f"{API}/api/v1/apps/it.la.ops/deployment", *APP)
    b.ok_json(
        {
            "version": "6.4.2",
            "installed": c.rng.randint(150, 212),
            "pending": c.rng.randint(0, 40),
            "failed": c.rng.randint(0, 5),
        }
    )
    return b.build()


def compliance(c: Context) -> Flow:
    b = ship(c, "fleetdesk", "GET", f"{API}/api/v1/reports/compliance?fleet=SDM", *APP)
    b.ok_json(
        {
            "rules": [
                {"rule": r, "nonCompliant": c.rng.randint(0, 12)}
                for r in ("os-patch-90d", "screen-lock", "no-root", "mac-randomization-off")
            ],
            "generatedAt": iso(c),
            "reportId": new_hex(c.rng, 20),
        }
    )
    return b.build()


FLOWS = [handhelds, lock_lost_handheld, deployment_status, compliance, handhelds]
