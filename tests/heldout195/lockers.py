"""ParcelPort: the lobby's package lockers. Pickup codes, tracking numbers and
the locker bank's serial (the building's) look like identifiers; none is a
device id of the tester's, and nothing here is watched or biometric."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, building_serial, iso, rid, ua

API = "https://lockers.parcelport.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "parcelport", method, url)
    b.header("user-agent", ua("ParcelPortAdmin", "2.7.0"))
    return b


def _tracking(c: Context) -> str:
    return c.rng.choice(["1Z", "CA", "LX"]) + "".join(str(c.rng.randint(0, 9)) for _ in range(16))


def deliveries(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/banks/{building_serial(c.rng, 'PP')}/parcels?status=waiting")
    b.decoy("locker bank serial, tracking numbers, pickup codes")
    b.ok_json(
        {
            "parcels": [
                {
                    "compartment": f"{c.rng.choice('ABCD')}{c.rng.randint(1, 40)}",
                    "unit": f"{c.rng.randint(2, 31)}{c.rng.randint(1, 12):02d}",
                    "carrier": c.rng.choice(["Canada Post", "Purolator", "Amazon", "UPS"]),
                    "tracking": _tracking(c),
                    "depositedAt": iso(c),
                    "pickupCode": f"{c.rng.randint(0, 999999):06d}",
                }
                for _ in range(c.rng.randint(3, 9))
            ]
        }
    )
    return b.build()


def open_compartment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/compartments/{c.rng.choice('ABCD')}{c.rng.randint(1, 40)}/open")
    b.decoy("operator override with a request id")
    b.json({"reason": "resident_locked_out", "operatorRequestId": rid(c.rng)})
    b.ok_json({"opened": True})
    return b.build()


def expiry_notice(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/notices")
    b.json(
        {
            "template": c.rng.choice(["colis_en_attente_fr", "parcel_waiting_en", "parcel_pa"]),
            "unit": f"{c.rng.randint(2, 31)}{c.rng.randint(1, 12):02d}",
            "daysWaiting": c.rng.randint(3, 9),
        }
    )
    b.ok_json({"queued": True})
    return b.build()
