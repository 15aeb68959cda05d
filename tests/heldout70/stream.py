"""Reelhouse: the streaming app the creator watches in the evenings (truly sensitive).

An in-house backend (own key names, some in Canadian French since the app is
made in Montréal): playback heartbeats, a watched log, the "continue watching"
row and an opaque beacon. Decoys: catalogue rows, poster art, HLS segments and
search, which name titles but record nothing about what was watched.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rid, ua

API = "https://api.reelhouse.tv"
TITLES = [
    ("ep_7731", "Les Pêcheurs de Gaspé", 2820),
    ("ep_9904", "Northern Kitchens S2E4", 1560),
    ("mv_1208", "The Long Portage", 6480),
    ("ep_4410", "Grand Nord, saison 3", 2700),
    ("mv_3391", "Ice Road Diaries", 5400),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "reelhouse", method, API + path)
    b.header("user-agent", ua("Reelhouse", "4120"))
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    return b


def heartbeat(c: Context) -> Flow:
    tid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v2/playback/heartbeat")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "contentId": tid,
            "positionSec": pos,
            "durationSec": dur,
            "state": "playing",
            "playbackSessionId": rid(c.rng),
            "bitrateKbps": c.rng.choice([3200, 5800]),
            "ts": ms(c),
        }
    )
    b.view("json:contentId+positionSec")
    b.no_content()
    return b.build()


def visionnement(c: Context) -> Flow:
    """The French-language client's watch event (same backend, other key names)."""
    tid, titre, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v2/fr/visionnements")
    b.header("x-appareil", b.id("idfv_reel", where="header:x-appareil"))
    b.json(
        {
            "visionnement": {
                "idContenu": tid,
                "titre": titre,
                "secondesVisionnees": c.rng.randint(60, dur),
                "termine": c.rng.random() < 0.3,
                "dateHeure": iso(c),
            }
        }
    )
    b.view("json:visionnement.secondesVisionnees")
    b.ok_json({"ok": True})
    return b.build()


def watched_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/me/history:batchAdd")
    items = []
    for tid, title, dur in c.rng.sample(TITLES, 3):
        items.append(
            {
                "titleId": tid,
                "title": title,
                "watchedAt": iso(c),
                "secondsWatched": c.rng.randint(120, dur),
                "completed": c.rng.random() < 0.5,
            }
        )
    b.json({"items": items, "deviceInstallId": c.phone.reel_install}, encoding="gzip")
    b.other_id("reel_install", "json:deviceInstallId")
    b.view("json:items[].secondsWatched")
    b.ok_json({"added": 3})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/me/rows/continue-watching")
    rows = [
        {
            "showId": t,
            "resumeAtSec": c.rng.randint(60, d - 30),
            "runtimeSec": d,
            "lastPlayed": iso(c),
        }
        for t, _, d in c.rng.sample(TITLES, 2)
    ]
    b.json({"continueWatching": rows})
    b.view("json:continueWatching[].resumeAtSec")
    b.ok_json({"version": c.rng.randint(100, 999)})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = FB(c, "reelhouse", "POST", "https://t.reelhouse.tv/b")
    noise = gz((rid(c.rng) + rid(c.rng)).encode())
    b.set_body(b64(noise).encode(), "text/plain")
    b.view("body:encrypted-beacon", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/browse/rows?locale=fr-CA&page=1")
    b.decoy("catalogue rows: title ids, runtimes, no playback by the user")
    b.ok_json(
        {
            "rows": [
                {
                    "rowId": "trending_ca",
                    "items": [{"id": t, "title": n, "runtimeSec": d} for t, n, d in TITLES],
                }
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    b = FB(c, "reelhouse", "GET", f"https://img.reelhouse.tv/poster/{tid}/w480.jpg")
    b.decoy("poster image fetch for a title id")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + rid(c.rng).encode() + b"\xff\xd9")
    return b.build()


def segment(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    n = c.rng.randint(1, 900)
    b = FB(c, "reelhouse-cdn", "GET", f"https://vod.reelhouse.tv/{tid}/1080p/seg_{n:05d}.m4s")
    b.decoy("HLS segment fetch: media bytes, no playback report")
    b.respond(200, "video/iso.segment", b"\x00\x00\x00\x18styp" + rid(c.rng).encode())
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["cuisine", "portage", "ice road", "documentaire"])
    b = _b(c, "GET", f"/v2/search?q={q.replace(' ', '+')}&limit=20")
    b.decoy("title search query and results")
    b.ok_json({"hits": [{"id": t, "title": n} for t, n, _ in TITLES[:3]], "tookMs": 12})
    return b.build()
