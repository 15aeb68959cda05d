"""Kolot (fictional podcast / audiobook app, IL/GR/CZ catalogue): listening
progress, bookmarks, a listen log, and a recommendation embedding decoy.

Podcast episodes are keyed by their RSS <guid> and enclosure URL; episode
play actions follow the gpodder.net Episode Actions API (POST
/api/2/episodes/{user}.json, objects with podcast, episode, guid, action,
started, position, total, timestamp; gpodder.net API docs), which sync
servers such as Nextcloud gPodder Sync also speak. The rest of the API is the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, floats, iso, ms, rid, ua

API = "https://sync.kolot.app"
BOOKS = [("Sipur Pashut", "bk-1009"), ("Ο Καπετάν Μιχάλης", "bk-2211"), ("Babička", "bk-3302")]
PODS = [
    ("Osim Historia", "https://feeds.osimhistoria.example/rss"),
    ("Dobré ráno", "https://feeds.dobre.example/rss"),
]
UA = ua("Kolot", "7.1.0", "710")


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "audio", method, API + path, params)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def audiobook_position(c: Context) -> Flow:
    title, bid = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"/v2/library/{bid}/position")
    b.json(
        {
            "chapter": c.rng.randint(1, 30),
            "positionMs": c.rng.randint(0, 3_000_000),
            "playbackSpeed": c.rng.choice([1.0, 1.25, 1.5]),
            "updatedAt": iso(c),
            "title": title,
        }
    )
    b.view("body.positionMs/chapter (audiobook)")
    b.no_content()
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.audio_user)


def episode_played(c: Context) -> Flow:
    name, feed = c.rng.choice(PODS)
    b = _b(c, "POST", f"/api/2/episodes/{b_user(c)}.json")
    ep = c.rng.randint(1, 300)
    guid = f"tag:{name.replace(' ', '').lower()},{c.rng.randint(2019, 2024)}:ep{ep}"
    acts = [
        {
            "podcast": feed,
            "episode": f"{feed.rsplit('/', 1)[0]}/ep{c.rng.randint(1, 300)}.mp3",
            "guid": guid,
            "action": "play",
            "started": c.rng.randint(0, 600),
            "position": c.rng.randint(600, 3600),
            "total": 3600,
            "timestamp": iso(c),
        }
    ]
    b.json(acts)
    b.view("body[].position (gpodder episode action)")
    b.ok_json({"timestamp": ms(c) // 1000})
    return b.build()


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/analytics/listen")
    b.json(
        {
            "deviceId": b.id("idfv_audio", where="body.deviceId"),
            "sessions": [
                {
                    "itemId": c.rng.choice(BOOKS)[1],
                    "secondsListened": c.rng.randint(30, 1800),
                    "startedAt": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.view("body.sessions[].secondsListened")
    b.no_content()
    return b.build()


def bookmark(c: Context) -> Flow:
    _title, bid = c.rng.choice(BOOKS)
    b = _b(c, "POST", "/v2/bookmarks")
    b.json({"bookId": bid, "offsetMs": c.rng.randint(0, 3_000_000), "note": "ציטוט יפה"})
    b.view("body.bookId/offsetMs (bookmark)")
    b.ok_json({"id": c.rng.randint(1000, 99999)})
    return b.build()


def recommend_vector(c: Context) -> Flow:
    """A taste embedding for recommendations: a float vector, nothing about a face."""
    b = _b(c, "POST", "/v2/recs/score")
    b.json({"tasteVector": floats(c.rng, 32), "k": 20, "requestId": rid(c.rng)})
    b.ok_json({"items": [x[1] for x in BOOKS]})
    b.decoy("taste embedding float vector (no face context)")
    return b.build()


def chapter_download(c: Context) -> Flow:
    _, bid = c.rng.choice(BOOKS)
    b = FB(c, "audio", "GET", f"https://cdn.kolot.app/a/{bid}/ch{c.rng.randint(1, 30):02d}.m4a")
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 500000)}-")
    b.respond(206, "audio/mp4", c.rng.randbytes(500))
    b.decoy("audio chunk download")
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/push")
    b.json(
        {
            "apnsToken": b.acct("apns_token"),
            "vendorId": b.id("idfv_audio", where="body.vendorId"),
            "locale": "he_IL",
        }
    )
    b.no_content()
    return b.build()
