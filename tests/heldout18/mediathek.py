"""A public broadcaster's Mediathek app (ARD/ZDF style): Piano Analytics AV
Insights events, legacy AT Internet richmedia hits, AGF video measurement via
the Nielsen DCR SDK, the app's own resume points and watch history.

Sources: Piano Analytics "AV Insights" (developers.atinternet-solutions.com/
piano-analytics/data-collection/how-to-send-events/av-insights: av.play,
av.heartbeat, av_content_id, av_position, av_previous_position, av_session_id),
the Piano Analytics collect endpoint `/event?s=SITE&idclient=VISITOR` with a
JSON body `{"events":[{"name":..,"data":{..}}]}` (at-internet/piano-analytics-js),
the AT Internet AS2 archive (at-internet/smarttag-documentation-archive:
hit.xiti, type=richmedia, m1/m5/m6, a=play|refresh, idclient) and Nielsen DCR
pings (`cgi-bin/gn?prd=dcr&ci=..&c13=asid,..&c9=devid,..`) as AGF's
"Nielsen Digital Content Ratings" integration sends them.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz

from .phone import FB, iso, ms, rid, ua

API = "https://api.fernsehmediathek.de"
PIANO = "https://logc407.xiti.com"
SITE = "628413"
SHOWS = [
    ("Y3JpZDovL2Rhc2Vyc3RlLmRlL3RhdG9ydC8", "Tatort: Das Opfer", 5310),
    ("Y3JpZDovL3pkZi5kZS9oZXV0ZS1zaG93LzE", "heute-show vom 8. November", 1795),
    ("Y3JpZDovL3dkci5kZS9tYXVzLzIwMjQxMTA", "Die Sendung mit der Maus", 1770),
    ("Y3JpZDovL25kci5kZS9leHRyYTMvMTEyMzQ", "extra 3 Spezial", 2650),
    ("Y3JpZDovL2JyLmRlL2Rva3UvYWxwZW4tMjA", "Doku: Die Alpen im Wandel", 2890),
]


def _show(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(SHOWS)


def piano_av(c: Context, event: str = "av.heartbeat") -> Flow:
    cid, title, dur = _show(c)
    pos = c.rng.randint(30, dur - 20) * 1000
    b = FB(c, "piano-analytics", "POST", f"{PIANO}/event")
    b.param("s", SITE)
    b.param("idclient", b.id("piano_visitor", where="query:idclient"))
    data = {
        "av_content_id": cid,
        "av_content": title,
        "av_content_duration": dur * 1000,
        "av_broadcasting_type": "On Demand",
        "av_player": "ardplayer-android",
        "av_session_id": rid(c.rng),
        "av_position": pos,
        "av_previous_position": max(0, pos - 60000),
        "av_previous_event": "av.play",
        "device_manufacturer": "OnePlus",
        "device_model": "CPH2581",
        "os": "android 14",
        "app_id": "de.fernsehmediathek.android",
        "app_version": "10.9.1",
        "event_collection_platform": "android",
        "event_collection_version": "3.4.1",
        "visitor_privacy_mode": "optin",
    }
    b.view("body:events[0].data.av_content_id")
    b.header("user-agent", ua("Mediathek", "10.9.1"))
    b.json({"events": [{"name": event, "data": data}]})
    b.ok_json({})
    return b.build()


def xiti_richmedia(c: Context) -> Flow:
    cid, title, dur = _show(c)
    b = FB(c, "atinternet-as2", "GET", "https://logw363.xiti.com/hit.xiti", http_version="HTTP/1.1")
    b.param("s", SITE)
    b.param("idclient", b.id("piano_visitor", where="query:idclient"))
    for k, v in [
        ("type", "richmedia"),
        ("p", f"Mediathek::{title}"),
        ("plyr", "1"),
        ("m1", str(dur)),
        ("m5", "int"),
        ("m6", "clip"),
        ("m9", cid),
        ("a", c.rng.choice(["play", "refresh", "pause"])),
        ("rfsh", "60"),
        ("prich", "Mediathek::Sendung"),
        ("buf", "0"),
        ("ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.view("query:p,m9,a=play")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def agf_dcr(c: Context) -> Flow:
    cid, title, dur = _show(c)
    b = FB(c, "nielsen-dcr-agf", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    pairs = [
        ("prd", "dcr"),
        ("ci", "de-509108"),
        ("ch", "de-509108_c01_P"),
        ("asn", "defChnAsset"),
        ("c3", "st,c"),
        ("c6", "vc,c08"),
        ("c13", f"asid,{cid[:20]}"),
        ("tl", quote(f"dav0-{title}")),
        ("cln", str(dur)),
        ("c14", "osgrp,DROID"),
        ("c15", "apn,Mediathek"),
        ("c16", "sdkv,bj.9.1.0"),
        ("c9", "devid," + b.id("agf_devid", where="query:c9(devid,)")),
        ("pd", str(c.rng.randint(1, 30))),
        ("rnd", str(ms(c))),
        ("uoo", ""),
    ]
    for k, v in pairs:
        b.param(k, v)
    b.view("query:tl,c13 asid (DCR content ping)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def resume_point(c: Context) -> Flow:
    cid, _title, dur = _show(c)
    b = FB(c, "mediathek-api", "PUT", f"{API}/user/v3/bookmarks/resume/{cid}")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-client-device", b.id("aid_tv", where="header:x-client-device"))
    pos = c.rng.randint(60, dur - 30)
    b.json(
        {
            "contentId": cid,
            "resumePositionSec": pos,
            "durationSec": dur,
            "updatedAt": iso(c),
            "finished": pos > dur - 120,
        }
    )
    b.view("body:contentId+resumePositionSec")
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = FB(c, "mediathek-api", "GET", f"{API}/user/v3/history")
    b.param("pageSize", "24")
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    items = [
        {"id": cid, "headline": t, "lastWatched": iso(c), "progress": round(c.rng.random(), 2)}
        for cid, t, _ in c.rng.sample(SHOWS, 3)
    ]
    b.view("response:items[].lastWatched+progress", direction="response")
    b.ok_json({"userId": b.acct("tv_user"), "items": items, "total": 3})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    cid, _, dur = _show(c)
    blob = bytes(x ^ 0x5A for x in f"{cid}|{c.rng.randint(1, dur)}|{dur}".encode())
    b = FB(c, "mediathek-api", "POST", "https://st.fernsehmediathek.de/c")
    b.form([("d", b64(blob)), ("v", "3")])
    b.view("body:d (xor-obfuscated content id and position)", detectable=False)
    b.no_content()
    return b.build()


def hls_segment(c: Context) -> Flow:
    n = c.rng.randint(1, 900)
    url = (
        f"https://mediathek-vod.akamaized-example.net/i/{new_hex(c.rng, 8)}/master_1280_{n:05d}.ts"
    )
    b = FB(c, "player-cdn", "GET", url)
    b.decoy("video segment fetch (not a watch report)")
    b.respond(200, "video/mp2t", gz(b"G@" + bytes(180)))
    return b.build()


def teaser_image(c: Context) -> Flow:
    b = FB(c, "img-cdn", "GET", f"https://img.fernsehmediathek.de/teaser/{new_hex(c.rng, 24)}")
    b.param("w", "640")
    b.decoy("teaser thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 9999), 300))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "mediathek-api", "GET", f"{API}/page-gateway/pages/ard/editorial/sendung-verpasst")
    b.param("date", "2024-11-08")
    teasers = [
        {"id": cid, "title": t, "duration": d, "broadcastedOn": iso(c)} for cid, t, d in SHOWS
    ]
    b.decoy("catalogue page with ids and durations")
    b.ok_json({"teasers": teasers, "pagination": {"pageNumber": 0, "pageSize": 5}})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["tatort", "maus", "wetter", "tagesschau 20 uhr"])
    b = FB(c, "mediathek-api", "GET", f"{API}/search-system/mediathek/ard/search/vods")
    b.param("searchString", q)
    b.decoy("search query and results")
    b.ok_json({"teasers": [{"id": s[0], "title": s[1]} for s in SHOWS[:2]]})
    return b.build()
