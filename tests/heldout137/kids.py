"""Alif Kids: a Casablanca-made kids' learning app (French API, Darija copy).
Cartoon episodes the child watches are reported with French keys
(`temps_visionnage`) and Darija (`tferrej`); the parent's dashboard returns the
watch history. Storybook reading progress and the pronunciation game's speech
recognition (no speaker model) are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav

from .phone import FB, iso, ms, rf, ua

API = "https://api.alifkids.example"
UA = ua("AlifKids", "2.14.0")
SHOWS = ["Zaki w Lina", "Hrouf Nour", "Qissas Jeddi", "Arqam Mr7a"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "alifkids", method, url)
    b.header("user-agent", UA)
    b.header("x-install", b.id("kids_install", where="header x-install"))
    return b


def episode_vu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/suivi/visionnage")
    b.view("json episode + temps_visionnage (French: watch time)")
    b.json(
        {
            "profil_enfant": "Yassine",
            "episode": f"{c.rng.choice(SHOWS)} #{c.rng.randint(1, 40)}",
            "temps_visionnage": c.rng.randint(30, 720),
            "termine": c.rng.random() < 0.4,
            "date": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tferrej_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/events")
    b.view("json event tferrej_bda/tferrej_sala + fin_ta9 (Darija: watched, position)")
    b.json(
        {
            "event": c.rng.choice(["tferrej_bda", "tferrej_wqef", "tferrej_sala"]),
            "video": f"vid_{c.rng.randint(1000, 9999)}",
            "fin_ta9": c.rng.randint(0, 700),
            "androidId": b.id("aid_kids", where="json androidId"),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def parent_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/parents/historique?jours=7")
    b.view("response json historique[] (child's watch history)", direction="response")
    b.ok_json(
        {
            "historique": [
                {"titre": s, "minutes": c.rng.randint(2, 25), "le": iso(c)}
                for s in SHOWS[: c.rng.randint(1, 4)]
            ]
        }
    )
    return b.build()


def storybook(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/lecture/progression")
    b.decoy("storybook reading progress (reading is not watching)")
    b.json(
        {
            "livre": "Le Chat de Fès",
            "page": c.rng.randint(1, 24),
            "pourcentage": rf(c.rng, 0, 100, 1),
        }
    )
    b.no_content()
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/jeux/prononciation")
    b.decoy("child's letter pronunciation scored by speech recognition (no speaker model)")
    b.json({"lettre": "ض", "audio": b64(fake_wav(c.rng.randint(0, 10**9), 250)), "lang": "ar-MA"})
    b.ok_json({"reconnu": "ض", "note": c.rng.randint(1, 5)})
    return b.build()
