"""Safarbar: a ride-hailing app (Tehran, Isfahan).

Every call carries the app's device id (`x-device-id`); its anti-fraud ping
sends an MD5 of the ANDROID_ID under the bare header `h`. Pickup and drop-off
coordinates, route polylines, fares and the driver's plate and phone are
ordinary; the driver's phone id in the ride answer is another person's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, ua

API = "https://api.safarbar.example"
UA = ua("Safarbar", "7.22.0")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "safarbar", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device-id", b.id("ride_device", where="header x-device-id"))
    return b


def _latlng(c: Context) -> dict[str, float]:
    if c.rng.random() < 0.6:
        return {"lat": rf(c.rng, 35.62, 35.80, 5), "lng": rf(c.rng, 51.25, 51.55, 5)}
    return {"lat": rf(c.rng, 32.60, 32.70, 5), "lng": rf(c.rng, 51.60, 51.72, 5)}


def _plate(c: Context) -> str:
    """An Iranian licence plate: two digits, a letter, three digits, the region code."""
    return f"{c.rng.randint(10, 99)} ب {c.rng.randint(100, 999)} ایران {c.rng.randint(10, 99)}"


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/passenger/v2/gheymat")
    b.decoy("pickup/drop-off coordinates and fare in tomans")
    b.json(
        {"mabda": _latlng(c), "maghsad": _latlng(c), "noe": c.rng.choice(["eco", "plus", "bike"])}
    )
    b.ok_json(
        {
            "gheymat_toman": c.rng.randint(40, 400) * 1000,
            "zaman_residan_daghighe": c.rng.randint(2, 15),
        }
    )
    return b.build()


def ride_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/passenger/v2/safar/{c.rng.randint(10**8, 10**9)}/vaziat")
    b.decoy("driver's plate, phone and phone id (another person's device, not the tester's)")
    b.ok_json(
        {
            "ranande": {
                "nam": "علی",
                "pelak": _plate(c),
                "shomare_tamas": "0935" + str(c.rng.randint(10**6, 10**7)),
                "driver_device_id": "".join(c.rng.choice("0123456789abcdef") for _ in range(16)),
            },
            "mogheiat_ranande": _latlng(c),
            "polyline": "".join(c.rng.choice("abcdefghijklmnop_~@?") for _ in range(60)),
        }
    )
    return b.build()


def fraud_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sec/p", device=False)
    b.header("h", b.id("aid_ride", "md5", "header h (md5 of ANDROID_ID)", detectable=False))
    b.json({"t": c.rng.randint(10**9, 2 * 10**9), "r": 0, "e": 0})
    b.no_content()
    return b.build()


def launch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/passenger/v2/app/launch")
    b.json(
        {
            "android_id": b.id("aid_ride", where="json android_id"),
            "advertising_id": b.id("gaid", where="json advertising_id"),
            "passenger_id": b.acct("ride_user"),
            "zaman": iso(c),
        }
    )
    b.ok_json({"tabligh": [], "version_jadid": False})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/passenger/v2/location", device=False)
    b.decoy("the passenger's own GPS fixes with accuracy and bearing")
    b.json(
        {
            "fixes": [
                {**_latlng(c), "acc": rf(c.rng, 3, 30, 1), "bearing": rf(c.rng, 0, 359, 1)}
                for _ in range(3)
            ]
        }
    )
    b.no_content()
    return b.build()
