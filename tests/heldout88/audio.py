"""A Quran recitation / podcast directory (catalogue with durations, public
listen counts, audio fetches: all decoys) and her own podcast player's listening
history (truly sensitive).

The podcast player syncs with the gpodder.net Episode Actions API: POST
/api/2/episodes/{username}.json with a list of actions
{podcast, episode, action: "play", started, position, total, timestamp}
(gpoddernet.readthedocs.io/en/latest/api/reference/events.html). The Quran app
resumes a recitation by surah/ayah: her own listening, labelled as viewing
history. The catalogue fields (duration, reciter, plays) are public facts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

QAPI = "https://api.tilawa-example.ae"
SURAHS = [
    (1, "Al-Fatiha", 7),
    (18, "Al-Kahf", 110),
    (36, "Ya-Sin", 83),
    (55, "Ar-Rahman", 78),
    (67, "Al-Mulk", 30),
]
RECITERS = ["Mishary Alafasy", "Abdul Rahman Al-Sudais", "Saad Al-Ghamdi", "Maher Al-Muaiqly"]
FEEDS = [
    "https://feeds.example-podcasts.ae/property-talk.xml",
    "https://feeds.example-podcasts.ae/majlis.xml",
]


def catalogue(c: Context) -> Flow:
    b = FB(c, "tilawa", "GET", f"{QAPI}/v1/reciters/{c.rng.randint(1, 40)}/surahs")
    b.header("user-agent", ua("Tilawa", "2.9.1"))
    rows = [
        {
            "surah": n,
            "name": name,
            "ayat": ay,
            "durationSec": ay * c.rng.randint(8, 20),
            "plays": c.rng.randint(10**3, 10**6),
            "mudda": f"{ay // 6}:{c.rng.randint(10, 59)}",
        }
        for n, name, ay in SURAHS
    ]
    b.ok_json({"reciter": c.rng.choice(RECITERS), "surahs": rows})
    b.decoy("recitation catalogue: durations and public play counts")
    return b.build()


def audio_fetch(c: Context) -> Flow:
    n = c.rng.choice(SURAHS)[0]
    b = FB(c, "tilawa", "GET", f"https://audio.tilawa-example.ae/alafasy/128/{n:03d}.mp3")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.decoy("audio fetch by range")
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = FB(
        c, "tilawa", "GET", f"{QAPI}/v1/prayer-times", [("city", "Dubai"), ("date", iso(c)[:10])]
    )
    b.ok_json(
        {"fajr": "05:21", "dhuhr": "12:18", "asr": "15:37", "maghrib": "17:55", "isha": "19:10"}
    )
    return b.build()


def quran_resume(c: Context) -> Flow:
    n, name, ay = c.rng.choice(SURAHS)
    b = FB(c, "tilawa", "POST", f"{QAPI}/v1/me/last-listened")
    b.header("user-agent", ua("Tilawa", "2.9.1"))
    b.json(
        {
            "surah": n,
            "surahName": name,
            "ayah": c.rng.randint(1, ay),
            "reciter": c.rng.choice(RECITERS),
            "positionMs": c.rng.randint(5_000, 900_000),
            "listenedMs": c.rng.randint(30_000, 600_000),
            "at": ms(c),
        }
    )
    b.view("body.json")
    b.ok_json({"ok": True})
    return b.build()


def episode_actions(c: Context) -> Flow:
    b = FB(c, "gpodder", "POST", f"https://gpodder.net/api/2/episodes/{c.phone.listener_id}.json")
    b.header("authorization", "Basic " + new_hex(c.rng, 24))
    acts = []
    for _ in range(c.rng.randint(1, 3)):
        start = c.rng.randint(0, 1800)
        acts.append(
            {
                "podcast": c.rng.choice(FEEDS),
                "episode": f"https://media.example-podcasts.ae/ep{c.rng.randint(1, 300)}.mp3",
                "device": "s23",
                "action": "play",
                "started": start,
                "position": start + c.rng.randint(60, 900),
                "total": 3600,
                "timestamp": iso(c)[:19],
            }
        )
    b.json(acts)
    b.view("body.json[]")
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def podcast_search(c: Context) -> Flow:
    b = FB(c, "gpodder", "GET", "https://gpodder.net/search.json", [("q", "real estate dubai")])
    b.ok_json(
        [{"url": f, "title": "Property Talk", "subscribers": 812, "logo_url": None} for f in FEEDS]
    )
    b.decoy("podcast directory search")
    return b.build()


def episode_list(c: Context) -> Flow:
    b = FB(c, "podcast", "GET", FEEDS[0])
    items = "".join(
        f"<item><title>Ep {i}</title><itunes:duration>{c.rng.randint(900, 4000)}</itunes:duration>"
        f"<guid>{new_hex(c.rng, 16)}</guid></item>"
        for i in range(5)
    )
    b.respond(200, "application/rss+xml", f"<rss><channel>{items}</channel></rss>".encode())
    b.decoy("podcast RSS feed: episode durations")
    return b.build()


def listen_stats_public(c: Context) -> Flow:
    b = FB(c, "tilawa", "GET", f"{QAPI}/v1/charts/weekly", [("req", rid(c.rng))])
    b.ok_json(
        {
            "chart": [
                {
                    "surah": n,
                    "listeners": c.rng.randint(10**4, 10**6),
                    "avgListenSec": c.rng.randint(60, 900),
                }
                for n, _, _ in SURAHS
            ]
        }
    )
    b.decoy("weekly chart: aggregate listeners and average listen time")
    return b.build()
