"""Autókapcsolat: the family car's connected-car app (a Czech-built hatchback).

The car's VIN and its telematics modem's IMEI are the household's device
identifiers. A carsharing car rented for one trip in Budapest is not: its VIN
goes in a decoy. Trip coordinates and fuel levels are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, near, rf, ua

API = "https://api.autokapcsolat.example"
UA = ua("Autokapcsolat", "6.7.2")
SHARE = "https://api.kozautok.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "autokapcsolat", method, url)
    b.header("user-agent", UA)
    b.header("x-tulajdonos", b.acct("car_owner"))
    return b


def jarmu_allapot(c: Context) -> Flow:
    vin = c.phone.car_vin
    b = _b(c, "GET", f"{API}/v2/jarmuvek/{vin}/allapot")
    b.other_id("car_vin", where="path /jarmuvek/{VIN}")
    lat, lon = near(c.rng, "Debrecen")
    b.ok_json(
        {
            "uzemanyag_szazalek": c.rng.randint(5, 100),
            "km_allas": c.rng.randint(10000, 90000),
            "ajtok_zarva": True,
            "parkolas": {"lat": lat, "lng": lon},
        }
    )
    return b.build()


def telematika(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/telematika/kapcsolat")
    vin = c.phone.car_vin
    b.other_id("car_vin", where="json vin")
    b.json(
        {
            "vin": vin,
            "modem_imei": b.id("car_imei", where="json modem_imei"),
            "jelerosseg": -c.rng.randint(60, 100),
            "ido": iso(c),
        }
    )
    b.ok_json({"online": True})
    return b.build()


def app_eszkoz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/felhasznalo/eszkozok")
    b.json({"android_id": b.id("aid_auto", where="json android_id"), "platform": "android"})
    b.ok_json({"ok": True})
    return b.build()


def opaque_modem(c: Context) -> Flow:
    """A wake-up request keyed by the modem: the IMEI base64'd under 'x'."""
    b = _b(c, "POST", f"{API}/w")
    b.json({"x": b.id("car_imei", how="b64", where="json x (base64 IMEI)", detectable=False)})
    b.no_content()
    return b.build()


def ut(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/utak?napok=7")
    b.decoy("trip log with coordinates and consumption")
    trips = []
    for _ in range(3):
        a, z = near(c.rng, "Debrecen"), near(c.rng, "Szeged")
        trips.append(
            {
                "indulas": a,
                "erkezes": z,
                "km": rf(c.rng, 2, 230, 1),
                "fogyasztas": rf(c.rng, 4, 8, 1),
            }
        )
    b.ok_json({"utak": trips})
    return b.build()


def berauto(c: Context) -> Flow:
    b = FB(c, "kozautok", "POST", f"{SHARE}/v1/berles/inditas")
    b.header("user-agent", UA)
    b.decoy("a rented carsharing car's VIN and plate (not the family's device)")
    vin = "WVWZZZAWZN" + str(c.rng.randint(1000000, 9999999))
    lat, lon = near(c.rng, "Budapest")
    b.json(
        {
            "auto_vin": vin,
            "rendszam": "AA BC-" + str(c.rng.randint(100, 999)),
            "lat": lat,
            "lng": lon,
        }
    )
    b.ok_json({"berles": "B-" + new_hex(c.rng, 10), "percdij": 89})
    return b.build()
