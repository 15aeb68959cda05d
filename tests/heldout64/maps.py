"""Traffic map and weather: TomTom traffic flow, Open-Meteo forecast, RainViewer radar.

TomTom Traffic Flow Segment Data: GET /traffic/services/4/flowSegmentData/absolute/10/json
?point=lat,lon&key= -> flowSegmentData{currentSpeed, freeFlowSpeed, coordinates{coordinate[]}}
(developer.tomtom.com). Open-Meteo: GET /v1/forecast?latitude&longitude&hourly=temperature_2m
-> hourly{time[], temperature_2m[]} (open-meteo.com/en/docs). RainViewer:
GET /public/weather-maps.json -> radar{past[{time, path}]} (rainviewer.com/api). Decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, coords, rf, ua


def traffic_flow(c: Context) -> Flow:
    pt = c.rng.choice(["32.5422,-117.0296", "31.7587,-106.4869", "32.5500,-116.9380"])
    b = FB(
        c,
        "tomtom",
        "GET",
        "https://api.tomtom.com/traffic/services/4/flowSegmentData/absolute/10/json",
    )
    b.param("point", pt)
    b.param("unit", "KMPH")
    b.param("key", new_hex(c.rng, 32))
    b.header("user-agent", ua("TraficoYa", "1.9"))
    pts = coords(c.rng, c.rng.randint(6, 18))
    b.ok_json(
        {
            "flowSegmentData": {
                "frc": "FRC1",
                "currentSpeed": c.rng.randint(5, 90),
                "freeFlowSpeed": 90,
                "currentTravelTime": c.rng.randint(30, 900),
                "confidence": rf(c.rng, 0.5, 1, 2),
                "coordinates": {"coordinate": [{"latitude": a, "longitude": o} for a, o in pts]},
            }
        }
    )
    b.decoy("traffic flow segment: coordinate list and travel time")
    return b.build()


def forecast(c: Context) -> Flow:
    b = FB(c, "open-meteo", "GET", "https://api.open-meteo.com/v1/forecast")
    b.param("latitude", "32.53")
    b.param("longitude", "-117.02")
    b.param("hourly", "temperature_2m,precipitation_probability")
    b.header("user-agent", ua("ClimaFrontera", "6.1"))
    times = [f"2026-11-30T{h:02d}:00" for h in range(24)]
    b.ok_json(
        {
            "latitude": 32.53,
            "longitude": -117.02,
            "hourly": {
                "time": times,
                "temperature_2m": [rf(c.rng, 8, 24, 1) for _ in times],
                "precipitation_probability": [c.rng.randint(0, 60) for _ in times],
            },
        }
    )
    b.decoy("hourly forecast: time and numeric series")
    return b.build()


def radar(c: Context) -> Flow:
    b = FB(c, "rainviewer", "GET", "https://api.rainviewer.com/public/weather-maps.json")
    b.header("user-agent", ua("ClimaFrontera", "6.1"))
    t0 = int(c.now) // 600 * 600
    past = [{"time": t0 - 600 * i, "path": f"/v2/radar/{new_hex(c.rng, 12)}"} for i in range(12)]
    b.ok_json(
        {
            "version": "2.0",
            "generated": t0,
            "host": "https://tilecache.rainviewer.com",
            "radar": {"past": past[::-1], "nowcast": []},
        }
    )
    b.decoy("radar frame list with timestamps: looks like a playback timeline, is weather")
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 12, c.rng.randint(700, 760), c.rng.randint(1600, 1680)
    b = FB(c, "tomtom", "GET", f"https://api.tomtom.com/map/1/tile/basic/main/{z}/{x}/{y}.png")
    b.param("key", new_hex(c.rng, 32))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    b.decoy("map tile fetch")
    return b.build()
