"""The wire-service feed and the live-blog tool: articles ABOUT biometrics.

In-house / fictional agency feed ("Agenturdienst") with the shape news
agencies use in their JSON feeds (headline, body text, keywords, version);
the live-blog tool ("Liveticker") posts entries with embedded clips.
Texts mention face landmarks, voiceprints, advertising ids, watch history:
a reader sees an article, not data about the reader.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ua

TEXTS = [
    (
        "Polizei testet Gesichtserkennung",
        "Das System vergleicht 68 Gesichtspunkte (Landmarks) "
        "und speichert ein Face-Embedding mit 512 Werten pro Person.",
    ),
    (
        "Bank setzt auf Stimmabdruck",
        "Kunden sollen sich künftig per Voiceprint anmelden; "
        "Datenschützer warnen vor der Speicherung biometrischer Templates.",
    ),
    (
        "Werbe-ID im Visier",
        "Die Behörde prüft, ob Apps die IDFA und die Android-Werbe-ID "
        "ohne Einwilligung an Datenhändler weitergeben.",
    ),
    (
        "Streamingdienst speichert Sehverlauf",
        "Der Anbieter protokolliert Wiedergabeposition und "
        "Sehdauer jeder Folge; ehemalige Mitarbeiter berichten.",
    ),
    (
        "Gezichtsherkenning op Schiphol",
        "De marechaussee gebruikt biometrische gezichtskenmerken "
        "bij de grenscontrole; de AP onderzoekt de opslag.",
    ),
]


def wire_feed(c: Context) -> Flow:
    b = FB(
        c,
        "agentur",
        "GET",
        "https://api.agenturdienst.de/v2/feed",
        [("ressort", "digital"), ("seit", iso(c))],
    )
    b.header("user-agent", ua("Rheinblick", "6.12.0"))
    items = []
    for _ in range(4):
        head, body = c.rng.choice(TEXTS)
        items.append(
            {
                "guid": f"urn:newsml:agenturdienst.de:{new_hex(c.rng, 16)}",
                "version": c.rng.randint(1, 5),
                "headline": head,
                "body": body,
                "keywords": ["Biometrie", "Datenschutz", "face landmarks", "voiceprint"],
                "firstcreated": iso(c),
            }
        )
    b.ok_json({"items": items, "next": new_hex(c.rng, 20)})
    b.decoy("agency articles about face landmarks, voiceprints and ad ids: text about others")
    return b.build()


def wire_item(c: Context) -> Flow:
    guid = new_hex(c.rng, 16)
    b = FB(c, "agentur", "GET", f"https://api.agenturdienst.de/v2/items/{guid}")
    b.header("user-agent", ua("Rheinblick", "6.12.0"))
    head, body = c.rng.choice(TEXTS)
    b.ok_json(
        {
            "guid": guid,
            "headline": head,
            "body_html": f"<p>{body}</p>",
            "associations": [
                {
                    "type": "picture",
                    "caption": "Kamera mit Gesichtserkennung",
                    "renditions": {"thumbnail": {"width": 320, "height": 180}},
                }
            ],
        }
    )
    b.decoy("one agency article on biometrics with a picture caption")
    return b.build()


def liveblog_post(c: Context) -> Flow:
    blog = "hochwasser-maas"
    b = FB(
        c, "liveticker", "POST", f"https://liveticker.rheinblick-medien.de/api/blogs/{blog}/posts"
    )
    b.header("user-agent", ua("Liveticker", "2.0.7"))
    dur = c.rng.randint(15, 240)
    b.json(
        {
            "text": c.rng.choice(
                [
                    "Pegel in Venlo steigt weiter.",
                    "Feuerwehr evakuiert Häuser.",
                    "Video: Die Lage am Deich.",
                ]
            ),
            "autor": "jvdm",
            "zeit": iso(c),
            "angeheftet": False,
            "embed": {
                "typ": "video",
                "clipId": f"clip_{new_hex(c.rng, 10)}",
                "dauer": dur,
                "startAt": c.rng.randint(0, dur // 2),
            },
        }
    )
    b.ok_json({"postId": new_hex(c.rng, 12)})
    b.decoy("live-blog entry with an embedded clip's duration and start offset")
    return b.build()


def liveblog_poll(c: Context) -> Flow:
    blog = "hochwasser-maas"
    b = FB(
        c,
        "liveticker",
        "GET",
        f"https://liveticker.rheinblick-medien.de/api/blogs/{blog}/posts",
        [("since", str(int(c.now) - 120))],
    )
    b.header("user-agent", ua("Liveticker", "2.0.7"))
    b.ok_json(
        {
            "posts": [
                {
                    "postId": new_hex(c.rng, 12),
                    "zeit": iso(c),
                    "reaktionen": {"daumen": c.rng.randint(0, 90)},
                    "leser": c.rng.randint(100, 8000),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("live-blog poll: posts with reaction counts and reader counts")
    return b.build()
