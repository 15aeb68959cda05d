"""Mashahid: a Shahid-like Saudi streaming app (series, films, live channels).

Its own backend logs viewing in Arabizi (Latin-letter Arabic) keys: `moshahda`
(a viewing), `mada_elmoshahda` (how long), `tawaqof` (where playback stopped),
`halqa` (episode), `mawsem` (season). The player also sends English heartbeats,
the home page gets a continue-watching rail back, and an obfuscated QoE beacon
carries the same events opaquely. CleverTap receives a "Video Watched" event.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from . import engage
from .phone import FB, ms, rid, ua

API = "https://api.mashahid.net"
SHOWS = [
    ("s-48213", "الهيبة"),
    ("s-10992", "باب الحارة"),
    ("s-77120", "رشاش"),
    ("f-3318", "ولد ملكة"),
]


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("Mashahid", "5.14.2"))
    b.header("x-mashahid-profile", "p1")


def watch_log(c: Context) -> Flow:
    b = FB(c, "mashahid", "POST", f"{API}/v3/moshahdat/sync")
    _hdr(b)
    sid, _name = c.rng.choice(SHOWS)
    dur = c.rng.randint(120, 2700)
    b.view("body.moshahda")
    body = {
        "mostakhdem": b.acct("user_ms"),
        "moshahda": {
            "mosalsal_id": sid,
            "mawsem": c.rng.randint(1, 5),
            "halqa": c.rng.randint(1, 30),
            "mada_elmoshahda": dur,
            "tawaqof": dur - c.rng.randint(0, 60),
            "noo3": "mosalsal",
        },
        "waqt": ms(c),
    }
    if c.rng.random() < 0.4:
        body["gehaz"] = {"androidId": b.id("aid_mashahid", where="body.gehaz.androidId")}
    b.json(body)
    b.ok_json({"natiga": "tamam"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    pos = c.rng.randint(10, 3000)
    params = [
        ("contentId", sid),
        ("event", "heartbeat"),
        ("position", str(pos)),
        ("interval", "30"),
        ("sessionId", rid(c.rng)),
        ("quality", "1080p"),
    ]
    b = FB(c, "mashahid", "GET", f"{API}/player/v2/hb", params)
    _hdr(b)
    b.view("query.contentId+position")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "mashahid", "GET", f"{API}/v3/profiles/p1/rails/continue-watching")
    _hdr(b)
    items = [
        {
            "id": s,
            "title": t,
            "progressPercent": c.rng.randint(5, 95),
            "lastWatchedAt": ms(c) - c.rng.randint(1, 9) * 86400000,
        }
        for s, t in SHOWS[: c.rng.randint(2, 4)]
    ]
    b.view("response.items[].progressPercent", direction="response")
    b.ok_json({"rail": "continue_watching", "items": items})
    return b.build()


def qoe_opaque(c: Context) -> Flow:
    """The player's QoE beacon: an XOR-scrambled blob under `d`: says nothing."""
    b = FB(c, "mashahid", "POST", "https://qoe.mashahid.net/c")
    _hdr(b)
    raw = f"{c.rng.choice(SHOWS)[0]}|{c.rng.randint(10, 3000)}|{ms(c)}".encode()
    b.view("body.d (scrambled)", detectable=False)
    b.form([("v", "3"), ("d", b64(bytes(x ^ 0x5A for x in raw)))])
    b.no_content()
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    sid, name = c.rng.choice(SHOWS)
    data = {
        "Show Name": name,
        "Content ID": sid,
        "Episode": c.rng.randint(1, 30),
        "Watched Duration": c.rng.randint(60, 2400),
        "Percent Watched": c.rng.randint(5, 100),
    }
    return engage.clevertap(c, "mashahid", "Video Watched", data, view="body[1].evtData")


def catalogue(c: Context) -> Flow:
    b = FB(c, "mashahid", "GET", f"{API}/v3/pages/home", [("country", "SA"), ("lang", "ar")])
    _hdr(b)
    rails = [
        {
            "title": "الأكثر مشاهدة",
            "items": [
                {"id": s, "title": t, "rating": round(c.rng.uniform(6, 9), 1)} for s, t in SHOWS
            ],
        }
    ]
    b.decoy("catalogue page: most-watched ranking (not the user's)")
    b.ok_json({"rails": rails, "requestId": rid(c.rng)})
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    b = FB(
        c,
        "mashahid",
        "GET",
        f"https://img.mashahid.net/thumbs/{sid}/ep{c.rng.randint(1, 30)}_640x360.jpg",
    )
    b.decoy("episode thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(int(c.now)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["رمضان", "كوميدي", "wanted", "مسلسل تركي"])
    b = FB(c, "mashahid", "GET", f"{API}/v3/search", [("q", q), ("page", "1")])
    _hdr(b)
    b.decoy("search results")
    b.ok_json({"hits": [{"id": s, "title": t} for s, t in SHOWS[:2]], "traceId": rid(c.rng)})
    return b.build()


def drm_license(c: Context) -> Flow:
    b = FB(c, "mashahid", "POST", "https://wiseplay-lic.mashahid.net/license")
    b.decoy("WisePlay DRM licence challenge (opaque, not user data)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
