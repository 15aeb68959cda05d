"""FlotaMDM: the practice's staff tablets (reception, hygienists) on a device manager.

The tablets belong to the practice and are used by staff: their IMEIs, serials
and MACs are an employer's devices, not the dentist's own (decoys). The admin's
staff id is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits

from .phone import FB, iso, mac, rf, rid, serial, ua

API = "https://console.flotamdm.example/api/v2"
UA = ua("FlotaMDM Admin", "11.2.0")
PUESTOS = ["recepcion-mad", "higienista-1", "higienista-2", "recepcion-vlc"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "flotamdm", method, url)
    b.header("user-agent", UA)
    b.header("x-admin", b.acct("staff_user"))
    return b


def inventario(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/devices?group=clinica-ribera&page=1")
    b.decoy("staff tablets' IMEI, serial, Wi-Fi MAC (the practice's devices, not the tester's)")
    b.ok_json(
        {
            "devices": [
                {
                    "name": p,
                    "imei": luhn_complete(new_digits(c.rng, 14, "35")),
                    "serialNumber": serial(c.rng, "R9", 9),
                    "wifiMac": mac(c.rng, "5C:51:81"),
                    "battery": c.rng.randint(10, 100),
                    "lastCheckIn": iso(c),
                    "compliant": c.rng.random() < 0.9,
                }
                for p in PUESTOS
            ]
        }
    )
    return b.build()


def politica(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/policies/kiosko-recepcion")
    b.decoy("a kiosk policy for the practice's tablets")
    b.json(
        {
            "kioskApp": "es.gestionribera.recepcion",
            "allowCamera": False,
            "screenTimeoutSec": 300,
            "wifi": {"ssid": "Ribera-Staff", "security": "WPA2"},
        }
    )
    b.ok_json({"version": c.rng.randint(10, 99)})
    return b.build()


def ubicacion_tablet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/devices/{rid(c.rng)}/location")
    b.decoy("a staff tablet's coordinates (business device, ordinary coordinates)")
    b.ok_json(
        {"lat": rf(c.rng, 40.43, 40.44, 5), "lng": rf(c.rng, -3.71, -3.70, 5), "accuracy": 18}
    )
    return b.build()


def comando(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices/{rid(c.rng)}/commands")
    b.json({"type": c.rng.choice(["LOCK", "SYNC", "INSTALL_APP"]), "requestId": rid(c.rng)})
    b.ok_json({"status": "queued"})
    return b.build()
