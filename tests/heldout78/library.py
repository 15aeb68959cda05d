"""The public-library app (loans, holds, e-book and audiobook catalogue with
durations, e-book reading position: all decoys) and an audiobook app's listening
progress (truly viewing history: audiobooks count).

Sources: OverDrive Thunder API as Libby uses it (thunder.api.overdrive.com/v2/
libraries/{key}/media/{id}: formats[].id "audiobook-mp3", duration "hh:mm:ss");
Audible's API as the `audible` Python package documents it (audible.readthedocs.io,
misc/external_api: GET /1.0/annotations/lastpositions?asins=..., PUT
/1.0/lastpositions/{asin} with {acr, asin, position_ms}).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

THUNDER = "https://thunder.api.overdrive.com/v2"
LIB = "torontopl"
ASINS = ["B0C4X2QZ7M", "B09TQ3LH2K", "B0BNZ7K1P4", "B07Y8LW3QD"]


def media(c: Context) -> Flow:
    mid = str(c.rng.randint(1000000, 9999999))
    b = FB(c, "overdrive", "GET", f"{THUNDER}/libraries/{LIB}/media/{mid}")
    b.header("user-agent", ua("Libby", "18.2.0"))
    h, m = c.rng.randint(2, 14), c.rng.randint(0, 59)
    b.decoy("audiobook catalogue entry with duration (loan catalogue, not listening)")
    b.ok_json(
        {
            "id": mid,
            "title": c.rng.choice(
                ["Anne of Green Gables", "Les Filles de Caleb", "The Wild Robot"]
            ),
            "type": {"id": "audiobook", "name": "Audiobook"},
            "formats": [
                {
                    "id": "audiobook-mp3",
                    "name": "OverDrive MP3 Audiobook",
                    "duration": f"{h:02d}:{m:02d}:00",
                }
            ],
            "isAvailable": c.rng.random() < 0.5,
            "holdsCount": c.rng.randint(0, 40),
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = FB(
        c,
        "overdrive",
        "GET",
        f"{THUNDER}/libraries/{LIB}/media",
        [
            ("query", c.rng.choice(["dinosaures", "graphic novels", "Robert Munsch"])),
            ("format", "ebook-overdrive,audiobook-mp3"),
            ("perPage", "24"),
        ],
    )
    b.decoy("library search results with audiobook durations")
    b.ok_json(
        {
            "items": [
                {
                    "id": str(c.rng.randint(10**6, 10**7)),
                    "formats": [{"id": "audiobook-mp3", "duration": "05:12:44"}],
                }
                for _ in range(3)
            ],
            "totalItems": c.rng.randint(3, 400),
        }
    )
    return b.build()


def loans(c: Context) -> Flow:
    b = FB(c, "library", "GET", "https://sentry-read.svc.overdrive.com/chip/sync")
    b.decoy("loans and holds list with due dates (loans are not listening)")
    b.ok_json(
        {
            "loans": [
                {
                    "id": str(c.rng.randint(10**6, 10**7)),
                    "title": "The Wild Robot",
                    "type": {"id": t},
                    "expireDate": iso(c),
                    "checkoutDate": iso(c),
                }
                for t in ("audiobook", "ebook")
            ],
            "holds": [{"id": str(c.rng.randint(10**6, 10**7)), "holdListPosition": 4}],
        }
    )
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = FB(c, "library", "POST", "https://sentry-read.svc.overdrive.com/open/book/position")
    b.json(
        {
            "titleId": str(c.rng.randint(10**6, 10**7)),
            "format": "ebook-overdrive",
            "percent": rf(c.rng, 0, 1, 4),
            "chapter": c.rng.randint(1, 20),
            "minutesRead": c.rng.randint(1, 50),
            "at": ms(c),
        }
    )
    b.decoy("e-book reading position and minutes read (e-books are not viewing history)")
    b.no_content()
    return b.build()


def sample_clip(c: Context) -> Flow:
    b = FB(c, "library", "GET", f"https://samples.overdrive.com/{new_hex(c.rng, 8)}/sample.mp3")
    b.decoy("audiobook sample preview download")
    b.respond(200, "audio/mpeg", b"ID3" + bytes(c.rng.randrange(256) for _ in range(300)))
    return b.build()


def audible_put_position(c: Context) -> Flow:
    asin = c.rng.choice(ASINS)
    b = FB(c, "audible", "PUT", f"https://api.audible.ca/1.0/lastpositions/{asin}")
    b.header("user-agent", "com.audible.application/3.80.0 (Android 14; SM-X710)")
    b.view("json {asin, position_ms} (listening position)")
    b.json(
        {
            "acr": "CR!" + new_hex(c.rng, 32).upper(),
            "asin": asin,
            "position_ms": c.rng.randint(60000, 40000000),
        }
    )
    b.no_content()
    return b.build()


def audible_get_positions(c: Context) -> Flow:
    b = FB(
        c,
        "audible",
        "GET",
        "https://api.audible.ca/1.0/annotations/lastpositions",
        [("asins", ",".join(ASINS[:3]))],
    )
    b.view("response asin_last_position_heard_annots[].last_position_heard", direction="response")
    b.ok_json(
        {
            "asin_last_position_heard_annots": [
                {
                    "asin": a,
                    "last_position_heard": {
                        "last_updated": iso(c),
                        "position_ms": c.rng.randint(60000, 40000000),
                        "status": "Exists",
                    },
                }
                for a in ASINS[:3]
            ],
            "response_groups": ["always-returned"],
        }
    )
    return b.build()


def audible_library(c: Context) -> Flow:
    b = FB(
        c,
        "audible",
        "GET",
        "https://api.audible.ca/1.0/library",
        [("response_groups", "product_desc,media"), ("num_results", "50")],
    )
    b.header("x-amzn-requestid", rid(c.rng))
    b.decoy("owned audiobooks with runtime_length_min (library, not a listening log)")
    b.ok_json(
        {
            "items": [
                {
                    "asin": a,
                    "title": "Title " + a[-3:],
                    "runtime_length_min": c.rng.randint(120, 900),
                }
                for a in ASINS
            ]
        }
    )
    return b.build()
