"""Kajagép: a Szeged / Budapest food delivery app with Bloomreach Engagement
(formerly Exponea, Bratislava) tracking.

Restaurant lists with coordinates, menus, order numbers and the courier's
position are ordinary. The Exponea customer cookie is an install-scoped id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, near, ua

API = "https://api.kajagep.example"
UA = ua("Kajagep", "12.3.0")
EXPONEA = "https://api.exponea.com/track/v2/projects/6f1c2a90-4d1e-11ee-9b3a-0a58a9feac02"
PLACES = ["Kiskőrösi Halsütöde", "Pizza Mizza", "Bors GasztroBár", "Gyros Mester"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kajagep", method, url)
    b.header("user-agent", UA)
    b.header("x-kajagep-felhasznalo", b.acct("kaja_user"))
    return b


def ettermek(c: Context) -> Flow:
    city = c.rng.choice(["Szeged", "Budapest"])
    b = _b(c, "GET", f"{API}/v2/ettermek?varos={city}")
    b.decoy("restaurant list with coordinates and ratings")
    rows = []
    for name in PLACES:
        lat, lon = near(c.rng, city)
        rows.append(
            {"nev": name, "lat": lat, "lon": lon, "ertekeles": round(c.rng.uniform(3.5, 5), 1)}
        )
    b.ok_json({"ettermek": rows})
    return b.build()


def rendeles(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/rendelesek")
    b.decoy("order number and basket")
    b.json({"etterem": c.rng.choice(PLACES), "tetelek": [{"id": c.rng.randint(100, 999), "db": 1}]})
    b.ok_json({"rendelesszam": f"KG-{c.rng.randint(1000000, 9999999)}", "allapot": "elfogadva"})
    return b.build()


def futar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rendelesek/aktiv/futar")
    b.decoy("courier's position and vehicle (another person's device)")
    lat, lon = near(c.rng, "Szeged")
    b.ok_json({"futar": "Bence", "jarmu": "bicikli", "lat": lat, "lon": lon, "eta_perc": 9})
    return b.build()


def exponea_event(c: Context) -> Flow:
    b = FB(c, "exponea", "POST", EXPONEA + "/customers/events")
    b.header("user-agent", "Exponea-Android-SDK/3.13.0")
    b.header("authorization", "Token " + new_hex(c.rng, 40))
    b.json(
        {
            "customer_ids": {
                "cookie": b.id(
                    "kaja_exponea", where="json customer_ids.cookie (Exponea install id)"
                ),
                "registered": b.acct("kaja_user"),
            },
            "event_type": c.rng.choice(["session_start", "view_item", "purchase"]),
            "timestamp": ms(c) / 1000,
            "properties": {
                "os_version": "14",
                "device_model": "23078PND5G",
                "google_advertising_id": b.id(
                    "gaid", where="json properties.google_advertising_id"
                ),
                "language": "hu",
            },
        }
    )
    b.ok_json({"success": True})
    return b.build()


def eszkoz(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profil/eszkoz")
    b.json(
        {
            "geratId": b.id("aid_kaja", where="json geratId (ANDROID_ID, German key)"),
            "push_token": new_hex(c.rng, 64),
            "frissitve": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kupon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kuponok")
    b.decoy("coupon codes")
    b.ok_json({"kuponok": [{"kod": "KAJA" + new_hex(c.rng, 6).upper(), "kedvezmeny": 15}]})
    return b.build()


def ajanlo_vektor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ajanlo/beagyazas?etterem=12")
    b.decoy("restaurant recommendation embedding (a float vector with no face context)")
    b.ok_json({"etterem": 12, "beagyazas": [round(c.rng.gauss(0, 0.1), 5) for _ in range(64)]})
    return b.build()
