"""Podlediad: a podcast app (Welsh, Irish and Gaelic shows) that syncs through gpodder.net.

Episode actions go to gpodder.net's API 2 (`POST /api/2/episodes/{user}.json`, a
list of actions with `podcast`, `episode`, `device`, `action`: play with
`started`, `position`, `total`, https://gpoddernet.readthedocs.io/en/latest/api/reference/events.html).
The gpodder `device` is the id the app registered for this phone: a device id.
The app's own backend keeps the resume point (`safle`) in Welsh, and a
battery-saving batch packs `guid:position:time` triples under `q`. Feeds,
chapters, the subscriptions export and the top-podcasts chart are not history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rid, ua

API = "https://api.podlediad.example"
UA = ua("Podlediad", "1.19.3")
FEEDS = [
    ("https://feeds.example-pod.cymru/hanes-cymru.xml", "Hanes Cymru"),
    ("https://feeds.example-pod.ie/an-saol-ag-dul-thart.xml", "An Saol ag Dul Thart"),
    ("https://feeds.example-pod.scot/bruidhinn.xml", "Bruidhinn"),
    ("https://feeds.example-pod.cymru/clecs.xml", "Clecs Cymru"),
]


def _episode(c: Context) -> tuple[str, str, int]:
    feed, _ = c.rng.choice(FEEDS)
    return feed, feed.replace(".xml", f"/ep{c.rng.randint(1, 300)}.mp3"), c.rng.randint(900, 4200)


def gpodder_actions(c: Context) -> Flow:
    b = FB(c, "gpodder", "POST", f"https://gpodder.net/api/2/episodes/{c.phone.pod_user}.json")
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + new_hex(c.rng, 24))
    b.view("json [].action=play with position/total")
    dev = b.id("pod_gpodder_device", where="json [].device (gpodder device id)")
    actions = []
    for _ in range(c.rng.randint(1, 3)):
        feed, ep, total = _episode(c)
        started = c.rng.randint(0, total - 300)
        actions.append(
            {
                "podcast": feed,
                "episode": ep,
                "device": dev,
                "action": "play",
                "timestamp": iso(c)[:19],
                "started": started,
                "position": started + c.rng.randint(60, 300),
                "total": total,
            }
        )
    b.json(actions)
    b.ok_json({"timestamp": int(c.now), "update_urls": []})
    return b.build()


def cynnydd(c: Context) -> Flow:
    _, ep, total = _episode(c)
    b = FB(c, "podlediad", "PUT", f"{API}/v1/cynnydd")
    b.header("user-agent", UA)
    b.header("x-ffon-id", b.id("aid_pod", where="header x-ffon-id"))
    b.view("json pennod + safle + wedi_gorffen (resume point)")
    b.json(
        {
            "pennod": ep,
            "safle": c.rng.randint(30, total),
            "hyd": total,
            "wedi_gorffen": False,
            "diweddarwyd": iso(c),
        }
    )
    b.no_content()
    return b.build()


def batch_q(c: Context) -> Flow:
    b = FB(c, "podlediad", "POST", f"{API}/b")
    b.header("user-agent", UA)
    b.view("form q (guid:position:time triples)", detectable=False)
    triples = ";".join(
        f"{new_hex(c.rng, 12)}:{c.rng.randint(30, 4000)}:{int(c.now)}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.form([("q", triples), ("v", "2")])
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    url, title = c.rng.choice(FEEDS)
    b = FB(c, "podlediad", "GET", url)
    b.header("user-agent", UA)
    b.decoy("RSS feed with episode durations (content fetch)")
    item = "<item><itunes:duration>00:42:10</itunes:duration></item>"
    xml = f'<?xml version="1.0"?><rss><channel><title>{title}</title>{item}</channel></rss>'
    b.respond(200, "application/rss+xml", xml.encode())
    return b.build()


def chapters(c: Context) -> Flow:
    b = FB(c, "podlediad", "GET", f"{API}/v1/penodau/{new_hex(c.rng, 12)}/penodau-mewnol.json")
    b.header("user-agent", UA)
    b.decoy("chapter markers with start times (content metadata)")
    b.ok_json(
        {
            "version": "1.2.0",
            "chapters": [
                {"startTime": 0, "title": "Cyflwyniad"},
                {"startTime": 312, "title": "Sgwrs"},
            ],
        }
    )
    return b.build()


def opml_export(c: Context) -> Flow:
    b = FB(c, "podlediad", "GET", f"https://gpodder.net/subscriptions/{c.phone.pod_user}.opml")
    b.header("user-agent", UA)
    b.decoy("subscriptions list: what one follows, not what one listened to")
    body = (
        "<opml><body>"
        + "".join(f'<outline text="{t}" xmlUrl="{u}"/>' for u, t in FEEDS)
        + "</body></opml>"
    )
    b.respond(200, "text/x-opml", body.encode())
    return b.build()


def top_chart(c: Context) -> Flow:
    b = FB(c, "podlediad", "GET", "https://gpodder.net/toplist/20.json")
    b.header("user-agent", UA)
    b.decoy("top podcasts by subscriber count (aggregate)")
    b.ok_json([{"title": t, "url": u, "subscribers": c.rng.randint(50, 4000)} for u, t in FEEDS])
    return b.build()


def episode_audio(c: Context) -> Flow:
    _, ep, _ = _episode(c)
    b = FB(c, "podlediad", "GET", ep)
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.header("x-request-id", rid(c.rng))
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
