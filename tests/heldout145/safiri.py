"""Safiri: a ride-hailing app (Nairobi, Lagos).

Ride requests carry pickup and drop-off coordinates, fare estimates and trip
ids; the driver card shows the driver's photo URL (another person, and a
content fetch). Device registration sends the ANDROID_ID and ad id; an
obfuscated telemetry ping hides the ANDROID_ID in a custom-alphabet base64
under `z` (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode

from .phone import FB, ms, rf, rid, ua

API = "https://api.safiri.example"
UA = ua("Safiri", "5.77.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "safiri", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "androidId": b.id("aid_safiri", where="json androidId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "rider": b.acct("rider_user"),
            "os": "android 13",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telemetry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    raw = b.id_raw("aid_safiri", "custom_b64", "json z (custom-alphabet base64)")
    b.json({"z": encode(raw, "custom_b64"), "q": ms(c)})
    b.no_content()
    return b.build()


def ride_quote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rides/quote")
    b.decoy("pickup and drop-off coordinates, fare estimate")
    b.json(
        {
            "pickup": {"lat": rf(c.rng, -1.33, -1.22), "lng": rf(c.rng, 36.7, 36.9)},
            "dropoff": {"lat": rf(c.rng, -1.33, -1.22), "lng": rf(c.rng, 36.7, 36.9)},
            "aina": "boda",
        }
    )
    b.ok_json(
        {
            "fare": {"min": c.rng.randint(150, 300), "max": c.rng.randint(300, 600)},
            "quoteId": rid(c.rng),
        }
    )
    return b.build()


def driver_card(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rides/{rid(c.rng)}/driver")
    b.decoy("assigned driver's name, plate and photo URL (another person, content)")
    b.ok_json(
        {
            "name": "Otieno",
            "plate": f"KDA {c.rng.randint(100, 999)}X",
            "photo": "https://img.safiri.example/d/8812.jpg",
            "rating": rf(c.rng, 4, 5, 1),
            "eta_sec": c.rng.randint(60, 600),
        }
    )
    return b.build()


def trip_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rides/track")
    b.decoy("GPS breadcrumbs of a trip: coordinates, not a face or a device id")
    b.json(
        {
            "trip": rid(c.rng),
            "pts": [[rf(c.rng, 6.4, 6.6), rf(c.rng, 3.3, 3.5), ms(c)] for _ in range(5)],
        }
    )
    b.no_content()
    return b.build()
