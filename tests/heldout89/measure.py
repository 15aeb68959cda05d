"""Audience measurement the Italian streaming apps embed.

- comScore streaming tag: sb.scorecardresearch.com/p with ns_st_ev (play, hb,
  pause, end), ns_st_pt (playback time ms), ns_st_ci (content id), ns_st_cl
  (clip length), ns_st_pr / ns_st_ep (programme, episode), c12 a visitor id the
  SDK derives (comScore Streaming Tag implementation guide; public QA checklists
  list ns_st_pu, ns_st_pr, ns_st_ep, ns_st_sn, ns_st_en).
- Nielsen DCR Italy: secure-it.imrworldwide.com/cgi-bin/gn?prd=dcr with
  c13=asid, c9=devid, tl, cg, at=timer, dur (Nielsen App SDK pings seen in
  public tracker lists).
- An Auditel-style census beacon (in-house format of a measurement contractor,
  minute-by-minute "ascolto" records).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, ua


def comscore_hb(c: Context, title: str, episode: str, app: str, ev: str = "hb") -> Flow:
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    cl = c.rng.choice([1560, 2710, 3120, 5400]) * 1000
    pairs = [
        ("c1", "19"),
        ("c2", "18385283"),
        ("ns_ap_an", app),
        ("ns_ap_pn", "android"),
        ("ns_ap_ver", "7.4.1"),
        ("c12", hashlib.md5((c.phone.aid_rete + "|cs-salt").encode()).hexdigest()),
        ("ns_st_ev", ev),
        ("ns_st_pt", str(c.rng.randint(1, cl // 1000) * 1000)),
        ("ns_st_ci", str(c.rng.randint(100000, 999999))),
        ("ns_st_cl", str(cl)),
        ("ns_st_pr", title),
        ("ns_st_ep", episode),
        ("ns_st_ty", "video"),
        ("ns_st_hc", str(c.rng.randint(1, 30))),
        ("ns_ts", str(ms(c))),
    ]
    b.other_id("install_id", "query:c12", detectable=False)
    b.view("query:ns_st_*")
    for k, v in pairs:
        b.param(k, v)
    b.header("user-agent", ua(app, "7.4.1"))
    b.no_content()
    return b.build()


def nielsen_dcr(c: Context, title: str, prog: str, pkg: str, tv: bool = False) -> Flow:
    b = FB(c, "nielsen", "GET", "https://secure-it.imrworldwide.com/cgi-bin/gn")
    attr = "tv_gaid" if tv else "gaid"
    for k, v in [
        ("prd", "dcr"),
        ("ci", "it-501483"),
        ("ch", "it-501483_c01_" + pkg.split(".")[-1]),
        ("asn", pkg),
        ("tl", "dav0-" + title),
        ("cg", prog),
        ("at", "timer"),
        ("rt", "video"),
        ("dur", str(c.rng.choice([1500, 2700, 3300]))),
        ("pd", str(c.rng.randint(60, 1800))),
        ("c13", "asid,P4A2F9E1C-7D3B-4E8A-9B21-0F6C5D4E3A21"),
        ("c9", "devid," + b.id(attr, where="query:c9=devid")),
        ("c14", "osver,Android 14" if not tv else "osver,Android 12"),
        ("c8", "devgrp," + ("TV" if tv else "PHN")),
        ("la", "it"),
        ("rnd", str(c.rng.randint(10**9, 10**10))),
    ]:
        b.param(k, v)
    b.view("query:tl,cg,pd,dur")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def census_minutes(c: Context, channel: str, pkg: str) -> Flow:
    """A measurement contractor's per-minute listening/viewing records, gzip JSON."""
    url = "https://census.misura-ascolti.example.it/v3/rilevazioni"
    b = FB(c, "auditel_census", "POST", url)
    start = int(c.now) - 600
    rec = [
        {"m": start + 60 * i, "can": channel, "sorg": "OTT", "vis": 1}
        for i in range(c.rng.randint(3, 9))
    ]
    b.view("json:ascolti[]")
    b.json(
        {
            "pannello": "census",
            "app": pkg,
            "sessione": new_hex(c.rng, 20),
            "ascolti": rec,
            "minuti_visti": len(rec),
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()
