"""The waiting-room TVs: digital-signage players looping health-education videos
(vaccination, malaria nets, hand washing, antenatal care) in Kinyarwanda, French
and English. They fetch their playlist and media and post proof-of-play logs:
what a screen in a public room played, not a person's viewing. The players'
serials are the hospital's equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .hospital import TVS
from .phone import EB, iso, rid

API = "https://signage.chuk-hospital.example"
CLIPS = [
    ("v101", "Inkingo z'abana", 180),
    ("v102", "Kurara mu nzitiramibu", 120),
    ("v103", "Lavage des mains", 90),
    ("v104", "Antenatal care visits", 240),
    ("v105", "Imirire myiza", 150),
]


def _b(c: Context, method: str, url: str) -> tuple[EB, str, str]:
    name, sn = c.rng.choice(TVS)
    b = EB(c, "signage", method, url)
    b.header("user-agent", "SignagePlayer/5.4 (Linux; Android TV 11)")
    b.header("x-player-serial", sn)
    b.decoy("signage player serial (hospital equipment)")
    return b, name, sn


def playlist(c: Context) -> Flow:
    b, name, _sn = _b(c, "GET", f"{API}/api/v1/playlists/salle-attente")
    b.decoy("playlist with clip durations")
    b.ok_json(
        {
            "ecran": name,
            "boucle": [
                {"id": i, "titre": t, "duree": d, "url": f"{API}/media/{i}.mp4"}
                for i, t, d in CLIPS
            ],
        }
    )
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b, name, _sn = _b(c, "POST", f"{API}/api/v1/proof-of-play")
    b.decoy("a screen's play log in a public waiting room, not a person's viewing")
    b.json(
        {
            "ecran": name,
            "lectures": [
                {"clip": i, "titre": t, "debut": iso(c), "dureeLue": d, "complet": True}
                for i, t, d in c.rng.sample(CLIPS, 3)
            ],
        }
    )
    b.no_content()
    return b.build()


def media(c: Context) -> Flow:
    i = c.rng.choice(CLIPS)[0]
    b, _name, _sn = _b(c, "GET", f"{API}/media/{i}.mp4")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 600))
    return b.build()


def status(c: Context) -> Flow:
    b, name, _sn = _b(c, "POST", f"{API}/api/v1/players/status")
    b.json(
        {
            "ecran": name,
            "uptime": c.rng.randint(1000, 10**6),
            "temp": c.rng.randint(35, 60),
            "req": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
