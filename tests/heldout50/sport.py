"""Zone Match, a sports app on the Apple TV: live-game heartbeats to its own
backend, score and standings polls (numeric series, decoys), and its push
registration.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz

from .phone import FB, iso, ms, rid, tv_ua

API = "https://live.zonematch.ca"
GAMES = ["NHL-2024-MTL-TOR-0117", "NHL-2024-OTT-QC-0118", "CFL-2024-MTL-HAM-0020", "MLS-CFM-TFC-7"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "zonematch", method, API + path)
    b.header("user-agent", tv_ua("ZoneMatch", "24.11"))
    b.header("x-zm-trace", rid(c.rng))
    return b


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/playback/heartbeat")
    b.json(
        {
            "streamId": c.rng.choice(GAMES),
            "isLive": True,
            "liveOffsetSec": c.rng.randint(0, 60),
            "watchedSec": c.rng.randint(30, 9000),
            "bitrate": c.rng.choice([4500, 8000, 12000]),
            "sessionId": rid(c.rng),
            "clientTs": ms(c),
        }
    )
    b.view("json:streamId+watchedSec (live heartbeat)")
    b.ok_json({"next": 30})
    return b.build()


def vod_events_gz(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/analytics/batch")
    events = [
        {
            "evt": e,
            "asset": c.rng.choice(GAMES) + "-HL",
            "pos": c.rng.randint(0, 600),
            "at": iso(c),
        }
        for e in ("media_start", "media_progress_25", "media_progress_50")
    ]
    b.set_body(gz(__import__("json").dumps({"events": events}).encode()), "application/json")
    b.header("x-body-encoding", "gzip")
    b.view("gzip json:events[].evt=media_*+asset+pos")
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/scores")
    b.param("league", c.rng.choice(["nhl", "cfl", "mls"]))
    b.ok_json(
        {
            "games": [
                {"id": g, "home": c.rng.randint(0, 6), "away": c.rng.randint(0, 6), "period": 3}
                for g in GAMES
            ]
        }
    )
    b.decoy("live scores")
    return b.build()


def shot_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/games/{c.rng.choice(GAMES)}/shots")
    shots = [
        [round(c.rng.uniform(-100, 100), 1), round(c.rng.uniform(-42, 42), 1)] for _ in range(30)
    ]
    b.ok_json({"xy": shots, "xg": [round(c.rng.random(), 3) for _ in range(30)]})
    b.decoy("shot coordinates and expected-goal series")
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/notifications/register")
    b.json(
        {
            "apnsToken": b.id("sport_push_dev", where="json:apnsToken"),
            "deviceVendorId": b.id("idfv_sport", where="json:deviceVendorId"),
            "teams": ["MTL", "CFM"],
            "member": b.acct("sport_user"),
        }
    )
    b.ok_json({"subscribed": 2})
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/s")
    b.json(
        {
            "d": bytes(c.rng.randrange(256) for _ in range(48)).hex(),
            "x": b.id(
                "idfv_sport", how="sha1", where="json:x (sha1, meaningless key)", detectable=False
            ),
        }
    )
    b.no_content()
    return b.build()
