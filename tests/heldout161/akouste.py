"""Akouste: a podcast app on the iPhone (IDFV, earbuds' serial on firmware checks).

Episode progress (`progress.position`, `played`) is listening history; the
sync of the listening queue answers with positions. Search and an RSS feed are
content. An e-book chapter of the same app's "audiobooks & books" tab records
reading progress: reading is not watching or listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, ios_ua, iso, ms

API = "https://api.akouste.example"
UA = ios_ua("Akouste", "5.3.1", "812")
PODS = [
    "Ιστορίες της Θεσσαλονίκης",
    "Η Καθημερινή Ενημέρωση",
    "Kypros Tech Talk",
    "Φιλοσοφία στο Καφενείο",
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "akouste", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-idfv", b.id("idfv_akouste", where="header x-idfv"))
    return b


def progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v4/episodes/{c.rng.randint(10**5, 10**6)}/progress")
    b.view("json progress.position + played (podcast)")
    dur = c.rng.randint(1200, 4800)
    b.json(
        {
            "podcast": c.rng.choice(PODS),
            "progress": {"position": c.rng.randint(0, dur), "duration": dur},
            "played": c.rng.random() < 0.3,
            "updatedAt": iso(c),
            "output": "bluetooth",
        }
    )
    b.no_content()
    return b.build()


def queue_sync(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/me/up-next")
    b.view("response json episodes[].position", direction="response")
    b.ok_json(
        {
            "episodes": [
                {
                    "uuid": f"ep-{c.rng.randint(10**5, 10**6)}",
                    "title": c.rng.choice(PODS),
                    "position": c.rng.randint(0, 3000),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """Background upload when the app returns online: gzip, base64, under `b`."""
    b = _b(c, "POST", f"{API}/v4/b", device=False)
    b.view("json b (gzip+base64 of play rows)", detectable=False)
    rows = [[c.rng.randint(10**5, 10**6), c.rng.randint(0, 3000), ms(c)] for _ in range(3)]
    b.json({"b": b64(gz(jsb(rows)))})
    b.no_content()
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/accessories/firmware", device=False)
    b.param("serial", b.id("buds_serial", where="query serial"))
    b.param("model", "Soundbuds Pro 2")
    b.ok_json({"latest": "3.1.7", "mandatory": False})
    return b.build()


def idfa_attrib(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/attribution")
    b.json({"idfa": b.id("idfa", where="json idfa"), "att": "authorized", "campaign": "spring-gr"})
    b.no_content()
    return b.build()


def book_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/books/progress", device=False)
    b.decoy("e-book reading position (reading is not viewing or listening)")
    b.json(
        {
            "bookId": c.rng.randint(1000, 9999),
            "chapter": c.rng.randint(1, 30),
            "percent": c.rng.randint(1, 100),
        }
    )
    b.no_content()
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/search?term=istoria", device=False)
    b.decoy("podcast search results")
    b.ok_json({"results": [{"title": p, "episodes": c.rng.randint(10, 300)} for p in PODS]})
    return b.build()


def feed(c: Context) -> Flow:
    b = FB(c, "akouste", "GET", f"https://feeds.akouste.example/{c.rng.randint(100, 999)}.xml")
    b.header("user-agent", UA)
    xml = "<rss><channel><title>Kypros Tech Talk</title><item><title>Επ. 12</title>"
    xml += "<itunes:duration>3120</itunes:duration></item></channel></rss>"
    b.respond(200, "application/rss+xml", xml.encode())
    return b.build()
