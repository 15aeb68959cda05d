"""Library e-book and audiobook app (Libby / OverDrive style).

Catalogue from OverDrive's Thunder API (`thunder.api.overdrive.com/v2/
libraries/{key}/media`); account state from Libby's sentry service
(`POST /chip?client=dewey` for the identity token, `GET /chip/sync` answering
`loans`, `holds`, `cards`; endpoints as used by the open-source
libby-calibre-plugin and odmpy clients). Listening positions, e-book reading
positions (EPUB CFI) and the loan-history timeline go to the reader service
("Shelfwise", fictional, in-house key names); one position sync is sealed
(opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jwt

from .phone import FB, fb, iso, ms, rf, rid, web_ua

SENTRY = "https://sentry.libbyapp.com"
THUNDER = "https://thunder.api.overdrive.com"
READER = "https://api.shelfwise-reader.com"
LIB = "oslopl"
TITLES = [
    ("4418827", "The Wild Robot", "audiobook", 31000),
    ("9120334", "Matilda", "ebook", 0),
    ("7712051", "Anne of Green Gables", "audiobook", 52000),
    ("3302919", "Moomin Midwinter", "ebook", 0),
]

NOT_VIEWING = "not what a person watched or listened to (issue 3; relabelled by the lead)"


def _reader(c: Context, method: str, url: str) -> FB:
    b = fb(c, "shelfwise", method, url)
    b.header("user-agent", web_ua() + " (Dewey; V22; iOS; 17.5.1)")
    b.header("x-client-id", b.id("lib_client", where="header:x-client-id", detectable=False))
    return b


def _sentry(c: Context, method: str, url: str) -> FB:
    b = fb(c, "libby", method, url)
    b.header("user-agent", web_ua() + " (Dewey; V22; iOS; 17.5.1)")
    b.header("authorization", "Bearer " + jwt({"chip": {"id": rid(c.rng)}, "iat": int(c.now)}))
    return b


def chip(c: Context) -> Flow:
    b = fb(c, "libby", "POST", f"{SENTRY}/chip?client=dewey")
    b.header("user-agent", web_ua())
    b.decoy("identity chip token (session, not a device id)")
    b.ok_json({"identity": jwt({"chip": {"id": rid(c.rng)}}), "syncable": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _sentry(c, "GET", f"{SENTRY}/chip/sync")
    loans = [
        {
            "id": t,
            "title": n,
            "type": {"id": kind},
            "checkoutDate": iso(c),
            "expireDate": iso(c),
            "cardId": b.acct("lib_card"),
        }
        for t, n, kind, _ in TITLES[:3]
    ]
    b.ok_json(
        {
            "result": "synchronized",
            "cards": [{"cardId": b.acct("lib_card")}],
            "loans": loans,
            "holds": [{"id": TITLES[3][0], "title": TITLES[3][1]}],
        }
    )
    b.decoy(f"library loans: borrowing: {NOT_VIEWING}")
    return b.build()


def listening_position(c: Context) -> Flow:
    tid, _title, _, dur = c.rng.choice([t for t in TITLES if t[2] == "audiobook"])
    b = _reader(c, "PUT", f"{READER}/v1/titles/{tid}/position")
    off = c.rng.randint(60, dur)
    b.json(
        {
            "format": "audiobook-mp3",
            "part": off // 3600 + 1,
            "offsetSec": off % 3600,
            "chapter": f"Chapter {off // 1800 + 1}",
            "percent": round(100 * off / dur, 2),
            "playbackRate": 1.0,
            "updatedAt": iso(c),
        }
    )
    b.view("path:/titles/{id}/position + body:offsetSec/percent")
    b.no_content()
    return b.build()


def reading_position(c: Context) -> Flow:
    tid, title, _, _ = c.rng.choice([t for t in TITLES if t[2] == "ebook"])
    b = _reader(c, "POST", f"{READER}/v1/bookmarks")
    cfi = f"epubcfi(/6/{c.rng.randint(4, 40)}!/4/2/{c.rng.randint(2, 30)}:{c.rng.randint(0, 400)})"
    b.json(
        {
            "titleId": tid,
            "title": title,
            "locator": {"cfi": cfi, "progression": rf(c.rng, 0, 1, 3)},
            "kind": "last-read",
            "at": ms(c),
        }
    )
    b.decoy(f"e-book reading position: {NOT_VIEWING}")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def loan_history(c: Context) -> Flow:
    b = _reader(c, "GET", f"{READER}/v1/me/timeline?since=2023-01-01")
    items = [
        {"titleId": t, "title": n, "format": kind, "borrowedAt": iso(c), "returned": True}
        for t, n, kind, _ in TITLES
    ]
    b.ok_json({"timeline": items})
    b.decoy(f"loan history: {NOT_VIEWING}")
    return b.build()


def sealed_position(c: Context) -> Flow:
    b = _reader(c, "POST", f"{READER}/v1/sync")
    b.json({"s": b64(bytes(c.rng.getrandbits(8) for _ in range(120))), "n": c.rng.randint(1, 99)})
    b.view("body:s (encrypted position record)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _reader(c, "POST", f"{READER}/v1/clients")
    b.json(
        {
            "clientId": b.id("lib_client", where="body:clientId", detectable=False),
            "idfv": b.id("idfv_lib", how="sha256", where="body:idfv (sha256)"),
            "platform": "ipados",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["dragon", "moomin", "robot", "horse"])
    b = fb(c, "libby", "GET", f"{THUNDER}/v2/libraries/{LIB}/media?query={q}&perPage=24&page=1")
    b.header("user-agent", web_ua())
    b.decoy("catalogue search")
    b.ok_json({"items": [{"id": t, "title": n} for t, n, _, _ in TITLES], "totalItems": 4})
    return b.build()


def cover(c: Context) -> Flow:
    b = fb(
        c,
        "libby",
        "GET",
        f"https://img1.od-cdn.com/ImageType-400/0887-1/{rid(c.rng).upper()}Img400.jpg",
    )
    b.header("user-agent", web_ua())
    b.decoy("cover image")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()
