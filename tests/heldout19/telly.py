"""A public-service streaming app ("Telly", an iPlayer-like player).

In-house: device registration, playback statistics heartbeats (JSON, gzip),
resume points / continue-watching sync, catalogue, thumbnails, HLS segments.
Third-party audience measurement:
- Comscore Streaming Tag (GET sb.scorecardresearch.com/p with c1/c2, ns_st_*
  labels: ns_st_ev event, ns_st_pt playhead, ns_st_ci content id, ns_st_pr /
  ns_st_ep programme / episode; see THEOplayer/web-connectors comscore README
  and the labels tested in grzegorzSpiewak/redux_qa Comscore.js).
- Kantar Media (Barb) SpringStreams beacon to <site>.2cnt.net: positional,
  comma/semicolon-packed play states, not self-describing (detectable=False).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.telly-example.co.uk"
UA = ua("Telly", "4.162.0")
SHOWS = [
    ("m001xk2p", "Gardeners' Question Time", "Series 3: Episode 4"),
    ("p0h8dz9t", "Line of Duty", "Series 6: Episode 2"),
    ("b09fk3rl", "Newsnight", "14/11/2024"),
    ("m0024qzc", "Match of the Day", "Highlights"),
    ("p0fw1n7k", "Blue Lights", "Series 2: Episode 5"),
]


def _show(c: Context) -> tuple[str, str, str]:
    return c.rng.choice(SHOWS)


def register(c: Context) -> Flow:
    b = FB(c, "telly", "POST", f"{API}/device/v2/register")
    b.header("user-agent", UA)
    b.json(
        {
            "deviceId": b.id("aid_telly", where="body.deviceId"),
            "installationId": b.id("telly_install", where="body.installationId"),
            "platform": "android",
            "model": "Pixel 8a",
            "appVersion": "4.162.0",
        }
    )
    b.ok_json({"token": rid(c.rng), "ttl": 86400})
    return b.build()


def playback_stats(c: Context) -> Flow:
    vpid, title, ep = _show(c)
    b = FB(c, "telly", "POST", f"{API}/playstats/v1/batch")
    b.header("user-agent", UA)
    b.header("x-telly-device", b.id("aid_telly", where="header.x-telly-device"))
    events = []
    pos = c.rng.randint(30, 2400)
    for i in range(c.rng.randint(2, 5)):
        events.append(
            {
                "evt": "heartbeat" if i else "play",
                "vpid": vpid,
                "pos_s": pos + 30 * i,
                "bitrate_kbps": c.rng.choice([1570, 2812, 5070]),
                "ts": ms(c) + 30000 * i,
            }
        )
    b.json({"episode": {"id": vpid, "title": f"{title} - {ep}"}, "events": events}, "gzip")
    b.view("body.events[].pos_s+episode")
    b.no_content()
    return b.build()


def resume_points(c: Context) -> Flow:
    vpid = _show(c)[0]
    b = FB(c, "telly", "PUT", f"{API}/user/v1/resume-points/{vpid}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("telly_user"))
    b.json({"resumeAtSeconds": c.rng.randint(60, 3300), "duration": 3540, "updated": iso(c)})
    b.view("body.resumeAtSeconds+path")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "telly", "GET", f"{API}/user/v1/continue-watching", [("limit", "20")])
    b.header("user-agent", UA)
    items = [
        {"episodeId": v, "title": t, "subtitle": e, "progressPct": c.rng.randint(3, 97)}
        for v, t, e in c.rng.sample(SHOWS, 3)
    ]
    b.ok_json({"items": items, "total": len(items)})
    b.view("response.items[].progressPct", direction="response")
    return b.build()


def comscore(c: Context) -> Flow:
    vpid, title, ep = _show(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", UA)
    b.params = [
        ("c1", "19"),
        ("c2", "17986528"),
        ("ns_ap_an", "Telly"),
        ("ns_ap_pn", "android"),
        ("c12", b.id("comscore_vid", where="query.c12", detectable=False)),
        ("ns_ak", b.id("gaid", where="query.ns_ak", detectable=False)),
        ("ns_st_ev", c.rng.choice(["play", "hb", "pause", "end"])),
        ("ns_st_ci", vpid),
        ("ns_st_pr", title),
        ("ns_st_ep", ep),
        ("ns_st_pt", str(c.rng.randint(0, 3000000))),
        ("ns_st_cl", "3540000"),
        ("ns_st_ty", "video"),
        ("ns_st_hc", str(c.rng.randint(1, 40))),
        ("ns_ts", str(ms(c))),
    ]
    b.view("query.ns_st_ev+ns_st_ci+ns_st_pt")
    b.respond(204, None)
    return b.build()


def kantar_opaque(c: Context) -> Flow:
    vpid, _, _ = _show(c)
    t = c.rng.randint(0, 3000)
    b = FB(c, "kantar", "GET", "https://bbc.2cnt.net/j0=")
    uid = b.id("telly_install", how="md5", where="path.uid", detectable=False)
    b.base = (
        "https://bbc.2cnt.net/j0=,,,ver=1.9.2;+,cp=telly_od_"
        + vpid
        + "+sv=ke+uid="
        + uid
        + "+pl=exo+pst=,,"
        + f"{t}+{t + 60}+{c.rng.randint(1, 9)};;;"
    )
    b.view("path.pst", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "telly", "GET", f"{API}/content/v3/home", [("rights", "mobile"), ("lang", "en")])
    b.header("user-agent", UA)
    rails = [{"id": v, "title": t, "rating": rf(c.rng, 3, 5, 1)} for v, t, _ in SHOWS]
    b.ok_json({"rails": [{"title": "Popular", "items": rails}], "requestId": rid(c.rng)})
    b.decoy("catalogue listing, not a viewing log")
    return b.build()


def thumbnail(c: Context) -> Flow:
    vpid = _show(c)[0]
    b = FB(c, "telly", "GET", f"https://ichef.telly-example.co.uk/images/ic/640x360/{vpid}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    b.decoy("programme thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    vpid = _show(c)[0]
    n = c.rng.randint(1, 900)
    url = f"https://vod-dash-uk.telly-example.co.uk/{vpid}/pc_hd_abr_v2/{vpid}-video={n}.m4s"
    b = FB(c, "telly", "GET", url)
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("media segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["doctor who", "strictly", "bluey", "news at ten"])
    b = FB(c, "telly", "GET", f"{API}/search/v2", [("q", q), ("page", "1")])
    b.ok_json({"results": [{"id": v, "title": t} for v, t, _ in SHOWS[:3]], "traceId": rid(c.rng)})
    b.decoy("search query and results")
    return b.build()
