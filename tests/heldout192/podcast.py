"""Whakarongo Pods: a podcast app on Tama's Pixel (te reo, Pasifika and NRL podcasts).

Its sync API keeps each episode's `played_up_to` and `playing_status` across the
user's devices, the way popular open podcast-sync services do; the Android build
also posts `listen_session` analytics. An older build sends progress as numeric
keys only (opaque). Downloading the episode (through a Podtrac measurement
redirect), the RSS feed, the "Top shows in NZ" chart and search are not
listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import WB, android_ua, iso, ms

API = "https://sync.whakarongo-pods.example"
UA = android_ua("WhakarongoPods", "2.17.4")
EPISODES = [
    ("9f1c2b40-ep-112", "Taringa", "Ep 112: Ngā kupu hou"),
    ("0a77e5d1-ep-58", "Pacific Mornings", "Ep 58: Tonga v Samoa preview"),
    ("c3e0f912-ep-207", "The NRL Podcast", "Ep 207: Broncos finals"),
    ("5d2a9b7e-ep-31", "Nīupepa", "Ep 31: Māori newspapers 1842"),
]


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "whakarongo-pods", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("pod_user"))
    return b


def sync_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/user/sync/update")
    b.view("json changes[] uuid + played_up_to")
    b.json(
        {
            "device_id": b.id("pod_install", where="json device_id"),
            "changes": [
                {
                    "uuid": ep,
                    "podcast": show,
                    "played_up_to": c.rng.randint(0, 3600),
                    "playing_status": c.rng.choice([2, 3]),
                    "modified": ms(c),
                }
                for ep, show, _t in c.rng.sample(EPISODES, 2)
            ],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def listen_session(c: Context) -> Flow:
    ep, show, title = c.rng.choice(EPISODES)
    b = _b(c, "POST", f"{API}/analytics/listen_session")
    b.view("json episode_title + seconds_listened")
    b.json(
        {
            "android_id": b.id("aid_pod", where="json android_id"),
            "episode_uuid": ep,
            "episode_title": title,
            "podcast_title": show,
            "seconds_listened": c.rng.randint(30, 3600),
            "speed": c.rng.choice([1.0, 1.25, 1.5]),
            "started_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def history_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/user/history")
    b.view("response json episodes[] listened list", direction="response")
    b.ok_json(
        {
            "episodes": [
                {"uuid": ep, "title": t, "played_up_to": c.rng.randint(0, 3600), "at": iso(c)}
                for ep, _s, t in EPISODES
            ]
        }
    )
    return b.build()


def legacy_numeric(c: Context) -> Flow:
    """Build 1.x: {"1": episode, "2": seconds, "3": ts} with numeric keys only."""
    b = _b(c, "POST", f"{API}/v1/u")
    b.view("json numeric keys 1 episode, 2 seconds", detectable=False)
    b.json({"1": c.rng.choice(EPISODES)[0], "2": c.rng.randint(0, 3600), "3": ms(c)})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/user/devices")
    b.json(
        {
            "device_id": b.id("pod_install", where="json device_id"),
            "android_id": b.id("aid_pod", where="json android_id"),
            "device_name": "Pixel 7",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def download(c: Context) -> Flow:
    ep = c.rng.choice(EPISODES)[0]
    b = WB(
        c,
        "podtrac",
        "GET",
        f"https://dts.podtrac.com/redirect.mp3/media.whakarongo-pods.example/{ep}.mp3",
    )
    b.header("user-agent", UA)
    b.decoy("episode download through a measurement redirect: a fetch, not a listening report")
    b.respond(302, None, headers=[("location", f"https://media.whakarongo-pods.example/{ep}.mp3")])
    return b.build()


def feed(c: Context) -> Flow:
    b = WB(c, "rss", "GET", "https://feeds.whakarongo-pods.example/taringa.xml")
    b.header("user-agent", UA)
    items = "".join(f"<item><guid>{e}</guid><title>{t}</title></item>" for e, _s, t in EPISODES)
    b.respond(200, "application/rss+xml", f"<rss><channel>{items}</channel></rss>".encode())
    return b.build()


def top_shows(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/discover/top?country=nz")
    b.decoy("top shows in NZ with listener counts (aggregate)")
    b.ok_json(
        {"top": [{"title": s, "listeners": c.rng.randint(500, 90000)} for _e, s, _t in EPISODES]}
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/discover/search?q=te+reo")
    b.ok_json({"results": [{"uuid": new_hex(c.rng, 8), "title": s} for _e, s, _t in EPISODES]})
    return b.build()
