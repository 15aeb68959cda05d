"""TukTrack: the GPS tracker in father's own three-wheeler and its owner app.

The tracker (a GT06-class GSM unit) posts fixes over HTTP in the OsmAnd
protocol that Traccar servers accept (`id`, `lat`, `lon`, `timestamp`,
`speed`, https://www.traccar.org/osmand/): the device id is the module's IMEI
under `id`, a generic key (labelled not detectable: only the digit shape
hints at an IMEI). The owner app's device list names it `imei`. The tracker's
SIM number is an account (a phone number), not a device identifier.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua_samsung

TRK = "http://gps.tuktrack.example:5055/"
API = "https://app.tuktrack.example"
UA = ua_samsung("TukTrack", "2.2.4")


def fix(c: Context) -> Flow:
    b = FB(c, "tuktrack-unit", "POST", TRK, http_version="HTTP/1.1")
    b.param("id", b.id("trk_imei", where="query id (OsmAnd protocol)", detectable=False))
    b.param("lat", str(rf(c.rng, 9.6, 9.7, 6)))
    b.param("lon", str(rf(c.rng, 80.0, 80.05, 6)))
    b.param("timestamp", str(int(c.now)))
    b.param("speed", str(rf(c.rng, 0, 22, 1)))
    b.param("batt", str(c.rng.randint(60, 100)))
    b.respond(200, None)
    return b.build()


def devices(c: Context) -> Flow:
    b = FB(c, "tuktrack", "GET", f"{API}/api/devices")
    b.header("user-agent", UA)
    imei = b.id("trk_imei", where="response json [0].imei", direction="response")
    b.ok_json(
        [
            {
                "id": c.rng.randint(10, 99),
                "name": "Tuk QA-4471",
                "imei": imei,
                "uniqueUnit": b.id(
                    "trk_unit", where="response json [0].uniqueUnit", direction="response"
                ),
                "simPhone": b.acct("trk_msisdn"),
                "status": c.rng.choice(["online", "offline"]),
                "lastUpdate": iso(c),
            }
        ]
    )
    return b.build()


def trips(c: Context) -> Flow:
    b = FB(c, "tuktrack", "GET", f"{API}/api/reports/trips?from={ms(c) - 86400000}")
    b.header("user-agent", UA)
    b.decoy("trip report: distances, speeds, start and end coordinates")
    b.ok_json(
        [
            {
                "distanceKm": rf(c.rng, 1, 40, 1),
                "maxSpeed": rf(c.rng, 20, 60, 1),
                "start": [rf(c.rng, 9.6, 9.7, 5), rf(c.rng, 80.0, 80.05, 5)],
                "startTime": iso(c),
            }
            for _ in range(3)
        ]
    )
    return b.build()


def geofence(c: Context) -> Flow:
    b = FB(c, "tuktrack", "POST", f"{API}/api/geofences")
    b.header("user-agent", UA)
    b.decoy("geofence polygon (coordinates)")
    b.json({"name": "Nallur", "area": f"CIRCLE ({rf(c.rng, 9.6, 9.7, 5)} 80.03, 300)"})
    b.ok_json({"id": c.rng.randint(1, 50)})
    return b.build()
