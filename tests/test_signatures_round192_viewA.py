"""Round 53 viewing recall (sets 186, 190 and 192 as development sets): the families behind
their misses, tested in spellings and apps the sets never used.

- Polynesian and Fijian words as classes (Maori, Samoan, Tongan, Hawaiian, Tahitian, Cook
  Islands Maori, Fijian): watching, listening, seconds, minutes, a position, continuing,
  finished, a programme, a video, an episode, a song, a title, a name, a station, percent;
  with Sinhala and Tamil past forms (heard, watched, stopped), Malay `saat` (seconds),
  Tamil `nodi` (second) and Cantonese `tai dou` ("watched up to") beside them;
- an event named in the app's own word for watching (`mahi=matakitaki`, `event=tonton`):
  the `watching` class is a playback event, as `listen` already was;
- a list under a key that says watched or listening history, in any language, whose rows
  each name an item (a title, a match, a chapter by its number) and a time in it (a
  playhead or a duration): `done_list_rows`.

Hard negatives (negatives_round192_viewA.jsonl): a Maori jobs board (`tunga`, a post), a
bird count, a weather station, a school roll; a Samoan church programme and rugby squad;
a Tongan market and exam; a Hawaiian surf report; a Fijian bus stop; Tamil and Sinhala
questions asked (`kettadhu`, `ahapu`: the same verbs); a Malay workout's seconds; a
Cantonese clinic booking; a watched stock's market time, a smartwatch's history, a chart
of the most listened, a rail's order, a call centre's listened calls, shop products seen,
a language test's listening score, an ad watched for a reward and a playlist's order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.done_list_rows import done_list_key
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round192_viewA.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round192_viewA_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("whakarongo", "listen"),  # Maori
        ("faalogo", "listen"),  # Samoan fa'alogo
        ("fanongo", "listen"),  # Tongan
        ("hoolohe", "listen"),  # Hawaiian ho'olohe
        ("matamata", "watching"),  # Samoan
        ("mamata", "watching"),  # Tongan
        ("sarava", "watching"),  # Fijian
        ("kekona", "seconds"),  # Hawaiian
        ("sekoni", "seconds"),  # Tongan
        ("tetona", "seconds"),  # Tahitian
        ("minuke", "minutes"),  # Hawaiian
        ("kulana", "position"),  # Hawaiian
        ("tuunga", "position"),  # Tongan tu'unga
        ("faaauau", "continue"),  # Samoan fa'aauau
        ("hoomau", "continue"),  # Hawaiian ho'omau
        ("polokalame", "programme"),  # Samoan
        ("papahana", "programme"),  # Hawaiian
        ("wikio", "video"),  # Hawaiian
        ("waiata", "song"),  # Maori
        ("mele", "song"),  # Hawaiian
        ("leitio", "radio_station"),  # Samoan
        ("aehapu", "listened"),  # Sinhala, heard
        ("baelupu", "watched"),  # Sinhala, watched
        ("kaettadhu", "listened"),  # Tamil (Sri Lankan spelling), heard
        ("nodi", "seconds"),  # Tamil
        ("saat", "seconds"),  # Malay
    ],
)
def test_round192_viewA_words_read_by_class(key: str, expected: str) -> None:
    assert expected in play_words(key), key


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("tai_dou", "position"),  # Cantonese, watched up to
        ("haere_tonu", "continue"),  # Maori
        ("hoko_atu", "continue"),  # Tongan
        ("nawaththapu_thana", "position"),  # Sinhala, the place stopped
    ],
)
def test_round192_viewA_two_word_phrases(key: str, expected: str) -> None:
    assert expected in play_words(key), key


@pytest.mark.parametrize(
    "key", ["watched", "tai_gwo", "listening_history", "viewing_history", "سجل_المشاهدة"]
)
def test_round192_viewA_done_list_keys(key: str) -> None:
    assert done_list_key(key), key


@pytest.mark.parametrize("key", ["watchlist", "most_watched", "watch_history", "history"])
def test_round192_viewA_not_done_list_keys(key: str) -> None:
    assert not done_list_key(key), key


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "a Hawaiian radio app's pixel: the event in the app's word for listening, a programme "
        "and a position",
        {
            "url": "https://px.example-lekio.hi/b.gif?hanana=hoolohe&papahana=ph-2231&kulana=844",
            "method": "GET",
        },
        "viewing_history.playback_record",
    ),
    (
        "a Samoan video app's event: the event named matamata (watching), a video and seconds",
        {
            "url": "https://api.example-ata.ws/v1/mea",
            "method": "POST",
            "json": {"mea": "matamata", "vitio_id": "v-8812", "sekone": 412},
        },
        "viewing_history.playback_record",
    ),
    (
        "a Tongan sports replay list watched, each match with where it stopped (English "
        "match key, Tongan list key)",
        {
            "url": "https://api.example-sipoti.to/v2/sync",
            "method": "POST",
            "json": {"mamatai": [{"match": "TON-FIJ", "tuunga": 1932}], "taimi": 1764576000},
        },
        "viewing_history.done_list_rows",
    ),
    (
        "a Cantonese drama app's watched list: each episode and where the viewer got to",
        {
            "url": "https://api.example-drama.hk/v3/sync",
            "method": "PUT",
            "json": {"tai_gwo": [{"episode": 12, "tai_dou": 1530}, {"episode": 13, "tai_dou": 88}]},
        },
        "viewing_history.done_list_rows",
    ),
    (
        "an Arabic-script viewing history: each lesson video by its title and the position",
        {
            "url": "https://api.example-dars.sa/v1/batch",
            "method": "POST",
            "json": {"سجل_المشاهدة": [{"العنوان": "الدرس الأول", "الموضع": 640}]},
        },
        "viewing_history.done_list_rows",
    ),
    (
        "an English listening history: chapters by number with how long each was heard",
        {
            "url": "https://api.example-audiobooks.com/v1/sync",
            "method": "POST",
            "json": {"listening_history": [{"chapter": 4, "duration": 1320}]},
        },
        "viewing_history.done_list_rows",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_round192_viewA_positives(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), note
