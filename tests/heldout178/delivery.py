"""Miitane: a food and grocery delivery app (Tbilisi, Batumi), with the Adjust SDK.

The app's own backend gets the ANDROID_ID in a custom header; an obfuscated
"z" field carries it through a shuffled base64 alphabet that no reader undoes.
Menus, basket, courier positions and the courier's phone id (another person's
device) are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.miitane.example"
UA = ua("Miitane", "5.22.1")
DISHES = ["Khachapuri Adjaruli", "Khinkali (10)", "Lobiani", "Mtsvadi", "Churchkhela", "Lahmajo"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "miitane", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-miitane-did", b.id("aid_food", where="header x-miitane-did"))
    return b


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/restorani/{c.rng.randint(100, 999)}/menu", device=False)
    b.ok_json({"kerdzebi": [{"saxeli": d, "fasi": rf(c.rng, 3, 30, 2)} for d in DISHES]})
    return b.build()


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/shekveta")
    b.decoy("order id, address coordinates and basket")
    b.json(
        {
            "kalata": [{"saxeli": c.rng.choice(DISHES), "raodenoba": c.rng.randint(1, 3)}],
            "misamarti": {"lat": rf(c.rng, 41.6, 41.8, 5), "lon": rf(c.rng, 44.7, 44.9, 5)},
            "idempotency": rid(c.rng),
            "receipt_email": b.id("email", where="json receipt_email"),
        }
    )
    b.ok_json({"orderNo": f"MT-{c.rng.randint(10**6, 10**7)}", "eta": c.rng.randint(20, 60)})
    return b.build()


def courier(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/shekveta/{c.rng.randint(10**6, 10**7)}/kurieri", device=False)
    b.decoy("the courier's position and the courier's phone id (someone else's device)")
    b.ok_json(
        {
            "kurieri": {
                "saxeli": "Davit",
                "lat": rf(c.rng, 41.6, 41.8, 5),
                "lon": rf(c.rng, 44.7, 44.9, 5),
            },
            "courierDevice": rid(c.rng),
            "updated": iso(c),
        }
    )
    return b.build()


def obfuscated_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/p", device=False)
    b.form(
        [
            ("z", b.id("aid_food", "custom_b64", "form z (shuffled base64)", detectable=False)),
            ("k", "3"),
        ]
    )
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("app_token", "q3xk2n8vj7cw"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()
