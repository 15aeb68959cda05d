"""Sufra: a food delivery app on the Samsung phone (Dubai / Riyadh).

Adjust session calls carry the advertising id, the ANDROID_ID and the Adjust
adid. Courier tracking returns the rider's live coordinates and the rider's
own phone id (another person's device: a decoy). Menus, a restaurant's promo
video banner and the basket are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from .phone import FB, android_ua, iso, rf, rid

API = "https://api.sufra.example"
UA = android_ua("Sufra", "24.11.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sufra", method, url)
    b.header("user-agent", UA)
    b.header("x-customer", b.acct("food_user"))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("aid_food", where="form android_uuid (ANDROID_ID)")),
            ("adid", b.id("adjust_adid", where="form adid (Adjust id)")),
            ("app_token", "s9f1q0p2lmx7"),
            ("created_at", iso(c)),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def courier(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/orders/{c.rng.randint(10**7, 10**8)}/track")
    b.decoy("courier coordinates and the courier's own phone id (someone else's device)")
    b.ok_json(
        {
            "courier": {
                "name": "Imran",
                "deviceId": new_uuid(c.rng),
                "lat": rf(c.rng, 25.05, 25.25, 5),
                "lng": rf(c.rng, 55.1, 55.4, 5),
            },
            "etaMin": c.rng.randint(5, 40),
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/vendors/{c.rng.randint(1000, 9999)}/menu")
    b.decoy("menu with prices")
    b.ok_json(
        {
            "items": [
                {"name": n, "price": rf(c.rng, 9, 65, 2)}
                for n in ["Chicken Machboos", "Mandi", "Kerala Parotta", "Biryani", "Karak"]
            ]
        }
    )
    return b.build()


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/checkout")
    b.decoy("order and idempotency ids")
    b.json(
        {
            "basket": new_hex(c.rng, 12),
            "payment": "apple_pay",
            "idempotencyKey": rid(c.rng),
            "address": {"lat": rf(c.rng, 24.6, 24.9, 5), "lng": rf(c.rng, 46.5, 46.9, 5)},
        }
    )
    b.ok_json({"orderId": c.rng.randint(10**7, 10**8)})
    return b.build()


def opaque_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/cfg")
    b.param("c", b.id("aid_food", "sha256", "query c (SHA-256 of ANDROID_ID)", False))
    b.ok_json({"flags": {"newCart": True}})
    return b.build()
