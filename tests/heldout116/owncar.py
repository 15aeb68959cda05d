"""His own car and watch: the car maker's connected-car app (his own Skoda's
telematics modem IMEI and VIN) and his smartwatch's companion app (the watch's
BLE MAC and serial).

The car's trip log and parking position and the watch's step counts are
ordinary. The watch's firmware ping hides its MAC as an MD5 under `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

CAR = "https://connect.moje-auto.example/api"
WATCH = "https://wear.zegarek-sync.example/v2"


def car_register(c: Context) -> Flow:
    b = FB(c, "mojeauto", "POST", f"{CAR}/v4/vehicles/enrol")
    b.header("user-agent", ua("MojeAuto", "5.6.0"))
    b.json(
        {
            "vin": b.id("own_vin", where="json vin (his own car)"),
            "ocu": {"imei": b.id("car_imei", where="json ocu.imei"), "fw": "E3.1"},
            "phone": {"androidId": b.id("aid_car", where="json phone.androidId")},
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def car_status(c: Context) -> Flow:
    b = FB(c, "mojeauto", "GET", f"{CAR}/v4/vehicles/status")
    b.header("user-agent", ua("MojeAuto", "5.6.0"))
    b.param("imei", b.id("car_imei", where="query imei"))
    b.ok_json(
        {
            "fuelPct": c.rng.randint(5, 100),
            "odometerKm": c.rng.randint(120000, 130000),
            "parking": {"lat": rf(c.rng, 52.15, 52.3, 5), "lon": rf(c.rng, 20.9, 21.1, 5)},
        }
    )
    return b.build()


def car_trips(c: Context) -> Flow:
    b = FB(c, "mojeauto", "GET", f"{CAR}/v4/trips?from={ms(c) - 86400000}")
    b.header("user-agent", ua("MojeAuto", "5.6.0"))
    b.decoy("trip list with coordinates and consumption")
    b.ok_json(
        {
            "trips": [
                {"km": rf(c.rng, 2, 40, 1), "l100": rf(c.rng, 5, 9, 1), "end": iso(c)}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def watch_pair(c: Context) -> Flow:
    b = FB(c, "zegarek", "POST", f"{WATCH}/devices/pair")
    b.header("user-agent", ua("ZegarekSync", "3.3.0"))
    b.json(
        {
            "btMac": b.id("watch_mac", where="json btMac"),
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "androidId": b.id("aid_watch", where="json androidId"),
            "model": "SM-R930",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def watch_fw_ping(c: Context) -> Flow:
    b = FB(c, "zegarek", "GET", f"{WATCH}/fw")
    b.header("user-agent", "ZegarekFW/1.0")
    b.param("h", b.id("watch_mac", "md5", "query h (MD5 of the watch MAC)", detectable=False))
    b.param("v", "R930XXU1BXJ1")
    b.ok_json({"update": False})
    return b.build()


def watch_steps(c: Context) -> Flow:
    b = FB(c, "zegarek", "POST", f"{WATCH}/activity")
    b.header("user-agent", ua("ZegarekSync", "3.3.0"))
    b.decoy("step counts and heart-rate series: health data, not biometric templates")
    b.json(
        {
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "hr": [c.rng.randint(55, 120) for _ in range(24)],
            "day": iso(c)[:10],
            "syncId": new_hex(c.rng, 16),
        },
        "gzip",
    )
    b.no_content()
    return b.build()
