"""Dem Dikk Go: a ride app (cars and Jakarta moto-taxis) for Dakar and Thiès.

The app registers its install and sends the ANDROID_ID; a periodic health ping
sends an MD5 of it under `h` (opaque). Pickup coordinates, driver photos (the
driver's picture fetched for display, not a face-matching upload), the driver's
phone number and plate, fares and route polylines are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, rf, rid, ua

API = "https://api.demdikkgo.example"
UA = ua("DemDikkGo", "1.19.0")
PLACES = [
    ("Plateau", 14.667, -17.433),
    ("Parcelles", 14.761, -17.437),
    ("Thiès Escale", 14.79, -16.925),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "demdikkgo", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "installId": b.id("ride_install", where="json installId"),
            "androidId": b.id("aid_ride", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "pushToken": "f" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 30),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def health_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/hc")
    b.params.append(("h", b.id("aid_ride", "md5", "query h (md5 of ANDROID_ID)", detectable=False)))
    b.params.append(("v", "119"))
    b.no_content()
    return b.build()


def estimate(c: Context) -> Flow:
    a, z = c.rng.sample(PLACES, 2)
    b = _b(c, "POST", f"{API}/v1/rides/estimate")
    b.decoy("pickup and drop-off coordinates with fares")
    b.json(
        {
            "depart": {"lat": a[1], "lng": a[2]},
            "arrivee": {"lat": z[1], "lng": z[2]},
            "type": c.rng.choice(["jakarta", "eco", "confort"]),
        }
    )
    b.ok_json(
        {"prix_fcfa": c.rng.randint(500, 6000), "eta_min": c.rng.randint(2, 14), "req": rid(c.rng)}
    )
    return b.build()


def driver_assigned(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rides/{rid(c.rng)}")
    b.decoy("driver's phone number, plate and photo URL (another person, not the tester's device)")
    b.ok_json(
        {
            "chauffeur": {
                "prenom": c.rng.choice(["Mamadou", "Ibrahima", "Cheikh"]),
                "telephone": "+22176" + new_digits(c.rng, 7),
                "photo": f"https://img.demdikkgo.example/drv/{new_hex(c.rng, 16)}.jpg",
                "note": rf(c.rng, 4, 5, 1),
            },
            "vehicule": {
                "immatriculation": f"DK-{c.rng.randint(1000, 9999)}-{new_hex(c.rng, 2).upper()}"
            },
            "position": {
                "lat": rf(c.rng, 14.6, 14.8, 5),
                "lng": rf(c.rng, -17.5, -17.3, 5),
                "cap": c.rng.randint(0, 359),
            },
        }
    )
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.demdikkgo.example/drv/{new_hex(c.rng, 16)}.jpg")
    b.decoy("driver photo downloaded for display (not a face-matching upload)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/route?mode=moto")
    b.decoy("route polyline and bearings")
    b.ok_json(
        {
            "polyline": "".join(c.rng.choice("abcdefghij_~?@") for _ in range(60)),
            "distance_m": c.rng.randint(800, 15000),
        }
    )
    return b.build()
