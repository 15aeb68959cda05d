"""Taxi Bladi: a ride-hailing app on the iPhone (Casablanca, Oran).

The rider app sends the IDFV in its session header and the IDFA (the rider
allowed tracking) with its AppsFlyer launches, as AppsFlyer's iOS SDK does
(`advertiserId`, `vendorId`). A ride's driver phone (masked), car plate, the
driver's car telemetry and the trip-share link belong to others or to the ride;
pickup coordinates and fare estimates are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://rider.taxibladi.example"
UA = ios_ua("TaxiBladi", "8.2.0", "8200.4")
AF = "https://launches.appsflyer.com/api/v6.13/iosevent?app_id=id1539024817&buildnumber=6.13.0"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "taxibladi", method, url)
    b.header("user-agent", UA)
    b.header("x-session-device", b.id("idfv_ride", where="header x-session-device"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", AF)
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("idfa", where="json advertiserId"),
            "vendorId": b.id("idfv_ride", where="json vendorId"),
            "uid": b.id("af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 60)),
            "isFirstCall": False,
            "platform": "iOS",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_event_opaque(c: Context) -> Flow:
    """The rider app's own event relay: the IDFA MD5'd under 'i' with the event."""
    b = FB(c, "taxibladi", "POST", f"{API}/e")
    b.header("user-agent", UA)
    b.json({"i": b.id("idfa", "md5", "json i", detectable=False), "e": "ride_done", "t": ms(c)})
    b.no_content()
    return b.build()


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/tarif/estimation")
    b.decoy("pickup and drop-off coordinates, fare")
    b.json(
        {
            "depart": {"lat": rf(c.rng, 33.55, 33.6, 6), "lng": rf(c.rng, -7.66, -7.58, 6)},
            "arrivee": {"lat": rf(c.rng, 33.5, 33.6, 6), "lng": rf(c.rng, -7.7, -7.5, 6)},
            "categorie": c.rng.choice(["petit_taxi", "confort"]),
        }
    )
    b.ok_json(
        {"prix_min": c.rng.randint(15, 30), "prix_max": c.rng.randint(31, 60), "devise": "MAD"}
    )
    return b.build()


def ride_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/courses/{rid(c.rng)}")
    b.decoy("driver's masked phone, car plate and the driver's car box id (others' devices)")
    b.ok_json(
        {
            "chauffeur": {
                "prenom": "Hamza",
                "tel_masque": "+2125229" + str(c.rng.randint(10**4, 10**5)),
            },
            "vehicule": {
                "plaque": f"{c.rng.randint(10000, 99999)}-أ-6",
                "modele": "Dacia Logan",
                "boitier_id": f"BX{c.rng.randint(10**7, 10**8)}",
            },
            "position": [rf(c.rng, 33.5, 33.6, 5), rf(c.rng, -7.7, -7.5, 5)],
            "eta_min": c.rng.randint(2, 12),
        }
    )
    return b.build()


def share_trip(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/courses/partage")
    b.decoy("trip share token (the ride's, not a device's)")
    b.json({"course": rid(c.rng), "contacts": 1})
    b.ok_json({"lien": f"https://t.taxibladi.example/s/{rid(c.rng)[:8]}", "expire": iso(c)})
    return b.build()


def rider_profile(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/moi")
    b.ok_json({"rider": b.acct("ride_rider"), "note": rf(c.rng, 4.2, 5, 2), "langue": "fr"})
    return b.build()
