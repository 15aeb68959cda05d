"""A surf / weather app: wave period and swell series, surf-cam streams, spot
reports, and the parent's Apple Watch extension uploading a surf session (the
watch app's own identifierForVendor travels with it: the parent's device).

Sources: Open-Meteo Marine API (`marine-api.open-meteo.com/v1/marine`, hourly
wave_height, wave_period, swell_wave_period: parallel arrays); WatchKit
`WKInterfaceDevice.current().identifierForVendor` (watchOS 6.2+).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import iso, new, pts, rf, rid, series, ua

API = "https://api.swellnet-nz.example"
AGENT = ua("Swell", "8.1", "810")
WATCH = "Swell%20WatchKit%20Extension/810 CFNetwork/1494.0.7 Darwin/23.4.0"
SPOTS = [
    ("raglan", -37.80, 174.87),
    ("piha", -36.95, 174.46),
    ("bells", -38.37, 144.28),
    ("snapper", -28.16, 153.55),
]


def marine(c: Context) -> Flow:
    _, lat, lon = c.rng.choice(SPOTS)
    b = new(
        c,
        "open-meteo",
        "GET",
        "https://marine-api.open-meteo.com/v1/marine",
        AGENT,
        [
            ("latitude", str(lat)),
            ("longitude", str(lon)),
            ("hourly", "wave_height,wave_period,swell_wave_period,swell_wave_direction"),
            ("timezone", "auto"),
        ],
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly_units": {"wave_period": "s"},
            "hourly": {
                "time": [f"2025-03-08T{h:02d}:00" for h in range(24)],
                "wave_height": series(c.rng, 24, 0.3, 3.5),
                "wave_period": series(c.rng, 24, 5, 16),
                "swell_wave_period": series(c.rng, 24, 8, 18),
                "swell_wave_direction": series(c.rng, 24, 180, 290, 0),
            },
        }
    )
    b.decoy("wave period / swell numeric series")
    return b.build()


def report(c: Context) -> Flow:
    spot, _, _ = c.rng.choice(SPOTS)
    b = new(c, "swell", "GET", f"{API}/v3/spots/{spot}/report", AGENT)
    b.ok_json(
        {
            "spot": spot,
            "rating": c.rng.choice(["epic", "good as", "pretty average", "flat"]),
            "tides": [{"t": iso(c), "h": rf(c.rng, 0.2, 3.8, 2)} for _ in range(4)],
            "windKts": series(c.rng, 8, 2, 25, 0),
            "cam": {"live": f"https://cams.swellnet-nz.example/{spot}/index.m3u8"},
        }
    )
    b.decoy("surf report: tide heights, wind series, cam URL")
    return b.build()


def cam_segment(c: Context) -> Flow:
    spot, _, _ = c.rng.choice(SPOTS)
    b = new(
        c,
        "swell-cam",
        "GET",
        f"https://cams.swellnet-nz.example/{spot}/seg{c.rng.randint(1000, 9999)}.ts",
        AGENT,
    )
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**6), 900))
    b.decoy("surf-cam live video segment fetch (a stream fetch, not a watch report)")
    return b.build()


def watch_session(c: Context) -> Flow:
    spot, _, _ = c.rng.choice(SPOTS)
    b = new(c, "swell-watch", "POST", f"{API}/v3/sessions", WATCH)
    b.json(
        {
            "source": "watch",
            "watchId": b.id("idfv_watch", where="body.watchId (watch identifierForVendor)"),
            "spot": spot,
            "start": iso(c),
            "waves": [
                {"t": i * 95, "speedKmh": rf(c.rng, 12, 35, 1), "distM": c.rng.randint(20, 180)}
                for i in range(c.rng.randint(3, 9))
            ],
            "heartRate": series(c.rng, 20, 80, 165, 0),
            "track": pts(c.rng, 15, 200, 200),
        }
    )
    b.ok_json({"sessionId": rid(c.rng)})
    return b.build()


def favourites(c: Context) -> Flow:
    b = new(c, "swell", "PUT", f"{API}/v3/me/favourites", AGENT)
    b.json(
        {
            "spots": [s for s, _, _ in c.rng.sample(SPOTS, 2)],
            "alerts": {"minPeriodSec": c.rng.randint(8, 12), "maxWindKts": 12},
        }
    )
    b.no_content()
    b.decoy("favourite spots with swell-period alert thresholds")
    return b.build()
