"""Podnook: a podcast player with cross-device sync.

The sync API follows the shape podcast apps publicly document (episode uuid,
`playedUpTo` seconds, `playingStatus`); listening-time stats go in a compact
protobuf nobody reads without the schema. Feeds and audio downloads (through
Podtrac's measurement prefix) are fetches, the charts an aggregate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.podnook.example"
PODTRAC = "https://dts.podtrac.com"
UA = ua("Podnook", "7.74")
EPISODES = [
    ("The Rest Is History", "486. The Siege of Leningrad"),
    ("Desert Island Discs", "Sir Ian McKellen"),
    ("Football Weekly", "Leeds go top"),
    ("The News Agents", "Budget special"),
    ("Off Menu", "Ep 241: Nish Kumar"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "podnook", method, url)
    b.header("user-agent", UA)
    b.header("x-device-uuid", b.id("pod_device_uuid", where="header x-device-uuid"))
    return b


def sync_episodes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/update_episodes")
    b.view("json episodes[] uuid + playedUpTo + playingStatus")
    b.json(
        {
            "deviceType": 2,
            "episodes": [
                {
                    "uuid": rid(c.rng),
                    "podcast": show,
                    "title": title,
                    "playedUpTo": c.rng.randint(0, 5400),
                    "playingStatus": c.rng.choice([2, 2, 3]),
                    "playedUpToModified": ms(c),
                }
                for show, title in c.rng.sample(EPISODES, c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def listening_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/user/history?limit=20")
    b.view("response json episodes[] (listening history)", direction="response")
    b.ok_json(
        {
            "episodes": [
                {"podcastTitle": s, "title": t, "listenedAt": iso(c), "playedUpTo": 1200}
                for s, t in EPISODES
            ]
        }
    )
    return b.build()


def stats_protobuf(c: Context) -> Flow:
    """Listening seconds per episode, protobuf with numbered fields only."""
    b = _b(c, "POST", f"{API}/s/v2")
    b.view("protobuf field 1 rows (episode uuid, seconds, ts)", detectable=False)
    rows = b"".join(
        pb_msg(
            1, [pb_bytes(1, rid(c.rng)), pb_varint(2, c.rng.randint(30, 4000)), pb_varint(3, ms(c))]
        )
        for _ in range(c.rng.randint(1, 4))
    )
    b.set_body(rows + pb_varint(9, 2), "application/x-protobuf")
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/podcast/full/{rid(c.rng)}")
    b.ok_json(
        {
            "podcast": {
                "title": c.rng.choice(EPISODES)[0],
                "episodes": [{"title": t, "duration": 3100} for _, t in EPISODES],
            }
        }
    )
    return b.build()


def audio_download(c: Context) -> Flow:
    b = FB(
        c,
        "podtrac",
        "GET",
        f"{PODTRAC}/pts/redirect.mp3/audio.example-host.com/{new_hex(c.rng, 12)}.mp3",
    )
    b.header("user-agent", UA)
    b.decoy("episode audio download through a measurement prefix: fetching a file")
    b.respond(302, None, headers=[("location", "https://audio.example-host.com/ep.mp3")])
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/discover/charts?region=gb")
    b.decoy("top podcast chart with play counts: an aggregate over all listeners")
    b.ok_json(
        {
            "chart": [
                {"title": s, "rank": i + 1, "plays": c.rng.randint(10**4, 10**6)}
                for i, (s, _) in enumerate(EPISODES)
            ]
        }
    )
    return b.build()
