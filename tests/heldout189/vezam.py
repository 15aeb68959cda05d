"""Vezam: a ride-hailing app in Vilnius, Kaunas and Riga (Bolt-style query strings).

Every API call carries the device in the query string, as ride apps' Android
builds do (`deviceId`, `deviceType`, `device_name`); Adjust measures installs
(`adid`, `gps_adid`). The driver's car plate, the driver's phone and the taxi's
in-car tablet are other people's or a business's devices (decoys). Route
polylines, fare estimates and surge maps are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://user.vezam.example"
UA = ua("Vezam", "CA.112.0")


def _b(c: Context, method: str, path: str, opaque: bool = False) -> FB:
    b = FB(c, "vezam", method, f"{API}{path}")
    b.header("user-agent", UA)
    if opaque:
        b.param("d", b.id("aid_ride", "b64", "query d (base64 of ANDROID_ID)", detectable=False))
    else:
        b.param("deviceId", b.id("aid_ride", where="query deviceId"))
    b.param("deviceType", "android")
    b.param("device_name", "Xiaomi23078PND5G")
    b.param("version", "CA.112.0")
    b.param("language", c.rng.choice(["lt", "lv", "ru", "en"]))
    return b


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", "/rideHailing/v2/findRideOptions", opaque=c.rng.random() < 0.2)
    b.decoy("pickup and destination coordinates, fare estimates (no device beyond the query)")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, 54.6, 54.75, 6), "lng": rf(c.rng, 25.2, 25.35, 6)},
            "destination": {"lat": rf(c.rng, 54.6, 54.75, 6), "lng": rf(c.rng, 25.2, 25.35, 6)},
        }
    )
    b.ok_json(
        {
            "options": [
                {"cat": k, "price": rf(c.rng, 3, 25, 2), "eta_s": c.rng.randint(60, 900)}
                for k in ("Economy", "Comfort", "XL")
            ]
        }
    )
    return b.build()


def order_ride(c: Context) -> Flow:
    b = _b(c, "POST", "/rideHailing/v2/createOrder")
    b.decoy("driver's car plate, driver's phone and the taxi's tablet id: other people's devices")
    b.json({"category": "Economy", "payment": "card", "req": rid(c.rng)})
    b.ok_json(
        {
            "orderId": c.rng.randint(10**8, 10**9),
            "driver": {
                "name": c.rng.choice(["Andrius", "Jānis", "Sergej"]),
                "car": {
                    "plate": f"M{c.rng.choice('ABCDEKLP')}{c.rng.randint(100, 999)}",
                    "model": "Toyota Prius",
                },
                "phone": "+3706" + str(c.rng.randint(10**6, 10**7)),
                "tabletId": "TAB-" + new_hex(c.rng, 12).upper(),
            },
        }
    )
    return b.build()


def poll_state(c: Context) -> Flow:
    b = _b(c, "GET", "/rideHailing/v2/pollState", opaque=c.rng.random() < 0.25)
    b.ok_json(
        {
            "state": c.rng.choice(["searching", "driver_arriving", "in_progress"]),
            "driverLat": rf(c.rng, 54.6, 54.75, 6),
            "driverLng": rf(c.rng, 25.2, 25.35, 6),
            "ts": ms(c),
        }
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/android4.38.2")
    b.form(
        [
            ("app_token", "x8kq2m3p4w5z"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("ride_adid", where="form adid")),
            ("created_at", iso(c)),
            ("device_name", "23078PND5G"),
            ("os_version", "14"),
            ("session_count", str(c.rng.randint(2, 60))),
        ]
    )
    b.ok_json({"adid": b.id("ride_adid", where="response json adid", direction="response")})
    return b.build()


def surge(c: Context) -> Flow:
    b = _b(c, "GET", "/rideHailing/v2/surgeMap")
    b.decoy("surge heat map: grid of coordinates and multipliers (aggregate)")
    b.ok_json(
        {
            "cells": [
                [rf(c.rng, 54.6, 54.8, 3), rf(c.rng, 25.1, 25.4, 3), rf(c.rng, 1, 2.2, 1)]
                for _ in range(20)
            ]
        }
    )
    return b.build()
