"""Tavla: a food-delivery app on the iPhone (Adjust SDK).

No viewing or biometric data: it sends the IDFA and its Adjust adid, and plenty
of look-alikes (courier coordinates, restaurant rails, a profile photo the user
picks, order numbers).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, ios_ua, iso, rf, rid

API = "https://api.tavla-delivery.example"
UA = ios_ua("Tavla", "8.21.0", "4410")
SHOPS = ["Σουβλάκι ο Θανάσης", "Bougatsa Giannis", "Pizza Fan", "Κρητικό Μαγειρείο"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "tavla", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-vendor-id", b.id("idfv_tavla", where="header x-vendor-id"))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", "q2w3e4r5t6y7"),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv_tavla", where="form idfv")),
            ("adid", b.id("tavla_adid", where="form adid")),
            ("created_at", iso(c)),
            ("os_name", "ios"),
        ]
    )
    b.ok_json({"adid": b.id("tavla_adid", where="response json adid", direction="response")})
    return b.build()


def courier(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/orders/{c.rng.randint(10**7, 10**8)}/courier", device=False)
    b.decoy("courier location track (coordinates)")
    b.ok_json(
        {
            "path": [[rf(c.rng, 40.6, 40.65, 5), rf(c.rng, 22.93, 22.97, 5)] for _ in range(8)],
            "eta_min": 12,
        }
    )
    return b.build()


def restaurants(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katastimata?lat=37.98&lon=23.73", device=False)
    b.decoy("restaurant rails and ratings")
    b.ok_json({"rails": [{"name": s, "rating": rf(c.rng, 3.8, 4.9, 1)} for s in SHOPS]})
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/orders")
    b.decoy("order with an idempotency key and order number")
    b.json(
        {
            "user": b.acct("tavla_user"),
            "email": b.id("email", where="json email"),
            "katastima": c.rng.choice(SHOPS),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": f"TV-{c.rng.randint(10**7, 10**8)}"})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/me/photo", device=False)
    b.decoy("profile photo the user picked (no face matching)")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.set_body(
        multipart(
            boundary,
            [("photo", "avatar.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"url": "https://img.tavla-delivery.example/u/avatar.jpg"})
    return b.build()
