"""Gusto: food delivery in Bucharest and Cluj, with the Adjust SDK and Firebase.

Adjust's session package carries the advertising id (`gps_adid`) and returns
Adjust's device id (`adid`); Firebase installations registers the app instance.
Menus with prices, the courier's live coordinates and orders are ordinary look-
alikes (coordinates, price series, order ids); the courier's phone id in the
tracking response belongs to someone else (not the tester's device).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.gusto-delivery.example"
UA = ua("Gusto", "3.44.1")
DISHES = ["Ciorbă de burtă", "Mici cu muștar", "Papanași", "Sarmale cu mămăligă", "Plăcinte"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gusto", method, url)
    b.header("user-agent", UA)
    b.header("x-gusto-device", b.id("aid_gusto", where="header x-gusto-device"))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", "q8w2mzr7x3nk"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("os_name", "android"),
            ("country", "RO"),
            ("language", "ro"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("adjust_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
        }
    )
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/gusto-ro-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyB" + new_hex(c.rng, 32))
    b.json(
        {
            "fid": b.id("firebase_iid", where="json fid"),
            "appId": "1:55012:android:9a1b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/55012/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/restaurante/{c.rng.randint(100, 999)}/meniu")
    b.decoy("menu with a price list")
    b.ok_json({"produse": [{"nume": d, "pret": rf(c.rng, 18, 60, 2)} for d in DISHES]})
    return b.build()


def nearby(c: Context) -> Flow:
    lat, lon = rf(c.rng, 44.38, 44.50), rf(c.rng, 26.0, 26.2)
    b = _b(c, "GET", f"{API}/v2/restaurante?lat={lat}&lng={lon}")
    b.decoy("user coordinates and restaurant coordinates")
    b.ok_json(
        {
            "restaurante": [
                {"id": i, "lat": rf(c.rng, 44.38, 44.5), "lng": rf(c.rng, 26, 26.2)}
                for i in range(6)
            ]
        }
    )
    return b.build()


def courier_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/comenzi/{rid(c.rng)}/curier")
    b.decoy("courier's coordinates and the courier's own phone id (another person's device)")
    b.ok_json(
        {
            "curier": {
                "prenume": "Andrei",
                "telefonDispozitivId": new_hex(c.rng, 16),
                "poz": [rf(c.rng, 44.4, 44.5), rf(c.rng, 26, 26.2)],
                "eta_min": 12,
            }
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/comenzi")
    b.decoy("order with ids and prices")
    b.json(
        {
            "produse": [{"nume": c.rng.choice(DISHES), "cant": 2}],
            "idempotency": rid(c.rng),
            "plata": "card",
            "user": b.acct("gusto_user"),
        }
    )
    b.ok_json({"comanda": "GS-" + str(c.rng.randint(10**7, 10**8)), "total": rf(c.rng, 40, 200, 2)})
    return b.build()
