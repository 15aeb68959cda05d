"""Balado+, a podcast and audiobook app on the iPad: listen logs, audiobook
position sync (Québécois French keys), episode downloads and chapter lists
(decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, pad_ua

API = "https://api.baladoplus.ca"
EPISODES = [
    "ep-8812-la-soiree",
    "ep-1203-histoire-qc",
    "ep-5540-tech-hebdo",
    "ep-77-true-crime-nord",
]
BOOKS = ["lv-9782764", "lv-9780385", "lv-9782890"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "baladoplus", method, API + path)
    b.header("user-agent", pad_ua("Balado", "7.4"))
    b.header("x-install-id", b.id("pod_install", where="header:x-install-id"))
    return b


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/listens")
    b.json(
        {
            "listens": [
                {
                    "episode_id": c.rng.choice(EPISODES),
                    "started_at": iso(c),
                    "seconds_listened": c.rng.randint(60, 3600),
                    "completed": c.rng.random() < 0.3,
                    "speed": c.rng.choice([1.0, 1.25, 1.5]),
                }
            ]
        }
    )
    b.view("json:listens[].episode_id+seconds_listened")
    b.ok_json({"saved": 1})
    return b.build()


def livre_position(c: Context) -> Flow:
    b = _b(c, "PATCH", f"/v1/bibliotheque/{c.rng.choice(BOOKS)}/signet")
    b.json(
        {
            "chapitre": c.rng.randint(1, 30),
            "positionMs": c.rng.randint(0, 2_400_000),
            "misAJour": ms(c),
            "ecouteComplete": False,
        }
    )
    b.view("path:bibliotheque/{livre}/signet + json:chapitre+positionMs")
    b.ok_json({"ok": True})
    return b.build()


def opaque_state(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/state")
    b.json({"s": b64(bytes(c.rng.randrange(256) for _ in range(160))), "ver": 11})
    b.view("json:s (encrypted listening state)", detectable=False)
    b.no_content()
    return b.build()


def download(c: Context) -> Flow:
    ep = c.rng.choice(EPISODES)
    b = FB(c, "baladoplus", "GET", f"https://cdn.baladoplus.ca/audio/{ep}.m4a")
    b.header("range", f"bytes=0-{c.rng.randint(10**5, 10**6)}")
    b.respond(206, "audio/mp4", bytes(c.rng.randrange(256) for _ in range(300)))
    b.decoy("episode file download")
    return b.build()


def chapters(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/episodes/{c.rng.choice(EPISODES)}/chapitres")
    b.ok_json({"chapitres": [{"debut": i * 600, "titre": f"Partie {i}"} for i in range(5)]})
    b.decoy("chapter marks of an episode (catalogue)")
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/palmares")
    b.param("region", "QC")
    b.ok_json(
        {
            "top": [
                {"id": e, "rang": i + 1, "ecoutes": 1000 - 37 * i} for i, e in enumerate(EPISODES)
            ]
        }
    )
    b.decoy("public charts with listen counts")
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me")
    b.ok_json({"id": b.acct("pod_user"), "prefs": js({"theme": "sombre"})})
    return b.build()
