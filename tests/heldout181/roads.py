"""Derech: an Israeli navigation app (routes between Tel Aviv, Haifa and Be'er
Sheva, traffic reports), and Rechev Sheli, the car maker's telematics app (the
telematics unit's LTE modem IMEI and the car's VIN). Routes, GPS traces, traffic
reports, fuel and battery series are ordinary location and vehicle data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

NAV = "https://api.derech-nav.example"
CAR = "https://telematics.rechev-sheli.example"
CITIES = [(32.0853, 34.7818), (32.794, 34.9896), (31.2518, 34.7913)]


def _nav(c: Context, method: str, url: str) -> FB:
    b = FB(c, "derech", method, url)
    b.header("user-agent", ua("Derech", "3.18.1"))
    return b


def _car(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rechev-sheli", method, url)
    b.header("user-agent", ua("RechevSheli", "2.4.0"))
    b.header("x-session", rid(c.rng))
    return b


def route(c: Context) -> Flow:
    (a_lat, a_lon), (z_lat, z_lon) = c.rng.sample(CITIES, 2)
    b = _nav(c, "GET", f"{NAV}/v2/maslul?from={a_lat},{a_lon}&to={z_lat},{z_lon}")
    b.decoy("route polyline coordinates and ETA")
    pts = [[rf(c.rng, 31.2, 32.8, 5), rf(c.rng, 34.7, 35.0, 5)] for _ in range(20)]
    b.ok_json({"nekudot": pts, "zman_hagaa_dakot": c.rng.randint(40, 130)})
    return b.build()


def report(c: Context) -> Flow:
    b = _nav(c, "POST", f"{NAV}/v2/divuach")
    b.decoy("traffic report with coordinates")
    b.json(
        {
            "sug": c.rng.choice(["pkak", "mishtara", "teuna"]),
            "lat": rf(c.rng, 31, 33, 5),
            "lon": rf(c.rng, 34.5, 35.2, 5),
            "ts": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def nav_hello(c: Context) -> Flow:
    b = _nav(c, "POST", f"{NAV}/v2/hello")
    b.json(
        {
            "user": b.acct("nav_user"),
            "install": b.id("nav_install", where="json install"),
            "aid": b.id("aid_nav", where="json aid (ANDROID_ID)"),
            "gaid": b.id("gaid", where="json gaid"),
        }
    )
    b.ok_json({"config": {"speedcams": True}})
    return b.build()


def nav_opaque(c: Context) -> Flow:
    b = _nav(c, "POST", f"{NAV}/t")
    b.form(
        [
            ("h", b.id("aid_nav", "sha256", "form h (SHA-256 of ANDROID_ID)", detectable=False)),
            ("n", str(c.rng.randint(1, 40))),
        ]
    )
    b.no_content()
    return b.build()


def car_status(c: Context) -> Flow:
    b = _car(c, "GET", f"{CAR}/api/v1/vehicle/status")
    vin = b.id("car_vin", where="response json vin", direction="response")
    imei = b.id("car_imei", where="response json tcu.imei", direction="response")
    b.ok_json(
        {
            "vin": vin,
            "tcu": {"imei": imei, "fw": "T4.2.11"},
            "fuelPct": c.rng.randint(5, 100),
            "odometerKm": c.rng.randint(10**4, 10**5),
            "at": iso(c),
        }
    )
    return b.build()


def car_register(c: Context) -> Flow:
    b = _car(c, "POST", f"{CAR}/api/v1/phone/link")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "androidId": b.id("aid_car", where="json androidId"),
            "owner": b.acct("car_user"),
        }
    )
    b.ok_json({"linked": True})
    return b.build()


def car_opaque(c: Context) -> Flow:
    b = _car(c, "POST", f"{CAR}/api/v0/k")
    b.json(
        {
            "k": b.id("car_imei", "md5", "json k (MD5 of the TCU IMEI)", detectable=False),
            "c": c.rng.randint(1, 9),
        }
    )
    b.no_content()
    return b.build()


def trip(c: Context) -> Flow:
    b = _car(c, "GET", f"{CAR}/api/v1/trips?limit=5")
    b.decoy("trip list with coordinates and battery series")
    b.ok_json(
        {
            "trips": [
                {
                    "tripId": rid(c.rng),
                    "km": rf(c.rng, 2, 120, 1),
                    "battery": [rf(c.rng, 11.8, 14.4, 2) for _ in range(10)],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def climate(c: Context) -> Flow:
    b = _car(c, "POST", f"{CAR}/api/v1/vehicle/climate")
    b.json({"on": True, "targetC": c.rng.choice([20, 21, 22]), "requestId": rid(c.rng)})
    b.ok_json({"queued": True})
    return b.build()


def rental_car(c: Context) -> Flow:
    """Weekend rental linked in the app: the rental company's car, not the family's."""
    b = _car(c, "POST", f"{CAR}/api/v1/rental/link")
    b.decoy("VIN and TCU id of a rental car (the rental company's equipment, not the household's)")
    b.json(
        {
            "vin": "WVWZZZ" + str(c.rng.randint(10**10, 10**11)),
            "tcuId": "TCU" + str(c.rng.randint(10**8, 10**9)),
            "rentalAgreement": f"RA-{c.rng.randint(10**5, 10**6)}",
            "until": iso(c),
        }
    )
    b.ok_json({"linked": True, "expires": iso(c)})
    return b.build()
