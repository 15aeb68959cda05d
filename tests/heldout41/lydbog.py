"""Lydbogen: an audiobook app (fictional backend in the style of the Nordic
audiobook services) that syncs listening positions and listening sessions.

Key names are the app's own (English and Danish). The Mixpanel-style
`/track` batch is base64 JSON in a `data` form field, as Mixpanel's
HTTP API documents (api-eu.mixpanel.com/track, data=<base64 json>).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.lydbogen.dk"
UA = ua("Lydbogen", "24.10.1")
BOOKS = [
    ("9788702401234", "Jussi Adler-Olsen", "Natrium Chlorid"),
    ("9789979225566", "Arnaldur Indriðason", "Mýrin"),
    ("9788055101234", "Dominik Dán", "Popol všetkých zarovná"),
    ("9788740067890", "Tove Ditlevsen", "Barndom"),
]


def _book(c: Context) -> tuple[str, str, str]:
    return c.rng.choice(BOOKS)


def position(c: Context) -> Flow:
    isbn, _, _ = _book(c)
    b = FB(c, "lydbogen", "PUT", f"{API}/v4/library/{isbn}/position")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("book_device", where="header:x-device-id"))
    b.json(
        {
            "chapter": c.rng.randint(1, 30),
            "positionMs": c.rng.randint(0, 3_600_000),
            "updatedAt": iso(c),
        }
    )
    b.view("url:library/<isbn>/position + json:positionMs")
    b.no_content()
    return b.build()


def sessions(c: Context) -> Flow:
    b = FB(c, "lydbogen", "POST", f"{API}/v4/listening-sessions")
    b.header("user-agent", UA)
    rows = []
    for isbn, _author, title in c.rng.sample(BOOKS, 2):
        start = c.rng.randint(0, 2_000_000)
        rows.append(
            {
                "isbn": isbn,
                "titel": title,
                "fraMs": start,
                "tilMs": start + c.rng.randint(60_000, 900_000),
                "lyttetKl": iso(c),
            }
        )
    b.json({"lyttesessioner": rows, "afspilningshastighed": 1.25})
    b.view("json:lyttesessioner[] isbn+fraMs+tilMs")
    b.no_content()
    return b.build()


def mixpanel(c: Context) -> Flow:
    isbn, _, title = _book(c)
    b = FB(c, "mixpanel", "POST", "https://api-eu.mixpanel.com/track")
    props = {
        "token": "4f1b7c2d9e0a5b6c",
        "$device_id": b.id("aid_book", where="form:data b64 json properties.$device_id"),
        "book_title": title,
        "isbn": isbn,
        "chapter": c.rng.randint(1, 20),
        "time": ms(c),
        "$insert_id": rid(c.rng),
    }
    ev = {"event": "Audiobook Chapter Completed", "properties": props}
    b.form([("data", b64(js([ev]))), ("verbose", "1")])
    b.view("form:data b64 json event Audiobook Chapter Completed + book_title")
    b.ok_json({"status": 1, "error": None})
    return b.build()


def bookmark(c: Context) -> Flow:
    isbn, _, _ = _book(c)
    b = FB(c, "lydbogen", "POST", f"{API}/v4/library/{isbn}/bookmarks")
    b.header("user-agent", UA)
    b.json(
        {"positionMs": c.rng.randint(0, 3_600_000), "note": c.rng.choice(["", "god scene", "husk"])}
    )
    b.view("url:library/<isbn>/bookmarks + json:positionMs")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def store(c: Context) -> Flow:
    b = FB(
        c,
        "lydbogen",
        "GET",
        f"{API}/v4/store/lists/top",
        [("market", c.rng.choice(["dk", "is", "sk"]))],
    )
    b.header("user-agent", UA)
    b.ok_json({"books": [{"isbn": i, "title": t, "author": a} for i, a, t in BOOKS]})
    b.decoy("store top list")
    return b.build()


def audio_chunk(c: Context) -> Flow:
    isbn, _, _ = _book(c)
    n = c.rng.randint(1, 400)
    b = FB(c, "lydbogen-cdn", "GET", f"https://audio.lydbogen-cdn.net/{isbn}/aac/{n:05d}.aac")
    b.header("user-agent", UA)
    b.header("range", f"bytes={n * 65536}-{n * 65536 + 65535}")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("audio chunk download")
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "lydbogen", "POST", f"{API}/v4/devices")
    b.header("user-agent", UA)
    b.json(
        {
            "deviceId": b.id("book_device", where="json:deviceId"),
            "androidId": b.id("aid_book", where="json:androidId"),
            "pushToken": b.acct("push_token"),
            "accountEmail": b.id("email", where="json:accountEmail"),
            "name": "OnePlus Nord 3 5G",
        }
    )
    b.ok_json({"registered": True})
    return b.build()
