"""Baladô: a Québec podcast app on the manager's phone.

Listening progress (`episodeId`, `positionSec`, `dureeSec`) and the
"historique d'écoute" list go to the app's backend; the player also flushes a
MessagePack batch of numeric rows (no key names). The app registers its
install with the ANDROID_ID. Episode feeds, the charts and audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import GB, iso, ms, rid, ua

API = "https://api.balado.example"
UA = ua("Balado", "3.9.0")
EMISSIONS = [
    ("e118", "Les Années lumière", 3300),
    ("e204", "Hockey30 Balado", 4200),
    ("e251", "Cours d'histoire", 2700),
    ("e276", "La soirée est (encore) jeune", 3600),
    ("e301", "Crimes et chuchotements", 2900),
]


def _b(c: Context, method: str, url: str, install: bool = True) -> GB:
    b = GB(c, "balado", method, url)
    b.header("user-agent", UA)
    if install:
        b.header("x-installation", b.id("balado_install", where="header x-installation"))
    return b


def enregistrer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/installations", install=False)
    b.json(
        {
            "installationId": b.id("balado_install", where="json installationId"),
            "androidId": b.id("aid_balado", where="json androidId"),
            "plateforme": "android",
            "langue": "fr-CA",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def progression_ecoute(c: Context) -> Flow:
    eid, titre, duree = c.rng.choice(EMISSIONS)
    b = _b(c, "PUT", f"{API}/v2/ecoute/progression")
    b.view("json episodeId/positionSec/dureeSec (listening progress)")
    b.json(
        {
            "emissionId": eid,
            "emission": titre,
            "episodeId": f"{eid}-{c.rng.randint(1, 300)}",
            "positionSec": c.rng.randint(30, duree),
            "dureeSec": duree,
            "vitesse": c.rng.choice([1.0, 1.0, 1.25, 1.5]),
            "horodatage": iso(c),
        }
    )
    b.no_content()
    return b.build()


def historique(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/moi/historique-ecoute?page=1")
    b.view("response json historique[] (listening history)", direction="response")
    b.ok_json(
        {
            "historique": [
                {
                    "episodeId": f"{eid}-{c.rng.randint(1, 300)}",
                    "emission": titre,
                    "ecouteLe": iso(c),
                    "secondesEcoutees": c.rng.randint(60, duree),
                }
                for eid, titre, duree in c.rng.sample(EMISSIONS, 4)
            ]
        }
    )
    return b.build()


def lot_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q", install=False)
    b.view("msgpack rows [episode, second, ts] without names", detectable=False)
    rows = [
        [int(c.rng.choice(EMISSIONS)[0][1:]), c.rng.randint(1, 300), c.rng.randint(10, 4000), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def fil_episodes(c: Context) -> Flow:
    eid, titre, duree = c.rng.choice(EMISSIONS)
    b = _b(c, "GET", f"{API}/v2/emissions/{eid}/episodes?page=1", install=False)
    b.decoy("episode list with durations (content fetch)")
    b.ok_json(
        {
            "emission": titre,
            "episodes": [
                {"episodeId": f"{eid}-{n}", "dureeSec": duree, "publieLe": iso(c)}
                for n in range(1, 6)
            ],
        }
    )
    return b.build()


def palmares(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/palmares?pays=CA&langue=fr", install=False)
    b.decoy("podcast charts with listen counts (aggregate)")
    b.ok_json(
        {
            "palmares": [
                {"rang": i + 1, "emission": t, "ecoutes": c.rng.randint(10**3, 10**5)}
                for i, (_, t, _) in enumerate(EMISSIONS)
            ]
        }
    )
    return b.build()


def morceau_audio(c: Context) -> Flow:
    eid = c.rng.choice(EMISSIONS)[0]
    b = GB(c, "balado", "GET", f"https://cdn.balado.example/audio/{eid}/{rid(c.rng)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**7)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
