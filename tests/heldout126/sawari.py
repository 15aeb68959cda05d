"""Sawari: a Kathmandu ride-hailing app (bikes and cars), with AppsFlyer.

Nothing of the rider's is biometric or viewing history here. The driver's
phone id in the trip answer belongs to the driver's device (someone else's),
so it is a decoy, not a device id of the tester; trip, fare and route
coordinates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from .phone import FB, iso, rf, rid, ua

API = "https://api.sawari.example"
UA = ua("Sawari", "7.0.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sawari", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_ride", where="header x-device-id"))
    return b


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bhada-anuman")
    b.decoy("pickup / drop coordinates and fare estimates")
    b.json(
        {
            "uthaune": [rf(c.rng, 27.66, 27.75, 5), rf(c.rng, 85.28, 85.36, 5)],
            "chhodne": [rf(c.rng, 27.66, 27.75, 5), rf(c.rng, 85.28, 85.36, 5)],
            "sawari_prakar": c.rng.choice(["bike", "car"]),
        }
    )
    b.ok_json({"bhada_npr": c.rng.randint(90, 900), "eta_min": c.rng.randint(2, 12)})
    return b.build()


def trip(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/yatra/{new_hex(c.rng, 12)}")
    b.decoy("driver's phone device id (the driver's own device, not the tester's) and trip id")
    b.ok_json(
        {
            "chalak": {
                "naam": "Ram B.",
                "bike": "Ba 92 Pa 4411",
                "chalak_device_id": new_uuid(c.rng),
            },
            "route": [[rf(c.rng, 27.66, 27.75, 5), rf(c.rng, 85.28, 85.36, 5)] for _ in range(8)],
            "sthiti": "on_trip",
            "updated": iso(c),
        }
    )
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.12/androidevent?app_id=com.sawari.rider&buildnumber=6.12.2",
    )
    b.header("user-agent", UA)
    uid = b.id("ride_af_uid", where="json uid (AppsFlyer id)")
    aid = b.id("aid_ride", where="json android_id")
    gaid = b.id("gaid", how="sha1", where="json advertiserIdSha1 (sha1 of GAID)")
    b.json(
        {
            "uid": uid,
            "android_id": aid,
            "advertiserIdSha1": gaid,
            "eventName": "ride_booked",
            "eventValue": '{"af_revenue":"240","af_currency":"NPR"}',
            "date1": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def promo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/promo?city=ktm")
    b.ok_json({"promo": [{"code": "DASHAIN50", "bhet": 50, "req": rid(c.rng)}]})
    return b.build()
