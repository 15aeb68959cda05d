"""A German public broadcaster's kids app (KiKA-player-like, fictional backend
`kinderplayer-example.de`) on the kids' tablet.

Piano Analytics (AT Internet) AV Insights events are POSTed to
`https://<collect-domain>/event?s=<site>&idclient=<visitor>` with body
`{"events":[{"name":"av.heartbeat","data":{...}}]}`, properties `av_content_id`,
`av_content`, `av_show`, `av_position`, `av_previous_position`,
`av_content_duration`, `av_session_id`, `av_broadcasting_type`
(developers.atinternet-solutions.com: "Collection API", "AV Insights"). The
AT Internet Android tracker's `identifier` setting may be `androidId`, so
`idclient` carries this app's ANDROID_ID. The app's own "Weiterschauen"
(continue watching) sync uses German key names (our own).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, tab_ua

SITE = "629481"
HOST = "https://api.kinderplayer-example.de"
SHOWS = [
    ("Die Sendung mit der Maus", "maus"),
    ("Löwenzahn", "loewenzahn"),
    ("Checker Tobi", "checker-tobi"),
    ("Schloss Einstein", "schloss-einstein"),
    ("Das Sandmännchen", "sandmann"),
]


def _episode(c: Context) -> tuple[str, str, str, int]:
    show, slug = c.rng.choice(SHOWS)
    return show, slug, f"{slug}-{c.rng.randint(100, 999)}", c.rng.randint(600, 1800)


def piano_av(c: Context, name: str = "av.heartbeat") -> Flow:
    show, _, cid, dur = _episode(c)
    pos = c.rng.randint(0, dur)
    b = FB(c, "piano-analytics", "POST", "https://logs1412.xiti.com/event")
    b.params += [("s", SITE), ("idclient", b.id("aid_kika", where="query.idclient"))]
    data = {
        "av_content_id": cid,
        "av_content": f"{show} - Folge {cid[-3:]}",
        "av_show": show,
        "av_content_duration": dur * 1000,
        "av_position": pos * 1000,
        "av_previous_position": max(0, pos - 10) * 1000,
        "av_session_id": rid(c.rng),
        "av_broadcasting_type": "OnDemand",
        "av_content_type": "Video",
        "av_player": "kinderplayer-android",
        "app_id": "de.kinderplayer.app",
        "device_manufacturer": "LENOVO",
        "device_model": "TB-X306F",
    }
    b.set_body(js({"events": [{"name": name, "data": data}]}).encode(), "text/plain")
    b.view(f"body.events[].data.av_content_id+av_position ({name})")
    b.no_content()
    return b.build()


def piano_get(c: Context) -> Flow:
    """The same tracker's GET fallback: the events array URL-encoded in `events`."""
    show, _, cid, dur = _episode(c)
    b = FB(c, "piano-analytics", "GET", "https://logs1412.xiti.com/event")
    b.params += [("s", SITE), ("idclient", b.id("aid_kika", where="query.idclient"))]
    ev = [
        {
            "name": "av.play",
            "data": {
                "av_content_id": cid,
                "av_show": show,
                "av_position": 0,
                "av_content_duration": dur * 1000,
            },
        }
    ]
    b.param("events", js(ev))
    b.view("query.events[].data.av_content_id (av.play)")
    b.no_content()
    return b.build()


def weiterschauen(c: Context) -> Flow:
    b = FB(c, "kinderplayer", "PUT", f"{HOST}/v2/profil/{b_user(c)}/weiterschauen")
    b.header("user-agent", tab_ua("KinderPlayer", "3.14.0"))
    b.header("x-geraete-id", b.id("aid_kika", where="header.x-geraete-id"))
    _, slug, cid, dur = _episode(c)
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "folgeId": cid,
            "sendung": slug,
            "positionSek": pos,
            "dauerSek": dur,
            "fortschritt": round(pos / dur, 3),
            "gesehenAm": iso(c),
        }
    )
    b.view("body.folgeId+positionSek+gesehenAm (continue-watching sync)")
    b.no_content()
    return b.build()


def zuletzt_gesehen(c: Context) -> Flow:
    b = FB(c, "kinderplayer", "POST", f"{HOST}/v2/verlauf/sync")
    b.header("user-agent", tab_ua("KinderPlayer", "3.14.0"))
    items = []
    for _ in range(c.rng.randint(3, 7)):
        _, slug, cid, dur = _episode(c)
        items.append(
            {
                "id": cid,
                "s": slug,
                "pos": c.rng.randint(0, dur),
                "ts": ms(c) - c.rng.randint(1, 9) * 86400000,
            }
        )
    b.json({"profil": b_user(c), "zuletztGesehen": items})
    b.view("body.zuletztGesehen[] (watch history list)")
    b.ok_json({"ok": True})
    return b.build()


def sendungen(c: Context) -> Flow:
    b = FB(c, "kinderplayer", "GET", f"{HOST}/v2/sendungen")
    b.params += [("altersgruppe", c.rng.choice(["3-5", "6-9", "10-13"])), ("seite", "1")]
    b.ok_json(
        {
            "sendungen": [
                {
                    "slug": s,
                    "titel": t,
                    "folgen": c.rng.randint(20, 400),
                    "bild": f"https://cdn.kinderplayer-example.de/{new_hex(c.rng, 12)}.jpg",
                }
                for t, s in SHOWS
            ]
        }
    )
    b.decoy("catalogue page")
    return b.build()


def profil_anlegen(c: Context) -> Flow:
    b = FB(c, "kinderplayer", "POST", f"{HOST}/v2/profile")
    b.json(
        {
            "vorname": "Lina",
            "geburtsjahr": 2017,
            "geschlecht": c.rng.choice(["Mädchen", "Junge", "divers"]),
            "avatar": "fuchs",
            "altersgruppe": "6-9",
        }
    )
    b.ok_json({"profilId": b_user(c)})
    b.decoy("self-declared gender on a profile form")
    return b.build()


def merkliste(c: Context) -> Flow:
    b = FB(c, "kinderplayer", "POST", f"{HOST}/v2/merkliste")
    _, slug, cid, _ = _episode(c)
    b.json({"folgeId": cid, "sendung": slug, "aktion": "hinzufuegen", "requestId": rid(c.rng)})
    b.ok_json({"ok": True})
    b.decoy("bookmark (watch later), not watched")
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.kika_user)  # type: ignore[attr-defined]
