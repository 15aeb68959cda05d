"""Kuulaja (fictional Estonian audiobook + podcast app) with gpodder.net sync.

Real API: gpodder.net Episode Actions API v2, POST /api/2/episodes/{user}.json
with a list of {podcast, episode, device, action: play, timestamp, started,
position, total} (gpoddernet.readthedocs.io, "Episode Actions API"). The
"device" there is a name the user picks, not a hardware id.
In-house audiobook backend: Estonian keys (raamat = book, peatukk = chapter,
kuulamise_positsioon = listening position, kuulatud = listened, seade = device)
and an English progress endpoint as its newer Android client writes it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

UA = ua("Kuulaja", "2.4.7")
API = "https://api.kuulaja.ee"
BOOKS = [
    ("rb-3310", "Tõde ja õigus I", 41),
    ("rb-4478", "Kolmas päev", 22),
    ("rb-5012", "Лісова пісня", 9),
]
PODS = [
    ("https://feeds.err.ee/vikerraadio/huvitaja.xml", "huvitaja-2024-11-01.mp3"),
    ("https://podcast.lrt.lt/klausyk/kultura.rss", "kultura-ep212.mp3"),
    ("https://feeds.hromadske.example/ua-podcast.rss", "ep-118.mp3"),
]


def gpodder(c: Context) -> Flow:
    b = FB(c, "gpodder", "POST", "https://gpodder.net/api/2/episodes/oksanak.json")
    b.header("authorization", "Basic " + b64("oksanak:" + rid(c.rng)[:10]))
    acts = []
    for feed, ep in c.rng.sample(PODS, c.rng.randint(1, 2)):
        total = c.rng.randint(1200, 4000)
        pos = c.rng.randint(60, total)
        acts.append(
            {
                "podcast": feed,
                "episode": feed.rsplit("/", 1)[0] + "/" + ep,
                "device": "moto-g",
                "action": "play",
                "timestamp": iso(c)[:19],
                "started": max(0, pos - 600),
                "position": pos,
                "total": total,
            }
        )
    b.json(acts)
    b.view("json episode actions play + position")
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def ee_position(c: Context) -> Flow:
    bid, name, chapters = c.rng.choice(BOOKS)
    b = FB(c, "kuulaja", "PUT", f"{API}/v1/raamatud/{bid}/kuulamise-positsioon")
    b.header("user-agent", UA)
    b.json(
        {
            "raamat": bid,
            "pealkiri": name,
            "peatukk": c.rng.randint(1, chapters),
            "kuulamise_positsioon": c.rng.randint(0, 2400),
            "kuulatud": iso(c),
            "seade": b.id("aid_audio", where="json seade (Estonian: device)", detectable=False),
        }
    )
    b.view("json raamat + kuulamise_positsioon")
    b.no_content()
    return b.build()


def progress(c: Context) -> Flow:
    bid, _, chapters = c.rng.choice(BOOKS)
    b = FB(c, "kuulaja", "POST", f"{API}/v2/progress/batch")
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("audio_install", where="header x-install-id"))
    b.json(
        {
            "items": [
                {
                    "bookId": bid,
                    "chapterIndex": c.rng.randint(0, chapters - 1),
                    "positionMs": c.rng.randint(0, 2_400_000),
                    "durationMs": 2_460_000,
                    "playbackSpeed": c.rng.choice([1.0, 1.25, 1.5]),
                    "updatedAt": ms(c),
                }
            ]
        },
        encoding="gzip",
    )
    b.view("gzip json bookId + positionMs")
    b.ok_json({"accepted": 1})
    return b.build()


def continue_listening(c: Context) -> Flow:
    b = FB(c, "kuulaja", "PUT", f"{API}/v2/me/continue-listening")
    b.header("x-install-id", b.id("audio_install", where="header x-install-id"))
    shelf = [
        {"bookId": bk, "title": t, "positionMs": c.rng.randint(0, 2_000_000), "lastPlayed": ms(c)}
        for bk, t, _ in c.rng.sample(BOOKS, 2)
    ]
    b.json({"continueListening": shelf})
    b.view("json continueListening shelf")
    b.ok_json({"ok": True})
    return b.build()


def rss(c: Context) -> Flow:
    feed, ep = c.rng.choice(PODS)
    b = FB(c, "kuulaja", "GET", feed, http_version="HTTP/1.1")
    size = c.rng.randint(10**6, 9 * 10**7)
    b.respond(
        200,
        "application/rss+xml",
        f"<rss><channel><item><enclosure url='{ep}' length='{size}'/></item></channel>"
        "</rss>".encode(),
    )
    b.decoy("podcast RSS feed")
    return b.build()


def chapter_audio(c: Context) -> Flow:
    bid, _, chapters = c.rng.choice(BOOKS)
    b = FB(
        c, "kuulaja", "GET", f"https://cdn.kuulaja.ee/a/{bid}/{c.rng.randint(1, chapters):03d}.m4a"
    )
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mp4", bytes(c.rng.randrange(256) for _ in range(256)))
    b.decoy("chapter audio download")
    return b.build()


def store(c: Context) -> Flow:
    b = FB(c, "kuulaja", "GET", f"{API}/v1/pood", [("kategooria", "klassika")])
    b.ok_json(
        {
            "raamatud": [
                {
                    "id": bk,
                    "pealkiri": t,
                    "hind": round(c.rng.uniform(3, 15), 2),
                    "kestus_min": c.rng.randint(200, 900),
                }
                for bk, t, _ in BOOKS
            ]
        }
    )
    b.decoy("store page with prices and lengths")
    return b.build()
