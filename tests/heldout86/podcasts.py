"""Her OWN podcast listening: Pocket Casts' sync API and an AntennaPod gpodder
sync. Truly sensitive (viewing_history): what she listened to and how far.

Pocket Casts (Automattic): POST api.pocketcasts.com/sync/update_episode with
uuid, podcast, position, duration, status (EpisodeSyncRequest in
Automattic/pocket-casts-android, status 1 unplayed / 2 in progress / 3 done);
/up_next/list with version, model, serverModified (queue, no positions).
gpodder.net API 2 episode actions (gpoddernet.readthedocs.io, events): podcast,
episode, guid, action "play", timestamp, started, position, total.
Decoys: RSS feed fetches, episode downloads, iTunes podcast search.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.labelled import ms

from .phone import FB, ua

PC = "https://api.pocketcasts.com"
FEEDS = [
    ("https://feeds.example-podcast.it/il-mondo.xml", "il-mondo"),
    ("https://rss.example-audio.mt/malta-talks.xml", "malta-talks"),
    ("https://feeds.example-podcast.it/indagini.xml", "indagini"),
]


def _pc(c: Context, path: str) -> FB:
    b = FB(c, "pocketcasts", "POST", f"{PC}{path}")
    b.header("authorization", "Bearer " + c.phone.pod_token)
    b.header("user-agent", "Pocket Casts/7.74 (Android 14)")
    return b


def pc_update_episode(c: Context) -> Flow:
    b = _pc(c, "/sync/update_episode")
    dur = c.rng.randint(1200, 4200)
    pos = c.rng.randint(30, dur)
    status = 3 if pos > dur - 60 else 2
    b.json(
        {
            "uuid": new_uuid(c.rng),
            "podcast": new_uuid(c.rng),
            "position": pos,
            "duration": dur,
            "status": status,
        }
    )
    b.view("body.json.position")
    b.ok_json({})
    return b.build()


def pc_up_next(c: Context) -> Flow:
    b = _pc(c, "/up_next/list")
    b.json({"version": 2, "model": "phone", "serverModified": str(ms(c)), "showPlayStatus": False})
    eps = [
        {"uuid": new_uuid(c.rng), "title": f"Episodio {i}", "url": f"{f}?e={i}"}
        for i, (f, _s) in enumerate(FEEDS)
    ]
    b.ok_json({"episodes": eps, "serverModified": ms(c)})
    b.decoy("up-next queue (episodes she plans to hear, no positions)")
    return b.build()


def gpodder_actions(c: Context) -> Flow:
    url = "https://gpodder.net/api/2/episodes/giuliac.json"
    b = FB(c, "gpodder", "POST", url, http_version="HTTP/1.1")
    b.header("user-agent", "AntennaPod/3.5.0")
    acts = []
    for feed, slug in c.rng.sample(FEEDS, c.rng.randint(1, 2)):
        total = c.rng.randint(900, 3600)
        start = c.rng.randint(0, total // 2)
        acts.append(
            {
                "podcast": feed,
                "episode": f"https://media.example-podcast.it/{slug}/{c.rng.randint(1, 90)}.mp3",
                "guid": f"{slug}-{c.rng.randint(1000, 9999)}",
                "action": "play",
                "timestamp": f"2024-11-1{c.rng.randint(0, 9)}T0{c.rng.randint(6, 9)}:12:00",
                "started": start,
                "position": c.rng.randint(start, total),
                "total": total,
            }
        )
    b.json(acts)
    b.view("body.json[].action=play")
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def feed_fetch(c: Context) -> Flow:
    feed, _slug = c.rng.choice(FEEDS)
    b = FB(c, "podcatcher", "GET", feed, http_version="HTTP/1.1")
    b.header("user-agent", ua("AntennaPod", "3.5.0"))
    xml = (
        b"<?xml version='1.0'?><rss><channel><title>Feed</title>"
        b"<item><enclosure length='1' /><itunes:duration>00:42:10</itunes:duration>"
        b"</item></channel></rss>"
    )
    b.respond(200, "application/rss+xml", xml)
    b.decoy("RSS feed fetch (episode durations in the catalogue)")
    return b.build()


def episode_download(c: Context) -> Flow:
    _feed, slug = c.rng.choice(FEEDS)
    url = f"https://media.example-podcast.it/{slug}/{c.rng.randint(1, 90)}.mp3"
    b = FB(c, "podcatcher", "GET", url, http_version="HTTP/1.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(600)))
    b.decoy("episode audio download (fetching media is not history)")
    return b.build()


def itunes_search(c: Context) -> Flow:
    term = c.rng.choice(["radio locale", "malta history", "true crime italia"])
    b = FB(
        c,
        "itunes",
        "GET",
        "https://itunes.apple.com/search",
        [("term", term), ("media", "podcast"), ("country", "IT")],
    )
    b.ok_json({"resultCount": 1, "results": [{"collectionName": term.title(), "trackCount": 40}]})
    b.decoy("podcast directory search")
    return b.build()
