"""Shashat+, a Shahid / OSN+-like streaming app (in-house backend, fictional).

Its player reports progress with transliterated Arabic key names (mushahada =
viewing, halaqa = episode, musalsal = series, mawqi = position, madda =
duration) or English ones, syncs continue-watching, and batches watch logs
(gzip). Pre-roll ads come from Google IMA / Ad Manager: the VAST request
carries the GAID as `rdid` with `idtype=adid` and `is_lat` (Google's "IMA SDK
for Android" docs and the Ad Manager VAST tag parameter reference).
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.shashat.example"
SHOWS = [
    ("مسلسل بيت العز", "s-5512", 30),
    ("الحارة القديمة", "s-7730", 45),
    ("Jazirat Al Ahlam", "s-3098", 24),
    ("سكة سفر", "s-8121", 15),
    ("أيام الدراسة", "s-4460", 30),
]
UA = ua("Shashat", "5.18.2")


def _show(c: Context) -> tuple[str, str, int, int]:
    title, sid, n = c.rng.choice(SHOWS)
    return title, sid, c.rng.randint(1, n), c.rng.randint(1800, 3000)


def _base(c: Context, method: str, url: str, params=None) -> FB:
    b = FB(c, "shashat", method, url, params)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def catalogue(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/api/v3/home", [("lang", "ar"), ("country", "SA"), ("page", "1")])
    rails = [
        {"title": t, "id": s, "episodes": n, "thumb": f"/posters/{new_hex(c.rng, 16)}.jpg"}
        for t, s, n in SHOWS
    ]
    b.ok_json({"rails": [{"name": "الأكثر مشاهدة", "items": rails}]})
    b.decoy("catalogue page: 'most watched' rail (not this user's history)")
    return b.build()


def hls_segment(c: Context) -> Flow:
    _, sid, ep, _ = _show(c)
    url = f"https://vod.shashat-cdn.example/{sid}/e{ep}/1080p/seg_{c.rng.randint(1, 400)}.ts"
    b = FB(c, "shashat", "GET", url)
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(1, 10**6), 800))
    b.decoy("video segment fetch")
    return b.build()


def nabd(c: Context) -> Flow:
    """Heartbeat with transliterated Arabic keys."""
    title, sid, ep, dur = _show(c)
    b = _base(c, "POST", f"{API}/api/v2/mushahada/nabd")
    b.view("body.mushahada")
    b.json(
        {
            "mushahada": {
                "musalsal_id": sid,
                "halaqa": ep,
                "unwan": title,
                "mawqi": c.rng.randint(10, dur),
                "madda": dur,
                "jawda": "1080p",
            },
            "jihaz": {
                "device_id": b.id("aid_shashat", where="body.jihaz.device_id"),
                "os": "android",
            },
            "waqt": ms(c),
        }
    )
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    title, sid, ep, dur = _show(c)
    b = _base(c, "POST", f"{API}/playback/v1/heartbeat")
    b.header("x-device-id", b.id("aid_shashat", where="header.x-device-id"))
    b.view("body")
    b.json(
        {
            "contentId": f"{sid}-e{ep}",
            "seriesTitle": title,
            "positionSec": c.rng.randint(5, dur),
            "durationSec": dur,
            "event": c.rng.choice(["PLAYING", "PAUSED", "SEEK"]),
            "playbackSessionId": rid(c.rng),
            "bitrate": c.rng.choice([2400, 4800, 7200]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    u = c.phone.shashat_user
    b = _base(c, "PUT", f"{API}/api/v3/users/{u}/continue-watching")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        title, sid, ep, dur = _show(c)
        items.append(
            {
                "showId": sid,
                "title": title,
                "halaqa": ep,
                "resumeAt": c.rng.randint(60, dur),
                "total": dur,
                "updatedAt": iso(c),
            }
        )
    b.view("body.items")
    b.json({"items": items})
    b.ok_json({"saved": len(items)})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/events/v1/batch")
    evs = []
    for _ in range(c.rng.randint(2, 6)):
        title, sid, ep, dur = _show(c)
        evs.append(
            {
                "type": c.rng.choice(["play_start", "play_stop", "episode_complete"]),
                "asset": {"series": sid, "episode": ep, "name": title},
                "watchedSeconds": c.rng.randint(30, dur),
                "ts": ms(c),
            }
        )
    b.view("body.events")
    b.json(
        {
            "events": evs,
            "fid": b.id("fid_shashat", where="body.fid", detectable=False),
            "appVersion": "5.18.2",
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def ima_preroll(c: Context) -> Flow:
    params = [
        ("iu", "/21775744923/shashat/android/preroll"),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("env", "vp"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("an", "net.shashat.app"),
        ("msid", "net.shashat.app"),
        ("cust_params", "genre=drama&lang=ar"),
    ]
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads", params)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.0"/>')
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """An encrypted player beacon: the bytes say nothing about what they carry."""
    b = _base(c, "POST", f"{API}/b/v2/x")
    b.view("body.p (encrypted)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.json({"p": base64.b64encode(blob).decode(), "k": 3, "t": ms(c)})
    b.no_content()
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["مسلسلات رمضان", "كرتون", "أفلام أكشن", "وثائقي"])
    b = _base(c, "GET", f"{API}/api/v3/search", [("q", q), ("limit", "20")])
    b.decoy("catalogue search query and results")
    b.ok_json({"results": [{"id": s, "title": t} for t, s, _ in SHOWS[:3]]})
    return b.build()
