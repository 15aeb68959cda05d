"""Tadlar: the regional radio and podcast app (mamma's Pixel 8, Scuol).

Keys in Vallader: `emischiun` (programme), `episoda`, `posiziun`, `dürada`,
`tadlà` (listened), `staziun` (station). Podcast progress and the listening
history go to the app's backend. Audience measurement is AT Internet / Piano
Analytics: the newer SDK posts `{"events":[{"name":"av.heartbeat","data":{
"av_content_id",...,"av_position"...}}]}` to `<site>.pa-cd.com/event?s=&idclient=`;
the live-radio player still uses the older rich-media hit (`hit.xiti?type=audio
&a=play&m1=...`). Adjust counts sessions (`gps_adid`, `android_uuid`, the adid in
its answer) and a `podcast_play` event with callback parameters naming the
episode. The station's now-playing feed, the RSS feed, audio chunks and search
are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import B, iso, ms, rid, ua

API = "https://api.tadlar.example"
UA = ua("Tadlar", "3.9.4", "mamma")
PODS = [
    ("p11", "Impuls", 1500),
    ("p14", "Chapitel", 2100),
    ("p19", "Giuven e frais", 1200),
    ("p23", "Vusch da la Val", 1800),
    ("p31", "Tschertgar istorgias", 2400),
]
STAZIUNS = ["Radio Rumantsch", "Radio Engiadina", "Radio Grischa"]
PIANO = "https://tadlar.pa-cd.com/event"


def _b(c: Context, method: str, url: str) -> B:
    b = B(c, "tadlar", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def _pod(c: Context) -> tuple[str, str, int, int]:
    pid, title, dur = c.rng.choice(PODS)
    return pid, title, c.rng.randint(1, 90), dur


def podcast_posiziun(c: Context) -> Flow:
    pid, title, ep, dur = _pod(c)
    b = _b(c, "POST", f"{API}/v2/podcasts/{pid}/posiziun")
    b.header("x-apparat", b.id("aid_tadlar", where="header x-apparat"))
    b.view("json emischiun/episoda/posiziun/dürada (podcast progress)")
    b.json(
        {
            "emischiun": title,
            "episoda": ep,
            "posiziun": c.rng.randint(10, dur),
            "dürada": dur,
            "tadlà_fin": False,
            "ura": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tadla_istorgia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/istorgia-da-tadlar")
    b.view("response json tadlà[] (listening history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _pid, title, ep, dur = _pod(c)
        rows.append({"emischiun": title, "episoda": ep, "tadlà": iso(c), "dürada": dur})
    b.ok_json({"tadlà": rows})
    return b.build()


def piano_av(c: Context) -> Flow:
    pid, title, ep, dur = _pod(c)
    b = B(c, "piano", "POST", PIANO, [("s", "634421")])
    b.param("idclient", b.id("tadlar_idclient", where="query idclient (Piano visitor id)"))
    b.header("user-agent", UA)
    b.view("json events[].data av_content/av_position (Piano AV Insights)")
    pos = c.rng.randint(0, dur)
    b.json(
        {
            "events": [
                {
                    "name": c.rng.choice(["av.heartbeat", "av.play", "av.pause"]),
                    "data": {
                        "av_session_id": rid(c.rng),
                        "av_content_id": f"{pid}-{ep}",
                        "av_content": f"{title} {ep}",
                        "av_content_type": "audio",
                        "av_content_duration": dur * 1000,
                        "av_position": pos * 1000,
                        "av_previous_position": max(0, pos - 30) * 1000,
                        "av_broadcasting_type": "On Demand",
                        "av_player": "tadlar-android",
                    },
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def xiti_live(c: Context) -> Flow:
    staziun = c.rng.choice(STAZIUNS)
    b = B(
        c,
        "at-internet",
        "GET",
        "https://logs1412.xiti.com/hit.xiti",
        [("s", "634421"), ("idclient", "")],
        "HTTP/1.1",
    )
    b.params[1] = ("idclient", b.id("tadlar_idclient", where="query idclient (AT visitor id)"))
    b.params += [
        ("type", "audio"),
        ("p", f"live::{staziun}"),
        ("a", c.rng.choice(["play", "refresh", "refresh", "pause"])),
        ("m1", "0"),
        ("m5", "int"),
        ("m6", "live"),
        ("plyr", "1"),
        ("rfsh", "60"),
        ("hl", f"{c.rng.randint(6, 22)}x{c.rng.randint(0, 59)}x{c.rng.randint(0, 59)}"),
    ]
    b.header("user-agent", UA)
    b.view("query type=audio&p=live::station&a=play/refresh (rich media hit)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00;")
    return b.build()


def piano_screen(c: Context) -> Flow:
    b = B(c, "piano", "POST", PIANO, [("s", "634421")])
    b.param("idclient", b.id("tadlar_idclient", where="query idclient (Piano visitor id)"))
    b.header("user-agent", UA)
    b.json(
        {
            "events": [
                {
                    "name": "page.display",
                    "data": {"page": c.rng.choice(["home", "podcasts", "live", "tschercha"])},
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def _adjust_common(b: B, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", "7y1hz3k0dcsg"),
        ("app_version", "3.9.4"),
        ("gps_adid", b.id("gaid_mamma", where="form gps_adid")),
        ("android_uuid", b.id("tadlar_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "+0100")),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("device_name", "Pixel 8"),
        ("tracking_enabled", "1"),
        ("language", "rm"),
        ("country", "CH"),
    ]


def adjust_session(c: Context) -> Flow:
    b = B(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    pairs = [*_adjust_common(b, c), ("session_count", str(c.rng.randint(2, 60)))]
    b.form(pairs)
    b.other_id("tadlar_adid", "response json adid", direction="response")
    b.ok_json({"adid": c.phone.tadlar_adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    _pid, title, ep, _ = _pod(c)
    b = B(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    b.view("form callback_params podcast/episoda (podcast_play event)")
    pairs = [
        *_adjust_common(b, c),
        ("event_token", "q8d2ex"),
        ("event_count", str(c.rng.randint(1, 40))),
        ("callback_params", js({"podcast": title, "episoda": str(ep), "acziun": "podcast_play"})),
    ]
    b.form(pairs)
    b.other_id("tadlar_adid", "response json adid", direction="response")
    b.ok_json({"adid": c.phone.tadlar_adid, "message": "Event tracked"})
    return b.build()


def opaque_rows(c: Context) -> Flow:
    """A pipe-separated listening log: podcast number | episode | second | ts."""
    b = _b(c, "POST", f"{API}/l")
    b.view("text/plain pipe rows", detectable=False)
    rows = "\n".join(
        f"{c.rng.choice(PODS)[0][1:]}|{c.rng.randint(1, 90)}|{c.rng.randint(5, 2400)}|{ms(c)}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.set_body(rows.encode(), "text/plain; charset=utf-8")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/live/{c.rng.randint(1, 3)}/uossa")
    b.decoy("station now-playing metadata (content fetch)")
    b.ok_json(
        {
            "staziun": c.rng.choice(STAZIUNS),
            "uossa": {"titel": c.rng.choice(["Chalandamarz", "Ils Fränzlis", "Pop Rumantsch"])},
            "entschatta": iso(c),
        }
    )
    return b.build()


def rss_feed(c: Context) -> Flow:
    pid, title, _ = c.rng.choice(PODS)
    b = B(c, "tadlar", "GET", f"https://feeds.tadlar.example/{pid}.xml")
    b.header("user-agent", UA)
    b.decoy("podcast RSS feed with durations")
    items = "".join(
        f"<item><title>{title} {i}</title><itunes:duration>{c.rng.randint(600, 2400)}"
        f'</itunes:duration><enclosure url="https://audio.tadlar.example/{pid}/{i}.mp3"/></item>'
        for i in range(1, 4)
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title>{items}</channel></rss>"
    )
    b.respond(200, "application/rss+xml", body.encode())
    return b.build()


def audio_chunk(c: Context) -> Flow:
    pid = c.rng.choice(PODS)[0]
    b = B(c, "tadlar", "GET", f"https://audio.tadlar.example/{pid}/{c.rng.randint(1, 90)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def tschercha(c: Context) -> Flow:
    q = c.rng.choice(["istorgia", "musica", "sport", "chanzun"])
    b = _b(c, "GET", f"{API}/v2/tschercha?q={q}")
    b.decoy("search results")
    b.ok_json({"resultats": [{"id": p, "titel": t, "dürada": d} for p, t, d in PODS[:3]]})
    return b.build()
