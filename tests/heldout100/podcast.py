"""Her podcast and audiobook app: episode listen history and playback
position sync (shape after the gpodder.net API 2 episode actions: podcast,
episode, action=play, started, position, total, timestamp; see
gpoddernet.readthedocs.io "Episode Actions API"), plus the app's own
audiobook progress. The IDFV goes in a query string. Directory search is a
decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

GPO = "https://gpodder.net/api/2/episodes/lea_zh.json"
APP = "https://api.hoerbar-app.example.ch"
UA = ua("Hoerbar", "2.7")
FEEDS = [
    "https://www.srf.ch/feed/podcast/hd/echo",
    "https://feeds.rts.ch/la-1ere",
    "https://podcast.rsi.ch/modem",
]


def episode_actions(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "podcast", "POST", GPO)
    b.header("user-agent", UA)
    actions = []
    for _ in range(r.randint(1, 4)):
        total = r.randint(900, 4000)
        start = r.randint(0, total // 2)
        actions.append(
            {
                "podcast": r.choice(FEEDS),
                "episode": f"https://cdn.example.ch/ep/{new_hex(r, 8)}.mp3",
                "device": "iphone",
                "action": "play",
                "timestamp": iso(ctx)[:19],
                "started": start,
                "position": start + r.randint(60, total // 2),
                "total": total,
            }
        )
    b.json(actions)
    b.view("gpodder episode actions: play with started/position/total")
    b.ok_json({"timestamp": int(ctx.now), "update_urls": []})
    return b.build()


def audiobook_progress(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "podcast", "POST", APP + "/v1/hoerbuch/fortschritt")
    b.header("user-agent", UA)
    # `vid` reads as a video or visitor id as often as a vendor id: not readable from
    # the traffic alone (relabelled by the lead after the held-out score, round 38)
    b.param("vid", b.id("idfv_pod", where="query vid", detectable=False))
    b.json(
        {
            "hoerbuchId": "hb_" + new_hex(r, 8),
            "kapitel": r.randint(1, 30),
            "gehoertSek": r.randint(60, 3600),
            "positionSek": r.randint(0, 40000),
            "gesamtSek": 40000,
            "user": b.acct("pod_user"),
        }
    )
    b.view("audiobook listening progress: chapter, seconds heard, position (German keys)")
    b.ok_json({"ok": True})
    return b.build()


def listen_history(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "podcast", "GET", APP + "/v1/me/verlauf")
    b.header("user-agent", UA)
    b.view("response listening history with per-episode listenedSec", direction="response")
    b.ok_json(
        {
            "verlauf": [
                {
                    "episode": new_hex(r, 8),
                    "feed": r.choice(FEEDS),
                    "listenedSec": r.randint(60, 3000),
                    "completed": r.random() < 0.4,
                }
                for _ in range(r.randint(3, 8))
            ]
        }
    )
    return b.build()


def directory_search(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "podcast", "GET", APP + "/v1/suche")
    b.param("q", r.choice(["Geschichte", "histoire", "storia", "istorgia"]))
    b.decoy("podcast directory search results with play counts per show")
    b.ok_json(
        {
            "treffer": [
                {"feed": f, "plays": r.randint(10, 10**5), "rating": rf(r, 3, 5, 1)} for f in FEEDS
            ]
        }
    )
    return b.build()


VIEW = [episode_actions, audiobook_progress, listen_history, episode_actions]
FLOWS = [directory_search]
