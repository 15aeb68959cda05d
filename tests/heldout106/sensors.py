"""Gallery sensors: people counters at the doors, climate loggers in the rooms.

The counters are overhead stereo cameras that count passes across a line and
report only counts and anonymous track points; the loggers report temperature,
humidity and lux. All serials and MACs are the museum's fixed equipment.
Occupancy heatmaps hold floor coordinates of anonymous blobs, not faces.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, museum_mac, museum_serial, rf, rid, ua

API = "https://sensorer.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")
ROOMS = ["sal1", "sal2", "portraetgang", "havnesal", "kaelder", "taarn"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sensors", method, url)
    b.header("user-agent", UA)
    b.header("x-api-key", "hm_" + rid(c.rng).replace("-", "")[:24])
    return b


def counter_counts(c: Context) -> Flow:
    room = c.rng.choice(ROOMS)
    b = _b(c, "GET", f"{API}/v1/taellere/{room}/counts?interval=15m")
    b.decoy("door counter serial and visitor counts (museum equipment, aggregate)")
    b.ok_json(
        {
            "sensorSerial": museum_serial(c.rng, "XV-PC2-", 8),
            "sensorMac": museum_mac(c.rng, "00:26:7e"),
            "rum": room,
            "intervaller": [
                {"fra": iso(c), "ind": c.rng.randint(0, 90), "ud": c.rng.randint(0, 90)}
                for _ in range(8)
            ],
        }
    )
    return b.build()


def occupancy_heatmap(c: Context) -> Flow:
    room = c.rng.choice(ROOMS)
    b = _b(c, "GET", f"{API}/v1/taellere/{room}/heatmap?dato=idag")
    b.decoy("floor coordinates of anonymous visitor tracks (no face, not biometric)")
    b.ok_json(
        {
            "rum": room,
            "gitter_cm": 50,
            "punkter": [
                [rf(c.rng, 0, 24, 2), rf(c.rng, 0, 12, 2), c.rng.randint(1, 60)] for _ in range(40)
            ],
        }
    )
    return b.build()


def climate_readings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/klima/batch")
    b.decoy("climate logger serials and readings (museum equipment)")
    b.json(
        {
            "loggere": [
                {
                    "serienummer": museum_serial(c.rng, "HW-RL", 7),
                    "rum": c.rng.choice(ROOMS),
                    "temp_c": rf(c.rng, 17.5, 21.5, 2),
                    "rf_pct": rf(c.rng, 42, 58, 1),
                    "lux": c.rng.randint(30, 200),
                    "tid": ms(c),
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    b.ok_json({"modtaget": True})
    return b.build()


def climate_alarm(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/klima/alarmer?aktive=true")
    b.ok_json(
        {
            "alarmer": [
                {
                    "rum": c.rng.choice(ROOMS),
                    "type": c.rng.choice(["RF_HØJ", "LUX_HØJ", "TEMP_LAV"]),
                    "siden": iso(c),
                    "grænse": 55,
                }
                for _ in range(c.rng.randint(0, 3))
            ]
        }
    )
    return b.build()


def dwell_aggregates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ophold/gennemsnit?uge={c.rng.randint(1, 52)}")
    b.decoy("average minutes spent per room over all visitors (aggregate)")
    b.ok_json(
        {
            "rum": [
                {
                    "rum": r,
                    "gns_minutter": rf(c.rng, 1.5, 14, 1),
                    "median_minutter": rf(c.rng, 1, 10, 1),
                    "besøgende": c.rng.randint(200, 4000),
                }
                for r in ROOMS
            ]
        }
    )
    return b.build()
