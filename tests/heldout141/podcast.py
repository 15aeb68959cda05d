"""Porchlight Podcasts (Galaxy): subscriptions, downloads, and progress sync.

Episode progress is synced the way podcast apps do it (episode uuid,
`playedUpTo` seconds, `playingStatus`), and Amplitude gets `Episode Played`
events: both are listening history. A third path batches the same progress as
base64 of gzip under `b` (opaque). RSS feeds, enclosure downloads and the
charts (aggregate ranks) are not history.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from . import sdkwire
from .phone import FB, android_ua, iso, rid

API = "https://sync.porchlight.example"
UA = android_ua("Porchlight", "7.61")
SHOWS = ["The Daily", "Ohio Valley ReSource", "SmartLess", "Crime Junkie", "Planet Money"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "porchlight", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def sync_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/update_episode")
    b.view("json uuid + podcast + playedUpTo + playingStatus")
    b.json(
        {
            "uuid": rid(c.rng),
            "podcast": c.rng.choice(SHOWS),
            "playedUpTo": c.rng.randint(30, 4000),
            "duration": 4200,
            "playingStatus": c.rng.choice([2, 3]),
            "modifiedAt": iso(c),
            "deviceType": 2,
            "androidId": b.id("aid_podcast", where="json androidId"),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def listen_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/user/history?limit=20")
    b.view("response json episodes[] (title, playedUpTo, listenedAt)", direction="response")
    b.ok_json(
        {
            "episodes": [
                {
                    "uuid": rid(c.rng),
                    "podcastTitle": s,
                    "playedUpTo": c.rng.randint(60, 3000),
                    "listenedAt": iso(c),
                }
                for s in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def amplitude_played(c: Context) -> Flow:
    props = {
        "podcast_title": c.rng.choice(SHOWS),
        "episode_uuid": rid(c.rng),
        "seconds_listened": c.rng.randint(30, 1800),
        "playback_speed": 1.2,
    }
    return sdkwire.amplitude(c, "podcast", "Episode Played", props, "aid_podcast", True)


def amplitude_ui(c: Context) -> Flow:
    props = {"screen": c.rng.choice(["discover", "settings", "search"])}
    return sdkwire.amplitude(c, "podcast", "Screen Viewed", props, "aid_podcast", False)


def batch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("json b = base64(gzip(episode rows)) (opaque)", detectable=False)
    rows = [[rid(c.rng)[:8], c.rng.randint(30, 3000), 3] for _ in range(c.rng.randint(1, 4))]
    b.json({"b": b64(gz(json.dumps(rows).encode())), "n": len(rows)})
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    b = FB(c, "rss", "GET", f"https://feeds.example-podhost.com/{c.rng.randint(1000, 9999)}/rss")
    b.header("user-agent", UA)
    b.decoy("RSS feed with episode durations (catalogue)")
    items = "".join(
        f"<item><title>Ep {i}</title><itunes:duration>00:4{i}:10</itunes:duration></item>"
        for i in range(4)
    )
    b.respond(200, "application/rss+xml", f"<rss><channel>{items}</channel></rss>".encode())
    return b.build()


def download(c: Context) -> Flow:
    b = FB(c, "podcdn", "GET", f"https://audio.example-podhost.com/ep/{rid(c.rng)}.mp3")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + c.rng.randbytes(300))
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/discover/charts?region=us")
    b.decoy("top-podcast charts with listener counts (aggregate)")
    b.ok_json(
        {
            "charts": [
                {"rank": i + 1, "title": s, "listeners": c.rng.randint(10**5, 10**7)}
                for i, s in enumerate(SHOWS)
            ]
        }
    )
    return b.build()
