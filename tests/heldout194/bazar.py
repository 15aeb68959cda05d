"""Bazar classifieds (cars, phones, flats in Erbil/Duhok). Listings for
second-hand phones include the SELLER's IMEI: other people's devices."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits
from tests.heldout.wire import fake_jpeg

from .phone import KB, iso, rf, rid, ua

API = "https://api.bazar-kurd.example"


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "bazar", method, url)
    b.header("user-agent", ua("Bazar", "6.1.2"))
    return b


def listings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/reklam?bash=mobile&shar=duhok")
    b.decoy("second-hand phone listings with the seller's IMEI: another person's device")
    b.ok_json(
        {
            "items": [
                {
                    "title": "iPhone 13 128GB",
                    "priceUsd": c.rng.randint(300, 700),
                    "imei": luhn_complete(new_digits(c.rng, 14, "35")),
                    "at": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def post_ad(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/reklam")
    b.json(
        {
            "title": "Toyota Land Cruiser 2016",
            "priceUsd": 41000,
            "city": "Hewlêr",
            "lat": rf(c.rng, 36.1, 36.3),
            "lng": rf(c.rng, 43.9, 44.1),
            "installation": b.id("aid_bazar", where="json installation (android id)"),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def photo(c: Context) -> Flow:
    b = KB(c, "bazar", "GET", f"https://img.bazar-kurd.example/{c.rng.randint(1, 10**7)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def facebook_sdk(c: Context) -> Flow:
    b = KB(c, "fbsdk", "POST", "https://graph.facebook.com/v17.0/1234567890/activities")
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("anon_id", "XZ" + rid(c.rng)),
            ("application_tracking_enabled", "1"),
        ]
    )
    b.other_id("install_id", "form anon_id (FB SDK install-scoped anonymous id)")
    b.ok_json({"success": True})
    return b.build()
