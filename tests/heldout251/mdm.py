"""The resort's MDM: the agent on the manager's own phone, and the console she uses
to watch the surveillance floor's staff handhelds.

Her phone's agent (device owner) checks in with its own serial, IMEI, factory
Wi-Fi MAC and ANDROID_ID (`serialNumber`, `imei`, `wifiMac`, `androidId`) and
the MDM's enrolment UDID; its heartbeat carries a SHA-256 of the IMEI in a
header named `x-agent-sig`. Those are the tester's own device ids.

Everything the console shows is the resort's: the inventory of staff
handhelds (Zebra TC-class scanners and the floor team's Android phones) with
their serials, IMEIs, Wi-Fi MACs and ANDROID_IDs, compliance counts, a lost
handheld's lock command, the app catalogue. The same key names as the agent's
check-in, on devices that are not hers: labelled negative, with decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, equipment_mac, handheld_imei, handheld_serial, iso, rf, rid

API = "https://mdm.it.lotusbay.example"
AGENT_UA = "LotusMDMAgent/24.6.1 (Android 14; SM-S9110)"
GROUPS = ["SURV-FLOOR", "SURV-ROOM", "TABLE-GAMES", "CAGE", "HOTEL-FO"]
MODELS = [("Zebra", "TC52"), ("Zebra", "TC58"), ("samsung", "SM-A546E"), ("samsung", "SM-G736B")]
ZONES = ["Casino L1 北區", "Casino L1 南區", "VIP L3", "Cage", "Hotel Lobby", "監控室"]


def _agent(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-mdm", method, url)
    b.header("user-agent", AGENT_UA)
    b.header("authorization", "Bearer " + b.acct("mdm_token"))
    return b


def _console(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-mdm-console", method, url)
    b.header("user-agent", "LotusMDMConsole/24.6.1 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-staff-no", b.acct("staff_no"))
    return b


def agent_checkin(c: Context) -> Flow:
    b = _agent(c, "POST", f"{API}/agent/v2/checkin")
    b.json(
        {
            "udid": b.id("mdm_udid", where="json udid"),
            "serialNumber": b.id("phone_serial", where="json serialNumber"),
            "imei": b.id("imei", where="json imei"),
            "wifiMac": b.id("wifi_mac", where="json wifiMac"),
            "androidId": b.id("aid_mdm", where="json androidId"),
            "model": "SM-S9110",
            "osVersion": "14",
            "securityPatch": "2024-12-01",
            "encrypted": True,
            "ts": iso(c),
        }
    )
    b.ok_json({"commands": [], "nextCheckin": 900})
    return b.build()


def agent_heartbeat_opaque(c: Context) -> Flow:
    b = _agent(c, "POST", f"{API}/agent/v2/hb")
    b.header("x-agent-sig", b.id("imei", "sha256", "header x-agent-sig", detectable=False))
    b.json({"battery": c.rng.randint(20, 100), "charging": c.rng.random() < 0.3, "ts": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def _handheld(c: Context) -> dict[str, object]:
    make, model = c.rng.choice(MODELS)
    return {
        "serialNumber": handheld_serial(c.rng),
        "imei": handheld_imei(c.rng),
        "wifiMac": equipment_mac(c.rng, c.rng.choice(["00:15:70", "94:FB:29", "A4:30:7A"])),
        "androidId": new_hex(c.rng, 16),
        "make": make,
        "model": model,
        "assignedTo": "S" + str(c.rng.randint(400000, 499999)),
        "zone": c.rng.choice(ZONES),
        "battery": c.rng.randint(5, 100),
        "lastSeen": iso(c),
    }


def inventory(c: Context) -> Flow:
    group = c.rng.choice(GROUPS)
    b = _console(c, "GET", f"{API}/console/api/v1/devices?group={group}&page=1&size=25")
    b.decoy("staff handhelds' serials / IMEIs / Wi-Fi MACs (the resort's devices, not hers)")
    b.ok_json({"group": group, "total": 25, "devices": [_handheld(c) for _ in range(6)]})
    return b.build()


def device_detail(c: Context) -> Flow:
    serial = handheld_serial(c.rng)
    b = _console(c, "GET", f"{API}/console/api/v1/devices/{serial}")
    b.decoy("one staff handheld's identifiers (the resort's device)")
    detail = _handheld(c)
    detail["serialNumber"] = serial
    detail["apps"] = ["com.lotusbay.floor", "com.lotusbay.ptt", "com.zebra.scanner"]
    b.ok_json(detail)
    return b.build()


def lock_lost(c: Context) -> Flow:
    serial = handheld_serial(c.rng)
    b = _console(c, "POST", f"{API}/console/api/v1/devices/{serial}/commands")
    b.decoy("lock command for a lost staff handheld (serial in path)")
    b.json({"command": "LOCK", "message": "此裝置屬蓮灣度假村所有 請交回保安部", "reason": "LOST"})
    b.ok_json({"commandId": rid(c.rng), "status": "QUEUED"})
    return b.build()


def compliance(c: Context) -> Flow:
    b = _console(c, "GET", f"{API}/console/api/v1/reports/compliance?group=ALL")
    b.decoy("fleet compliance counts")
    b.ok_json(
        {
            "total": 412,
            "compliant": c.rng.randint(380, 410),
            "byGroup": {g: c.rng.randint(30, 120) for g in GROUPS},
            "patchLagDays": rf(c.rng, 5, 40, 1),
        }
    )
    return b.build()


def app_catalogue(c: Context) -> Flow:
    b = _agent(c, "GET", f"{API}/agent/v2/apps/catalogue")
    b.ok_json(
        {
            "apps": [
                {"pkg": p, "version": v}
                for p, v in (("com.lotusbay.surv", "8.2.0"), ("com.lotusbay.ptt", "3.4.1"))
            ]
        }
    )
    return b.build()
