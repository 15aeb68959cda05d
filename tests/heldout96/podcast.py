"""Poslech: the tester's OWN podcast / audiobook app (Czech). Episode progress
syncs, a listening log and the "continue listening" shelf are his listening
history; feed refreshes and episode downloads are not.

Sources: episode identity by RSS <guid> and enclosure URL (RSS 2.0 / Apple
Podcasts feed spec); progress sync shaped like gpodder.net's Episode Actions API
(POST /api/2/episodes/{user}.json: podcast, episode, action "play", started,
position, total, timestamp, device). The app's backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new_hex, new_uuid, ua

API = "https://api.poslech.cz"
SHOWS = [
    ("https://feeds.example-podcasts.cz/elektrikar.xml", "Elektrikářův podcast", 2700),
    ("https://feeds.example-podcasts.cz/dejiny.xml", "Dějiny v kostce", 3600),
    ("https://rss.example-audio.pl/kryminatki.xml", "Kryminatki", 2400),
    ("https://rss.example-audio.pl/audiobook-wiedzmin.xml", "Wiedźmin (audiobook)", 41000),
]


def _ep(c: Context) -> tuple[str, str, int, str]:
    feed, name, dur = c.rng.choice(SHOWS)
    return feed, name, dur, f"{feed.rsplit('/', 1)[0]}/ep/{c.rng.randint(1, 180)}.mp3"


def episode_actions(c: Context) -> Flow:
    b = FB(c, "poslech", "POST", f"{API}/api/2/episodes/{c.phone.pod_user}.json")
    b.header("user-agent", ua("Poslech", "311"))
    acts = []
    for _ in range(c.rng.randint(1, 3)):
        feed, _, dur, url = _ep(c)
        start = c.rng.randint(0, dur - 120)
        acts.append(
            {
                "podcast": feed,
                "episode": url,
                "action": "play",
                "started": start,
                "position": start + c.rng.randint(60, 1200),
                "total": dur,
                "timestamp": iso(c)[:19],
            }
        )
    body: dict[str, object] = {"actions": acts}
    b.view("episode actions: podcast, episode, action=play, started/position/total")
    if c.rng.random() < 0.5:
        body["device"] = b.id("idfv_podcast", where="json device (IDFV)")
    b.json(body)
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def listen_log(c: Context) -> Flow:
    _, name, dur, _ = _ep(c)
    b = FB(c, "poslech", "POST", f"{API}/v1/poslechy")
    b.json(
        {
            "porad": name,
            "epizodaGuid": new_uuid(c.rng),
            "odposlouchanoSek": c.rng.randint(30, dur),
            "delkaSek": dur,
            "rychlost": c.rng.choice([1.0, 1.25, 1.5]),
            "dokonceno": c.rng.random() < 0.3,
            "cas": iso(c),
        }
    )
    b.view("poslechy: show, episode guid, seconds listened of length (Czech keys)")
    b.ok_json({"ok": True})
    return b.build()


def continue_shelf(c: Context) -> Flow:
    b = FB(c, "poslech", "GET", f"{API}/v1/me/pokracovat")
    rows = []
    for _ in range(4):
        _, name, dur, url = _ep(c)
        rows.append(
            {
                "porad": name,
                "epizoda": url,
                "pozice": c.rng.randint(10, dur),
                "delka": dur,
                "naposledy": iso(c),
            }
        )
    b.ok_json({"pokracovat": rows})
    b.view(
        "continue-listening shelf: the tester's episodes with position and last played",
        direction="response",
    )
    return b.build()


def feed_refresh(c: Context) -> Flow:
    feed, _, _, _ = _ep(c)
    b = FB(c, "podcast-feed", "GET", feed)
    b.header("if-none-match", '"' + new_hex(c.rng, 16) + '"')
    b.respond(304, None)
    b.decoy("RSS feed refresh")
    return b.build()


def download(c: Context) -> Flow:
    _, _, _, url = _ep(c)
    b = FB(c, "podcast-media", "GET", url)
    b.header("range", "bytes=0-1")
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X; cs_cz)"
    )
    b.respond(206, "audio/mpeg", b"ID3")
    b.decoy("episode media range request: a download, not a listen report")
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "poslech", "GET", f"{API}/v1/zebricky", [("zeme", "cz")])
    b.ok_json(
        {
            "zebricek": [
                {
                    "porad": n,
                    "posluchaci": c.rng.randint(100, 90000),
                    "prumernaDelkaPoslechu": c.rng.randint(300, 3000),
                }
                for _, n, _ in SHOWS
            ]
        }
    )
    b.decoy("public charts with listener counts and average listening length (aggregate)")
    return b.build()


VIEW = [episode_actions, listen_log, continue_shelf, episode_actions]
DECOYS = [feed_refresh, download, charts]
