"""His podcast app ("Luister", in-house backend; feeds fetched from the publishers):
listening history, episode progress sync and the Galaxy Buds pairing note the
app keeps for auto-resume.

Feeds are RSS 2.0 with iTunes tags (Apple Podcasts RSS requirements). Decoys:
feed fetches, artwork, the charts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, ua

API = "https://sync.luister.app/v1"
UA = ua("Luister", "2.3.5")
EPISODES = [
    ("mdd-412", "Mac and Doc Dialogues 412", 3120),
    ("sundowners-88", "Sundowners Rugby 88", 2710),
    ("ubuntu-biz-19", "Ubuntu Business 19", 1980),
    ("skeptiese-kat-7", "Die Skeptiese Kat 7", 2400),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "luister", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", f"Token u{c.phone.pod_user}")
    return b


def listen_history(c: Context) -> Flow:
    b = _b(c, "POST", "/history")
    b.view("json:plays[].episode+listened_s")
    plays = [
        {
            "episode": e,
            "show": t.rsplit(" ", 1)[0],
            "listened_s": c.rng.randint(60, d),
            "at": iso(c),
        }
        for e, t, d in c.rng.sample(EPISODES, 2)
    ]
    b.json({"plays": plays})
    b.no_content()
    return b.build()


def progress_sync(c: Context) -> Flow:
    e, _, d = c.rng.choice(EPISODES)
    b = _b(c, "POST", "/episodes/actions")
    b.view("form:episode+position")
    b.form(
        [
            ("episode", e),
            ("action", "play"),
            ("started", str(c.rng.randint(0, d // 2))),
            ("position", str(c.rng.randint(d // 2, d))),
            ("total", str(d)),
            ("timestamp", str(ms(c))),
        ]
    )
    b.ok_json({"update_urls": []})
    return b.build()


def buds_autoresume(c: Context) -> Flow:
    b = _b(c, "PUT", "/settings/audio-devices")
    b.json(
        {
            "autoResume": True,
            "btAddress": b.id("buds_mac", where="json:btAddress"),
            "name": "Galaxy Buds2 Pro",
        }
    )
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    e, t, d = c.rng.choice(EPISODES)
    b = FB(c, "luister", "GET", f"https://feeds.podhost.co.za/{e.split('-')[0]}/rss")
    b.header("user-agent", UA)
    b.decoy("RSS feed fetch: episode list with durations, nothing listened")
    xml = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        f"<channel><title>{t}</title><item><guid>{e}</guid><itunes:duration>{d}</itunes:duration>"
        "</item></channel></rss>"
    )
    b.respond(200, "application/rss+xml", xml.encode())
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "luister", "GET", f"https://cdn.luister.app/art/{c.rng.choice(EPISODES)[0]}.jpg")
    b.decoy("show artwork download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 500))
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/charts/za")
    b.decoy("national top-podcast chart with play counts: everybody's, not his")
    b.ok_json(
        {"chart": [{"episode": e, "plays": c.rng.randint(1000, 90000)} for e, _, _ in EPISODES]}
    )
    return b.build()
