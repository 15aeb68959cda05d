"""Her own podcast LISTENING (truly sensitive): progress syncs from her player.

Real: the gpodder.net episode-actions API as the Nextcloud gpoddersync app
serves it (POST /index.php/apps/gpoddersync/episode_action/create, array of
{podcast, episode, guid, action: "PLAY", timestamp, started, position, total};
thrillfall/nextcloud-gpodder README); Pocket Casts' position sync
(POST api.pocketcasts.com/sync/update_episode, a protobuf
Api_UpdateEpisodeRequest with uuid, podcast, position, duration, status, as
Automattic/pocket-casts-ios PositionSyncTask builds it; field numbers here
are my own guess) and its up-next list. The URL path says what the protobuf
is; its listening-stats beacon is opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ua

NC = "https://cloud.vdmeer-privat.nl/index.php/apps/gpoddersync"
SHOWS = [
    ("https://feeds.example-podcast.nl/argos.xml", "argos-2026-11-21"),
    ("https://feeds.example-podcast.de/lage-der-nation.xml", "ldn-412"),
    ("https://feeds.example-podcast.de/hoerbuch-krimi.xml", "krimi-kap-07"),
]


def gpodder_actions(c: Context) -> Flow:
    b = FB(c, "gpodder", "POST", NC + "/episode_action/create")
    b.header("user-agent", ua("Podcastr", "3.6"))
    b.header("authorization", "Basic " + new_hex(c.rng, 24))
    acts = []
    for feed, guid in c.rng.sample(SHOWS, 2):
        total = c.rng.randint(1200, 4800)
        start = c.rng.randint(0, total - 300)
        acts.append(
            {
                "podcast": feed,
                "episode": feed.replace(".xml", f"/{guid}.mp3"),
                "guid": guid,
                "action": "PLAY",
                "timestamp": iso(c)[:19],
                "started": start,
                "position": start + c.rng.randint(60, 300),
                "total": total,
            }
        )
    b.json(acts)
    b.view("body[*].action=PLAY+position")
    b.ok_json({"timestamp": int(c.now)})
    return b.build()


def pocketcasts_position(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "POST", "https://api.pocketcasts.com/sync/update_episode")
    b.header("user-agent", ua("Pocket Casts", "7.60"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 60))
    dur = c.rng.randint(1200, 4800)
    body = (
        pb_bytes(1, new_uuid(c.rng))
        + pb_bytes(2, new_uuid(c.rng))
        + pb_varint(3, c.rng.randint(0, dur))
        + pb_varint(4, 2)
        + pb_varint(5, dur)
    )
    b.set_body(body, "application/octet-stream")
    b.view("path sync/update_episode + protobuf position")
    b.ok_json({})
    return b.build()


def pocketcasts_up_next(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "POST", "https://api.pocketcasts.com/up_next/list")
    b.header("user-agent", ua("Pocket Casts", "7.60"))
    b.json(
        {
            "version": 2,
            "model": "iphone",
            "serverModified": str(int(c.now * 1000)),
            "showPlayStatus": True,
        }
    )
    eps = [
        {
            "uuid": new_uuid(c.rng),
            "title": t,
            "podcast": new_uuid(c.rng),
            "playingStatus": 2,
            "playedUpTo": c.rng.randint(30, 3000),
            "duration": 3600,
        }
        for t in ("Argos: De verdwenen data", "Lage der Nation 412")
    ]
    b.ok_json({"episodes": eps, "serverModified": str(int(c.now * 1000))})
    b.view("response.episodes[*].playedUpTo", direction="response")
    return b.build()


def listen_beacon(c: Context) -> Flow:
    b = FB(c, "podcastr", "POST", "https://t.podcastr.app/e")
    b.header("user-agent", ua("Podcastr", "3.6"))
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(160)), "application/octet-stream")
    b.view("body (encrypted listening stats)", detectable=False)
    b.no_content()
    return b.build()


def discover(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "GET", "https://lists.pocketcasts.com/de/trending.json")
    b.header("user-agent", ua("Pocket Casts", "7.60"))
    b.ok_json(
        {"podcasts": [{"uuid": new_uuid(c.rng), "title": t} for t in ("Argos", "Lage der Nation")]}
    )
    b.decoy("trending podcasts list")
    return b.build()
