"""Golpo: a Bengali OTT from Kolkata (films, web series, detective serials).

Its player reports in Bengali script keys (`দেখার_সময়`, `অবস্থান`), its history
screen in romanised Bengali (`dekhar_itihas`). The offline-download sync sends
rows under numeric keys, readable to no one. WebEngage carries its events.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from . import trackers
from .phone import FB, iso, ms, ua

API = "https://api.golpo.example"
UA = ua("Golpo", "3.9.0")
SHOWS = [
    ("GB-3311", "Byomkesh S8 E2"),
    ("GB-2190", "Feluda Pherot E4"),
    ("GB-4050", "Mandaar E1"),
    ("GB-0872", "Hoichoi Unlimited"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "golpo", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-golpo-did", b.id("aid_golpo", where="header x-golpo-did"))
    b.header("accept-language", "bn-IN")
    return b


def player_progress(c: Context) -> Flow:
    sid, name = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v1/player/aagrogoti")
    b.view("json দেখার_সময় / অবস্থান (Bengali: watch time / position)")
    b.json(
        {
            "বিষয়বস্তু_আইডি": sid,
            "নাম": name,
            "অবস্থান": c.rng.randint(20, 2600),
            "দেখার_সময়": c.rng.randint(20, 2600),
            "ঘটনা": c.rng.choice(["চালু", "বিরতি", "শেষ"]),
            "samay": iso(c),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/user/dekhar-itihas?page=1")
    b.view("response json dekhar_itihas[].sesh_obosthan", direction="response")
    b.ok_json(
        {
            "dekhar_itihas": [
                {
                    "id": sid,
                    "naam": n,
                    "sesh_obosthan": c.rng.randint(60, 2500),
                    "dekhechhen": iso(c),
                }
                for sid, n in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def offline_sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dl/s")
    b.view("json r[] rows under numeric keys 1..4", detectable=False)
    b.json(
        {
            "r": [
                {"1": c.rng.choice(SHOWS)[0], "2": c.rng.randint(30, 2600), "3": ms(c), "4": 1}
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rail/sera-10?region=WB", device=False)
    b.decoy("top-10 rail ranked by all viewers' plays (aggregate)")
    b.ok_json(
        {
            "sera_10": [
                {"id": s, "naam": n, "rank": i + 1, "mot_dekha": c.rng.randint(10**4, 10**6)}
                for i, (s, n) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def subtitles(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "golpo", "GET", f"https://cdn.golpo.example/sub/{sid}/bn.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "text/vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nকী হলো?\n".encode())
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "golpo", "GET", f"https://cdn.golpo.example/t/{c.rng.choice(SHOWS)[0]}/16x9.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def webengage_played(c: Context) -> Flow:
    sid, name = c.rng.choice(SHOWS)
    props = {
        "show_id": sid,
        "show_name": name,
        "episode_watched_pct": c.rng.randint(5, 100),
        "watched_on": "mobile",
    }
    return trackers.webengage(
        c, "golpo", ("Episode Played", props), view="json event_data.episode_watched_pct"
    )


def webengage_open(c: Context) -> Flow:
    return trackers.webengage(c, "golpo")
