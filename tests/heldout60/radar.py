"""A weather-radar app ("Sadetutka"): radar frames, precipitation nowcast.

Public sources the app reads: the FMI open-data WMS (openwms.fmi.fi/geoserver/
Radar/wms, GetMap with LAYERS=suomi_rr_eureffin and TIME) and MET Norway's
nowcast (api.met.no/weatherapi/nowcast/2.0/complete?lat=&lon=, which demands
an identifying User-Agent). The radar loop is an animation of frames: its
"playback" is not media watched. Ads are loaded without any id (consent
declined).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

UA = ua("Sadetutka", "4.0.7") + " github.com/sadetutka contact@sadetutka.example"


def wms_frame(c: Context) -> Flow:
    url = "https://openwms.fmi.fi/geoserver/Radar/wms"
    params = [
        ("SERVICE", "WMS"), ("REQUEST", "GetMap"), ("LAYERS", "suomi_rr_eureffin"),
        ("TIME", iso(c)[:17] + "00Z"), ("BBOX", "-118331,6335621,875532,7907751"),
        ("WIDTH", "512"), ("HEIGHT", "512"), ("FORMAT", "image/png"),
    ]  # fmt: skip
    b = FB(c, "fmi", "GET", url, params)
    b.header("user-agent", UA)
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    b.decoy("radar image tile request by time and bounding box")
    return b.build()


def nowcast(c: Context) -> Flow:
    lat, lon = rf(c.rng, 59.3, 63.5, 4), rf(c.rng, 10.5, 25.5, 4)
    b = FB(
        c,
        "metno",
        "GET",
        "https://api.met.no/weatherapi/nowcast/2.0/complete",
        [("lat", str(lat)), ("lon", str(lon))],
    )
    b.header("user-agent", UA)
    series = [
        {
            "time": iso(c),
            "data": {"instant": {"details": {"precipitation_rate": rf(c.rng, 0, 4, 1)}}},
        }
        for _ in range(18)
    ]
    b.ok_json(
        {
            "type": "Feature",
            "geometry": {"coordinates": [lon, lat]},
            "properties": {"timeseries": series},
        }
    )
    b.decoy("precipitation time series at a coordinate")
    return b.build()


def loop_state(c: Context) -> Flow:
    b = FB(c, "sadetutka", "POST", "https://api.sadetutka.fi/v1/state")
    b.header("user-agent", UA)
    b.json(
        {
            "loop": {
                "frames": 24,
                "frameIndex": c.rng.randint(0, 23),
                "playing": c.rng.random() < 0.6,
                "speed": 2,
                "positionMs": c.rng.randint(0, 12000),
                "durationMs": 12000,
            },
            "layer": "rr",
            "zoom": c.rng.randint(5, 11),
        }
    )
    b.no_content()
    b.decoy("radar animation loop playback position: an app animation, not media watched")
    return b.build()


def tile_ids(c: Context) -> Flow:
    z = c.rng.randint(5, 9)
    b = FB(
        c,
        "sadetutka",
        "GET",
        f"https://tiles.sadetutka.fi/rr/{z}/{c.rng.randint(0, 511)}/{c.rng.randint(0, 511)}/"
        f"{new_hex(c.rng, 12)}.webp",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + c.rng.randbytes(200))
    b.decoy("radar tile with a content hash in the path")
    return b.build()


def ad_request(c: Context) -> Flow:
    b = FB(c, "sadetutka", "POST", "https://ads.sadetutka.fi/v1/bid")
    b.header("user-agent", UA)
    b.json(
        {
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}}],
            "device": {"ifa": "00000000-0000-0000-0000-000000000000", "lmt": 1, "os": "android"},
            "user": {"consent": "CP" + new_hex(c.rng, 20)},
            "id": new_hex(c.rng, 16),
        }
    )
    b.ok_json({"seatbid": []})
    b.decoy("ad bid with zeroed ifa (consent declined, lmt=1): no identifier sent")
    return b.build()
