"""Deezer: her podcast listening on the way to the practice (earbuds in).

The app's gateway takes `log.listen` calls after each episode chunk (media id,
`ts_listen`, listened time `lt`, context `ctxt`) and serves her "Reprendre
l'écoute" episodes. Search and the podcast charts are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, ua

GW = "https://www.deezer.com/ajax/gw-light.php"
UA = ua("Deezer", "7.0.48.2")
EPISODES = [("654871239", "Les Pieds sur terre"), ("655002117", "Transfert"),
            ("654993410", "Méta de choc"), ("655120334", "La Méthode scientifique")]  # fmt: skip


def _b(c: Context, method_name: str, http: str = "POST") -> FB:
    b = FB(c, "deezer", http, GW)
    b.param("method", method_name)
    b.param("input", "3")
    b.param("api_version", "1.0")
    b.param("api_token", new_hex(c.rng, 32))
    b.header("user-agent", UA)
    return b


def log_listen(c: Context) -> Flow:
    eid, show = c.rng.choice(EPISODES)
    b = _b(c, "log.listen")
    b.view("json params.media.id + ts_listen + lt (listened seconds)")
    b.json(
        {
            "params": {
                "media": {"id": eid, "type": "episode", "format": "MP3_128"},
                "type": 1,
                "stat": {"seek": c.rng.randint(0, 2), "pause": c.rng.randint(0, 3), "sync": 1},
                "lt": c.rng.randint(60, 2400),
                "ctxt": {"t": "talk_show_page", "id": show},
                "ts_listen": int(c.now),
                "is_shuffle": False,
            }
        }
    )
    b.ok_json({"error": [], "results": True})
    return b.build()


def resume_listening(c: Context) -> Flow:
    b = _b(c, "episode.getResumeListening", "POST")
    b.view("response results.data[] (episode id, offset, last listened)", direction="response")
    b.json({"start": 0, "nb": 10})
    b.ok_json(
        {
            "results": {
                "data": [
                    {
                        "EPISODE_ID": e,
                        "SHOW_NAME": s,
                        "OFFSET": c.rng.randint(30, 2000),
                        "LAST_LISTENED_TS": int(c.now) - c.rng.randint(600, 86400),
                    }
                    for e, s in c.rng.sample(EPISODES, 2)
                ]
            }
        }
    )
    return b.build()


def user_data(c: Context) -> Flow:
    b = _b(c, "deezer.getUserData")
    b.form(
        [
            ("device_id", b.id("deezer_device", where="form device_id")),
            ("android_id", b.id("aid_deezer", where="form android_id")),
            ("user", b.acct("deezer_user")),
        ]
    )
    b.ok_json({"results": {"USER": {"USER_ID": b.acct("deezer_user")}, "SERVER_TIMESTAMP": ms(c)}})
    return b.build()


def podcast_charts(c: Context) -> Flow:
    b = _b(c, "page.get", "POST")
    b.decoy("podcast charts (ranking over all listeners, aggregate)")
    b.json({"page": "channels/podcasts", "version": "2.5"})
    b.ok_json(
        {
            "results": {
                "sections": [
                    {
                        "title": "Top podcasts",
                        "items": [
                            {"id": e, "title": s, "score": rf(c.rng, 0, 1)} for e, s in EPISODES
                        ],
                    }
                ]
            }
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "search.music", "POST")
    b.decoy("search query and results")
    b.json({"query": c.rng.choice(["kiné", "sommeil", "course à pied"]), "filter": "ALL"})
    b.ok_json({"results": {"data": [{"id": e, "title": s} for e, s in EPISODES[:2]]}})
    return b.build()
