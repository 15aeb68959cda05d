"""GoalNaija: EPL and NPFL scores, Pidgin commentary and highlight videos.

Highlight plays go to the app's backend (`watchedSeconds`) and to MoEngage as
`highlight_watched` events with the clip and its watch duration; a "my clips"
list comes back in responses. Live minute-by-minute scores, possession
percentages, league tables, lineups and a "most watched goals" rail (counts
over all fans) are not viewing history.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import adtrack
from .phone import FB, iso, ms, rid, ua

API = "https://api.goalnaija.example"
UA = ua("GoalNaija", "7.12.0")
MOE_APP = "GN7XQ2LK0M4PAZ81VZ3E"
CLIPS = [
    ("hl_88012", "Enyimba 2-1 Kano Pillars: all goals", 184),
    ("hl_88044", "Remo Stars v Rangers: Pidgin commentary", 240),
    ("hl_87990", "Arsenal 3-1 Chelsea highlights", 420),
    ("hl_88101", "Osimhen brace: every touch", 156),
    ("hl_88130", "Shooting Stars late winner", 95),
]
MATCHES = [
    ("Enyimba", "Kano Pillars"),
    ("Remo Stars", "Rangers"),
    ("Arsenal", "Chelsea"),
    ("Man Utd", "Liverpool"),
    ("3SC", "Lobi Stars"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "goalnaija", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def highlight_watch(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/v2/highlights/{cid}/watch")
    b.view("json watchedSeconds (highlight clip)")
    b.json(
        {
            "clipId": cid,
            "watchedSeconds": c.rng.randint(5, dur),
            "clipLength": dur,
            "autoplay": c.rng.random() < 0.4,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def my_clips(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/watched-clips")
    b.view("response json clips[].watchedAt (clip watch history)", direction="response")
    b.ok_json(
        {
            "clips": [
                {"clipId": cid, "title": t, "watchedAt": iso(c), "completed": c.rng.random() < 0.5}
                for cid, t, _ in c.rng.sample(CLIPS, 3)
            ]
        }
    )
    return b.build()


def moengage_watch(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(CLIPS)
    events: list[dict[str, Any]] = [
        {
            "EVENT_ACTION": "highlight_watched",
            "EVENT_ATTRS": {"clip_id": cid, "clip_title": title, "watch_duration": dur // 2},
            "EVENT_G_TIME": str(ms(c)),
            "EVENT_L_TIME": "30:11:2026:9:14:2",
        }
    ]
    b = adtrack.moengage(c, MOE_APP, events, "aid_ball")
    b.view("json viewsInfo[].EVENT_ACTION=highlight_watched, watch_duration")
    return b.build()


def moengage_session(c: Context) -> Flow:
    events: list[dict[str, Any]] = [
        {
            "EVENT_ACTION": "MOE_APP_OPEN",
            "EVENT_ATTRS": {"team": c.rng.choice(["Enyimba", "Arsenal"])},
            "EVENT_G_TIME": str(ms(c)),
        }
    ]
    return adtrack.moengage(c, MOE_APP, events, "aid_ball").build()


def live_scores(c: Context) -> Flow:
    home, away = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v2/live?league={c.rng.choice(['npfl', 'epl'])}")
    b.decoy("match minute and possession percentages (a match's clock, not a viewer's)")
    b.ok_json(
        {
            "matches": [
                {
                    "home": home,
                    "away": away,
                    "minute": c.rng.randint(1, 90),
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                    "possession": [c.rng.randint(35, 65), 0],
                    "status": "LIVE",
                }
            ]
        }
    )
    return b.build()


def commentary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/matches/{c.rng.randint(90000, 99999)}/gist?lang=pcm")
    lines = ["Gbam! Goal don enter!", "Referee don blow whistle", "Dem dey press well well"]
    b.ok_json({"gist": [{"min": c.rng.randint(1, 90), "text": t} for t in lines]})
    return b.build()


def table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/standings/npfl")
    teams = ["Rivers United", "Enugu Rangers", "Remo Stars", "Enyimba", "Kano Pillars"]
    b.ok_json({"table": [{"team": t, "pts": c.rng.randint(20, 60)} for t in teams]})
    return b.build()


def most_watched_goals(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/highlights/trending")
    b.decoy("most-watched clips with play counts over all fans (aggregate)")
    b.ok_json(
        {
            "trending": [
                {"clipId": cid, "title": t, "plays": c.rng.randint(1000, 90000)}
                for cid, t, _ in CLIPS
            ]
        }
    )
    return b.build()


def clip_file(c: Context) -> Flow:
    cid, _, _ = c.rng.choice(CLIPS)
    b = FB(c, "goalnaija", "GET", f"https://clips.goalnaija.example/{cid}/480.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(
        206,
        "video/mp4",
        b"\x00\x00\x00\x18ftypmp42" + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return b.build()
