"""Kickoff (a football app with live streams), Airwaves (radio / podcasts) and
Pagebound (audiobooks): heartbeats, listen logs and position syncs, in-house
formats with our own key names; decoys are scores, pitch coordinates,
schedules and catalogue pages.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

MATCHES = ["EPL-2024-0412", "LOI-2024-0188", "EPL-2024-0419"]
EPISODES = ["p0jx7w2k", "p0jz1m9q", "p0k0b4tn", "live:radio4"]
BOOKS = ["B0CX91QZ2L", "B0D3KKF7M1", "B0BRT8H2VX"]


def live_heartbeat(c: Context) -> Flow:
    b = FB(c, "kickoff", "POST", "https://live.kickoff.example.com/api/stream/hb")
    b.view("body.matchId+streamPos")
    b.json(
        {
            "matchId": c.rng.choice(MATCHES),
            "streamPos": c.rng.randint(0, 6000),
            "quality": "1080p",
            "dvc": b.id("foot_device", where="body.dvc", detectable=False),
            "t": ms(c),
        }
    )
    b.header("user-agent", ua("Kickoff", "8.4.1"))
    b.ok_json({"continue": True})
    return b.build()


def highlights_watched(c: Context) -> Flow:
    b = FB(c, "kickoff", "POST", "https://live.kickoff.example.com/api/v2/clips/watched")
    b.view("body.watched")
    b.header("x-android-id", b.id("aid_foot", where="header.x-android-id"))
    b.json({"watched": [{"clipId": f"clip-{c.rng.randint(1000, 9999)}", "secs": 94}]})
    b.no_content()
    return b.build()


def match_events(c: Context) -> Flow:
    b = FB(c, "kickoff", "GET", f"https://api.kickoff.example.com/match/{c.rng.choice(MATCHES)}")
    b.decoy("match events, pitch x/y coordinates and scores")
    shots = [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(12)]
    b.ok_json({"score": [1, 2], "shotMap": shots, "possession": [48.2, 51.8]})
    return b.build()


def radio_listen(c: Context) -> Flow:
    b = FB(c, "airwaves", "POST", "https://rms.airwaves.example.co.uk/v1/listens")
    b.view("body.listens")
    b.json(
        {
            "listens": [
                {
                    "episode_pid": c.rng.choice(EPISODES),
                    "elapsed_s": c.rng.randint(0, 3500),
                    "action": c.rng.choice(["paused", "heartbeat", "ended"]),
                    "at": iso(c),
                }
            ],
            "install_id": b.id("radio_install", where="body.install_id"),
        }
    )
    b.no_content()
    return b.build()


def radio_recent(c: Context) -> Flow:
    b = FB(c, "airwaves", "GET", "https://rms.airwaves.example.co.uk/v1/my/recently-played")
    b.header("x-did", b.id("aid_radio", where="header.x-did", detectable=False))
    b.view("response.recently_played", direction="response")
    b.ok_json({"recently_played": [{"pid": e, "progress": 0.4} for e in EPISODES[:3]]})
    return b.build()


def radio_schedule(c: Context) -> Flow:
    b = FB(c, "airwaves", "GET", "https://rms.airwaves.example.co.uk/v1/schedules/radio4")
    b.decoy("programme schedule")
    b.ok_json({"broadcasts": [{"pid": e, "start": iso(c)} for e in EPISODES]})
    return b.build()


def book_position(c: Context) -> Flow:
    b = FB(c, "pagebound", "POST", "https://sync.pagebound.example.com/lastPositionHeard")
    b.view("body.lastPositionHeard")
    b.json(
        {
            "asin": c.rng.choice(BOOKS),
            "lastPositionHeard": {"chapter": c.rng.randint(1, 30), "positionMs": ms(c) % 10**7},
            "deviceSerial": b.id("aid_book", how="sha1", where="body.deviceSerial"),
        }
    )
    b.ok_json({"status": "SUCCESS"})
    return b.build()


def book_pb(c: Context) -> Flow:
    b = FB(c, "pagebound", "POST", "https://sync.pagebound.example.com/pb/annot")
    b.view("body (protobuf, numbered fields)", detectable=False)
    parts = [pb_bytes(1, c.rng.choice(BOOKS)), pb_varint(2, c.rng.randint(0, 10**7))]
    b.set_body(b"".join(parts), "application/x-protobuf")
    b.no_content()
    return b.build()


def book_catalogue(c: Context) -> Flow:
    b = FB(c, "pagebound", "GET", "https://api.pagebound.example.com/catalog/bestsellers")
    b.decoy("catalogue page, prices and ratings")
    b.ok_json(
        {"items": [{"asin": a, "price": 9.99, "rating": 4.6} for a in BOOKS], "rid": rid(c.rng)}
    )
    return b.build()


VIEW = [
    live_heartbeat,
    radio_listen,
    book_position,
    highlights_watched,
    radio_recent,
    book_pb,
    live_heartbeat,
    radio_listen,
]
BENIGN = [match_events, radio_schedule, book_catalogue]
