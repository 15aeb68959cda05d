"""Écran Public: a public broadcaster's replay app (its in-house team writes French).

The player saves `visionnage` progress (`positionSec`, `dureeVue`, `termine`),
the home page answers with the `reprise` rail ("reprendre la lecture": the
person's own continue-watching list) and the app measures audience through
Médiamétrie eStat and Piano Analytics. The catalogue rails, the "les plus vus"
ranking (counts over all viewers), thumbnails, search results and the HLS
manifest are ordinary. Since the offline-download release the player batches
its progress into one gzip+base64 field `d` when the network comes back.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from . import mesure
from .phone import FB, gzb64, iso, ms, rid, ua

API = "https://api.ecranpublic.example"
IMG = "https://img.ecranpublic.example"
UA = ua("EcranPublic", "7.4.0")
PROGRAMMES = [
    ("Plus belle la vie, encore plus belle", "serie"),
    ("Journal de 20h", "info"),
    ("Des chiffres et des lettres", "jeux"),
    ("Thalassa", "documentaire"),
    ("Les Rivières pourpres S3E2", "serie"),
    ("Envoyé spécial", "magazine"),
]


def media(c: Context) -> dict[str, Any]:
    titre, genre = c.rng.choice(PROGRAMMES)
    return {
        "id": f"ep-{c.rng.randint(10**6, 10**7)}",
        "titre": titre,
        "genre": genre,
        "duree": c.rng.randint(900, 5400),
        "serial": "231100" + str(c.rng.randint(1000, 9999)),
    }


def _b(c: Context, method: str, url: str, appareil: bool = False) -> FB:
    b = FB(c, "ecranpublic", method, url)
    b.header("user-agent", UA)
    b.header("x-ep-requete", rid(c.rng))
    if appareil:
        b.header("x-ep-appareil", b.id("aid_replay", where="header x-ep-appareil"))
    return b


def visionnage(c: Context) -> Flow:
    m = media(c)
    b = _b(c, "PUT", f"{API}/v2/utilisateurs/moi/visionnages/{m['id']}", appareil=True)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("json positionSec/dureeVue (path visionnages)")
    pos = c.rng.randint(30, m["duree"])
    b.json(
        {
            "idProgramme": m["id"],
            "positionSec": pos,
            "dureeVue": pos - c.rng.randint(0, 30),
            "termine": pos > m["duree"] - 120,
            "majLe": iso(c),
            "support": "android",
        }
    )
    b.no_content()
    return b.build()


def reprise(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/accueil/rails/reprise?profil=principal")
    b.view("response json reprendre[] (continue watching)", direction="response")
    b.ok_json(
        {
            "titre": "Reprendre la lecture",
            "reprendre": [
                {
                    "idProgramme": f"ep-{c.rng.randint(10**6, 10**7)}",
                    "titre": t,
                    "progression": round(c.rng.uniform(0.05, 0.95), 2),
                    "vuLe": iso(c),
                }
                for t, _ in c.rng.sample(PROGRAMMES, 3)
            ],
        }
    )
    return b.build()


def historique_hors_ligne(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sync")
    b.view("json d (gzip+base64 batch of offline plays)", detectable=False)
    rows = [[media(c)["id"], c.rng.randint(30, 3000), ms(c)] for _ in range(c.rng.randint(2, 6))]
    b.json({"d": gzb64(rows), "v": 3})
    b.no_content()
    return b.build()


def estat(c: Context) -> Flow:
    m = media(c)
    event = c.rng.choice(["play", "pause", "hb", "stop"])
    return mesure.estat_stream(c, "EcranPublic", m, event, c.rng.randint(0, m["duree"]))


def estat_old(c: Context) -> Flow:
    m = media(c)
    return mesure.estat_legacy(c, "EcranPublic", m, c.rng.randint(0, m["duree"]))


def piano(c: Context) -> Flow:
    m = media(c)
    event = c.rng.choice(["av.play", "av.heartbeat", "av.pause"])
    return mesure.piano_av(c, "replay", "aid_replay", m, event, c.rng.randint(0, m["duree"]))


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/accueil?rails=a_la_une,les_plus_vus,series")
    b.decoy("catalogue rails and 'les plus vus' ranking: counts over all viewers")
    b.ok_json(
        {
            "rails": [
                {
                    "id": "les_plus_vus",
                    "titre": "Les plus vus",
                    "items": [
                        {
                            "idProgramme": f"ep-{c.rng.randint(10**6, 10**7)}",
                            "titre": t,
                            "vues": c.rng.randint(10**4, 10**6),
                            "dureeMoyenneVue": c.rng.randint(300, 2400),
                        }
                        for t, _ in PROGRAMMES[:4]
                    ],
                },
                {
                    "id": "a_la_une",
                    "titre": "À la une",
                    "items": [{"titre": t, "genre": g} for t, g in PROGRAMMES],
                },
            ]
        }
    )
    return b.build()


def vignette(c: Context) -> Flow:
    b = _b(c, "GET", f"{IMG}/vignettes/{c.rng.randint(10**6, 10**7)}/16x9/480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def recherche(c: Context) -> Flow:
    q = c.rng.choice(["thalassa", "journal", "plus belle", "meteo"])
    b = _b(c, "GET", f"{API}/v2/recherche?q={q}&page=1")
    b.decoy("search results with durations (catalogue, not watching)")
    b.ok_json(
        {"resultats": [{"titre": t, "duree": c.rng.randint(900, 5400)} for t, _ in PROGRAMMES[:3]]}
    )
    return b.build()


def manifeste(c: Context) -> Flow:
    m = media(c)
    b = _b(c, "GET", f"https://video.ecranpublic.example/hls/{m['id']}/master.m3u8")
    b.decoy("stream manifest fetch: content, not a report of watching")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()
