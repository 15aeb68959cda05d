"""Drumo: a ride-hailing app in Bucharest and Chisinau, with the AppsFlyer SDK.

AppsFlyer's launch event carries the advertising id (`advertiserId`) and
AppsFlyer's own install id (`uid`); the app's trace header is a request id.
Route polylines, fare estimates, the driver's car plate and the driver's
phone are someone else's: ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.drumo-ride.example"
UA = ua("Drumo", "9.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "drumo", method, url)
    b.header("user-agent", UA)
    b.header("x-drumo-device", b.id("aid_drumo", where="header x-drumo-device"))
    b.header("x-trace-id", new_hex(c.rng, 32))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=ro.drumo.rider&buildnumber=6.13.0",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "appsflyerKey": "Xk2" + new_hex(c.rng, 10),
            "eventName": "af_app_opened",
            "lang": "ro",
            "country": "RO",
            "date1": iso(c),
            "brand": "samsung",
            "model": "SM-A546B",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/estimare")
    b.decoy("pickup/drop-off coordinates and fare range")
    b.json(
        {
            "de_la": [rf(c.rng, 46.99, 47.06), rf(c.rng, 28.8, 28.9)],
            "pana_la": [rf(c.rng, 46.99, 47.06), rf(c.rng, 28.8, 28.9)],
            "moneda": "MDL",
        }
    )
    b.ok_json({"pret_min": rf(c.rng, 40, 60, 0), "pret_max": rf(c.rng, 60, 90, 0)})
    return b.build()


def driver(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cursa/{rid(c.rng)}/sofer")
    b.decoy("driver's car plate and the driver's phone device id (another person's device)")
    b.ok_json(
        {
            "sofer": "Vasile C.",
            "masina": "Dacia Logan",
            "nr": "B-123-XYZ",
            "driverDeviceId": new_hex(c.rng, 16),
            "rating": rf(c.rng, 4.5, 5, 2),
        }
    )
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ruta?t={ms(c)}")
    b.decoy("route polyline of coordinates")
    b.ok_json({"puncte": [[rf(c.rng, 44.40, 44.47), rf(c.rng, 26.05, 26.15)] for _ in range(12)]})
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chitanta?cursa={rid(c.rng)}")
    b.ok_json({"total": rf(c.rng, 15, 80, 2), "moneda": "RON", "user": b.acct("drumo_user")})
    return b.build()
