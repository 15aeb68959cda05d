"""Mshwar: a ride-hailing app. Pickup/drop-off coordinates, fare quotes and the
driver's car are ordinary (the car is the driver's, not the household's). The
app's device fingerprint for fraud carries the ANDROID_ID and the HMS OAID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.mshwar.example"
UA = ua("Mshwar", "12.9.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mshwar", method, url)
    b.header("user-agent", UA)
    b.header("x-rider", b.acct("rider_user"))
    return b


def quote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/fare/estimate")
    b.decoy("pickup / drop-off coordinates and a fare (ordinary)")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, 29.95, 30.15, 5), "lng": rf(c.rng, 31.2, 31.45, 5)},
            "dropoff": {"lat": rf(c.rng, 29.95, 30.15, 5), "lng": rf(c.rng, 31.2, 31.45, 5)},
            "no3_el_3arabeya": c.rng.choice(["economy", "comfort", "scooter"]),
        }
    )
    b.ok_json(
        {"fare_egp": rf(c.rng, 40, 300, 2), "quote_id": rid(c.rng), "eta_min": c.rng.randint(2, 15)}
    )
    return b.build()


def driver_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/trips/{rid(c.rng)}/driver")
    b.decoy("driver's car plate and location (someone else's vehicle)")
    b.ok_json(
        {
            "plate": "س ط ع ٤٥٦",
            "car": "Hyundai Elantra",
            "lat": rf(c.rng, 29.95, 30.15, 5),
            "lng": rf(c.rng, 31.2, 31.45, 5),
            "heading": c.rng.randint(0, 359),
        }
    )
    return b.build()


def device_fingerprint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/risk/device")
    b.json(
        {
            "androidId": b.id("aid_ride", where="json androidId"),
            "oaid": b.id("oaid", where="json oaid (HMS)"),
            "hms": True,
            "model": c.phone.model,
            "rooted": False,
            "ts": iso(c),
        }
    )
    b.ok_json({"score": c.rng.randint(0, 30), "session": rid(c.rng)})
    return b.build()


def risk_opaque(c: Context) -> Flow:
    """The anti-fraud SDK's signed blob: MD5 of the ANDROID_ID under one letter."""
    b = FB(c, "mshwar", "POST", f"{API}/r")
    b.header("user-agent", UA)
    b.form(
        [
            ("a", b.id("aid_ride", "md5", "form a = md5(ANDROID_ID)", detectable=False)),
            ("b", str(c.rng.randint(10**8, 10**9))),
            ("s", rid(c.rng).replace("-", "")),
        ]
    )
    b.no_content()
    return b.build()
