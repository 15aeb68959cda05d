"""Yol Taxi: ride hailing in Tashkent, Samarkand and Bukhara.

Ride requests carry coordinates (location, not one of the three categories);
the app registers its install with ANDROID_ID. The driver's car and phone are
another person's devices: their ids are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, ms, rf, rid, ua

TAXI = "https://api.yoltaxi.example"
CITIES = {"Toshkent": (41.31, 69.27), "Samarqand": (39.65, 66.96), "Buxoro": (39.77, 64.42)}


def _t(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yoltaxi", method, url)
    b.header("user-agent", ua("YolTaxi", "6.2.0"))
    return b


def taxi_register(c: Context) -> Flow:
    b = _t(c, "POST", f"{TAXI}/v1/client/qurilma")
    b.json(
        {
            "device_id": b.id("aid_taxi", where="json device_id"),
            "phone": b.acct("msisdn"),
            "user": b.acct("taxi_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ride_request(c: Context) -> Flow:
    city = c.rng.choice(sorted(CITIES))
    lat, lon = CITIES[city]
    b = _t(c, "POST", f"{TAXI}/v1/buyurtma")
    b.json(
        {
            "shahar": city,
            "qayerdan": [round(lat + c.rng.uniform(-0.05, 0.05), 5), round(lon + 0.02, 5)],
            "qayerga": [round(lat + c.rng.uniform(-0.05, 0.05), 5), round(lon - 0.03, 5)],
            "tarif": c.rng.choice(["Start", "Komfort", "Biznes"]),
        }
    )
    b.ok_json({"buyurtma_id": rid(c.rng), "narx": c.rng.randint(12000, 60000)})
    return b.build()


def driver_assigned(c: Context) -> Flow:
    b = _t(c, "GET", f"{TAXI}/v1/buyurtma/{rid(c.rng)}/haydovchi")
    b.decoy("driver's car and driver's phone ids: another person's devices, not the tester's")
    b.ok_json(
        {
            "haydovchi": "Sherzod",
            "avto": "Chevrolet Cobalt 01 A 123 BC",
            "driver_device_id": new_hex(c.rng, 16),
            "driver_imei": new_digits(c.rng, 15, "35"),
            "eta_sec": c.rng.randint(60, 600),
        }
    )
    return b.build()


def track(c: Context) -> Flow:
    b = _t(c, "GET", f"{TAXI}/v1/track?ts={ms(c)}")
    b.ok_json({"lat": rf(c.rng, 41.2, 41.4, 5), "lon": rf(c.rng, 69.1, 69.4, 5), "heading": 120})
    return b.build()
