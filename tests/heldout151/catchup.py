"""Kiwa Play: a national broadcaster's catch-up app (NZ / AU), on the phone and
the Chromecast it casts to.

The app keeps its own resume points (`positionSecs`, Māori section names in the
API: `whakaaturanga` = programme, `wāhanga` = episode), sends Conviva heartbeats
(`cws.conviva.com/0/wsg`, a `clid` and `evs` of state-change events with the
playhead `pht`) and, from the cast receiver, a compact gzip+base64 beacon.
Catalogue rails, "most watched" aggregates and HLS manifests are not history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, iso, mk, ms, rid, ua

API = "https://api.kiwaplay.example"
UA = ua("KiwaPlay", "7.4.1")
SHOWS = [
    ("Te Karere", "tk"),
    ("Shortland Street", "ss"),
    ("Country Calendar", "cc"),
    ("Hyperlocal: Ōtautahi", "hl"),
    ("Fair Go", "fg"),
    ("Under the Vines", "uv"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = mk(c, "kiwaplay", method, url, UA)
    b.header("x-kiwa-device", b.id("aid_kiwa", where="header x-kiwa-device"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _episode(c: Context) -> tuple[str, str, int]:
    title, code = c.rng.choice(SHOWS)
    return f"{code}-s{c.rng.randint(1, 9)}e{c.rng.randint(1, 24)}", title, c.rng.randint(1300, 3600)


def resume_point(c: Context) -> Flow:
    eid, title, dur = _episode(c)
    b = _b(c, "PUT", f"{API}/v3/whakaaturanga/resume/{eid}")
    b.view("json positionSecs (episode resume point)")
    b.json(
        {
            "wāhanga": eid,
            "title": title,
            "positionSecs": c.rng.randint(5, dur),
            "durationSecs": dur,
            "updated": iso(c),
        }
    )
    b.no_content()
    return b.build()


def keep_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/keep-watching?limit=6")
    b.view("response json rail 'Keep watching' items[].progressPct", direction="response")
    items = []
    for _ in range(4):
        eid, title, _dur = _episode(c)
        items.append(
            {"id": eid, "title": title, "progressPct": c.rng.randint(3, 97), "lastViewed": iso(c)}
        )
    b.ok_json({"rail": "Keep watching", "items": items})
    return b.build()


def conviva_hb(c: Context) -> Flow:
    eid, title, dur = _episode(c)
    b = mk(c, "conviva", "POST", "https://kiwa-nz.cws.conviva.com/0/wsg", UA)
    b.view("json evs[] CwsStateChangeEvent with pht playhead, an.assetName")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.KiwaPlay-NZ",
            "clid": b.id("conviva_clid", where="json clid"),
            "sid": c.rng.randint(10**8, 10**9),
            "seq": c.rng.randint(1, 80),
            "pver": "2.174",
            "an": f"{title} {eid}",
            "tags": {"contentId": eid, "showName": title, "streamType": "VOD"},
            "pht": c.rng.randint(5, dur) * 1000,
            "evs": [
                {
                    "t": "CwsStateChangeEvent",
                    "new": {"ps": 3},
                    "old": {"ps": 6},
                    "st": c.rng.randint(100, 9000),
                }
            ],
        }
    )
    b.ok_json({"clid": "", "hbi": 20, "slg": False})
    return b.build()


def cast_beacon_opaque(c: Context) -> Flow:
    """The Chromecast receiver's beacon: gzip + base64 JSON under `d`."""
    rows = [[_episode(c)[0], c.rng.randint(5, 3000), ms(c)] for _ in range(c.rng.randint(1, 3))]
    blob = base64.b64encode(gz(js({"r": rows}).encode())).decode()
    b = mk(
        c,
        "kiwaplay-cast",
        "POST",
        f"{API}/rx/b",
        "Mozilla/5.0 (X11; Linux armv7l) CrKey/1.56.500000 Chrome/114.0",
    )
    b.view("form d (gzip+base64 rows of [episode, seconds, ts])", detectable=False)
    b.form([("d", blob), ("v", "4")])
    b.no_content()
    return b.build()


def cast_register(c: Context) -> Flow:
    b = mk(
        c,
        "kiwaplay-cast",
        "POST",
        f"{API}/v3/devices/cast",
        "Mozilla/5.0 (X11; Linux armv7l) CrKey/1.56.500000 Chrome/114.0",
    )
    b.json(
        {
            "receiverSerial": b.id("cast_serial", where="json receiverSerial"),
            "wifiMac": b.id("cast_mac", where="json wifiMac"),
            "friendlyName": "Lounge TV",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home?region=nz&reo=mi")
    b.decoy("catalogue rails and a 'most watched this week' aggregate over all viewers")
    b.ok_json(
        {
            "rails": [
                {"title": "Ngā mea hou", "items": [_episode(c)[0] for _ in range(6)]},
                {
                    "title": "Most watched this week",
                    "items": [
                        {"id": _episode(c)[0], "views": c.rng.randint(10**4, 10**6)}
                        for _ in range(5)
                    ],
                },
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    eid = _episode(c)[0]
    b = mk(
        c,
        "kiwaplay",
        "GET",
        f"https://vod.kiwaplay.example/{eid}/index.m3u8?start=0",
        "ExoPlayerLib/2.19.1",
    )
    b.decoy("stream manifest with a start offset (content fetch)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1280x720\n720.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def subtitles(c: Context) -> Flow:
    b = mk(c, "kiwaplay", "GET", f"https://vod.kiwaplay.example/{_episode(c)[0]}/mi.vtt", UA)
    b.respond(200, "text/vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nKia ora koutou\n")
    return b.build()
