"""Ondes: a podcast app (Lyon start-up) that also sells e-books.

Episode progress syncs to `/progression` (`episodeGuid`, `positionSecondes`,
`ecoute`: listened); the library answer lists `enCours` (in progress) episodes.
The app's older Android client posts the same progress as `p=` with a packed
string. Downloading an MP3 and the RSS feed are content fetches, and the e-book
reader's page position is reading, not watching or listening: ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.ondes-podcast.example"
CDN = "https://media.ondes-podcast.example"
UA = ua("Ondes", "4.8.2")
EMISSIONS = [
    "Les Pieds sur terre",
    "Transfert",
    "Affaires sensibles",
    "Le Code a changé",
    "Programme B",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ondes", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _guid(c: Context) -> str:
    return rid(c.rng)


def progression(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/progression")
    b.view("json episodes[] positionSecondes/ecoute")
    b.json(
        {
            "appareil": {
                "androidId": b.id("aid_podcast", where="json appareil.androidId"),
                "os": "android",
            },
            "episodes": [
                {
                    "episodeGuid": _guid(c),
                    "emission": c.rng.choice(EMISSIONS),
                    "positionSecondes": c.rng.randint(0, 3600),
                    "ecoute": c.rng.random() < 0.3,
                    "vitesse": c.rng.choice([1.0, 1.2, 1.5]),
                    "modifieLe": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def en_cours(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bibliotheque?filtre=en_cours")
    b.view("response json enCours[] (episodes in progress)", direction="response")
    b.ok_json(
        {
            "enCours": [
                {
                    "episodeGuid": _guid(c),
                    "emission": e,
                    "positionSecondes": c.rng.randint(60, 3000),
                    "derniereEcoute": iso(c),
                }
                for e in c.rng.sample(EMISSIONS, 3)
            ]
        }
    )
    return b.build()


def progression_legacy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/s")
    b.view("form p (guid|seconds|epoch packed)", detectable=False)
    b.form([("p", f"{new_hex(c.rng, 12)}|{c.rng.randint(0, 3600)}|{ms(c) // 1000}"), ("v", "2")])
    b.no_content()
    return b.build()


def telechargement(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/audio/{new_hex(c.rng, 16)}.mp3")
    b.decoy("episode download (content fetch)")
    b.respond(200, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def flux_rss(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/emissions/{c.rng.randint(100, 999)}/episodes")
    b.decoy("episode feed with durations and publication dates (catalogue)")
    b.ok_json(
        {
            "episodes": [
                {"titre": e, "duree": c.rng.randint(900, 3600), "publieLe": iso(c)}
                for e in EMISSIONS
            ]
        }
    )
    return b.build()


def lecture_livre(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/livres/{c.rng.randint(10**5, 10**6)}/progression")
    b.decoy("e-book reading position (reading is not watching or listening)")
    b.json(
        {
            "chapitre": c.rng.randint(1, 30),
            "page": c.rng.randint(1, 400),
            "pourcentageLu": round(c.rng.random(), 2),
            "luLe": iso(c),
        }
    )
    b.no_content()
    return b.build()
