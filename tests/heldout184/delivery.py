"""Lekk Express: a food and grocery delivery app (thiéboudienne, yassa, dibi).

Adjust's session call carries the advertising id and Adjust's own android_uuid;
the answer names the adid. Menus, order ids, the courier's live position and
ratings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.lekkexpress.example"
UA = ua("LekkExpress", "2.7.5")
DISHES = ["Thiéboudienne", "Yassa poulet", "Mafé", "Dibi agneau", "Thiakry", "Fataya"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lekkexpress", method, url)
    b.header("user-agent", UA)
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n)")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q8x2mw4k7pfk"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("delivery_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 80))),
            ("os_name", "android"),
            ("device_type", "phone"),
        ]
    )
    adid = b.id("delivery_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": "q8x2mw4k7pfk", "adid": adid, "timestamp": iso(c)})
    return b.build()


def client_profile(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/client/appareil")
    b.json(
        {
            "client": b.acct("delivery_user"),
            "device_id": b.id("aid_delivery", where="json device_id"),
            "plateforme": "android",
        }
    )
    b.no_content()
    return b.build()


def restaurants(c: Context) -> Flow:
    lat, lng = rf(c.rng, 14.69, 14.71, 4), rf(c.rng, -17.48, -17.46, 4)
    b = _b(c, "GET", f"{API}/v3/restaurants?quartier=Mermoz&lat={lat}&lng={lng}")
    b.decoy("restaurant list with coordinates and ratings")
    b.ok_json(
        {
            "restaurants": [
                {"nom": f"Chez {n}", "plat": c.rng.choice(DISHES), "note": rf(c.rng, 3.5, 5, 1)}
                for n in ("Loutcha", "Fatou", "Awa")
            ]
        }
    )
    return b.build()


def commande(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/commandes")
    b.decoy("order id and client phone number (accounts)")
    b.json(
        {
            "plats": [{"nom": c.rng.choice(DISHES), "qte": c.rng.randint(1, 3)}],
            "paiement": c.rng.choice(["wave", "orange_money", "especes"]),
            "telephone": "+22170" + new_digits(c.rng, 7),
        }
    )
    b.ok_json(
        {"commande_id": "LK-" + new_hex(c.rng, 8).upper(), "total": c.rng.randint(2000, 15000)}
    )
    return b.build()


def suivi_livreur(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/commandes/{rid(c.rng)}/livreur")
    b.decoy("courier's position, heading and scooter plate (another person's vehicle)")
    b.ok_json(
        {
            "lat": rf(c.rng, 14.68, 14.72, 5),
            "lng": rf(c.rng, -17.48, -17.44, 5),
            "cap": c.rng.randint(0, 359),
            "plaque": f"AA-{c.rng.randint(100, 999)}-XB",
        }
    )
    return b.build()
