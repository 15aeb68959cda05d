"""Film distributors' portals: screeners watched for programming, booking terms,
trailers and artwork.

The manager watches screeners at work to decide what to book: the portal logs
playback progress per screener with a forensic watermark id. Per the set's brief
that is work, not personal viewing: labelled as a decoy, not viewing history.
Artwork smart-crop boxes are actors' faces in published stills, not the tester's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .films import FILMS, film
from .phone import FB, iso, ms, rf, rid

PORTAL = "https://screeners.northlight-distribution.example"
BOOKING = "https://booking.northlight-distribution.example/api"
UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 Chrome/125.0 Mobile Safari/537.36"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "distributor-web", method, url)
    b.header("user-agent", UA)
    b.header("cookie", f"nl_sess={new_hex(c.rng, 32)}; exhibitor=GLA01")
    return b


def screener_progress(c: Context) -> Flow:
    title, _, mins = film(c.rng)
    b = _b(c, "POST", f"{PORTAL}/api/screeners/{title.lower().replace(' ', '-')}/progress")
    b.decoy(
        "screener playback progress for booking a film (work by the cinema's programmer, per the "
        "brief not personal viewing); watermark id marks the exhibitor's copy"
    )
    b.json(
        {
            "screener": title,
            "watermarkId": "WM-GLA01-" + new_hex(c.rng, 8).upper(),
            "position": c.rng.randint(30, mins * 60),
            "duration": mins * 60,
            "event": c.rng.choice(["timeupdate", "pause", "ended"]),
            "viewer": "programming@reelhouse-glasgow.example",
        }
    )
    b.no_content()
    return b.build()


def screener_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{PORTAL}/api/screeners?exhibitor=GLA01")
    b.decoy("list of screeners available to the exhibitor with expiry (catalogue)")
    b.ok_json(
        {
            "screeners": [
                {
                    "title": t,
                    "runtimeMin": m,
                    "expires": iso(c),
                    "views_remaining": c.rng.randint(0, 3),
                }
                for t, _, m in c.rng.sample(FILMS, 4)
            ]
        }
    )
    return b.build()


def booking_terms(c: Context) -> Flow:
    title, _, _ = film(c.rng)
    b = _b(c, "GET", f"{BOOKING}/terms?film={title.replace(' ', '+')}&site=GLA01")
    b.decoy("rental terms: percentage of box office per week (business figures)")
    b.ok_json(
        {
            "film": title,
            "weeks": [
                {"week": w, "rentalPct": 50 - 5 * w, "minGuaranteeGBP": 150} for w in range(1, 5)
            ],
        }
    )
    return b.build()


def box_office_return(c: Context) -> Flow:
    title, _, _ = film(c.rng)
    b = _b(c, "POST", f"{BOOKING}/returns")
    b.decoy("weekly box-office return to the distributor: admissions and gross (aggregate)")
    b.json(
        {
            "film": title,
            "site": "GLA01",
            "performances": c.rng.randint(5, 28),
            "admissions": c.rng.randint(40, 1900),
            "grossGBP": rf(c.rng, 300, 18000, 2),
            "weekEnding": "2024-06-13",
        }
    )
    b.ok_json({"returnId": rid(c.rng)})
    return b.build()


def artwork(c: Context) -> Flow:
    b = _b(c, "GET", f"{PORTAL}/api/artwork/{new_hex(c.rng, 10)}?variant=quad")
    b.decoy(
        "poster artwork with smart-crop face boxes: actors in a published still, not the "
        "tester's biometric (judged a look-alike)"
    )
    b.ok_json(
        {
            "url": f"https://cdn.northlight-distribution.example/art/{new_hex(c.rng, 16)}.jpg",
            "width": 3000,
            "height": 2250,
            "focal": {
                "faces": [
                    {"x": c.rng.randint(0, 2800), "y": c.rng.randint(0, 2000), "w": 240, "h": 300}
                ]
            },
        }
    )
    return b.build()


def trailer_download(c: Context) -> Flow:
    b = FB(
        c,
        "distributor-web",
        "GET",
        f"https://dcp.northlight-distribution.example/tlr/{new_hex(c.rng, 12)}.mxf",
    )
    b.header("user-agent", "aria2/1.37.0")
    b.header("range", f"bytes={c.rng.randint(0, 10**9)}-")
    b.respond(206, "application/mxf", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def tmdb_lookup(c: Context) -> Flow:
    title, _, _ = film(c.rng)
    b = FB(
        c,
        "tms-metadata",
        "GET",
        "https://api.themoviedb.org/3/search/movie"
        f"?query={title.replace(' ', '%20')}&language=en-GB",
    )
    b.header("user-agent", "ReelhouseTMS/3.22.1")
    b.header("authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.tms-readonly")
    b.decoy("film metadata search (catalogue; popularity and vote averages are aggregates)")
    b.ok_json(
        {
            "results": [
                {
                    "id": c.rng.randint(10000, 999999),
                    "title": title,
                    "popularity": rf(c.rng, 5, 90, 3),
                    "vote_average": rf(c.rng, 6, 8.5, 1),
                    "vote_count": c.rng.randint(100, 9000),
                }
            ],
            "ts": ms(c),
        }
    )
    return b.build()
