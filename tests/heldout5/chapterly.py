"""Chapterly, an audiobook player and e-book reader.

What was listened to is viewing history (the issue: "what a person watched or
listened to"); how far an e-book has been read is reading progress, which the
issue does not cover, so those flows are negatives with telling key names.

Formats followed:
- Audiobook positions as Audible's and Libro.fm's clients sync them
  (`lastPositionHeard`, `position_ms`, ASIN/ISBN, chapter) - e.g.
  github.com/mkb79/Audible (`/1.0/lastpositions`, `/1.0/annotations/lastpositions`).
- EPUB reading locations as EPUB CFIs (w3.org/publishing/epub3/epub-cfi.html),
  as Readium / Kobo sync them - negatives.
- Mixpanel `/track` with base64 `data` and `$device_id`
  (developer.mixpanel.com/reference/track-event).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, jsb, mpack

from .phone import FB, iso, ms, req_id, rf, ua

UA = ua("Chapterly", "2.18.4")
AUDIOBOOKS = [
    ("B0CJ3M9K2L", "The Salt Road"),
    ("B09XQ4R7TT", "Quiet Engines"),
    ("B0B8M1ZL5N", "A Field Guide to Fog"),
]
EBOOKS = [("9780571365135", "The Lantern Keeper"), ("9781529910070", "North of Nowhere")]


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "chapterly-api", method, f"https://api.chapterly.com{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    return b


def catalogue(ctx: Context) -> Flow:
    b = _api(
        ctx,
        "GET",
        "/1.0/catalog/products?category=fiction&num_results=20&response_groups=media,price",
    )
    b.ok_json(
        {
            "products": [
                {"asin": a, "title": t, "price": rf(ctx.rng, 5, 25, 2)} for a, t in AUDIOBOOKS
            ]
        }
    )
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["fog", "road trip", "space opera"])
    b = _api(ctx, "GET", f"/1.0/search?keywords={q.replace(' ', '+')}")
    b.ok_json({"results": [{"asin": AUDIOBOOKS[0][0]}]})
    return b.build()


def cover(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "chapterly-cdn",
        "GET",
        f"https://m.media-chapterly.com/images/I/{new_hex(ctx.rng, 11)}._SL500_.jpg",
    )
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(70) + b"\xff\xd9")
    return b.build()


def audio_chunk(ctx: Context) -> Flow:
    asin, _ = ctx.rng.choice(AUDIOBOOKS)
    b = FB(
        ctx,
        "chapterly-cdn",
        "GET",
        f"https://dcdn.chapterly.com/{asin}/aax/{new_hex(ctx.rng, 16)}.mp4",
        http_version="HTTP/1.1",
    )
    start = ctx.rng.randint(0, 10**7)
    b.header("range", f"bytes={start}-{start + 65535}")
    b.respond(206, "audio/mp4", bytes(200))
    return b.build()


def listening_position(ctx: Context) -> Flow:
    asin, _title = ctx.rng.choice(AUDIOBOOKS)
    b = _api(ctx, "PUT", f"/1.0/lastpositions/{asin}")
    b.json(
        {
            "asin": asin,
            "position_ms": ctx.rng.randint(0, 40_000_000),
            "chapter": ctx.rng.randint(1, 30),
            "last_heard": iso(ctx),
            "acr": "CR!" + new_hex(ctx.rng, 32).upper(),
        }
    )
    b.view("body {asin, position_ms, last_heard} to /lastpositions", True)
    b.no_content()
    return b.build()


def listening_sessions(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/1.0/stats/listening-sessions")
    sessions = [
        {
            "asin": a,
            "title": t,
            "start": iso(ctx),
            "listened_ms": ctx.rng.randint(60_000, 3_600_000),
            "speed": ctx.rng.choice([1.0, 1.25, 1.5]),
        }
        for a, t in ctx.rng.sample(AUDIOBOOKS, ctx.rng.randint(1, 2))
    ]
    b.json({"sessions": sessions})
    b.view("body.sessions[] {asin, title, listened_ms}", True)
    b.no_content()
    return b.build()


def library_history(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/1.0/library?response_groups=listening_status&sort_by=-LastHeard")
    items = [
        {
            "asin": a,
            "title": t,
            "listening_status": {
                "percent_complete": rf(ctx.rng, 0, 100, 1),
                "last_heard": iso(ctx),
                "is_finished": False,
            },
        }
        for a, t in AUDIOBOOKS
    ]
    b.view("response.items[].listening_status {last_heard, percent_complete}", True, "response")
    b.ok_json({"items": items})
    return b.build()


def listen_opaque(ctx: Context) -> Flow:
    """The player's own resume cache: msgpack with single-letter keys."""
    asin, _ = ctx.rng.choice(AUDIOBOOKS)
    b = _api(ctx, "POST", "/1.0/x/rc")
    b.view("body:msgpack {a, p, t}", False)
    b.set_body(
        mpack({"a": asin, "p": ctx.rng.randint(0, 40_000_000), "t": ms(ctx)}),
        "application/x-msgpack",
    )
    b.no_content()
    return b.build()


def reading_position(ctx: Context) -> Flow:
    """E-book reading progress (negative: reading, not watching or listening)."""
    isbn, _ = ctx.rng.choice(EBOOKS)
    b = _api(ctx, "PUT", f"/1.0/ebooks/{isbn}/reading-position")
    b.json(
        {
            "isbn": isbn,
            "cfi": f"epubcfi(/6/{2 * ctx.rng.randint(2, 40)}!/4/2/{ctx.rng.randint(1, 30)}:0)",
            "percent": rf(ctx.rng, 0, 100, 1),
            "updated_at": iso(ctx),
            "device": "phone",
        }
    )
    b.decoy("reading progress of an e-book")
    b.no_content()
    return b.build()


def highlights(ctx: Context) -> Flow:
    isbn, _ = ctx.rng.choice(EBOOKS)
    b = _api(ctx, "POST", f"/1.0/ebooks/{isbn}/annotations")
    b.json(
        {
            "type": "highlight",
            "text": "The lamp was the only honest thing in the room.",
            "color": "yellow",
            "cfi_range": "epubcfi(/6/14!/4/2,/1:0,/1:48)",
        }
    )
    b.ok_json({"id": req_id(ctx.rng)})
    return b.build()


def mixpanel(ctx: Context, hashed: bool) -> Flow:
    b = FB(ctx, "mixpanel", "POST", "https://api-eu.mixpanel.com/track/", [("ip", "1")])
    props: dict[str, object] = {
        "token": new_hex(ctx.rng, 32),
        "time": ms(ctx),
        "$os": "Android",
        "$model": "23117RA68G",
        "$insert_id": new_hex(ctx.rng, 16),
        "mp_lib": "android",
    }
    if hashed:
        props["distinct_id"] = b.id(
            "chapter_mp_device", "sha256", "body:data.b64[0].properties.distinct_id", False
        )
    else:
        props["$device_id"] = b.id(
            "chapter_mp_device", where="body:data.b64[0].properties.$device_id"
        )
        props["distinct_id"] = "$device:" + b.id(
            "chapter_mp_device", where="body:data.b64[0].properties.distinct_id"
        )
    ev = ctx.rng.choice(["Library Opened", "Sleep Timer Set", "Narration Speed Changed"])
    b.form([("data", b64(jsb([{"event": ev, "properties": props}])))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def device_auth(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/auth/register")
    b.json(
        {
            "registration_data": {
                "domain": "Device",
                "app_name": "Chapterly",
                "device_serial": b.id(
                    "chapter_install", where="body.registration_data.device_serial"
                ),
                "device_type": "A10KISP2GWF0E4",
                "os_version": "Android/14",
            }
        }
    )
    b.ok_json(
        {"response": {"success": {"tokens": {"bearer": {"access_token": new_hex(ctx.rng, 40)}}}}}
    )
    return b.build()
