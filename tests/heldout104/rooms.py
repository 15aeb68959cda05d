"""Proberaum Wien: booking rehearsal rooms by the hour.

Room lists with coordinates, hourly slots and prices, door codes for the
landlord's smart lock (the lock's id and MAC are the landlord's), invoices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.proberaum-wien.example"
UA = ua("ProberaumWien", "4.2.0")
ROOMS = ["Raum A (Schlagzeug)", "Raum B (Flügel)", "Raum C (klein)", "Studio Keller"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "proberaum", method, API + path)
    b.header("user-agent", UA)
    return b


def rooms(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/raeume?lat={rf(c.rng, 48.17, 48.24, 4)}&lon={rf(c.rng, 16.3, 16.42, 4)}")
    b.decoy("rooms with coordinates and hourly prices")
    b.ok_json(
        {
            "raeume": [
                {
                    "name": n,
                    "bezirk": c.rng.choice(["1150", "1160", "1050", "1100"]),
                    "lat": rf(c.rng, 48.17, 48.24, 5),
                    "lon": rf(c.rng, 16.3, 16.42, 5),
                    "preis_eur_h": rf(c.rng, 8, 25, 2),
                }
                for n in ROOMS
            ]
        }
    )
    return b.build()


def slots(c: Context) -> Flow:
    b = _b(
        c, "GET", f"/v1/raeume/{c.rng.randint(1, 40)}/slots?datum=2026-12-0{c.rng.randint(1, 9)}"
    )
    b.ok_json(
        {
            "slots": [
                {"von": f"{h:02d}:00", "bis": f"{h + 1:02d}:00", "frei": c.rng.random() < 0.6}
                for h in range(9, 23)
            ]
        }
    )
    return b.build()


def book(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/buchungen")
    b.decoy("booking number and idempotency key")
    b.json(
        {
            "raum": c.rng.randint(1, 40),
            "von": iso(c),
            "dauer_h": c.rng.randint(1, 4),
            "zahlart": "kreditkarte",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"buchungsnummer": "PR-" + new_digits(c.rng, 7), "betrag_eur": rf(c.rng, 10, 90, 2)})
    return b.build()


def door_code(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/buchungen/PR-{new_digits(c.rng, 7)}/zutritt")
    b.decoy("the landlord's smart-lock id and BLE MAC: the rehearsal house's device, not hers")
    mac = "D4:8C:49:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
    b.ok_json(
        {
            "tuercode": new_digits(c.rng, 6),
            "schloss": {"id": "NUKI-" + new_hex(c.rng, 8).upper(), "ble_mac": mac},
            "gueltig_bis": iso(c),
        }
    )
    return b.build()
