"""Suivi Moto: the GPS tracker on the family's motorbike (a Jakarta) and its app.

The tracker's modem IMEI identifies it (the family's own device). The app's
status call returns the tracker's IMEI; a keep-alive sends a SHA-1 of it under
`d` (opaque). Positions, trips, geofence alerts and the engine cut-off are
ordinary. A cousin's moto shown on the shared map is another person's device:
its tracker id is a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits

from .phone import FB, iso, ms, rf, ua

API = "https://gps.suivimoto.example"
UA = ua("SuiviMoto", "3.0.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "suivimoto", method, url)
    b.header("user-agent", UA)
    return b


def add_tracker(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/traceurs")
    b.json(
        {
            "imei_traceur": b.id("moto_imei", where="json imei_traceur"),
            "android_id": b.id("aid_moto", where="json android_id"),
            "nom": "Jakarta Papa",
            "sim": "+22170" + new_digits(c.rng, 7),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/traceurs/statut")
    imei = b.id("moto_imei", where="response json traceurs[].imei", direction="response")
    b.ok_json(
        {
            "traceurs": [
                {
                    "imei": imei,
                    "lat": rf(c.rng, 14.7, 14.8, 5),
                    "lng": rf(c.rng, -17.0, -16.9, 5),
                    "vitesse": c.rng.randint(0, 60),
                    "moteur": "on",
                }
            ]
        }
    )
    return b.build()


def keepalive_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ka")
    b.form(
        [
            ("d", b.id("moto_imei", "sha1", "form d (sha1 of tracker IMEI)", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def trips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/trajets?jour=hier")
    b.decoy("trip list with coordinates and speeds")
    b.ok_json(
        {
            "trajets": [
                {
                    "debut": iso(c),
                    "km": rf(c.rng, 1, 40, 1),
                    "points": [
                        [rf(c.rng, 14.7, 14.8, 5), rf(c.rng, -17.0, -16.9, 5)] for _ in range(5)
                    ],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def family_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/carte/partagee")
    b.decoy("cousin's moto tracker id on a shared map (another person's device)")
    b.ok_json(
        {
            "partages": [
                {
                    "nom": "Moto Ousmane",
                    "traceur": luhn_complete(new_digits(c.rng, 14, "86")),
                    "lat": rf(c.rng, 16.0, 16.05, 5),
                    "lng": rf(c.rng, -16.52, -16.48, 5),
                }
            ]
        }
    )
    return b.build()


def geofence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/zones")
    b.decoy("geofence circle")
    b.json(
        {
            "nom": "Maison Thiès",
            "centre": [rf(c.rng, 14.78, 14.8, 5), rf(c.rng, -16.94, -16.92, 5)],
            "rayon_m": 300,
        }
    )
    b.ok_json({"ok": True})
    return b.build()
