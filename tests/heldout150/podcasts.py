"""Pocket Casts on the manager's phone (night-shift listening).

Episode sync reports the position and play status of an episode (listening
history); the history endpoint answers with what was played (viewing history
in the response). Podcast search, discover lists and episode artwork are
ordinary. Body shapes follow the app's open-source client; values are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ua

API = "https://api.pocketcasts.com"
UA = ua("Pocket Casts", "7.71")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pocketcasts", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_uuid(c.rng).replace("-", ""))
    return b


def update_episode(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/update_episode")
    b.view("json uuid + position + status")
    b.json(
        {
            "uuid": new_uuid(c.rng),
            "podcast": new_uuid(c.rng),
            "position": str(c.rng.randint(30, 4000)),
            "status": c.rng.choice([2, 3]),
            "duration": str(c.rng.randint(1800, 5400)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/user/history")
    b.view("response json episodes[] (playedUpTo, modified)", direction="response")
    b.json({"version": "2"})
    b.ok_json(
        {
            "episodes": [
                {"uuid": new_uuid(c.rng), "title": t, "playedUpTo": c.rng.randint(60, 3000),
                 "playingStatus": 3, "modified": iso(c)}
                for t in ("Fumaça #112", "O Último Apaga a Luz", "Expresso da Meia-Noite")
            ]
        }
    )  # fmt: skip
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/discover/search")
    b.decoy("podcast search results")
    b.json({"term": c.rng.choice(["hotelaria", "true crime", "lisboa"])})
    b.ok_json({"podcasts": [{"uuid": new_uuid(c.rng), "title": "Hotelaria Hoje"}]})
    return b.build()


def discover(c: Context) -> Flow:
    b = FB(
        c, "pocketcasts", "GET", "https://static.pocketcasts.com/discover/android/content_v2.json"
    )
    b.header("user-agent", UA)
    b.decoy("discover lists: trending and most-played charts (aggregates)")
    b.ok_json({"layout": [{"title": "Trending", "source": "trending.json", "type": "list"}]})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(
        c,
        "pocketcasts",
        "GET",
        f"https://static.pocketcasts.com/discover/images/280/{new_uuid(c.rng)}.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
