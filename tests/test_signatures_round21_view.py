"""Round 21 (sets 21-24 as development sets): the viewing-history families behind
their misses, written in other languages and spellings than the sets used, so that
each test checks the mechanism (word classes, playheads bounded by a duration,
viewing lists named in any language) and not the one app it was seen in."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("saisei_ichi", ("playback", "position")),
        ("douga_id", ("video", "id")),
        ("bangumi_mei", ("programme", "title")),
        ("idContenu", ("content", "id")),
        ("noi_dung_id", ("content", "id")),
        ("thoi_luong", ("duration",)),
        ("da_nghe_giay", ("listened", "seconds")),
        ("izleme_suresi", ("watching", "duration")),
        ("dureeVue", ("duration", "watched")),
        ("judul_video", ("video", "title")),
    ],
)
def test_keys_read_by_word_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


POSITIVES = [
    # romanised Japanese: a video id with its playback position
    {"url": "https://api.example-anime.jp/v1/log", "json": {"douga_id": "e12", "saisei_ichi": 61}},
    # Turkish: an episode id with the seconds watched
    {"url": "https://api.example-dizi.tr/v1/izle", "json": {"bolum_id": 77, "izleme_saniye": 300}},
    # Polish: a film id with a position inside its duration
    {
        "url": "https://api.example-vod.pl/v1/wznow",
        "json": {"film_id": "f9", "pozycja": 1900, "czas_trwania": 5400},
    },
    # Dutch: content id with a position inside the programme's duration
    {
        "url": "https://api.example-tv.nl/v1/hervat",
        "json": {"inhoud_id": "P1", "positie": 812, "duur": 2700},
    },
    # a TV app's per-programme view seconds, Korean romanised programme name
    {
        "url": "https://api.example-tv.kr/v1/acr",
        "json": {"sessions": [{"bangsong": "KBS1", "bangumi_mei": "News 9", "viewingSec": 828}]},
    },
    # a reciter's audio with its played duration (Arabic transliteration)
    {
        "url": "https://api.example-quran.com/v1/events",
        "json": {"qari": "Alafasy", "played_seconds": 59},
    },
    # a live streamer watched for a duration
    {
        "url": "https://api.example-live.com/v1/viewer",
        "json": {"broadcaster_uid": 42, "watch_duration_ms": 106000},
    },
    # a replay of someone else's match, watched
    {
        "url": "https://api.example-esports.com/v1/vod",
        "json": {"replay_id": "r-9", "watch_seconds": 392},
    },
    # Russian transliterated history list with when each was watched
    {
        "url": "https://api.example-kino.ru/v1/me",
        "json": {"istoriya_prosmotr": [{"nazvanie": "Film", "prosmotreno_date": 1733122808}]},
    },
    # Indonesian continue-watching row: titles with positions inside durations
    {
        "url": "https://api.example-tv.id/v1/home",
        "response": {
            "json": {
                "lanjutkan_menonton": [
                    {"judul": "A", "posisi": 617, "durasi": 2841},
                    {"judul": "B", "posisi": 4587, "durasi": 6300},
                ]
            }
        },
    },
    # a movie id with a player keep-alive event
    {
        "url": "https://api.example-vod.com/v1/events",
        "json": {"event": "keep_alive", "movie_id": 812, "position": 19579},
    },
]


@pytest.mark.parametrize("example", POSITIVES)
def test_viewing_families_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example)


NEGATIVES = [
    {
        "url": "https://api.example-karaoke.com/v1/scores",
        "json": {
            "songId": "k-1",
            "score": 88.4,
            "pitchCurve": [220.1],
            "playedAt": "2024-11-05T00:00:22Z",
        },
    },
    {
        "url": "https://api.example-music.com/v1/queue",
        "json": {"track_id": "t-1", "position": 3, "duration_ms": 215000},
    },
    {
        "url": "https://api.example-game.com/v1/replays",
        "json": {"replay_id": "r-1", "position_ms": 18924, "played_at": 1709400000},
    },
    {
        "url": "https://api.example-live.com/v1/follow",
        "json": {"streamer_uid": 7, "followed_at": 1733122796193},
    },
    {
        "url": "https://api.example-wear.com/v1/sync",
        "json": {"watch_sessions": [{"watchTime": 1731959427648, "steps": 812}]},
    },
]


@pytest.mark.parametrize("example", NEGATIVES)
def test_lookalikes_not_viewing(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" not in _categories(engine, example)
