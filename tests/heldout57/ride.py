"""A rideshare app: fare quotes, trip polylines, the driver's photo and rating,
and a fraud / device-risk check that sends the app's IDFV.

Trip routes are encoded polylines (Google's Encoded Polyline Algorithm Format)
and coordinate lists; the risk SDK posts a header device id and, separately,
an obfuscated fingerprint blob whose contents no key name describes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, new, pts, rf, rid, ua

API = "https://api.zoomcab.example"
AGENT = ua("Zoom", "9.2", "9200")


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "zoomcab", method, API + path, AGENT)
    b.header("x-rider", c.phone.ride_user)
    return b


def quote(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/quotes")
    b.json(
        {
            "pickup": [rf(c.rng, -36.9, -36.8), rf(c.rng, 174.7, 174.8)],
            "dropoff": [rf(c.rng, -36.9, -36.8), rf(c.rng, 174.7, 174.8)],
            "product": c.rng.choice(["zoomX", "zoomXL", "kids-seat"]),
        }
    )
    b.ok_json(
        {
            "fare": rf(c.rng, 12, 60, 2),
            "surge": rf(c.rng, 1, 1.8, 1),
            "etaSec": c.rng.randint(120, 900),
            "quoteId": rid(c.rng),
        }
    )
    b.decoy("fare quote with pickup/dropoff coordinates")
    return b.build()


def trip_route(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/trips/{rid(c.rng)}/route")
    b.ok_json(
        {
            "polyline": "".join(c.rng.choice("_~@?ABCDEFghijklmnop`") for _ in range(80)),
            "points": pts(c.rng, 25, 100, 100),
            "speedsKmh": [c.rng.randint(0, 70) for _ in range(25)],
        }
    )
    b.decoy("trip route polyline and coordinate list")
    return b.build()


def driver(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/trips/{rid(c.rng)}/driver")
    b.ok_json(
        {
            "name": c.rng.choice(["Hemi", "Priya", "Jack"]),
            "rating": rf(c.rng, 4.5, 5, 2),
            "vehicle": {"plate": "KRT" + str(c.rng.randint(100, 999)), "make": "Toyota Prius"},
            "photo": f"https://img.zoomcab.example/drivers/{rid(c.rng)}.jpg",
            "faceVerifiedToday": True,
        }
    )
    b.decoy(
        "driver profile incl. a faceVerifiedToday flag about the driver"
        " (a boolean; no face data sent)"
    )
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = new(c, "zoomcab-img", "GET", f"https://img.zoomcab.example/drivers/{rid(c.rng)}.jpg", AGENT)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6)))
    b.decoy("downloading the driver's photo (a face image fetched, not sent to a face API)")
    return b.build()


def risk_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/risk/session")
    b.header("x-device-id", b.id("idfv_ride", where="header x-device-id"))
    b.json(
        {
            "jailbroken": False,
            "tz": "Pacific/Auckland",
            "batteryPct": c.rng.randint(10, 100),
            "startedAt": iso(c),
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def fingerprint_blob(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/risk/fp")
    raw = b.id_raw("idfv_ride", "custom_b64", "body.blob: obfuscated fingerprint")
    b.json({"blob": encode(raw + ";" + str(int(c.now)) + ";iPad13,18", "custom_b64"), "v": 7})
    b.no_content()
    return b.build()


def rate_trip(c: Context) -> Flow:
    b = _b(c, "POST", f"/v1/trips/{rid(c.rng)}/rating")
    b.json(
        {
            "stars": c.rng.randint(3, 5),
            "tags": ["friendly", "clean car"],
            "tipCents": c.rng.choice([0, 200, 500]),
        }
    )
    b.no_content()
    b.decoy("rating the trip")
    return b.build()
