"""The airport's biometric boarding-gate status feed and a flight-tracking app.

The gate feed is operations telemetry the crew see on their app: throughput,
face-match rates and fallback counts per e-gate. It names faces and biometrics
but carries no face, template or image: decoys.

The flight tracker uses the OpenSky Network REST API as documented at
https://openskynetwork.github.io/opensky-api/rest.html: `GET /api/states/all`
(bounding box lamin/lomin/lamax/lomax, answer `{"time", "states": [[icao24,
callsign, origin_country, time_position, last_contact, longitude, latitude,
baro_altitude, on_ground, velocity, true_track, vertical_rate, sensors,
geo_altitude, squawk, spi, position_source]]}`) and `GET /api/tracks/all?icao24=`
(answer with a `path` of [time, lat, lon, altitude, true_track, on_ground]).
ICAO24 transponder addresses are public aircraft ids, not hers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, tail, ua

GATES = "https://egates-ops.airport-doha.example"
OPENSKY = "https://opensky-network.org"


def gate_status(c: Context) -> Flow:
    b = FB(c, "egate-feed", "GET", GATES + "/v1/boarding/gates/status")
    b.header("user-agent", ua("SafwaCrew", "4.12", "7"))
    b.param("terminal", c.rng.choice(["HIA-A", "HIA-C", "SIN-T3"]))
    gates = [
        {
            "gateId": f"{c.rng.choice('ABCDE')}{c.rng.randint(1, 40)}",
            "biometricBoarding": True,
            "faceMatchRate": rf(c.rng, 0.90, 0.995, 3),
            "matchAttempts": c.rng.randint(20, 400),
            "manualFallback": c.rng.randint(0, 30),
            "paxPerMinute": rf(c.rng, 4, 14, 1),
            "cameraOnline": c.rng.random() < 0.95,
            "flight": f"SF{c.rng.randint(1, 999)}",
        }
        for _ in range(c.rng.randint(3, 9))
    ]
    b.ok_json({"asOf": iso(c), "gates": gates})
    b.decoy("biometric e-gate status: match rates and throughput, no face data")
    return b.build()


def gate_alert(c: Context) -> Flow:
    b = FB(c, "egate-feed", "POST", GATES + "/v1/boarding/subscribe")
    b.header("user-agent", ua("SafwaCrew", "4.12", "7"))
    b.json({"flight": f"SF{c.rng.randint(1, 999)}", "events": ["FACE_MATCH_DEGRADED", "GATE_OPEN"]})
    b.ok_json({"subscriptionId": rid(c.rng)})
    b.decoy("subscription to e-gate events named after face matching")
    return b.build()


def _state(c: Context) -> list[object]:
    lat, lon = rf(c.rng, 1.0, 26.0, 4), rf(c.rng, 51.0, 104.0, 4)
    return [
        new_hex(c.rng, 6),
        f"QTR{c.rng.randint(1, 999)}".ljust(8),
        c.rng.choice(["Qatar", "Singapore", "India"]),
        int(c.now) - 3,
        int(c.now),
        lon,
        lat,
        rf(c.rng, 0, 12000, 2),
        False,
        rf(c.rng, 100, 260, 2),
        rf(c.rng, 0, 360, 2),
        rf(c.rng, -10, 10, 2),
        None,
        rf(c.rng, 0, 12200, 2),
        f"{c.rng.randint(1000, 7777)}",
        False,
        0,
    ]


def states(c: Context) -> Flow:
    b = FB(c, "flighttrack", "GET", OPENSKY + "/api/states/all")
    b.header("user-agent", ua("PlaneWatch", "3.1", "22"))
    for k, v in (("lamin", "20.0"), ("lomin", "48.0"), ("lamax", "28.0"), ("lomax", "56.0")):
        b.param(k, v)
    b.ok_json({"time": int(c.now), "states": [_state(c) for _ in range(c.rng.randint(5, 15))]})
    b.decoy("ADS-B state vectors: public ICAO24 addresses and coordinate lists")
    return b.build()


def track(c: Context) -> Flow:
    icao = new_hex(c.rng, 6)
    b = FB(c, "flighttrack", "GET", OPENSKY + "/api/tracks/all")
    b.header("user-agent", ua("PlaneWatch", "3.1", "22"))
    b.param("icao24", icao)
    b.param("time", "0")
    t0 = int(c.now) - 20000
    path = [
        [t0 + i * 60, rf(c.rng, 1, 26), rf(c.rng, 51, 104), c.rng.randint(0, 12000), 90.0, False]
        for i in range(c.rng.randint(10, 40))
    ]
    b.ok_json({"icao24": icao, "callsign": "QTR8", "startTime": t0, "path": path})
    b.decoy("flight track: coordinate series for a public aircraft address")
    return b.build()


def my_flight(c: Context) -> Flow:
    b = FB(c, "flighttrack", "GET", "https://api.planewatch.example/v2/aircraft/" + tail(c.rng))
    b.header("user-agent", ua("PlaneWatch", "3.1", "22"))
    b.ok_json(
        {
            "registration": tail(c.rng),
            "serialNumber": f"MSN{c.rng.randint(100, 1999)}",
            "hexCode": new_hex(c.rng, 6).upper(),
            "type": c.rng.choice(["A35K", "B77W", "A359", "B789"]),
            "ageYears": rf(c.rng, 1, 15, 1),
        }
    )
    b.decoy("aircraft manufacturer serial number and hex code (public, not hers)")
    return b.build()
