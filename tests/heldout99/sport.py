"""A football / rugby app (Erovnuli Liga, Lelos) with live-stream heartbeats,
a score feed and shot-map coordinate lists (decoys)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rid, ua

API = "https://live.sportarena-caucasus.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sport", method, API + path)
    b.header("user-agent", ua("SportArena", "7.0.4"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/stream/heartbeat")
    b.json(
        {
            "matchId": f"m{c.rng.randint(1000, 9999)}",
            "sport": c.rng.choice(["football", "rugby"]),
            "streamType": "live",
            "watchedSeconds": c.rng.choice([15, 30, 60]),
            "playheadUtc": ms(c),
            "deviceId": b.id("aid_sport", where="body.deviceId"),
        }
    )
    b.view("body heartbeat watchedSeconds/matchId")
    b.no_content()
    return b.build()


def replay_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/vod/highlights/progress")
    b.form(
        [("clip", str(c.rng.randint(1, 5000))), ("pos", str(c.rng.randint(0, 600))), ("dur", "612")]
    )
    b.view("form clip/pos/dur on /vod/highlights/progress")
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", "/feed/scores")
    b.ok_json(
        {
            "matches": [
                {
                    "home": "Dinamo Tbilisi",
                    "away": "Torpedo",
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                }
            ]
        }
    )
    b.decoy("score feed")
    return b.build()


def shot_map(c: Context) -> Flow:
    b = _b(c, "GET", f"/stats/m{c.rng.randint(1000, 9999)}/shots")
    shots = [
        {
            "x": round(c.rng.uniform(0, 105), 1),
            "y": round(c.rng.uniform(0, 68), 1),
            "xg": round(c.rng.random() * 0.6, 3),
        }
        for _ in range(c.rng.randint(8, 20))
    ]
    b.ok_json({"shots": shots, "traceId": rid(c.rng)})
    b.decoy("shot-map coordinates")
    return b.build()


def player_cam(c: Context) -> Flow:
    """Multi-camera view: yaw/pitch of the chosen virtual camera."""
    b = _b(c, "POST", "/stream/camera")
    b.json(
        {
            "cam": c.rng.randint(1, 6),
            "yaw": round(c.rng.uniform(-90, 90), 2),
            "pitch": round(c.rng.uniform(-20, 20), 2),
        }
    )
    b.decoy("virtual camera yaw/pitch")
    b.no_content()
    return b.build()
