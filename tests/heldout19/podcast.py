"""A podcast and radio app ("Airwave"), all in-house backends.

Episode progress sync (form body), listening sessions (protobuf batch, field
names unknown on the wire: detectable=False), a JSON "listens" log with
snake_case keys, live radio now-playing (benign) and feed refreshes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://sync.airwave-example.co.uk"
UA = ua("Airwave", "7.3.1")
EPISODES = [
    ("ep_88231", "The Rest Is History", "Episode 512: The Tudors"),
    ("ep_91004", "Desert Island Discs", "Dame Judi Dench"),
    ("ep_77310", "In Our Time", "The Corn Laws"),
    ("ep_90122", "Football Weekly", "Title race heats up"),
]


def progress(c: Context) -> Flow:
    eid = c.rng.choice(EPISODES)[0]
    b = FB(c, "airwave", "POST", f"{API}/api/v2/episodes/progress")
    b.header("user-agent", UA)
    b.form(
        [
            ("episode_guid", eid),
            ("played_up_to", str(c.rng.randint(10, 3600))),
            ("duration", "3720"),
            ("playing_status", c.rng.choice(["1", "2", "3"])),
            ("device", b.id("aid_pod", where="form.device")),
        ]
    )
    b.view("form.played_up_to+episode_guid")
    b.ok_json({"status": "ok"})
    return b.build()


def listens(c: Context) -> Flow:
    b = FB(c, "airwave", "POST", f"{API}/api/v2/listens")
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("pod_install", where="header.x-install-id"))
    rows = [
        {
            "episode_id": e,
            "podcast": s,
            "started_at": iso(c),
            "listened_secs": c.rng.randint(60, 2400),
            "speed": c.rng.choice([1.0, 1.25, 1.5]),
            "output": "bluetooth_a2dp",
        }
        for e, s, _ in c.rng.sample(EPISODES, 2)
    ]
    b.json({"user": b.acct("pod_user"), "listens": rows}, "gzip")
    b.view("body.listens[]")
    b.no_content()
    return b.build()


def session_pb(c: Context) -> Flow:
    eid = c.rng.choice(EPISODES)[0]
    b = FB(c, "airwave", "POST", f"{API}/rpc/ListeningService/Report")
    b.header("user-agent", UA)
    aid = b.id("aid_pod", how="protobuf", where="protobuf.1", detectable=False)
    body = pb_bytes(1, aid) + pb_msg(
        2,
        [pb_bytes(1, eid), pb_varint(2, c.rng.randint(0, 3600000)), pb_varint(3, ms(c))],
    )
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf.2", detectable=False)
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def radio_live(c: Context) -> Flow:
    st = c.rng.choice(["radio4", "6music", "lbc", "radio2"])
    b = FB(c, "airwave", "GET", f"https://live.airwave-example.co.uk/v1/stations/{st}/now")
    b.ok_json({"station": st, "now": {"title": "The Archers", "start": iso(c)}, "rid": rid(c.rng)})
    b.decoy("station schedule: now playing, not the user's listening")
    return b.build()


def feed(c: Context) -> Flow:
    _, show, _ = c.rng.choice(EPISODES)
    b = FB(c, "airwave", "GET", f"https://feeds.airwave-example.co.uk/rss/{show.replace(' ', '')}")
    b.respond(
        200, "application/rss+xml", f"<rss><channel><title>{show}</title></channel></rss>".encode()
    )
    b.decoy("podcast feed refresh")
    return b.build()
