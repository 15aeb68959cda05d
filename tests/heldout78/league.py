"""The kids' sports-league app (game clips, the league's shared field cameras,
schedule, stats) and the weather / air-quality app (public PurpleAir sensors with
their MACs). All decoys: the league's and the public's cameras and sensors are not
the family's devices; clip catalogues and view counts are not anyone's watch log.

Sources: PurpleAir API v1 (api.purpleair.com, GET /v1/sensors with X-API-Key and
fields=..., response {api_version, time_stamp, fields[], data[][]}); a PurpleAir
sensor's local JSON (`/json`: SensorId is the sensor's MAC, Geo "PurpleAir-xxxx")
as community readers parse it; the league's backend is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, host_mac, iso, ms, rf, rid, ua

LEAGUE = "https://api.liguesoccerjeunes-example.ca"


def clips(c: Context) -> Flow:
    b = FB(c, "league", "GET", f"{LEAGUE}/v1/teams/u9-lynx/clips", [("game", "2026-11-21")])
    b.header("user-agent", ua("LigueJeunes", "2.9.3"))
    b.decoy("game-clip catalogue with durations and view counts (catalogue, not a watch log)")
    b.ok_json(
        {
            "clips": [
                {
                    "clipId": "c" + new_hex(c.rng, 8),
                    "title": t,
                    "durationSec": c.rng.randint(8, 45),
                    "views": c.rng.randint(3, 300),
                    "camera": "Terrain 2 - Nord",
                }
                for t in ("But de Maëlle", "Great save", "Corner kick")
            ]
        }
    )
    return b.build()


def clip_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "league",
        "GET",
        f"https://cdn.liguesoccerjeunes-example.ca/clips/{new_hex(c.rng, 8)}.mp4",
    )
    b.header("range", "bytes=0-")
    b.decoy("game clip video download (media fetch, no watch report)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(1, 9999), 900))
    return b.build()


def field_cameras(c: Context) -> Flow:
    b = FB(c, "league", "GET", f"{LEAGUE}/v1/venues/parc-jarry/cameras")
    b.decoy("the league's shared field cameras with serials and MACs (not the family's devices)")
    b.ok_json(
        {
            "cameras": [
                {
                    "name": f"Terrain {i}",
                    "serial": "VC" + new_hex(c.rng, 10).upper(),
                    "mac": host_mac(c.rng),
                    "status": "recording",
                    "ptz": {"yaw": rf(c.rng, -90, 90, 1), "pitch": rf(c.rng, -20, 5, 1)},
                }
                for i in (1, 2)
            ]
        }
    )
    return b.build()


def stats(c: Context) -> Flow:
    b = FB(c, "league", "GET", f"{LEAGUE}/v1/players/me/stats")
    b.decoy("player stats: minutes played and sprint speeds (sport stats, not media or biometrics)")
    b.ok_json(
        {
            "minutesPlayed": [c.rng.randint(10, 40) for _ in range(8)],
            "goals": c.rng.randint(0, 6),
            "topSpeedKmh": [rf(c.rng, 9, 18, 1) for _ in range(8)],
        }
    )
    return b.build()


def team_photo_tags(c: Context) -> Flow:
    b = FB(c, "league", "POST", f"{LEAGUE}/v1/photos/{new_hex(c.rng, 10)}/tags")
    b.json(
        {
            "tags": [
                {
                    "player": n,
                    "jersey": j,
                    "box": [rf(c.rng, 0, 0.8, 3), rf(c.rng, 0, 0.6, 3), 0.12, 0.3],
                }
                for n, j in (("Maëlle", 7), ("Theo", 11))
            ],
            "taggedBy": "parent",
            "at": ms(c),
        }
    )
    b.decoy("parent-drawn player tags on a team photo (manual boxes, no face detection)")
    b.ok_json({"ok": True})
    return b.build()


def schedule(c: Context) -> Flow:
    b = FB(c, "league", "GET", f"{LEAGUE}/v1/schedule", [("division", "U9"), ("saison", "automne")])
    b.header("x-request-id", rid(c.rng))
    b.decoy("game schedule with field coordinates")
    b.ok_json({"games": [{"at": iso(c), "field": "Parc Jarry 2", "lat": 45.5335, "lng": -73.6279}]})
    return b.build()


def purpleair_sensors(c: Context) -> Flow:
    b = FB(
        c,
        "purpleair",
        "GET",
        "https://api.purpleair.com/v1/sensors",
        [
            ("fields", "name,latitude,longitude,pm2.5_10minute,humidity"),
            ("nwlng", "-73.70"),
            ("nwlat", "45.60"),
            ("selng", "-73.50"),
            ("selat", "45.45"),
        ],
    )
    b.header("x-api-key", new_hex(c.rng, 8).upper() + "-" + new_hex(c.rng, 4).upper())
    b.decoy("public air-quality sensors near the house (strangers' sensors)")
    b.ok_json(
        {
            "api_version": "V1.0.14-0.0.58",
            "time_stamp": int(c.now),
            "data_time_stamp": int(c.now) - 40,
            "max_age": 604800,
            "fields": [
                "sensor_index",
                "name",
                "latitude",
                "longitude",
                "pm2.5_10minute",
                "humidity",
            ],
            "data": [
                [
                    c.rng.randint(10000, 250000),
                    n,
                    rf(c.rng, 45.45, 45.6, 5),
                    rf(c.rng, -73.7, -73.5, 5),
                    rf(c.rng, 1, 30, 1),
                    c.rng.randint(20, 60),
                ]
                for n in ("Rosemont Est", "Villeray PA-II", "École St-Arsène")
            ],
        }
    )
    return b.build()


def sensor_local_json(c: Context) -> Flow:
    m = host_mac(c.rng).lower()
    b = FB(c, "airquality", "GET", "https://api.airduquartier-example.ca/v1/sensors/nearby/raw")
    b.decoy(
        "public PurpleAir-style sensor JSON with its SensorId MAC (a neighbour's public sensor)"
    )
    b.ok_json(
        [
            {
                "SensorId": m,
                "Geo": "PurpleAir-" + m[-5:].replace(":", ""),
                "DateTime": iso(c),
                "lat": rf(c.rng, 45.45, 45.6, 4),
                "lon": rf(c.rng, -73.7, -73.5, 4),
                "pm2_5_atm": rf(c.rng, 1, 25, 2),
                "current_temp_f": c.rng.randint(20, 50),
                "rssi": c.rng.randint(-80, -50),
            }
        ]
    )
    return b.build()


def aqi_forecast(c: Context) -> Flow:
    b = FB(
        c,
        "airquality",
        "GET",
        "https://api.airduquartier-example.ca/v1/forecast",
        [("lat", "45.54"), ("lon", "-73.60")],
    )
    b.decoy("AQI forecast series")
    b.ok_json({"aqi": [c.rng.randint(10, 80) for _ in range(24)], "source": "MELCCFP"})
    return b.build()
