"""The admin's podcast player on the commute (Pocket Casts).

From the open-source Pocket Casts Android app (Automattic/pocket-casts-android,
servers/sync EpisodeSyncRequest: POST api.pocketcasts.com/sync/update_episode
with uuid, podcast, position, duration, status 1/2/3) and community clients of
its API (POST /user/history -> episodes with playedUpTo, playingStatus,
podcastUuid, title; /user/podcast/list). Position syncs and the listening
history are TRUE viewing history (podcasts count); discover pages, show-notes,
episode downloads and the up-next queue without progress are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from .phone import FB, iso

API = "https://api.pocketcasts.com"
SHOWS = [
    ("The Tech Tonic", 2700),
    ("Irish Tech News Podcast", 1900),
    ("Darknet Diaries", 3600),
    ("Blindboy Podcast", 4200),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pocketcasts", method, url)
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    b.header("user-agent", "Pocket Casts/7.74 (Android 14)")
    return b


def update_episode(c: Context) -> Flow:
    _, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/sync/update_episode")
    b.json(
        {
            "uuid": new_uuid(c.rng),
            "podcast": new_uuid(c.rng),
            "position": c.rng.randint(10, dur),
            "duration": dur,
            "status": c.rng.choice([2, 2, 3]),
        }
    )
    b.view("body: episode uuid + podcast + position (listen progress sync)")
    b.ok_json({})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/user/history")
    b.json({"version": 1})
    eps = [
        {
            "uuid": new_uuid(c.rng),
            "title": f"Episode {c.rng.randint(50, 400)}",
            "podcastUuid": new_uuid(c.rng),
            "podcastTitle": t,
            "duration": d,
            "playedUpTo": c.rng.randint(60, d),
            "playingStatus": c.rng.choice([2, 3]),
            "published": iso(c),
        }
        for t, d in c.rng.sample(SHOWS, 3)
    ]
    b.ok_json({"episodes": eps})
    b.view("response: listening history with playedUpTo", direction="response")
    return b.build()


def discover(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "GET", "https://lists.pocketcasts.com/ie/trending.json")
    b.ok_json(
        {
            "title": "Trending",
            "podcasts": [
                {"uuid": new_uuid(c.rng), "title": t, "author": "various"} for t, _ in SHOWS
            ],
        }
    )
    b.decoy("discover list (catalogue)")
    return b.build()


def download(c: Context) -> Flow:
    b = FB(
        c,
        "podcast-cdn",
        "GET",
        f"https://traffic.megaphone.example/EP{new_hex(c.rng, 10).upper()}.mp3",
    )
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + c.rng.randbytes(600))
    b.decoy("episode audio download (a media fetch, not a report)")
    return b.build()


def up_next(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/up_next/list")
    b.json({"version": 2, "model": "SM-S911B", "showPlayStatus": False})
    b.ok_json(
        {
            "episodes": [
                {
                    "uuid": new_uuid(c.rng),
                    "title": f"Episode {c.rng.randint(50, 400)}",
                    "podcast": new_uuid(c.rng),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("up-next queue without progress (what is queued, not what was listened to)")
    return b.build()


def login(c: Context) -> Flow:
    """The admin's personal account e-mail at sign-in (a contact carrier, in known.yaml)."""
    b = FB(c, "pocketcasts", "POST", f"{API}/user/login_pocket_casts")
    b.header("user-agent", "Pocket Casts/7.74 (Android 14)")
    b.json(
        {
            "email": b.id("email", where="body.email"),
            "password": new_hex(c.rng, 16),
            "scope": "mobile",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 64), "uuid": new_uuid(c.rng), "email": "(echoed)"})
    return b.build()
