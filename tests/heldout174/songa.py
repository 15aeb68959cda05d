"""Songa: a ride-hailing and delivery app (boda, car, parcel) on the Samsung.

Requests carry the app's ANDROID_ID in `x-songa-device` and its install id at
registration; the live-location ping signs with an MD5 of the ANDROID_ID
under `k` (nothing readable). Trips come back with the driver's phone and
the car's tracker ids: other people's and a fleet's devices, labelled
decoys. Coordinates, fares, ETAs and delivery orders are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, SAM_MODEL, iso, ksh, ms, rf, rid, ua_sam

API = "https://api.songa-rides.example"
UA = ua_sam("Songa", "3.44.0")
PLACES = {
    "Nairobi": (-1.2864, 36.8172),
    "Mombasa": (-4.0435, 39.6682),
    "Kisumu": (-0.0917, 34.7680),
}


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "songa", method, url)
    b.header("user-agent", UA)
    b.header("x-songa-device", b.id("aid_songa", where="header x-songa-device"))
    return b


def _near(c: Context) -> tuple[float, float]:
    lat, lon = PLACES[c.rng.choice(sorted(PLACES))]
    return round(lat + c.rng.gauss(0, 0.02), 6), round(lon + c.rng.gauss(0, 0.02), 6)


def register(c: Context) -> Flow:
    b = FB(c, "songa", "POST", f"{API}/v1/devices")
    b.header("user-agent", UA)
    b.json(
        {
            "installId": b.id("songa_install", where="json installId"),
            "androidId": b.id("aid_songa", where="json androidId"),
            "adId": b.id("gaid_sam", where="json adId"),
            "model": SAM_MODEL,
            "phone": b.acct("msisdn_teen"),
        }
    )
    b.ok_json({"rider": b.acct("songa_user")})
    return b.build()


def location_ping(c: Context) -> Flow:
    lat, lon = _near(c)
    b = FB(c, "songa", "POST", f"{API}/v1/loc")
    b.header("user-agent", UA)
    b.decoy("rider coordinates with accuracy and speed")
    b.json(
        {
            "k": b.id("aid_songa", "md5", "json k (MD5 of ANDROID_ID)", detectable=False),
            "p": [lat, lon, rf(c.rng, 3, 30, 1), rf(c.rng, 0, 12, 1)],
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def fare_quote(c: Context) -> Flow:
    a, z = _near(c), _near(c)
    b = _b(c, "POST", f"{API}/v1/quotes")
    b.decoy("fare quotes per vehicle class with polylines")
    b.json({"from": a, "to": z, "classes": ["boda", "songa_go", "songa_xl"]})
    b.ok_json(
        {
            "quotes": [
                {"class": k, "fareKes": ksh(c.rng, 120, 1500), "etaMin": c.rng.randint(2, 14)}
                for k in ("boda", "songa_go", "songa_xl")
            ],
            "polyline": "".join(c.rng.choice("abcdefghijk_~@?") for _ in range(60)),
        }
    )
    return b.build()


def trip_assigned(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trips/{rid(c.rng)}")
    b.decoy("the driver's phone device id and the car's fleet tracker serial (not the family's)")
    lat, lon = _near(c)
    b.ok_json(
        {
            "status": "DRIVER_ASSIGNED",
            "driver": {
                "name": c.rng.choice(["Kevin O.", "Brian M.", "Juma K."]),
                "rating": rf(c.rng, 4.3, 5, 2),
                "driverDeviceId": new_hex(c.rng, 16),
                "phoneMasked": "+2547******" + new_digits(c.rng, 2),
            },
            "vehicle": {
                "plate": "KD" + c.rng.choice("ABCDEFG") + " " + new_digits(c.rng, 3) + "X",
                "trackerSerial": "TLT" + new_digits(c.rng, 10),
                "location": [lat, lon],
            },
            "etaMin": c.rng.randint(2, 12),
        }
    )
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = FB(c, "songa", "GET", f"https://img.songa-rides.example/drivers/{new_hex(c.rng, 20)}.jpg")
    b.header("user-agent", UA)
    b.decoy("driver's profile photo fetched for display (no face matching)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def delivery_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/deliveries")
    b.decoy("parcel order: recipient phone (an account), order number")
    b.json(
        {
            "pickup": _near(c),
            "dropoff": _near(c),
            "item": c.rng.choice(["chakula", "nyaraka", "simu"]),
            "recipientPhone": "2547" + new_digits(c.rng, 8),
            "payment": "MPESA",
        }
    )
    b.ok_json({"orderNo": "SNG-" + new_digits(c.rng, 8), "createdAt": iso(c)})
    return b.build()


def rate_trip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/trips/rating")
    b.json({"stars": c.rng.randint(3, 5), "tip": c.rng.choice([0, 20, 50])})
    b.no_content()
    return b.build()
