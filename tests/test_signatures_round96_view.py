"""Round 96 (sets 93-96), viewing history in European Portuguese and romanised Indian
languages, and a Czech chart that is everyone's:

- a radio app's listening session and an audience meter's pixel naming a station
  (`estacao`, European Portuguese) beside how long it was heard (`segundosOuvidos`,
  `tempo_escuta`);
- a continue-watching rail named `continuar_a_ver` (the two words `a ver`, "to watch";
  a bare `ver` stays a version) and an English one whose rows hold only a content id
  (`cid`) and a progress percent (`progress_pct`);
- a TV box's ACR query naming its channel by `ch` with a watched time (`dekha_samay`);
- a beacon naming a match by a code under a one-letter key with watched seconds
  (`m=IPL25-M41&dekha_sec=4753`), in any language;
- a devotional radio's listen log under `suniya` ("listened", Punjabi) naming a
  channel, and an attribution event's `{channel, listen_min}`.

Station lists, schedules, weather and train stations, whisper headsets on numbered
channels, course, e-book and delivery progress, a profile or a message "seen"
(`dekha`), a device's uptime, and podcast charts with average listening lengths
(Czech `prumernaDelkaPoslechu`, Polish `sredni`, English `avg_listen_sec`) stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round96_view.jsonl"

POSITIVES = [
    {
        "note": "a Portuguese radio app's listening session (estacao, segundosOuvidos)",
        "url": "https://api.example-ondas.pt/escuta/sessao",
        "json": {"estacao": "m80", "inicio": 1746083802308, "segundosOuvidos": 2644},
    },
    {
        "note": "a radio audience meter's pixel (estacao, tempo_escuta)",
        "url": "https://pt.example-medicao.net/px?estacao=antena1&tempo_escuta=3063&ev=fim",
    },
    {
        "note": "a Spanish radio's listening session (emisora, minutos escuchados)",
        "url": "https://api.example-radio.es/v1/escucha",
        "json": {"emisora": "cadena-ser", "minutosEscuchados": 42},
    },
    {
        "note": "a European Portuguese continue-watching sync (continuar_a_ver)",
        "url": "https://api.example-play.pt/v2/dispositivos/d1/continuar-a-ver",
        "method": "PUT",
        "json": {
            "continuar_a_ver": [
                {"idConteudo": "p7627e652136", "titulo": "A", "ep": 5, "progresso": 39},
                {"idConteudo": "p1211e198109", "titulo": "B", "ep": 13, "progresso": 48},
            ]
        },
    },
    {
        "note": "an English continue-watching rail with content ids and progress percent",
        "url": "https://api.example-chalchitra.in/v1/user/cw/sync",
        "json": {
            "continueWatching": [
                {"cid": "cc_4c3f202ac7", "ep": 21, "progress_pct": 49, "last_seen": 1764489687415},
                {"cid": "cc_b16522dc08", "ep": 20, "progress_pct": 18, "last_seen": 1764489687415},
            ]
        },
    },
    {
        "note": "a TV box's ACR query (ch with a watched time, romanised Hindi)",
        "url": "https://acr.example-tvbox.com/p?ch=Colors+Gujarati&dekha_samay=3374",
    },
    {
        "note": "a cricket beacon: a match code under m with watched seconds (dekha_sec)",
        "url": "https://live.example-sixer.in/b/dekho.gif?m=IPL25-M41&ov=8.5&dekha_sec=4753&live=1",
    },
    {
        "note": "a football beacon: a match code under e with watched seconds (English)",
        "url": "https://stats.example-football.tv/v.gif?e=LIGA-J20-BEN-POR&watched_sec=3100",
    },
    {
        "note": "a devotional radio's listen log under suniya (Punjabi, listened)",
        "url": "https://api.example-gurbani.org/v1/suniya",
        "json": {
            "suniya": [
                {"channel": "bhajan_gu", "suniya_sec": 2209, "shuru": "2025-11-30T08:01:01Z"}
            ]
        },
    },
    {
        "note": "an attribution event's callback params: a named channel and minutes listened",
        "url": "https://app.example-attribution.com/event",
        "json": {
            "event_token": "kx81ra",
            "callback_params": {"channel": "simran", "listen_min": "12"},
        },
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round96_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round96_stations_progress_seen_and_charts_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert engine.analyse(example_exchange(example)) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("estacao", "radio_station"),
        ("ouvidos", "listened"),
        ("suniya", "listened"),
        ("dekhaa", "watched"),
        ("ch", "channel"),
    ],
)
def test_round96_lexicon_reads_portuguese_and_romanised_indian_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
