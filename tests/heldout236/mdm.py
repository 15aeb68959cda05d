"""The hospital's MDM: its Android handhelds (nurses' and porters' phones) check
in with their serial, IMEI and Wi-Fi MAC, and the engineer's console lists them;
her own phone runs the agent in a work profile, which checks in with the
profile's enrolment id and the agent's ANDROID_ID (a personal phone's work
profile cannot read its serial or IMEI). The handhelds are the hospital's
equipment, not hers: their ids are look-alikes, not her device's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .hospital import HANDHELDS, WARDS
from .phone import EB, iso, rf, rid, ua

API = "https://mdm.chuk-hospital.example"


def own_checkin(c: Context) -> Flow:
    b = EB(c, "mdm-agent", "POST", f"{API}/agent/v2/checkin")
    b.header("user-agent", ua("WorkAgent", "24.3"))
    b.json(
        {
            "enrollmentId": b.id("mdm_enrollment", where="json enrollmentId"),
            "androidId": b.id("aid_mdm", where="json androidId"),
            "mode": "WORK_PROFILE",
            "osVersion": "14",
            "compliance": {"encrypted": True, "passcode": True, "patchLevel": "2025-01-01"},
        }
    )
    b.ok_json({"commands": [], "nextCheckin": 900})
    return b.build()


def handheld_checkin(c: Context) -> Flow:
    sn, imei, mac = c.rng.choice(HANDHELDS)
    b = EB(c, "mdm-handheld", "POST", f"{API}/agent/v2/checkin")
    b.header("user-agent", "WorkAgent/24.3 (Android 13; SM-G736B)")
    b.decoy("hospital handheld's serial / IMEI / MAC (the institution's device, not the tester's)")
    b.json(
        {
            "serialNumber": sn,
            "imei": imei,
            "wifiMac": mac,
            "mode": "FULLY_MANAGED",
            "service": c.rng.choice(WARDS),
            "battery": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"commands": [], "nextCheckin": 900})
    return b.build()


def console_devices(c: Context) -> Flow:
    b = EB(c, "mdm-console", "GET", f"{API}/api/v1/devices?group=clinical&page=1")
    b.header("user-agent", ua("WorkConsole", "5.1"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.decoy("inventory of hospital handhelds (serials, IMEIs, MACs)")
    rows = [
        {
            "serialNumber": sn,
            "imei": imei,
            "wifiMac": mac,
            "service": c.rng.choice(WARDS),
            "lastSeen": iso(c),
        }
        for sn, imei, mac in c.rng.sample(HANDHELDS, 4)
    ]
    b.ok_json({"devices": rows, "total": len(HANDHELDS)})
    return b.build()


def console_locate(c: Context) -> Flow:
    sn, _imei, _mac = c.rng.choice(HANDHELDS)
    b = EB(c, "mdm-console", "POST", f"{API}/api/v1/devices/{sn}/commands")
    b.header("user-agent", ua("WorkConsole", "5.1"))
    b.decoy("command to a hospital handheld by serial")
    b.json({"type": "LOCATE", "requestedBy": b.acct("staff_no")})
    b.ok_json(
        {
            "commandId": rid(c.rng),
            "location": {"lat": rf(c.rng, -1.96, -1.95, 5), "lon": rf(c.rng, 30.06, 30.07, 5)},
        }
    )
    return b.build()


def app_catalog(c: Context) -> Flow:
    b = EB(c, "mdm-agent", "GET", f"{API}/agent/v2/apps")
    b.header("user-agent", ua("WorkAgent", "24.3"))
    b.ok_json(
        {
            "apps": [
                {"package": p, "version": v}
                for p, v in (("rw.chuk.pacs", "3.2"), ("rw.chuk.gmao", "1.9"), ("org.dhis2", "2.9"))
            ]
        }
    )
    return b.build()
