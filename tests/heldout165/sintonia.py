"""Sintonia: a Catalan public broadcaster's app (3Cat-like), keys in Catalan.

The player reports `temps_vist`, `posició` and `id_contingut`; the account's
"continuar veient" list answers with what was watched. The radio side logs the
live station a listener tunes (`canvi_emissora`). A compact beacon of the
older TV-box build sends numeric-keyed rows. "Els més vistos" (a ranking over
all viewers), subtitles and the programme guide are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import HB, iso, ms, rid, ua

API = "https://api.sintonia.example"
UA = ua("Sintonia", "3.14.0")
PROGRAMES = ["Polònia", "Crims", "Joc de cartes", "Tot costa", "El Foraster", "Merlí"]
EMISSORES = ["Catalunya Ràdio", "iCat", "Catalunya Informació", "Catalunya Música"]


def _b(c: Context, method: str, url: str, device: bool = True) -> HB:
    b = HB(c, "sintonia", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "ca-ES,ca;q=0.9,es;q=0.7")
    if device:
        b.header("x-dispositiu-uuid", b.id("sint_uuid", where="header x-dispositiu-uuid"))
    return b


def alta_dispositiu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dispositius/alta", device=False)
    b.json(
        {
            "uuid_dispositiu": b.id("sint_uuid", where="json uuid_dispositiu"),
            "id_android": b.id("aid_sintonia", where="json id_android"),
            "usuari": b.acct("sint_user"),
            "plataforma": "android",
        }
    )
    b.ok_json({"resultat": "ok"})
    return b.build()


def temps_vist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/reproduccio/estat")
    b.view("json id_contingut + posició + temps_vist")
    durada = c.rng.randint(1200, 3600)
    pos = c.rng.randint(20, durada)
    b.json(
        {
            "id_contingut": c.rng.randint(6_100_000, 6_300_000),
            "programa": c.rng.choice(PROGRAMES),
            "posició": pos,
            "durada": durada,
            "temps_vist": pos,
            "esdeveniment": c.rng.choice(["inici", "pausa", "batec", "final"]),
            "data": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continuar_veient(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/usuari/continuar-veient")
    b.view(
        "response json continuar_veient[] (id_contingut, percentatge_vist)", direction="response"
    )
    b.ok_json(
        {
            "continuar_veient": [
                {
                    "id_contingut": c.rng.randint(6_100_000, 6_300_000),
                    "programa": c.rng.choice(PROGRAMES),
                    "percentatge_vist": c.rng.randint(5, 95),
                    "darrera_visualització": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def canvi_emissora(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/radio/directe/escolta")
    b.view("json emissora + segons_escoltats (live-station listening log)")
    b.json(
        {
            "emissora": c.rng.choice(EMISSORES),
            "inici_escolta": iso(c),
            "segons_escoltats": c.rng.randint(60, 5400),
        }
    )
    b.no_content()
    return b.build()


def balisa_compacta(c: Context) -> Flow:
    """Old TV-box build: numeric keys "1".."4" (content, offset, ts, event code)."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json numeric keys 1-4 (content, offset, ts, code)", detectable=False)
    b.json(
        {
            "1": c.rng.randint(6_100_000, 6_300_000),
            "2": c.rng.randint(20, 3600),
            "3": ms(c),
            "4": c.rng.randint(1, 4),
        }
    )
    b.no_content()
    return b.build()


def mes_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/cataleg/mes-vistos", device=False)
    b.decoy("'els més vistos' ranking: aggregate over all viewers")
    b.ok_json(
        {
            "items": [
                {"programa": p, "visualitzacions": c.rng.randint(5000, 300000)} for p in PROGRAMES
            ]
        }
    )
    return b.build()


def subtitols(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/subtitols/{c.rng.randint(6_100_000, 6_300_000)}.vtt", device=False)
    b.decoy("subtitle file with cue timestamps (content fetch)")
    b.respond(200, "text/vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nBon dia a tothom.\n")
    return b.build()


def cerca(c: Context) -> Flow:
    q = c.rng.choice(["polonia", "crims", "merli", "tv3 noticies"])
    b = _b(c, "GET", f"{API}/v3/cerca?q={q}&pagina=1", device=False)
    b.decoy("search results (not viewing history)")
    b.ok_json({"resultats": [{"id": rid(c.rng), "titol": p} for p in PROGRAMES[:3]]})
    return b.build()
