"""The family car's head unit (connected services over its own LTE modem).

It reports the radio / podcast source tuned while driving (a live-channel tuning
log: listening history) with the head unit's serial and modem IMEI. Trip
statistics and charging points are ordinary. The head unit is the family's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf

API = "https://telematics.odigos-car.example"
UA = "HeadUnit/5.0 (AAOS 12; HU7)"
STATIONS = ["Μελωδία 99.2", "Sfera 102.2", "Love Radio Κύπρου", "ΕΡΑ Σπορ"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "headunit", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def radio_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/infotainment/media-log")
    b.view("json entries[].station + listened_s (radio tuning log)")
    b.json(
        {
            "hu_serial": b.id("car_serial", where="json hu_serial"),
            "modem_imei": b.id("car_imei", where="json modem_imei"),
            "entries": [
                {
                    "source": "FM",
                    "station": c.rng.choice(STATIONS),
                    "from": iso(c),
                    "listened_s": c.rng.randint(60, 2400),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hb")
    b.param("i", b.id("car_imei", where="query i", detectable=False))
    b.json({"v": 12.6, "sig": -87})
    b.no_content()
    return b.build()


def trip_summary(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/trips")
    b.decoy("trip statistics: distance, consumption, coordinates of start and end")
    b.json(
        {
            "km": rf(c.rng, 2, 80, 1),
            "l_per_100": rf(c.rng, 4.5, 8, 1),
            "start": [rf(c.rng, 37.9, 38.0, 4), rf(c.rng, 23.7, 23.8, 4)],
            "end": [rf(c.rng, 37.9, 38.0, 4), rf(c.rng, 23.7, 23.8, 4)],
        }
    )
    b.no_content()
    return b.build()
