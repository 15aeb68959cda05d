"""Bike and scooter sharing (in-house "qixing" backend; modelled on how
dockless bike apps send the bike's frame number, lock state and ride timer).
The frame and lock serials belong to the fleet, not to the rider's phone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import mk, ms, rf, rid

API = "https://api.qixing-bike.com.tw"
APP = "QiXing"


def unlock(c: Context) -> Flow:
    b = mk(c, "qixing", "POST", f"{API}/v3/ride/unlock", APP, "5.2.1")
    b.decoy("shared bike frame serial (chejiahao / frame_sn) and lock serial: fleet assets")
    b.json(
        {
            "chejiahao": "TW" + new_digits(c.rng, 9),
            "frame_sn": "FS" + new_hex(c.rng, 10).upper(),
            "lock_sn": new_digits(c.rng, 12, "8"),
            "lat": rf(c.rng, 25.0, 25.1),
            "lng": rf(c.rng, 121.5, 121.6),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0, "rideId": rid(c.rng)})
    return b.build()


def ride_timer(c: Context) -> Flow:
    b = mk(c, "qixing", "GET", f"{API}/v3/ride/status", APP, "5.2.1")
    b.decoy("ride elapsed timer (qixing_shichang), fare; watch-like seconds counter")
    b.ok_json(
        {
            "qixing_shichang": c.rng.randint(30, 3600),
            "elapsed_ms": c.rng.randint(10**4, 10**6),
            "fare": rf(c.rng, 10, 80, 0),
            "scooter": {"sn": "SC" + new_digits(c.rng, 10), "battery": 71},
        }
    )
    return b.build()


def ride_track(c: Context) -> Flow:
    b = mk(c, "qixing", "POST", f"{API}/v3/ride/track", APP, "5.2.1")
    b.decoy("ride GPS coordinate list")
    lat, lng = rf(c.rng, 13.7, 13.8), rf(c.rng, 100.5, 100.6)
    b.json(
        {
            "points": [[round(lat + i * 0.0003, 6), round(lng + i * 0.0002, 6)] for i in range(20)],
            "speed_kmh": [rf(c.rng, 5, 22, 1) for _ in range(20)],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def nearby(c: Context) -> Flow:
    b = mk(c, "qixing", "GET", f"{API}/v3/bikes/nearby", APP, "5.2.1")
    b.decoy("nearby bikes with their serial numbers and MAC of the lock beacon (fleet, not phone)")
    b.ok_json(
        {
            "bikes": [
                {
                    "bikeNo": new_digits(c.rng, 10, "9"),
                    "lockMac": "C4:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(5)),
                    "dist_m": c.rng.randint(5, 400),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()
