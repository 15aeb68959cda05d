"""A second-hand marketplace ("Tori/Blocket"-style "Kirppis"): watched listings,
price histories, recently viewed items, Firebase.

The app's own backend, plus Firebase Installations (see food.py for the
format). "Bevakningar" (saved searches) and "senast visade" (recently viewed)
are listings viewed, not media watched; price histories are numeric series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kirppis-market.se"
UA = ua("Kirppis", "9.3.1")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kirppis", method, API + path)
    b.header("user-agent", UA)
    return b


def watched(c: Context) -> Flow:
    b = _b(c, "GET", "/api/bevakningar")
    items = [
        {
            "annonsId": new_digits(c.rng, 9),
            "titel": c.rng.choice(["Cykel", "Skidor 170cm", "Soffa", "iPhone 12"]),
            "pris": c.rng.randint(100, 6000),
            "sedd": iso(c),
            "antalVisningar": c.rng.randint(1, 900),
        }
        for _ in range(6)
    ]
    b.ok_json({"bevakade": items})
    b.decoy("watched (saved) listings with view counters: products, not viewing history")
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "POST", "/api/senast-visade")
    b.json(
        {
            "itemId": new_digits(c.rng, 9),
            "viewedAt": ms(c),
            "viewDurationMs": c.rng.randint(500, 60000),
            "position": c.rng.randint(0, 40),
            "hasVideo": c.rng.random() < 0.2,
        }
    )
    b.no_content()
    b.decoy("recently viewed listing with view duration: a listing, not media")
    return b.build()


def price_history(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/annons/{new_digits(c.rng, 9)}/prishistorik")
    p = c.rng.randint(500, 5000)
    pts = []
    for _ in range(12):
        p = max(50, p + c.rng.randint(-300, 100))
        pts.append({"t": iso(c)[:10], "pris": p})
    b.ok_json({"historik": pts, "median": p, "valuta": "SEK"})
    b.decoy("price history series")
    return b.build()


def listing_video(c: Context) -> Flow:
    b = FB(c, "kirppis", "GET", f"https://media.kirppis-market.se/v/{new_hex(c.rng, 16)}/720p.mp4")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", b"\x00\x00\x00\x20ftypisom" + c.rng.randbytes(400))
    b.decoy("fetch of a listing's demo video bytes (a fetch, not a watch log)")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["skidor", "vinterjacka", "ps5", "kurslitteratur"])
    b = _b(c, "GET", f"/api/sok?q={q}&sida=1&lat={rf(c.rng, 59.3, 59.4)}")
    b.ok_json(
        {
            "traffar": c.rng.randint(0, 900),
            "sokId": rid(c.rng),
            "annonser": [new_digits(c.rng, 9) for _ in range(10)],
        }
    )
    b.decoy("search results with a search id")
    return b.build()


def firebase_install(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/kirppis-app/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.header("x-android-package", "se.kirppis.app")
    b.other_id("market_fid", "body fid")
    b.json(
        {
            "fid": c.phone.market_fid,
            "appId": "1:9023:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "fid": c.phone.market_fid,
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def seller_profile(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/anvandare/{new_digits(c.rng, 8)}")
    b.ok_json(
        {
            "namn": "Anna",
            "kön": c.rng.choice(["kvinna", "man", "annat"]),
            "betyg": rf(c.rng, 3, 5, 1),
            "profilbild": f"https://media.kirppis-market.se/p/{new_hex(c.rng, 16)}.jpg",
        }
    )
    b.decoy("seller profile with self-declared gender and a profile picture URL (not face data)")
    return b.build()
