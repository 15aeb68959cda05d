"""The family streaming app ("Familia+", fictional backend).

In-house key names: resume points (bookmarks) and watch history per profile,
the continue-watching row (history coming back in the response), an AES-sealed
QoS beacon (opaque); manifests, segments and search results are decoys. Its
Adobe and Comscore measurement is in `measure.py`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, fb, iso, rf, rid, ua

API = "https://api.familiaplus.com"
UA = ua("FamiliaPlus", "iPadOS 17.5.1", "5.12.0.31")
TITLES = [
    ("ep_7781_s2e04", "Bluey-like Dogs", "The Creek", 2, 4, 420),
    ("ep_6610_s1e09", "Ocean Friends", "Lost Shell", 1, 9, 1320),
    ("mv_0921", "The Snow Kingdom", "", 0, 0, 6120),
    ("ep_5102_s3e01", "Dino Ranch Tales", "New Calf", 3, 1, 1380),
]
PROFILES = ["pf_kids_a", "pf_kids_b", "pf_parent"]


def _base(c: Context, method: str, url: str) -> FB:
    b = fb(c, "familia-plus", method, url)
    b.header("user-agent", UA)
    b.header("x-fp-device", b.id("stream_device", where="header:x-fp-device"))
    return b


def resume_point(c: Context) -> Flow:
    cid, show, ep, _s, _e, dur = c.rng.choice(TITLES)
    prof = c.rng.choice(PROFILES)
    b = _base(c, "PUT", f"{API}/v2/profiles/{prof}/bookmarks/{cid}")
    pos = c.rng.randint(10, dur - 5) * 1000
    b.json(
        {
            "positionMs": pos,
            "durationMs": dur * 1000,
            "seriesTitle": show,
            "episodeTitle": ep,
            "updatedAt": iso(c),
        }
    )
    b.view("path:bookmarks/{contentId} + body:positionMs")
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    prof = c.rng.choice(PROFILES)
    b = _base(c, "POST", f"{API}/v2/profiles/{prof}/history")
    items = []
    for cid, show, ep, s, e, _dur in c.rng.sample(TITLES, 2):
        items.append(
            {
                "contentId": cid,
                "title": show,
                "episode": ep,
                "season": s,
                "ep": e,
                "watchedAt": iso(c),
                "completion": rf(c.rng, 0.05, 1.0, 2),
            }
        )
    b.json({"items": items}, "gzip")
    b.view("body:items[].contentId/watchedAt/completion")
    b.ok_json({"accepted": len(items)})
    return b.build()


def continue_watching(c: Context) -> Flow:
    prof = c.rng.choice(PROFILES)
    b = _base(c, "GET", f"{API}/v2/profiles/{prof}/rows/continue-watching?limit=20")
    rows = [
        {
            "contentId": t[0],
            "title": t[1],
            "progressPct": c.rng.randint(5, 95),
            "resumeAtSec": c.rng.randint(30, t[5] - 10),
        }
        for t in TITLES
    ]
    b.ok_json({"row": "continue_watching", "items": rows})
    b.view("response:items[].contentId/resumeAtSec", direction="response")
    return b.build()


def qos_beacon(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v2/qos")
    b.json({"v": 3, "d": b64(bytes(c.rng.getrandbits(8) for _ in range(160)))})
    b.view("body:d (sealed playback beacon)", detectable=False)
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = fb(c, "familia-plus", "POST", f"{API}/v2/devices/register")
    b.header("user-agent", UA)
    b.json(
        {
            "deviceId": b.id("stream_device", where="body:deviceId"),
            "vendorId": b.id("idfv_stream", where="body:vendorId"),
            "deviceFamily": "tablet",
            "model": "iPad13,18",
            "drm": ["fairplay"],
        }
    )
    b.ok_json({"deviceToken": b64(rid(c.rng))})
    return b.build()


def manifest(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = _base(c, "GET", f"{API}/v2/playback/{cid}/manifest?drm=fairplay&hdr=sdr")
    b.decoy("playback manifest fetch (a video fetch, not a history record)")
    b.ok_json({"url": f"https://vod.familiaplus.com/{cid}/master.m3u8", "trace": rid(c.rng)})
    return b.build()


def segment(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    url = f"https://vod.familiaplus.com/{cid}/1080p/seg_{c.rng.randint(1, 400):05d}.m4s"
    b = fb(c, "familia-plus", "GET", url)
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPad; U; CPU OS 17_5_1 like Mac OS X)")
    b.decoy("video segment fetch")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["snow", "dinosaur", "ocean", "princess"])
    b = _base(c, "GET", f"{API}/v2/search?q={q}&profileType=kids")
    b.decoy("search results")
    b.ok_json({"hits": [{"contentId": t[0], "title": t[1]} for t in TITLES[:3]]})
    return b.build()
