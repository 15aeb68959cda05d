"""Round 102 (sets 101-102), viewing history in Latin-American Spanish and its Romance
neighbours, and the principles that keep the new readings narrow:

- an episode addressed by its NUMBERS, season and episode, in any language's words or
  the abbreviations in-house keys use (Mexican `temp` / `cap`, Portuguese `temp` / `ep`,
  Italian `stag`, French `sais`), with how far it was watched, or written to a path
  that says it was already seen (`ya_lo_vi`, `ja_assisti`, `gia_visto`, `deja_vu`);
- Romance word order puts the unit first (`seg_reproducidos`, `min_vistos`,
  `min_assistidos`: "seconds played", "minutes watched");
- a live broadcast's heartbeat names the event it shows (`evento`, `partita`) beside a
  live flag (`en_vivo`, `ao_vivo`, `in_diretta`, `en_direct`);
- a continue-watching list's rows name a series by its slug and say how far by a bare
  share (`{"serie": "vecinos", "pct": 0.47}`).

A game's battle pass (season, chapter, level), a manga's or an e-book's chapter and page,
a course's lesson, a weather reading's `temp`, a catalogue's synopsis, a most-watched
rail, a chat's seen receipt, a live match's score feed, an esports match, a shop's and a
reader's continue lists, a league's season and matchday and a training config's epochs
stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round102_view.jsonl"

POSITIVES = [
    {
        "note": "an Argentine series app's activity (serie, temp, cap, seg_vistos)",
        "url": "https://api.example-series.com.ar/api/actividad",
        "json": {"serie": "el-marginal", "temp": 2, "cap": 7, "seg_vistos": 640, "ts": 1733000000},
    },
    {
        "note": "a Brazilian app's events (seriado, temp, ep, min_assistidos)",
        "url": "https://api.example-play.com.br/v1/eventos",
        "json": {"seriado": "sintonia", "temp": 1, "ep": 12, "min_assistidos": 22},
    },
    {
        "note": "an Italian app's sync (serie, stag, ep, posizione_sec)",
        "url": "https://api.example-tv.it/v2/sync",
        "method": "PUT",
        "json": {"serie": "gomorra", "stag": 3, "ep": 4, "posizione_sec": 1321},
    },
    {
        "note": "a French tracker's watched flag (serie, sais, ep, vu)",
        "url": "https://api.example-suivi.fr/v1/synchro",
        "json": {"serie": "lupin", "sais": 2, "ep": 5, "vu": True},
    },
    {
        "note": "a Brazilian 'ja assisti' mark (temp, ep)",
        "url": "https://api.example-play.com.br/v1/perfil/ja_assisti/sintonia",
        "method": "PUT",
        "json": {"temp": 2, "ep": 4, "data": "2024-11-30T08:00:00Z"},
    },
    {
        "note": "an Italian 'gia visto' mark (stagione, ep)",
        "url": "https://api.example-tv.it/v1/profilo/gia-visto/mare-fuori",
        "method": "POST",
        "json": {"stagione": 1, "ep": 6},
    },
    {
        "note": "a Chilean 'ya lo vi' mark (temp, cap, completado)",
        "url": "https://api.example-tv.cl/v3/usuario/ya_lo_vi/los-80",
        "method": "PUT",
        "json": {"temp": 4, "cap": 9, "completado": True},
    },
    {
        "note": "a Brazilian live heartbeat (evento, ao_vivo, seg_reproduzidos)",
        "url": "https://live.example-esporte.com.br/player/hb",
        "json": {"evento": "final-libertadores", "ao_vivo": True, "seg_reproduzidos": 812,
                 "hb_intervalo": 30},
    },
    {
        "note": "an Italian live heartbeat (partita, in_diretta, secondi_riprodotti)",
        "url": "https://live.example-calcio.it/live/heartbeat",
        "json": {"partita": "inter-milan", "in_diretta": True, "secondi_riprodotti": 300},
    },
    {
        "note": "a French live keep-alive (evenement, en_direct, duree_s)",
        "url": "https://live.example-sport.fr/player/heartbeat",
        "json": {"evenement": "roland-garros-finale", "en_direct": True, "duree_s": 420},
    },
    {
        "note": "a football match watched, seconds first (partido, seg_vistos)",
        "url": "https://stats.example-futbol.com.ar/v1/fin",
        "form": {"partido": "boca-river-f14", "seg_vistos": "2400"},
    },
    {
        "note": "a Brazilian continue-watching rail (serie slug, pct)",
        "url": "https://api.example-play.com.br/v1/home/continuar_assistindo",
        "method": "GET",
        "response": {"json": {"continuar_assistindo": [
            {"serie": "sintonia", "cap": 3, "pct": 0.3},
            {"serie": "dom", "cap": 8, "pct": 0.81},
        ]}},
    },
    {
        "note": "a Colombian continue-watching rail (titulo, porcentaje)",
        "url": "https://api.example-tv.co/v1/inicio",
        "method": "GET",
        "response": {"json": {"seguir_viendo": [
            {"titulo": "Betty la fea", "porcentaje": 41},
            {"titulo": "Pedro el escamoso", "porcentaje": 88},
        ]}},
    },
    {
        "note": "an Argentine keep-watching rail (seguir_mirando: programa slug, pct)",
        "url": "https://api.example-tv.com.ar/v1/inicio",
        "method": "GET",
        "response": {"json": {"seguir_mirando": [
            {"programa": "los-simuladores", "pct": 0.6},
            {"programa": "okupas", "pct": 0.25},
        ]}},
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round102_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round102_games_books_scores_and_configs_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("capitulo", "episode"),
        ("telenovela", "drama"),
        ("bitacora", "history"),
        ("viendo", "watching"),
        ("mirando", "watching"),
        ("veient", "watching"),
    ],
)
def test_round102_lexicon_reads_latin_american_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("seg_reproducidos", ("seconds", "played")),
        ("min_vistos", ("minutes", "watched")),
        ("min_assistidos", ("minutes", "watched")),
        ("min_watched", ("min", "watched")),  # English: also a threshold, left alone
        ("ya_lo_vi", ("watched",)),
        ("ja_assisti", ("watched",)),
        ("deja_vu", ("watched",)),
        ("gia_visto", ("watched",)),
        ("en_vivo", ("live",)),
        ("en_direct", ("live",)),
        ("in_diretta", ("live",)),
    ],
)
def test_round102_keys_read_unit_first_and_already_seen(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words
