"""Her podcast app: listening history syncs (sensitive) among feed and
episode-download decoys.

The episode sync follows the gpodder.net API 2 episode actions
(`POST /api/2/episodes/{username}.json`, a list of {podcast, episode, action:
"play", started, position, total, timestamp}; gpoddernet docs,
gpoddernet.readthedocs.io "Episode Actions API"). The app's install id goes
as `device` there (gpodder's device id, a per-install device identifier).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, rid, ua

API = "https://gpodder.net"
FEEDS = [("https://feeds.example-podcasts.net/crewroom.xml", "ep-41.mp3"),
         ("https://feeds.example-podcasts.net/jetlag-diaries.xml", "s2e07.mp3"),
         ("https://rss.example-audio.org/facing-fears.xml", "e112.mp3")]  # fmt: skip
UA = ua("Podkast", "5.5", "88")


def episode_actions(c: Context) -> Flow:
    b = FB(c, "podkast", "POST", f"{API}/api/2/episodes/{c.phone.pod_user}.json")
    b.header("user-agent", UA)
    acts = []
    for feed, ep in c.rng.sample(FEEDS, c.rng.randint(1, 2)):
        total = c.rng.randint(1200, 4000)
        pos = c.rng.randint(60, total)
        acts.append(
            {
                "podcast": feed,
                "episode": feed.rsplit("/", 1)[0] + "/media/" + ep,
                "device": c.phone.pod_install,
                "action": "play",
                "started": max(0, pos - c.rng.randint(60, 900)),
                "position": pos,
                "total": total,
                "timestamp": iso(c)[:19],
            }
        )
    b.json(acts)
    b.view("gpodder episode actions: play with position/total")
    b.other_id("pod_install", "json [].device (gpodder device id)")
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def history_pull(c: Context) -> Flow:
    b = FB(c, "podkast", "GET", f"{API}/api/2/episodes/{c.phone.pod_user}.json")
    b.header("user-agent", UA)
    b.param("since", str(int(c.now) - 604800))
    feed, ep = c.rng.choice(FEEDS)
    b.ok_json(
        {
            "actions": [
                {
                    "podcast": feed,
                    "episode": ep,
                    "action": "play",
                    "position": c.rng.randint(1, 3000),
                    "total": 3600,
                    "timestamp": iso(c)[:19],
                }
            ],
            "timestamp": int(c.now),
        }
    )
    b.view("response: episode play actions with positions", direction="response")
    return b.build()


def feed_fetch(c: Context) -> Flow:
    feed, _ = c.rng.choice(FEEDS)
    b = FB(c, "podkast", "GET", feed, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("if-none-match", '"' + rid(c.rng)[:18] + '"')
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{feed}</title>'
    rss += (
        '<item><title>Episode</title><enclosure url="x.mp3" length="1" type="audio/mpeg"/></item>'
    )
    b.respond(200, "application/rss+xml", (rss + "</channel></rss>").encode())
    b.decoy("RSS feed fetch (a subscription catalogue, not a listen log)")
    return b.build()


def download(c: Context) -> Flow:
    feed, ep = c.rng.choice(FEEDS)
    b = FB(c, "podkast", "GET", feed.rsplit("/", 1)[0] + "/media/" + ep, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", fake_mp4(c.rng.randint(0, 10**6), 600))
    b.decoy("episode audio download")
    return b.build()
