"""A car companion app (VW-group style): vehicle status by VIN, trip logs, the
head unit's pairing record, and the head unit's media log (what was played in
the car).

Sources: the VIN format and check digit of ISO 3779 / 49 CFR 565; the public
shape of connected-car APIs (`/vehicles/{vin}/status`, `selectivestatus`,
trip statistics with start/end and mileage, as in the open-source
robinostlund/volkswagencarnet and tillsteinbach/CarConnectivity clients). The
head-unit media log and pairing keys are this app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.autokonnekt-example.de/api/v4"
STATIONS = [("DAB+", "SWR3"), ("DAB+", "WDR 2"), ("FM", "1LIVE"), ("BT", "Klangwerk")]
SONGS = [("Peter Fox", "Zukunft Pink"), ("Kraftwerk", "Autobahn"), ("Nena", "99 Luftballons")]


def _auth(b: FB, c: Context) -> None:
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("user-agent", ua("AutoKonnekt", "3.9.0"))


def status(c: Context) -> Flow:
    b = FB(c, "car-api", "GET", "")
    b.base = f"{API}/vehicles/{b.id('vin', where='path:/vehicles/{vin}/')}/selectivestatus"
    b.param("jobs", "charging,fuelStatus,measurements,access")
    _auth(b, c)
    b.ok_json(
        {
            "measurements": {
                "odometer": c.rng.randint(12000, 48000),
                "rangeKm": c.rng.randint(80, 520),
            },
            "access": {"doorLockStatus": "locked"},
        }
    )
    return b.build()


def trip_log(c: Context) -> Flow:
    b = FB(c, "car-api", "POST", f"{API}/trips")
    _auth(b, c)
    trips = [
        {
            "tripId": rid(c.rng),
            "start": iso(c),
            "mileageKm": rf(c.rng, 2, 80, 1),
            "avgConsumption": rf(c.rng, 4.8, 8.5, 1),
            "path": [[rf(c.rng, 50.8, 51.0), rf(c.rng, 6.8, 7.1)] for _ in range(6)],
        }
    ]
    b.json({"vin": b.id("vin", where="body:vin"), "trips": trips})
    b.decoy("trip coordinates list")
    b.ok_json({"saved": 1})
    return b.build()


def headunit_pair(c: Context) -> Flow:
    b = FB(c, "car-api", "POST", f"{API}/vehicles/pairing")
    _auth(b, c)
    b.json(
        {
            "vin": b.id("vin", where="body:vin"),
            "headUnit": {
                "serialNumber": b.id("hu_serial", where="body:headUnit.serialNumber"),
                "btAddress": b.id("hu_bt_mac", where="body:headUnit.btAddress"),
                "swVersion": "MIB3-E-0923",
            },
            "tcu": {"imei": b.id("tcu_imei", where="body:tcu.imei")},
            "phone": {
                "androidId": b.id("aid_car", where="body:phone.androidId"),
                "appInstallId": b.id("car_install", where="body:phone.appInstallId"),
            },
        }
    )
    b.ok_json({"paired": True, "userId": b.acct("car_user")})
    return b.build()


def media_log(c: Context) -> Flow:
    b = FB(c, "car-api", "POST", f"{API}/vehicles/infotainment/media-history")
    _auth(b, c)
    items = []
    for _ in range(c.rng.randint(2, 4)):
        src, station = c.rng.choice(STATIONS)
        artist, title = c.rng.choice(SONGS)
        items.append(
            {
                "source": src,
                "station": station,
                "artist": artist,
                "title": title,
                "playedFrom": iso(c),
                "playedSec": c.rng.randint(40, 260),
            }
        )
    b.json({"headUnitSerial": b.id("hu_serial", where="body:headUnitSerial"), "played": items})
    b.view("body:played[] (artist, title, playedFrom, playedSec)")
    b.no_content()
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = FB(c, "car-api", "POST", f"{API}/telemetry/batch")
    _auth(b, c)
    serial = b.id(
        "hu_serial", "protobuf", where="body:protobuf field 1 (no field names)", detectable=False
    )
    body = pb_bytes(1, serial) + pb_varint(2, ms(c)) + pb_varint(3, c.rng.randint(0, 120))
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def chargers(c: Context) -> Flow:
    b = FB(c, "car-api", "GET", f"{API}/poi/charging-stations")
    b.param("lat", str(rf(c.rng, 50.9, 50.96)))
    b.param("lon", str(rf(c.rng, 6.9, 7.0)))
    _auth(b, c)
    pois = [
        {
            "id": rid(c.rng),
            "lat": rf(c.rng, 50.9, 51.0),
            "lon": rf(c.rng, 6.9, 7.0),
            "powerKw": c.rng.choice([11, 22, 150]),
        }
        for _ in range(4)
    ]
    b.decoy("charging stations with coordinates")
    b.ok_json({"stations": pois})
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = FB(c, "car-api", "GET", f"{API}/poi/fuel-prices/history")
    _auth(b, c)
    b.decoy("price series")
    b.ok_json({"e10": [rf(c.rng, 1.65, 1.85, 3) for _ in range(24)], "currency": "EUR"})
    return b.build()
