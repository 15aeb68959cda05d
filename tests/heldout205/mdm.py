"""The hospital's MDM agent on the Melati ward's shared phone (a fully managed,
hospital-owned Galaxy XCover7, so the agent may read IMEI, serial and the
factory Wi-Fi MAC).

Check-ins report the hardware identifiers; the policy poll carries a SHA-1 of
the IMEI in a header named `x-h`. The policy document, the app inventory and
the location report of a managed device are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid

API = "https://mdm.rshusadawaras.example"
UA = "RSHW-MDM-Agent/3.3.0 (Android 14; SM-G556B)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-mdm", method, url)
    b.header("user-agent", UA)
    b.header("x-tenant", b.acct("mdm_tenant"))
    return b


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v1/checkin")
    b.json(
        {
            "imei": b.id("imei_bangsal", where="json imei"),
            "serialNumber": b.id("serial_bangsal", where="json serialNumber"),
            "wifiMac": b.id("mac_bangsal", where="json wifiMac"),
            "model": "SM-G556B",
            "osVersion": "14",
            "patchLevel": "2024-11-01",
            "ownership": "COMPANY_OWNED",
            "unit": "Bangsal Melati",
        }
    )
    b.ok_json({"policyVersion": 42, "nextCheckinSec": 900})
    return b.build()


def policy_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/agent/v1/policy?v=42")
    b.header("x-h", b.id("imei_bangsal", "sha1", "header x-h", detectable=False))
    b.ok_json(
        {
            "kioskMode": False,
            "cameraDisabled": False,
            "passwordMinLength": 6,
            "allowedApps": [
                "id.rshw.dasbor",
                "id.rshw.cctv",
                "id.rshw.tvbangsal",
                "id.rshw.farmasi",
            ],
        }
    )
    return b.build()


def status_jaringan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v1/status")
    b.json(
        {
            "serialNumber": b.id("serial_bangsal", where="json serialNumber"),
            "mac": b.id("mac_bangsal", "lower", "json mac"),
            "ssid": "RSHW-STAFF",
            "rssi": -c.rng.randint(40, 80),
            "baterai": c.rng.randint(15, 100),
            "waktu": iso(c),
        }
    )
    b.no_content()
    return b.build()


def app_inventory(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v1/apps")
    b.decoy("installed app list with versions (managed device inventory)")
    b.json(
        {
            "apps": [
                {"pkg": p, "ver": v}
                for p, v in (
                    ("id.rshw.dasbor", "7.4.0"),
                    ("id.rshw.cctv", "2.1.3"),
                    ("id.rshw.tvbangsal", "1.9.0"),
                    ("id.rshw.farmasi", "3.0.2"),
                )
            ],
            "reportId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def lokasi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v1/lokasi")
    b.decoy("managed device position (lat / lng) inside the hospital")
    b.json(
        {
            "lat": rf(c.rng, -7.2895, -7.2887, 6),
            "lng": rf(c.rng, 112.7343, 112.7351, 6),
            "akurasi": 12,
            "trace": new_hex(c.rng, 16),
        }
    )
    b.no_content()
    return b.build()
