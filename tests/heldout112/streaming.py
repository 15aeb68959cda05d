"""france.tv: her own evening streaming (replays, series), on her phone.

The player reports to Piano Analytics (AT Internet's collector, xiti.com) in
its AV Insights event model (`av.play`, `av.heartbeat`, `av.pause` with
`av_content_id`, `av_position`, `av_content_duration`), the visitor id in
`idclient`; the app's own API returns her "reprendre la lecture" list; Adjust
counts sessions with her advertising id. One player build also sends its own
quality beacon as a gzip+base64 blob under `p` (opaque: nothing readable says
it holds a position report).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rf, rid, ua

FRONT = "https://api-front.yatta.francetv.fr"
PIANO = "https://logs1412.xiti.com"
UA = ua("francetv", "8.41.0")
PROGRAMMES = [
    ("a7f3c1e2-plus-belle-la-vie-ep112", "Plus belle la vie, encore plus belle", 1560),
    ("c2d9e8b0-meurtres-a-lyon", "Meurtres à... Lyon", 5400),
    ("e9a1b4f2-c-dans-l-air-2024-11-21", "C dans l'air", 3900),
    ("0b6d2c7a-tour-de-france-etape-12", "Tour de France 2024, étape 12", 7200),
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def piano_av(c: Context, event: str = "") -> Flow:
    cid, title, duration = c.rng.choice(PROGRAMMES)
    event = event or c.rng.choice(["av.heartbeat", "av.heartbeat", "av.play", "av.pause"])
    b = _b(c, "piano", "POST", f"{PIANO}/event")
    b.param("s", "610879")
    b.param("idclient", b.id("ftv_visitor", where="query idclient"))
    b.view("json events[].data av_content_id + av_position")
    pos = c.rng.randint(30, duration - 30)
    b.json(
        {
            "events": [
                {
                    "name": event,
                    "data": {
                        "av_content_id": cid,
                        "av_content": title,
                        "av_content_duration": duration * 1000,
                        "av_position": pos * 1000,
                        "av_previous_position": max(0, pos - 60) * 1000,
                        "av_session_id": rid(c.rng),
                        "av_player": "ftv-player-android",
                        "av_broadcasting_type": "Replay",
                    },
                }
            ]
        },
        ctype="text/plain;charset=UTF-8",
    )
    b.no_content()
    return b.build()


def resume_list(c: Context) -> Flow:
    b = _b(c, "francetv", "GET", f"{FRONT}/v1/apps/user/reprise?platform=apps")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.view(
        "response json items[] (reprendre la lecture: id, progress, last_watched)",
        direction="response",
    )
    b.ok_json(
        {
            "items": [
                {
                    "id": cid,
                    "title": title,
                    "progress": rf(c.rng, 0.05, 0.95, 2),
                    "playhead": c.rng.randint(60, dur - 60),
                    "last_watched": iso(c),
                }
                for cid, title, dur in c.rng.sample(PROGRAMMES, 3)
            ]
        }
    )
    return b.build()


def quality_beacon_opaque(c: Context) -> Flow:
    cid, _, duration = c.rng.choice(PROGRAMMES)
    b = _b(c, "francetv", "POST", "https://tracking.francetv.fr/b")
    b.view("form p (gzip+base64 of {c: content id, t: position, d: duration})", detectable=False)
    blob = b64(gz(js({"c": cid, "t": c.rng.randint(30, duration), "d": duration, "q": 3}).encode()))
    b.form([("v", "2"), ("p", blob)])
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = _b(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q8w2k1p3n7xy"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("ftv_adid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("session_count", str(c.rng.randint(20, 300))),
            ("tracking_enabled", "1"),
            ("environment", "production"),
        ]
    )
    b.ok_json({"app_token": "q8w2k1p3n7xy", "timestamp": iso(c)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "francetv", "GET", f"{FRONT}/v1/apps/categories/series-et-fictions")
    b.decoy("catalogue rail and most-watched ranking (no one's viewing)")
    b.ok_json(
        {
            "rails": [
                {
                    "label": lab,
                    "items": [{"id": p[0], "title": p[1]} for p in c.rng.sample(PROGRAMMES, 3)],
                }
                for lab in ("Les plus vus", "Nouveautés", "Recommandé pour vous")
            ],
            "generated": ms(c),
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid = c.rng.choice(PROGRAMMES)[0]
    b = _b(c, "francetv", "GET", f"https://cloudreplay.ftven.fr/{cid}/manifest.mpd")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"/>')
    return b.build()
