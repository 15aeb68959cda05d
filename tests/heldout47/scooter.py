"""A Tier / Lime-like e-scooter and car-sharing app: nearby vehicles with their
frame serials and plates, ride time against the booked limit, battery levels.
The vehicle's codes belong to the fleet, not to the phone: hard decoys."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import app, iso, rf, rid

API = "https://platform.tier-services.io/v2"


def nearby(c: Context) -> Flow:
    b = app(c, "scooter", "GET", f"{API}/vehicle")
    b.param("lat", str(rf(c.rng, 52.4, 52.6)))
    b.param("lng", str(rf(c.rng, 13.2, 13.5)))
    b.param("radius", "500")
    b.ok_json(
        {
            "data": [
                {
                    "id": rid(c.rng),
                    "type": "vehicle",
                    "attributes": {
                        "code": c.rng.randint(100000, 999999),
                        "licencePlate": f"{c.rng.randint(100, 999)}XYZ",
                        "frameSerial": "TS" + new_hex(c.rng, 10).upper(),
                        "batteryLevel": c.rng.randint(10, 100),
                        "lat": rf(c.rng, 52.4, 52.6),
                        "lng": rf(c.rng, 13.2, 13.5),
                    },
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy(
        "fleet scooters' frame serials and plate numbers: the operator's vehicles, not this phone"
    )
    return b.build()


def ride_status(c: Context) -> Flow:
    b = app(c, "scooter", "GET", f"{API}/rentals/current")
    limit = c.rng.choice([1200, 1800, 3600])
    b.ok_json(
        {
            "rentalId": rid(c.rng),
            "elapsedSeconds": c.rng.randint(30, limit),
            "limitSeconds": limit,
            "priceCentsSoFar": c.rng.randint(100, 900),
            "vehicleCode": c.rng.randint(100000, 999999),
            "startedAt": iso(c),
        }
    )
    b.decoy("ride elapsed vs limit seconds: looks like a playback position, is a rental timer")
    return b.build()


def end_ride(c: Context) -> Flow:
    b = app(c, "scooter", "POST", f"{API}/rentals/{rid(c.rng)}/end")
    b.json(
        {
            "parkingPhotoTaken": True,
            "lat": rf(c.rng, 52.4, 52.6),
            "lng": rf(c.rng, 13.2, 13.5),
            "durationSec": c.rng.randint(200, 1800),
        }
    )
    b.ok_json({"status": "ENDED", "totalCents": c.rng.randint(200, 1500)})
    b.decoy("end of ride: duration seconds, a flag for the parking photo")
    return b.build()


def car_unlock(c: Context) -> Flow:
    b = app(c, "carshare", "POST", "https://api.share-now.com/api/v3/vehicles/unlock")
    b.json(
        {
            "vin": "WME4530421" + str(c.rng.randint(1000000, 9999999)),
            "bluetoothKey": new_hex(c.rng, 32),
            "fuelLevelPct": c.rng.randint(20, 99),
        }
    )
    b.ok_json({"unlocked": True, "reservationMinutesLeft": c.rng.randint(0, 20)})
    b.decoy("the shared car's VIN and a one-time BLE key: fleet car, not the phone")
    return b.build()
