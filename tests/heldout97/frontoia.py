"""Frontoia: live football and basque pelota (pilota) streams and scores.

Own backend (keys this set's own, English and Basque mixed): live player
heartbeats (matchId, playhead), highlight watch logs; AppsFlyer launches and
IMA pre-rolls (sdks.py). Hard decoys: live score polling, ball-tracking and
player-position coordinate lists, betting odds series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import sdks
from .phone import FB, ms, rf, rid, ua

API = "https://api.frontoia.eus"
PKG = "eus.frontoia.live"
MATCHES = [
    "Altuna III - Ezkurdia",
    "Elezkano II - Laso",
    "Athletic - Real Sociedad",
    "Celta - Deportivo",
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("Frontoia", "5.0.7"))
    b.header("x-request-id", rid(b.ctx.rng))


def live_hb(c: Context) -> Flow:
    b = FB(c, "frontoia", "POST", API + "/live/v2/heartbeat")
    b.view("json:matchId/playhead/event=heartbeat")
    b.json(
        {
            "event": "heartbeat",
            "matchId": f"m{c.rng.randint(10**5, 10**6)}",
            "title": c.rng.choice(MATCHES),
            "streamId": f"live-{c.rng.randint(1, 8)}",
            "playhead": c.rng.randint(0, 7200),
            "interval": 30,
            "quality": c.rng.choice(["480p", "720p", "1080p"]),
            "ts": ms(c),
        }
    )
    _hdr(b)
    b.no_content()
    return b.build()


def highlight_log(c: Context) -> Flow:
    b = FB(c, "frontoia", "POST", API + "/videos/ikusita")
    b.view("json:videoId/watchedSeconds")
    dur = c.rng.randint(40, 400)
    w = c.rng.randint(5, dur)
    b.json(
        {
            "videoId": f"hl{c.rng.randint(10**4, 10**5)}",
            "watchedSeconds": w,
            "duration": dur,
            "completed": w == dur,
        }
    )
    _hdr(b)
    b.no_content()
    return b.build()


BLENDSHAPES = [
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "cheekPuff",
    "mouthFunnel",
]


def reaction(c: Context) -> Flow:
    """The 'Reakzioa' fan-cam: the AR face filter's blendshape weights go to the server."""
    b = FB(c, "frontoia", "POST", API + "/reakzioak/v1")
    b.bio("blendshapes", "json:blendshapes{jawOpen,mouthSmileLeft...}")
    b.json(
        {
            "matchId": f"m{c.rng.randint(10**5, 10**6)}",
            "frames": [
                {"t": i * 100, "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in BLENDSHAPES}}
                for i in range(c.rng.randint(2, 5))
            ],
            "emoji": c.rng.choice(["pozik", "haserre", "harrituta"]),
        }
    )
    _hdr(b)
    b.ok_json({"ok": True})
    return b.build()


def cam360(c: Context) -> Flow:
    b = FB(c, "frontoia", "POST", API + "/live/v2/cam360/view")
    b.decoy("360-degree camera yaw/pitch of the stream (no face)")
    b.json(
        {
            "cam": c.rng.randint(1, 6),
            "yaw": rf(c.rng, -180, 180, 1),
            "pitch": rf(c.rng, -30, 30, 1),
            "fov": 90,
        }
    )
    _hdr(b)
    b.no_content()
    return b.build()


def score(c: Context) -> Flow:
    b = FB(
        c,
        "frontoia",
        "GET",
        API + f"/scores/m{c.rng.randint(10**5, 10**6)}",
        [("since", str(ms(c)))],
    )
    b.decoy("live score polling (not viewing)")
    b.ok_json(
        {"home": c.rng.randint(0, 22), "away": c.rng.randint(0, 22), "minute": c.rng.randint(1, 90)}
    )
    _hdr(b)
    return b.build()


def tracking(c: Context) -> Flow:
    b = FB(c, "frontoia", "GET", API + "/stats/tracking", [("frame", str(c.rng.randint(1, 10**5)))])
    b.decoy("ball and player position coordinate lists")
    pts = [[rf(c.rng, 0, 54, 2), rf(c.rng, 0, 10, 2)] for _ in range(24)]
    b.ok_json({"ball": {"speed_kmh": rf(c.rng, 60, 300, 1), "xy": pts[0]}, "players": pts})
    return b.build()


def odds(c: Context) -> Flow:
    b = FB(c, "frontoia", "GET", API + "/apustuak/kuotak")
    b.decoy("betting odds price series")
    b.ok_json({"series": [rf(c.rng, 1.1, 4.5, 2) for _ in range(30)], "ts": ms(c)})
    return b.build()


def push_register(c: Context) -> Flow:
    b = FB(c, "frontoia", "POST", API + "/push/register")
    b.json(
        {
            "android_id": b.id("aid_front", where="json:android_id"),
            "token": b.acct("push_token"),
            "topics": ["pilota"],
        }
    )
    _hdr(b)
    b.ok_json({"ok": True})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, "Frontoia", PKG)


def ima(c: Context) -> Flow:
    return sdks.ima_ad(c, "frontoia", PKG)
