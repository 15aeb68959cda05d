"""A recipe app and a crossword app (both fictional, in-house APIs): only look-alikes.

Recipes: step timers, ingredient lists, a cooking-video thumbnail, a "face"
of a cake in a recipe name. Crosswords (cruciverba / σταυρόλεξο / palavras
cruzadas): solve timers, progress over the grid, hint usage, daily streaks.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, digits, floats, hexs, iso, ms, rf, ua

RECIPES = "https://api.ricettedellanonna.it/v1"
PUZZLE = "https://api.cruciverbaoggi.com/v3"
DISHES = ["Parmigiana di melanzane", "Μουσακάς", "Bacalhau à Brás", "Torta faccia di gatto"]


def _r(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ricette", method, RECIPES + path)
    b.header("user-agent", ua("RicetteNonna", "3.2.0"))
    return b


def _p(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cruciverba", method, PUZZLE + path)
    b.header("user-agent", ua("CruciverbaOggi", "7.0.2"))
    return b


def ricetta(c: Context) -> Flow:
    dish = c.rng.choice(DISHES)
    b = _r(c, "GET", "/ricette/" + digits(c.rng, 5))
    b.ok_json(
        {
            "titolo": dish,
            "ingredienti": [
                {"nome": n, "grammi": c.rng.randint(5, 500)}
                for n in ["farina", "uova", "melanzane", "olio"]
            ],
            "passi": [
                {"n": i, "testo": "Mescolare", "timerSec": c.rng.choice([0, 300, 900, 2400])}
                for i in range(1, 6)
            ],
            "video": {
                "anteprima": f"https://cdn.ricettedellanonna.it/v/{hexs(c.rng, 10)}.jpg",
                "durataSec": c.rng.randint(60, 600),
            },
        }
    )
    b.decoy("recipe: ingredients, step timers, a cooking-video preview and its duration")
    return b.build()


def timer(c: Context) -> Flow:
    b = _r(c, "POST", "/cucina/timer")
    b.json(
        {
            "ricetta": digits(c.rng, 5),
            "passo": c.rng.randint(1, 6),
            "avviatoAlle": iso(c),
            "durataSec": c.rng.choice([300, 600, 1800]),
            "trascorsiSec": c.rng.randint(0, 600),
        }
    )
    b.no_content()
    b.decoy("kitchen step timer: started at / duration / elapsed, not a watch log")
    return b.build()


def lista_spesa(c: Context) -> Flow:
    b = _r(c, "PUT", "/lista-spesa")
    b.json(
        {
            "voci": [
                {"ingrediente": n, "quantita": c.rng.randint(1, 4)}
                for n in ["pomodori", "basilico", "φέτα", "bacalhau"]
            ],
            "aggiornata": ms(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("shopping list of ingredients")
    return b.build()


def griglia(c: Context) -> Flow:
    b = _p(c, "GET", "/puzzle/oggi?lang=" + c.rng.choice(["it", "el", "pt"]))
    b.ok_json(
        {
            "id": "cw-" + digits(c.rng, 6),
            "righe": 13,
            "colonne": 13,
            "definizioni": {"1O": "Si guarda in TV la sera", "4V": "Volto, viso"},
        }
    )
    b.decoy("crossword grid with clues mentioning TV and faces")
    return b.build()


def progresso(c: Context) -> Flow:
    b = _p(c, "POST", "/puzzle/progresso")
    b.json(
        {
            "puzzleId": "cw-" + digits(c.rng, 6),
            "celleCompilate": c.rng.randint(10, 120),
            "percentuale": rf(c.rng, 0.05, 1, 2),
            "tempoSec": c.rng.randint(60, 3600),
            "aiutiUsati": c.rng.randint(0, 4),
            "ultimaPosizione": [c.rng.randint(0, 12), 3],
        }
    )
    b.no_content()
    b.decoy("crossword solve progress: percentage, solve time, last grid position")
    return b.build()


def completato(c: Context) -> Flow:
    b = _p(c, "POST", "/puzzle/completato")
    b.json(
        {
            "puzzleId": "cw-" + digits(c.rng, 6),
            "durata": c.rng.randint(400, 3000),
            "serieGiorni": c.rng.randint(1, 90),
            "timestamps": [ms(c) - i * 60000 for i in range(5)],
        }
    )
    b.ok_json({"posizione": c.rng.randint(1, 5000)})
    b.decoy("puzzle finished: solve duration, streak, timestamps")
    return b.build()


def gusti(c: Context) -> Flow:
    b = _r(c, "POST", "/raccomandazioni")
    b.json({"modello": "taste2vec-64", "embedding": floats(c.rng, 64, 4), "limite": 10})
    b.ok_json({"ricette": [digits(c.rng, 5) for _ in range(10)]})
    b.decoy("recipe recommender taste embedding: a float vector without any face context")
    return b.build()


DECOYS_RECIPES = [(0.8, ricetta), (0.4, timer), (0.3, lista_spesa), (0.25, gusti)]
DECOYS_PUZZLE = [(0.6, griglia), (0.8, progresso), (0.3, completato)]
