"""Kirkstall Athletic: a football club's official app (match centre, club TV, tickets).

Engagement goes to Braze (its `/api/v3/data` batch: `device_id`, custom events
`ce` with properties `p`); the club TV player reports clip progress to the club's
own API. Heatmaps of players' positions, live scores, the shop and tickets are
ordinary look-alikes (coordinates, timestamps, order numbers).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kirkstallathletic.example"
BRAZE = "https://sdk.fra-02.braze.eu"
UA = ua("KirkstallAFC", "5.2.0")
CLIPS = [
    ("clp_88213", "Extended highlights: Kirkstall 3-1 Hull"),
    ("clp_88240", "Manager's press conference"),
    ("clp_88251", "Goal of the month: October"),
    ("clp_88277", "Academy: U21s v Sunderland"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kirkstall", method, url)
    b.header("user-agent", UA)
    b.header("x-club-member", b.acct("club_user"))
    return b


def _braze(c: Context, events: list[dict], where: str) -> FB:
    b = FB(c, "braze", "POST", f"{BRAZE}/api/v3/data/")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": "5b0e6a4c-club-android",
            "device_id": b.id("club_braze_device", where=where),
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "app_version": "5.2.0",
            "events": events,
            "respond_with": {"config": {"config_time": 0}},
        }
    )
    b.ok_json({"auth_error": None, "config": {"time": int(c.now)}})
    return b


def braze_clip_watched(c: Context) -> Flow:
    clip, title = c.rng.choice(CLIPS)
    event = {
        "name": "ce",
        "data": {
            "n": "video_watched",
            "p": {
                "clip_id": clip,
                "clip_title": title,
                "percent_watched": c.rng.choice([25, 50, 75, 100]),
            },
        },
        "time": c.now,
        "user_id": "",
    }
    b = _braze(c, [event], "json device_id")
    b.view("json events[].data n=video_watched p.clip_id + percent_watched")
    return b.build()


def braze_opaque_clip(c: Context) -> Flow:
    """An older event schema: custom event 'v' with properties a (clip) and b (percent)."""
    clip, _ = c.rng.choice(CLIPS)
    event = {
        "name": "ce",
        "data": {"n": "v", "p": {"a": clip, "b": c.rng.randint(1, 100)}},
        "time": c.now,
    }
    b = _braze(c, [event], "json device_id")
    b.view("json events[].data n=v p.a (clip) p.b (percent)", detectable=False)
    return b.build()


def braze_session(c: Context) -> Flow:
    event = {"name": "ss", "data": {}, "time": c.now, "session_id": rid(c.rng)}
    return _braze(c, [event], "json device_id").build()


def clubtv_progress(c: Context) -> Flow:
    clip, title = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/clubtv/v1/progress")
    b.view("json clipId + secondsViewed + completed")
    b.json(
        {
            "clipId": clip,
            "title": title,
            "secondsViewed": c.rng.randint(5, 900),
            "completed": c.rng.random() < 0.3,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/matchcentre/v2/fixtures/{c.rng.randint(9000, 9999)}/heatmap?player=9")
    b.decoy("player heatmap: pitch x/y points of a footballer, no face, no viewer")
    b.ok_json(
        {
            "player": "No. 9",
            "points": [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(40)],
        }
    )
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/matchcentre/v2/live")
    b.decoy("live match timeline: minute-by-minute events with timestamps")
    b.ok_json(
        {
            "fixture": "Kirkstall Athletic v Preston",
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 2)],
            "events": [
                {"minute": m, "type": "shot", "xG": rf(c.rng, 0, 0.6, 2)}
                for m in sorted(c.rng.sample(range(1, 90), 5))
            ],
        }
    )
    return b.build()


def ticket_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tickets/v1/orders")
    b.decoy("ticket order number and seat")
    b.json(
        {
            "fixtureId": c.rng.randint(9000, 9999),
            "seat": {"stand": "East", "row": "K", "seat": c.rng.randint(1, 40)},
            "currency": "GBP",
        }
    )
    b.ok_json({"orderRef": order_no(c.rng), "total": 38.0})
    return b.build()


def clip_manifest(c: Context) -> Flow:
    clip, _ = c.rng.choice(CLIPS)
    b = _b(c, "GET", f"{API}/clubtv/v1/clips/{clip}/playback?format=hls")
    b.ok_json(
        {"hls": f"https://vod.kirkstallathletic.example/{clip}/master.m3u8", "expires": iso(c)}
    )
    return b.build()
