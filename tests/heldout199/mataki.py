"""Mātaki+: a New Zealand streaming app the administrator watches at lunch
(fictional first party, `*.example`).

Playback progress and the continue-watching rail go to the app's backend;
the player reports sessions to Conviva (heartbeats `t: CwsSessionHb` to
`{customer}.cws.conviva.com/0/wsg` with the client id `clid`, session id
`sid`, playhead `pht`, asset name `an`); pre-rolls are asked of Google Ad
Manager through the IMA SDK (`pubads.g.doubleclick.net/gampad/ads` with `rdid`,
`idtype=adid`, `is_lat`). Browsing the catalogue, search, the EPG, "trending"
counts, thumbnails and segments are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.mataki.example"
UA = ua("Mataki", "3.18.0")
CONVIVA = "https://mataki-nz.cws.conviva.com/0/wsg"
SHOWS = [
    ("sh_2210", "Shortland Street", "S33E141", 1320),
    ("sh_1934", "Fair Go", "S52E18", 1680),
    ("sh_3051", "Country Calendar", "S61E04", 1500),
    ("sh_4120", "Taskmaster NZ", "S5E07", 2820),
    ("sh_5502", "Te Karere", "2026-12-01", 900),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "mataki", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-mataki-device", b.id("mataki_device", where="header x-mataki-device"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices", device=True)
    b.json(
        {
            "androidId": b.id("aid_mataki", where="json androidId"),
            "platform": "android",
            "model": "SM-A356E",
            "drm": "widevine-L1",
        }
    )
    b.ok_json({"deviceSlots": 4, "used": 2})
    return b.build()


def progress(c: Context) -> Flow:
    sid, title, ep, dur = c.rng.choice(SHOWS)
    b = _b(c, "PUT", f"{API}/v1/me/progress/{sid}", device=True)
    b.view("json showId + episode + positionSec")
    b.json(
        {
            "showId": sid,
            "title": title,
            "episode": ep,
            "positionSec": c.rng.randint(5, dur),
            "durationSec": dur,
            "updatedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/rails/continue-watching")
    b.view("response json items[].positionSec", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "showId": s,
                    "title": t,
                    "episode": e,
                    "positionSec": c.rng.randint(30, d),
                    "lastWatched": iso(c),
                }
                for s, t, e, d in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def conviva_hb(c: Context) -> Flow:
    _, title, ep, dur = c.rng.choice(SHOWS)
    b = FB(c, "conviva", "POST", CONVIVA)
    b.header("user-agent", UA)
    b.view("json t=CwsSessionHb with an (asset name) and pht (playhead)")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Mataki-NZ",
            "clid": b.id("conviva_clid", where="json clid"),
            "sid": c.rng.randint(1, 40),
            "seq": c.rng.randint(1, 200),
            "st": c.rng.randint(1000, 900000),
            "pht": c.rng.randint(0, dur * 1000),
            "an": f"{title} {ep}",
            "cl": dur * 1000,
            "pj": {"ps": 3, "br": c.rng.choice([1800, 3200, 5000])},
            "tags": {"c3.cm.contentType": "VOD", "c3.cm.channel": "Mataki+"},
            "iv": "android.4.0.35",
        }
    )
    b.ok_json({"err": "ok", "clid": None, "slg": False})
    return b.build()


def ima_ad(c: Context) -> Flow:
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    for k, v in (
        ("iu", "/21775744923/mataki/vod/preroll"),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("an", "nz.example.mataki"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
    ):
        b.param(k, v)
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.0"></VAST>')
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q")
    b.view("json z[] rows [show, offset, seconds, ts]", detectable=False)
    rows = [
        [c.rng.randint(1900, 5600), c.rng.randint(0, 2800), c.rng.randint(5, 60), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"z": rows, "w": 1})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogue?rail=popular&page={c.rng.randint(1, 3)}")
    b.decoy("catalogue with episode durations (content fetch)")
    b.ok_json(
        {
            "items": [
                {
                    "showId": s,
                    "title": t,
                    "latest": e,
                    "durationSec": d,
                    "image": f"{API}/img/{s}.jpg",
                }
                for s, t, e, d in SHOWS
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?region=wellington")
    b.decoy("trending shows with play counts (aggregate)")
    b.ok_json(
        {
            "items": [
                {"showId": s, "title": t, "plays24h": c.rng.randint(1000, 90000)}
                for s, t, _, _ in SHOWS
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["shortland", "rugby", "bluey", "te karere"])
    b = _b(c, "GET", f"{API}/v1/search?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"q": q, "results": [{"showId": s, "title": t} for s, t, _, _ in SHOWS[:2]]})
    return b.build()


def poster(c: Context) -> Flow:
    s = c.rng.choice(SHOWS)[0]
    b = FB(c, "mataki", "GET", f"https://img.mataki.example/{s}/poster_w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def segment(c: Context) -> Flow:
    s = c.rng.choice(SHOWS)[0]
    b = FB(
        c,
        "mataki",
        "GET",
        f"https://vod.mataki.example/{s}/1080p/seg_{c.rng.randint(1, 500):05d}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?channel=mataki1&date={iso(c)[:10]}")
    b.decoy("EPG with start times and durations (content fetch)")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "durationMin": d // 60} for _, t, _, d in SHOWS
            ]
        }
    )
    return b.build()


def bitrate_probe(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/abr/probe")
    b.ok_json({"throughputKbps": c.rng.randint(3000, 60000), "rttMs": rf(c.rng, 8, 60, 1)})
    return b.build()
