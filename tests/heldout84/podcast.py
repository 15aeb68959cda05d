"""Her podcast app: Pocket Casts sync API (Automattic), as unofficial clients use it.

Endpoints seen in open-source clients of api.pocketcasts.com (POST /user/login,
POST /user/history, POST /sync/update_episode with uuid, podcast, position,
status; POST /up_next/list): episode play positions are her listening
history. Episode audio downloads and podcast search are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, rid, ua

API = "https://api.pocketcasts.com"


def _b(c: Context, path: str) -> FB:
    b = FB(c, "pocketcasts", "POST", API + path)
    b.header("user-agent", ua("PocketCasts", "7.70"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def update_episode(c: Context) -> Flow:
    b = _b(c, "/sync/update_episode")
    b.json(
        {
            "uuid": rid(c.rng),
            "podcast": rid(c.rng),
            "position": str(c.rng.randint(30, 4000)),
            "status": c.rng.choice([2, 3]),
        }
    )
    b.view("json:uuid/podcast/position (episode listening position)")
    b.ok_json({"status": "ok"})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "/user/history")
    b.json({"version": "1"})
    eps = [
        {
            "uuid": rid(c.rng),
            "podcastUuid": rid(c.rng),
            "title": t,
            "playedUpTo": c.rng.randint(60, 3000),
            "duration": c.rng.randint(1800, 4000),
            "playingStatus": c.rng.choice([2, 3]),
            "published": f"2026-11-2{i}T00:00:00Z",
        }
        for i, t in enumerate(["The Daily Aus", "Stuff The British Stole", "Conversations"])
    ]
    b.ok_json({"episodes": eps})
    b.view("response json:episodes[].playedUpTo (her listening history)", direction="response")
    return b.build()


def audio_download(c: Context) -> Flow:
    b = FB(
        c,
        "podcast-cdn",
        "GET",
        f"https://traffic.omny.fm/d/clips/{rid(c.rng)}/{rid(c.rng)}/audio.mp3",
    )
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X; en_au)"
    )
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("podcast audio download with byte range")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "/discover/search")
    b.json({"term": c.rng.choice(["strength training", "nutrition", "te reo"])})
    b.ok_json({"podcasts": [{"uuid": rid(c.rng), "title": "Pod " + str(i)} for i in range(5)]})
    b.decoy("podcast search results")
    return b.build()
