"""A pharmacy app: eScript tokens and script numbers, click-and-collect pickup
lockers (shared lockers: not a device), recently viewed products, sign-in.

In-house key names modelled on AU eScripts (a token per prescription, a QR)
and NZ script numbers; the pickup locker is a shopping-centre locker bank.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new, rid, ua

API = "https://api.chemistnz.example"
AGENT = ua("ChemistNZ", "6.0", "600")


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "chemist", method, API + path, AGENT)
    b.header("x-member", c.phone.pharm_user)
    return b


def _token(c: Context) -> str:
    return "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(18))


def escript(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/scripts")
    b.json(
        {
            "eScriptToken": _token(c),
            "scriptNumber": "RX" + str(c.rng.randint(10**7, 10**8 - 1)),
            "repeatsLeft": c.rng.randint(0, 5),
            "qrPayload": rid(c.rng),
        }
    )
    b.ok_json({"status": "received", "readyBy": iso(c)})
    b.decoy("eScript token and script number (prescription ids)")
    return b.build()


def locker(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/orders/{c.rng.randint(10**6, 10**7 - 1)}/pickup")
    b.ok_json(
        {
            "lockerBank": "Westfield Newmarket L1",
            "lockerSerial": "LB" + str(c.rng.randint(10**6, 10**7 - 1)),
            "door": c.rng.randint(1, 48),
            "pin": str(c.rng.randint(100000, 999999)),
            "expires": iso(c),
        }
    )
    b.decoy("shared pickup locker serial and door PIN (public locker, not the family's device)")
    return b.build()


def sign_in(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/auth/sign-in")
    b.json({"email": b.id("email", where="body.email"), "password": "•" * 8, "rememberMe": True})
    b.ok_json({"token": rid(c.rng)})
    return b.build()


def viewed_products(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/analytics/product-views")
    b.json(
        {
            "views": [
                {"sku": str(c.rng.randint(100000, 999999)), "name": n, "viewedAt": iso(c)}
                for n in ("Panadol 20pk", "Sunscreen SPF50", "Hayfever tabs")
            ]
        }
    )
    b.no_content()
    b.decoy("products viewed")
    return b.build()
