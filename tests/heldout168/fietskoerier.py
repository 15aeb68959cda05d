"""Fietskoerier: a meal-delivery app (Thuisbezorgd / Deliveroo-like) with Adjust.

Adjust's session call carries the advertising id and ANDROID_ID; the response
returns Adjust's device id (adid), which later event calls send back. The rider's
live coordinates, the menu with prices and the order are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no

from .phone import FB, iso, rf, rid, ua

API = "https://api.fietskoerier.example"
UA = ua("Fietskoerier", "24.6.0")
ADJ_UA = "Adjust/Android 4.38.2"


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", ADJ_UA)
    b.form(
        [
            ("app_token", "x7k2m9q4w1e8"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_id", b.id("aid_fiets", where="form android_id")),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
        ]
    )
    adid = b.id("fiets_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", ADJ_UA)
    b.form(
        [
            ("app_token", "x7k2m9q4w1e8"),
            ("event_token", c.rng.choice(["abc123", "ord9k2"])),
            ("adid", b.id("fiets_adid", where="form adid (Adjust device id)")),
            ("revenue", str(rf(c.rng, 12, 45, 2))),
            ("currency", "EUR"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def koerier_locatie(c: Context) -> Flow:
    b = FB(c, "fietskoerier", "GET", f"{API}/v2/bestellingen/{new_hex(c.rng, 10)}/koerier")
    b.header("user-agent", UA)
    b.decoy("rider coordinates and heading every few seconds (an order's tracking)")
    b.ok_json(
        {
            "lat": rf(c.rng, 51.03, 51.07, 5),
            "lon": rf(c.rng, 3.69, 3.75, 5),
            "koers": c.rng.randint(0, 359),
            "eta": c.rng.randint(2, 25),
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = FB(c, "fietskoerier", "GET", f"{API}/v2/restaurants/{c.rng.randint(1000, 9999)}/menu")
    b.header("user-agent", UA)
    b.decoy("menu with prices")
    b.ok_json({"gerechten": [{"naam": n, "prijs": rf(c.rng, 6, 22, 2)}
                             for n in ("Friet speciaal", "Stoofvlees", "Poke bowl")]})  # fmt: skip
    return b.build()


def bestellen(c: Context) -> Flow:
    b = FB(c, "fietskoerier", "POST", f"{API}/v2/bestellingen")
    b.header("user-agent", UA)
    b.decoy("order with idempotency key and order number")
    b.json(
        {"klant": b.acct("fiets_user"), "items": [{"id": 11, "aantal": 2}], "sleutel": rid(c.rng)}
    )
    b.ok_json({"bestelnummer": order_no(c.rng)})
    return b.build()
