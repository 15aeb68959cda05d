"""Gzaze: a Tbilisi/Batumi ride-hailing app.

It sends the phone's ANDROID_ID and advertising id with every order, as local taxi
apps do for fraud checks. Pickup coordinates, route polylines, fares, the driver's
photo and the driver's car (someone else's equipment) are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.gzaze.example"
UA = ua("Gzaze", "9.14.0")
PLACES = [
    ("Rustaveli", 41.6995, 44.7985),
    ("Vake", 41.7093, 44.7616),
    ("Batumi Boulevard", 41.6509, 41.6296),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gzaze", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("taxi_user"))
    return b


def order_ride(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/shekveta")
    name, lat, lon = c.rng.choice(PLACES)
    b.decoy("pickup and drop-off coordinates, fare estimate")
    b.json(
        {
            "device_id": b.id("aid_taxi", where="json device_id"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "saidan": {
                "lat": rf(c.rng, lat - 0.01, lat + 0.01, 5),
                "lon": rf(c.rng, lon - 0.01, lon + 0.01, 5),
                "misamarti": name,
            },
            "sad": {
                "lat": rf(c.rng, lat - 0.03, lat + 0.03, 5),
                "lon": rf(c.rng, lon - 0.03, lon + 0.03, 5),
            },
            "tarifi": c.rng.choice(["ekonomi", "komforti"]),
            "gadaxda": "card",
        }
    )
    b.ok_json({"orderId": rid(c.rng), "fasi": rf(c.rng, 4, 25, 2), "valuta": "GEL"})
    return b.build()


def driver_assigned(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/shekveta/{rid(c.rng)}/mdzgoli")
    b.decoy("the driver's name, photo URL, car plate and the driver's device id (not ours)")
    b.ok_json(
        {
            "mdzgoli": {
                "saxeli": c.rng.choice(["Giorgi", "Levan", "Zurab", "Tamaz"]),
                "foto": f"https://img.gzaze.example/drivers/{c.rng.randint(10**5, 10**6)}.jpg",
                "manqana": {"nomeri": f"GG-{c.rng.randint(100, 999)}-GG", "feri": "tetri"},
                "driverDeviceId": rid(c.rng),
                "reitingi": rf(c.rng, 4.5, 5, 2),
            },
            "eta": c.rng.randint(2, 9),
        }
    )
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = FB(
        c, "gzaze", "GET", f"https://img.gzaze.example/drivers/{c.rng.randint(10**5, 10**6)}.jpg"
    )
    b.header("user-agent", UA)
    b.decoy("the driver's profile photo, downloaded for display (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def track_ride(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/shekveta/{rid(c.rng)}/mdebareoba")
    b.decoy("the car's live position series")
    lat, lon = rf(c.rng, 41.65, 41.75, 5), rf(c.rng, 44.7, 44.85, 5)
    b.ok_json(
        {
            "points": [
                [rf(c.rng, lat - 0.002, lat + 0.002, 5), rf(c.rng, lon - 0.002, lon + 0.002, 5)]
                for _ in range(8)
            ],
            "at": iso(c),
        }
    )
    return b.build()


def launch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/launch")
    b.json(
        {
            "deviceId": b.id("aid_taxi", where="json deviceId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "imeiHash": b.id("imei", "sha1", "json imeiHash"),
            "app": "9.14.0",
        }
    )
    b.ok_json({"promo": None, "surge": rf(c.rng, 1, 1.8, 1)})
    return b.build()
