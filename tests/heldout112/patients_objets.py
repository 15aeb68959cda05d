"""Suivi connecté: patients' own wearables, synced through the therapist's app.

Patients pair their activity trackers and connected scales with the practice so
that step counts, heart rate and knee-brace range of motion show in their file.
The devices' serials, MACs and the vendors' device ids are the PATIENTS'
devices, not the tester's: decoys under the issue's definition, never labelled.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from .phone import FB, iso, mac_like, rf, rid, serial_like, ua

API = "https://api.kinetika.example"
UA = ua("Kinetika", "3.8.2")
VENDORS = [("Withings", "ScanWatch 2"), ("Garmin", "Forerunner 265"), ("Fitbit", "Charge 6")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinetika-suivi", method, url)
    b.header("user-agent", UA)
    return b


def wearable_sync(c: Context) -> Flow:
    vendor, model = c.rng.choice(VENDORS)
    b = _b(c, "POST", f"{API}/v2/patients/pat_{c.rng.randint(100000, 999999)}/objets/sync")
    b.decoy("a patient's tracker: serial, MAC and deviceId of the patient's device")
    b.json(
        {
            "objet": {
                "fabricant": vendor,
                "modele": model,
                "deviceId": new_hex(c.rng, 24),
                "numeroSerie": serial_like(c.rng, "PT"),
                "mac": mac_like(c.rng),
            },
            "pas": [c.rng.randint(0, 1500) for _ in range(24)],
            "fcRepos": c.rng.randint(50, 80),
            "derniereSynchro": iso(c),
        }
    )
    b.ok_json({"importe": 24})
    return b.build()


def knee_brace(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/orthese/amplitude")
    b.decoy("a patient's connected knee brace: its BLE address and range-of-motion series")
    b.json(
        {
            "orthese": {"ble": mac_like(c.rng), "sn": serial_like(c.rng, "KB")},
            "flexion_deg": [rf(c.rng, 0, 125, 1) for _ in range(30)],
            "extension_deficit_deg": rf(c.rng, 0, 8, 1),
            "journee": iso(c)[:10],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def scale_weight(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/patients/pat_{c.rng.randint(100000, 999999)}/pesees")
    b.decoy("a patient's connected scale readings and its device id")
    b.ok_json(
        {
            "balance": {"deviceid": new_uuid(c.rng), "modele": "Body+"},
            "mesures": [
                {"date": iso(c)[:10], "poids_kg": rf(c.rng, 55, 100, 1), "id": rid(c.rng)}
                for _ in range(6)
            ],
        }
    )
    return b.build()
