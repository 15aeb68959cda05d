"""Tawsil Track: the family car's GPS tracker and its companion app.

The tracker (its own SIM and IMEI) reports positions over the OsmAnd HTTP
protocol that Traccar servers accept (`?id=...&lat=&lon=&timestamp=&speed=`):
its IMEI under a bare `id` is labelled not readable (an `id` could be anything).
The companion app lists the tracker with `imei` and the car's VIN and sends its
ANDROID_ID when it registers. Trips, geofences and fuel prices are ordinary
data; the borrowed rental car's box id in the "véhicule prêté" screen is not
the family's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://app.tawsiltrack.example"
OSMAND = "http://gps.tawsiltrack.example:5055/"
UA = ua("TawsilTrack", "1.9.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tawsil", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def osmand_position(c: Context) -> Flow:
    b = FB(c, "tracker", "GET", OSMAND, http_version="HTTP/1.1")
    b.header("user-agent", "GT06-HTTP/1.0")
    b.param(
        "id",
        b.id("tracker_imei", where="query id (tracker IMEI under a bare id)", detectable=False),
    )
    b.param("lat", str(rf(c.rng, 35.68, 35.72, 6)))
    b.param("lon", str(rf(c.rng, -0.66, -0.60, 6)))
    b.param("timestamp", str(int(c.now)))
    b.param("speed", str(c.rng.randint(0, 90)))
    b.param("batt", str(c.rng.randint(60, 100)))
    b.respond(200, "text/plain", b"")
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ajhiza")
    imei = b.id("tracker_imei", where="response json [0].imei", direction="response")
    vin = b.id("car_vin", where="response json [0].vin (the family car)", direction="response")
    b.ok_json(
        [
            {
                "imei": imei,
                "vin": vin,
                "ism": "Logan dyal l3a2ila",
                "batterie": c.rng.randint(60, 100),
                "derniere_position": [rf(c.rng, 35.6, 35.8, 5), rf(c.rng, -0.7, -0.6, 5)],
            }
        ]
    )
    return b.build()


def add_tracker(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ajhiza")
    b.json(
        {
            "imei": b.id("tracker_imei", where="json imei"),
            "vin": b.id("car_vin", where="json vin"),
            "android_id": b.id("aid_tracker", where="json android_id"),
            "compte": b.acct("tracker_account"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def trips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rihlat?yawm=ams")
    b.decoy("trip coordinate list and speed series")
    b.ok_json(
        {
            "rihlat": [
                {
                    "bda": iso(c),
                    "km": rf(c.rng, 2, 60, 1),
                    "nokat": [
                        [rf(c.rng, 35.6, 35.8, 5), rf(c.rng, -0.7, -0.6, 5)] for _ in range(6)
                    ],
                    "sor3a": [c.rng.randint(0, 90) for _ in range(6)],
                }
            ]
        }
    )
    return b.build()


def loaner_car(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/vehicule-prete")
    b.decoy("rental car's tracker box id and plate (the rental company's device, lent)")
    b.ok_json(
        {
            "loueur": "Oran Location",
            "boitier": f"RB{c.rng.randint(10**8, 10**9)}",
            "plaque": f"{c.rng.randint(10000, 99999)}-119-31",
            "retour": iso(c),
        }
    )
    return b.build()


def geofence(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/hudud")
    b.json(
        {
            "ism": "Dar",
            "lat": rf(c.rng, 35.69, 35.7, 5),
            "lng": rf(c.rng, -0.64, -0.63, 5),
            "radius_m": 300,
        }
    )
    b.no_content()
    return b.build()
