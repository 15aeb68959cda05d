"""A real-estate app: listings, "recently viewed" properties, saved open-home
inspection times, floor-plan room polygons and walkthrough video fetches.

All in-house key names, modelled on what AU property portals show in their
apps (listing id, suburb, inspection windows, floor-plan areas in m²). Products,
listings or profiles viewed are not viewing history, so all of it is decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, new, pts, rf, rid, ua

API = "https://api.kainga-homes.example"
AGENT = ua("Kainga", "5.2", "5207")
SUBURBS = ["Ponsonby", "Newtown", "Fitzroy", "Paddington", "Mt Maunganui", "Brunswick"]


def _b(c: Context, method: str, path: str) -> FB:
    return new(c, "kainga", method, API + path, AGENT)


def _lid(c: Context) -> str:
    return str(c.rng.randint(140000000, 149999999))


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "POST", "/v4/me/recently-viewed")
    b.json(
        {
            "items": [
                {
                    "listingId": _lid(c),
                    "suburb": c.rng.choice(SUBURBS),
                    "viewedAt": iso(c),
                    "secondsOnPage": c.rng.randint(5, 400),
                    "photosSeen": c.rng.randint(1, 30),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    b.decoy(
        "recently viewed property listings with time on page (listings viewed: not viewing history)"
    )
    return b.build()


def inspections(c: Context) -> Flow:
    b = _b(c, "GET", "/v4/me/inspections")
    b.ok_json(
        {
            "saved": [
                {
                    "listingId": _lid(c),
                    "start": iso(c),
                    "end": iso(c),
                    "durationMin": 30,
                    "attended": c.rng.random() < 0.5,
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("open-home inspection times")
    return b.build()


def floorplan(c: Context) -> Flow:
    lid = _lid(c)
    b = _b(c, "GET", f"/v4/listings/{lid}/floorplan")
    rooms = [
        {"name": n, "polygon": pts(c.rng, 6, 20, 15), "areaM2": rf(c.rng, 6, 40, 1)}
        for n in ("Lounge", "Kitchen", "Bed 1", "Bed 2", "Deck")
    ]
    b.ok_json({"listingId": lid, "rooms": rooms, "totalM2": rf(c.rng, 90, 260, 1)})
    b.decoy("floor-plan room polygons (coordinate lists)")
    return b.build()


def listing(c: Context) -> Flow:
    lid = _lid(c)
    b = _b(c, "GET", f"/v4/listings/{lid}")
    b.ok_json(
        {
            "listingId": lid,
            "suburb": c.rng.choice(SUBURBS),
            "beds": c.rng.randint(1, 5),
            "priceGuide": [c.rng.randint(700, 900) * 1000, c.rng.randint(900, 1200) * 1000],
            "agent": {
                "name": "Sam Ngata",
                "photo": f"https://img.kainga-homes.example/agents/{rid(c.rng)}.jpg",
            },
            "video": {
                "tourUrl": f"https://video.kainga-homes.example/{lid}/tour.m3u8",
                "durationSec": 95,
            },
        }
    )
    b.decoy("listing detail with price guide and agent photo URL")
    return b.build()


def tour_segment(c: Context) -> Flow:
    b = new(
        c,
        "kainga-video",
        "GET",
        f"https://video.kainga-homes.example/{_lid(c)}/1080p/{c.rng.randint(0, 20)}.m4s",
        AGENT,
    )
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 700))
    b.decoy("walkthrough video segment fetch")
    return b.build()


def price_history(c: Context) -> Flow:
    b = _b(c, "GET", f"/v4/suburbs/{c.rng.choice(SUBURBS).lower().replace(' ', '-')}/median")
    b.ok_json(
        {
            "months": [f"2024-{m:02d}" for m in range(1, 13)],
            "medianPrice": [c.rng.randint(850, 1400) * 1000 for _ in range(12)],
            "daysOnMarket": [c.rng.randint(20, 70) for _ in range(12)],
        }
    )
    b.decoy("median price series")
    return b.build()
