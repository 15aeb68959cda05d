"""Maidan Sports: a cricket and football streamer (Afghan cricket, IPL, Premier League).

The player sends a heartbeat with the match and stream position; a tracking
pixel sends the same as single-letter query keys. Ball-by-ball scorecards,
wagon-wheel coordinates and the live "watching now" count are not anyone's
viewing history. The concurrency check names the phone (its ANDROID_ID).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.maidansports.example"
UA = ua("MaidanSports", "3.4.0")
MATCHES = ["AFG-v-PAK-T20", "AFG-v-IND-ODI", "KBL-EAGLES-v-BAND-E-AMIR", "ESTEGHLAL-v-PERSEPOLIS"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "maidan", method, url)
    b.header("user-agent", UA)
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/playback/heartbeat")
    b.view("json matchId / streamPositionSec / event=heartbeat")
    b.json(
        {
            "deviceId": b.id("aid_maidan", where="json deviceId"),
            "matchId": c.rng.choice(MATCHES),
            "event": c.rng.choice(["heartbeat", "play", "pause"]),
            "streamPositionSec": c.rng.randint(10, 14000),
            "live": True,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def pixel(c: Context) -> Flow:
    b = _b(c, "GET", "https://px.maidansports.example/b.gif")
    b.view("query e/m/s single letters: event, match, second", detectable=False)
    for k, v in (
        ("e", str(c.rng.randint(1, 4))),
        ("m", str(c.rng.randint(1000, 9999))),
        ("s", str(c.rng.randint(10, 14000))),
        ("t", str(ms(c))),
    ):
        b.param(k, v)
    b.respond(
        200,
        "image/gif",
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
    )
    return b.build()


def concurrency(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/entitlement/concurrency")
    b.json(
        {
            "device_id": b.id("aid_maidan", where="json device_id"),
            "plan": "season_pass",
            "requestedAt": iso(c),
        }
    )
    b.ok_json({"allowed": True, "activeStreams": 1, "max": 2})
    return b.build()


def scorecard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/match/{c.rng.choice(MATCHES)}/balls?over={c.rng.randint(1, 20)}")
    b.decoy("ball-by-ball scorecard with wagon-wheel x,y coordinates")
    balls = [
        {
            "ball": i,
            "runs": c.rng.choice([0, 1, 4, 6]),
            "wagon": [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)],
            "speed_kph": rf(c.rng, 110, 148, 1),
        }
        for i in range(1, 7)
    ]
    b.ok_json({"balls": balls, "batsman": "Rahmanullah Gurbaz"})
    return b.build()


def watching_now(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/match/{c.rng.choice(MATCHES)}/stats")
    b.decoy("concurrent viewers of a match: an aggregate over all viewers")
    b.ok_json(
        {"watchingNow": c.rng.randint(10**4, 10**6), "peakViewers": c.rng.randint(10**5, 10**7)}
    )
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "maidan",
        "GET",
        f"https://live.maidansports.example/afg/1080/seg{c.rng.randint(10000, 99999)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
