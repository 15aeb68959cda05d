"""Round 29: viewing-history words are data (`lexicon/viewing.yaml`), one class per
English word, covering the project's language list. Each case is written in a
language of the list that earlier rounds' tables lacked, so it checks the lexicon
and the mechanism reading it, not any one app's traffic."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.lexicon import LANGUAGES, load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

# Classes the detectors rely on most: each must cover most of the list.
_CORE = ("watching", "position", "progress", "duration", "song", "content", "artist")


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


def test_lexicon_covers_the_language_list() -> None:
    lexicon = load("viewing")
    assert set(LANGUAGES) <= lexicon.languages | {"en"}


@pytest.mark.parametrize("cls", _CORE)
def test_core_classes_cover_most_languages(cls: str) -> None:
    """Read the YAML itself: a class's languages, not the merged tables."""
    from importlib import resources

    import yaml

    text = resources.files("exfilwatch.detect.lexicon").joinpath("viewing.yaml").read_text()
    languages = set(yaml.safe_load(text)["classes"][cls])
    assert len(languages & set(LANGUAGES)) >= 35, sorted(set(LANGUAGES) - languages)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("katselukesto", ("watching",)),  # fi, stem (katsel-)
        ("sledovaniPozice", ("watching", "position")),  # cs
        ("pozycja_sekundy", ("position", "seconds")),  # pl
        ("uppspelningsposition", ("playback",)),  # sv compound, stem
        ("lejatszasIdotartam", ("playback", "duration")),  # hu
        ("vaatamineKestus", ("watching", "duration")),  # et
        ("tomoshaVaqt", ("watching", "time")),  # uz
        ("klausymasTrukme", ("listen", "duration")),  # lt
        ("perehliadChas", ("watching", "time")),  # uk
        ("tsfiya_zman", ("watching", "time")),  # he
        ("tamasha_modat", ("watching", "duration")),  # fa
        ("kutazama_muda", ("watching", "duration")),  # sw
        ("panonood_oras", ("watching", "time")),  # tl
        ("dianying_id", ("film", "id")),  # zh pinyin
        ("wimbo_id", ("song", "id")),  # sw
        ("pjesma_id", ("song", "id")),  # hr
        ("gequ_id", ("song", "id")),  # zh
        ("positive", ("positive",)),  # English word left alone
        ("minute", ("minutes",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize(
    "example",
    [
        # fi: an episode (jakso) id with seconds watched
        {"url": "https://api.example-tv.fi/v1/katselu",
         "json": {"jakso_id": "j-1200", "katsottu_sekuntia": 1520, "laite": "tv"}},
        # cs: a film id with a playback position in seconds
        {"url": "https://api.example-vod.cz/v1/prehravani",
         "json": {"film_id": "f-881", "pozice_sekundy": 2210, "stav": "ok"}},
        # sw: a song id with seconds listened
        {"url": "https://api.example-muziki.co.ke/v1/sikiliza",
         "json": {"wimbo_id": "w-77", "kusikiliza_sekunde": 184}},
        # uk: a video id with a watched time in seconds
        {"url": "https://api.example-video.ua/v1/perehliad",
         "json": {"video_id": "v-42", "perehliad_chas_sekundy": 733}},
        # hu: an episode id with playback position (lejatszas) in seconds
        {"url": "https://api.example-tv.hu/v1/esemeny",
         "json": {"episode_id": "e-9", "lejatszas_pozicio_masodperc": 1045}},
        # zh pinyin: a song (gequ) id with listened (shouting) seconds
        {"url": "https://api.example-music.cn/v1/tingge",
         "json": {"gequ_id": "g-5", "shouting_miao": 201}},
    ],
)  # fmt: skip
def test_languages_of_the_list_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example)


@pytest.mark.parametrize(
    "example",
    [
        # sv: a product series with a shelf position and a price in krona
        {"url": "https://api.example-shop.se/v1/lager",
         "json": {"serie_id": "s-44", "position": 12, "pris_sek": 499}},
        # fi: a workout with its duration and elapsed time
        {"url": "https://api.example-treeni.fi/v1/treeni",
         "json": {"treeni_id": "t-9", "kesto_min": 45, "aika": 1200}},
        # sw: a calendar event with a start time and duration
        {"url": "https://api.example-kalenda.co.ke/v1/matukio",
         "json": {"tukio_id": "t-1", "wakati": "2024-06-01T10:00:00Z", "muda": 3600}},
    ],
)  # fmt: skip
def test_colliding_words_not_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" not in _categories(engine, example)
