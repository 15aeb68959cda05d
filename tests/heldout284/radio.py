"""Ràdio Lenga d'Òc: a regional radio's podcast player (Lengadocian keys).

Real listening: the player reports what episode is being heard and where
(`escota/progrès` with `episòdi`, `posicion`, `durada`), and Piano Analytics
(AT Internet) AV Insights events (`av.play`, `av.heartbeat` with `av_content`
and `av_position`, visitor id `idclient` in the URL, as the Piano collect API
takes it: https://developers.atinternet-solutions.com/piano-analytics/). The
RSS feed, the episode lists with their `durada`, the "mai escotats" chart, the
on-air card with its listener count and audio range requests are content
fetches or aggregates, not one listener's history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.radiolengadoc.example"
UA = ua("RadioLengaDoc", "3.2.0")
PIANO = "https://logs1412.xiti.com/event"
SITE = "634201"
EMISSIONS = [
    ("em12", "Lo Jornal de Mieg-jorn", 1260),
    ("em18", "Contes de la Montanha Negra", 1800),
    ("em23", "Musicas de Provença", 2700),
    ("em31", "Cronica de la lenga", 900),
    ("em40", "Lo Talhièr de cosina", 1500),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiolengadoc", method, url)
    b.header("user-agent", UA)
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    eid, title, dur = c.rng.choice(EMISSIONS)
    return eid, title, c.rng.randint(1, 140), dur


def feed_rss(c: Context) -> Flow:
    eid, title, dur = c.rng.choice(EMISSIONS)
    b = _b(c, "GET", f"https://podcast.radiolengadoc.example/rss/{eid}.xml")
    b.decoy("podcast feed with itunes:duration (content fetch)")
    items = "".join(
        f"<item><title>{title} n°{n}</title><itunes:duration>{dur}</itunes:duration>"
        f'<enclosure url="https://cdn.radiolengadoc.example/a/{eid}-{n}.mp3" '
        f'type="audio/mpeg"/></item>'
        for n in range(c.rng.randint(90, 95), 96)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
        f"<title>{title}</title><language>oc</language>{items}</channel></rss>"
    )
    b.respond(200, "application/rss+xml; charset=utf-8", xml.encode())
    return b.build()


def episodis(c: Context) -> Flow:
    eid, title, dur = c.rng.choice(EMISSIONS)
    b = _b(c, "GET", f"{API}/v2/emissions/{eid}/episodis?pagina=1")
    b.decoy("episode list with durada (content fetch)")
    b.ok_json(
        {
            "emission": title,
            "episodis": [
                {"numèro": n, "durada": dur + c.rng.randint(-60, 60), "publicat": iso(c)}
                for n in range(1, 6)
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    eid = c.rng.choice(EMISSIONS)[0]
    b = _b(c, "GET", f"https://cdn.radiolengadoc.example/a/{eid}-{c.rng.randint(1, 140)}.mp3")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 262144}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def mai_escotats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classament/mai-escotats?periòde=setmana")
    b.decoy("chart of most listened episodes (aggregate)")
    b.ok_json(
        {
            "classament": [
                {"emission": t, "escotas": c.rng.randint(500, 40000), "durada": d}
                for _, t, d in EMISSIONS
            ]
        }
    )
    return b.build()


def en_ondas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/dirècte/ara")
    b.decoy("on-air card with listener count (aggregate)")
    _, title, dur = c.rng.choice(EMISSIONS)
    b.ok_json(
        {"ara": title, "debuta": iso(c), "durada": dur, "escotaires": c.rng.randint(80, 2000)}
    )
    return b.build()


def cercar(c: Context) -> Flow:
    q = c.rng.choice(["contes", "cosina", "trobadors", "rugbi"])
    b = _b(c, "GET", f"{API}/v2/cèrca?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"resultats": [{"id": e, "títol": t} for e, t, _ in EMISSIONS[:3]]})
    return b.build()


def escota_progres(c: Context) -> Flow:
    eid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/escota/progrès")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("json emission/episòdi/posicion/durada (listening progress)")
    b.json(
        {
            "utilizaire": b.acct("radio_user"),
            "emission": eid,
            "títol": title,
            "episòdi": ep,
            "posicion": c.rng.randint(20, dur),
            "durada": dur,
            "acabat": False,
            "ora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def piano_av(c: Context, name: str = "av.play") -> Flow:
    eid, title, ep, dur = _ep(c)
    b = FB(c, "piano", "POST", PIANO)
    b.header("user-agent", UA)
    b.param("s", SITE)
    b.param("idclient", b.id("radio_idclient", where="query idclient"))
    b.view(f"json events[].name={name} av_content/av_position")
    pos = 0 if name == "av.play" else c.rng.randint(30, dur) * 1000
    b.json(
        {
            "events": [
                {
                    "name": name,
                    "data": {
                        "av_session_id": rid(c.rng),
                        "av_content_id": f"{eid}-{ep}",
                        "av_content": f"{title} n°{ep}",
                        "av_content_type": "Audio",
                        "av_content_duration": dur * 1000,
                        "av_position": pos,
                        "av_previous_position": max(0, pos - 60000),
                        "av_broadcasting_type": "On Demand",
                    },
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def piano_page(c: Context) -> Flow:
    b = FB(c, "piano", "POST", PIANO)
    b.header("user-agent", UA)
    b.param("s", SITE)
    b.param("idclient", b.id("radio_idclient", where="query idclient"))
    b.json(
        {
            "events": [
                {
                    "name": "page.display",
                    "data": {
                        "page": c.rng.choice(["acuèlh", "emissions", "dirècte"]),
                        "site_level2": "aplicacion",
                    },
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """The player's offline batch: msgpack rows [emission#, episode, second, ts]."""
    b = _b(c, "POST", f"{API}/q")
    b.view("msgpack rows [emission, episode, second, ts]", detectable=False)
    rows = [
        [int(c.rng.choice(EMISSIONS)[0][2:]), c.rng.randint(1, 140), c.rng.randint(5, 2700), ms(c)]
        for _ in range(c.rng.randint(2, 4))
    ]
    b.set_body(mpack({"r": rows, "v": 2}), "application/x-msgpack")
    b.respond(200, "application/json", jsb({"ok": 1}))
    return b.build()
