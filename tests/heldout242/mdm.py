"""KalayaanMDM: the centre's device-management agent (the phone is company-owned
with a work profile, so the agent, as device owner, reads the IMEI, serial and
Wi-Fi MAC), and the handheld console a team lead sees.

The agent checks in with the phone's IMEI, serial, Wi-Fi MAC, its ANDROID_ID
and the enrollment id the server assigned; its compliance heartbeat carries a
SHA-1 of the IMEI under a one-letter form field. Policies, the managed app
catalogue and the compliance report (patch level, battery) are ordinary. The
floor's handhelds (Zebra-style scanners the runners carry) are listed by their
own IMEIs, serials and MACs and located on a floor map: the centre's
equipment, not her phone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import MODEL, PB, imei, iso, mac, ms, rf, rid, ua

API = "https://mdm.kalayaan-cx.example"
UA = ua("KalayaanMDM", "9.1.4")


def _b(c: Context, method: str, url: str) -> PB:
    b = PB(c, "kalayaan-mdm", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v2/checkin")
    b.json(
        {
            "enrollmentId": b.id("mdm_enrollment", where="json enrollmentId"),
            "imei": b.id("imei", where="json imei"),
            "serialNumber": b.id("serial", where="json serialNumber"),
            "wifiMac": b.id("wifi_mac", where="json wifiMac"),
            "androidId": b.id("aid_mdm", where="json androidId"),
            "model": MODEL,
            "mode": "COPE",
            "owner": b.acct("employee_id"),
        }
    )
    b.ok_json({"commands": [], "nextCheckinSec": 900})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/hb")
    b.form(
        [
            ("k", b.id("imei", "sha1", "form k (sha1)", detectable=False)),
            ("b", str(c.rng.randint(15, 100))),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/agent/v2/device/self")
    ser = b.id("serial", where="response json device.serialNumber", direction="response")
    b.ok_json({"device": {"serialNumber": ser, "group": "TEAM-LEADS", "compliant": True}})
    return b.build()


def policy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/agent/v2/policy?profile=work")
    b.ok_json(
        {
            "passwordMinLength": 6,
            "cameraInWorkProfile": False,
            "screenCapture": False,
            "allowedWifi": ["KCX-CORP", "KCX-FLOOR"],
            "vpn": "always-on",
        }
    )
    return b.build()


def app_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/agent/v2/apps")
    b.ok_json(
        {
            "apps": [
                {"package": p, "version": v, "required": True}
                for p, v in (
                    ("ph.kalayaan.floorlead", "3.8.2"),
                    ("ph.kalayaan.tawag", "6.2.1"),
                    ("ph.kalayaan.bantaygate", "2.4.0"),
                )
            ]
        }
    )
    return b.build()


def compliance(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v2/compliance")
    b.json(
        {
            "patchLevel": "2025-01-01",
            "encrypted": True,
            "battery": c.rng.randint(10, 100),
            "storageFreeMb": c.rng.randint(2000, 60000),
            "t": iso(c),
        }
    )
    b.ok_json({"compliant": True})
    return b.build()


def handheld_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/console/v2/devices?group=FLOOR-HANDHELDS&page=1")
    b.decoy("the centre's floor handhelds by IMEI, serial and Wi-Fi MAC (not her phone)")
    b.ok_json(
        {
            "devices": [
                {
                    "imei": imei(c.rng, "35302211"),
                    "serialNumber": "2" + new_digits(c.rng, 4) + "5" + new_digits(c.rng, 8),
                    "wifiMac": mac(c.rng, "94:FB:29"),
                    "model": "TC21",
                    "assignedTo": "runner-F" + str(c.rng.randint(8, 12)),
                    "lastCheckin": iso(c),
                }
                for _ in range(4)
            ],
            "total": c.rng.randint(30, 60),
        }
    )
    return b.build()


def handheld_locate(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/console/v2/devices/{new_hex(c.rng, 24)}/location")
    b.decoy("a floor handheld's coordinates (the centre's equipment)")
    b.ok_json(
        {
            "lat": rf(c.rng, 14.583, 14.589, 6),
            "lng": rf(c.rng, 121.058, 121.064, 6),
            "accuracyM": c.rng.randint(3, 30),
            "floor": c.rng.randint(8, 12),
        }
    )
    return b.build()
