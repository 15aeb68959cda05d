"""Round 43 viewing logs: Arabizi (Darija in Latin letters and digits) watch logs and
continue-watching rows with a percentage and a watched date, with hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("l7al9a", ("episode",)),
        ("w9t", ("time",)),
        ("fin_wselti", ("playhead",)),
        ("lmousalsal", ("drama",)),
        ("h264", ("h", "264")),
        ("s3key", ("s", "3", "key")),
        ("md5sum", ("md", "5", "sum")),
    ],
)
def test_arabizi_digits_are_read_as_letters_only_for_known_words(
    key: str, words: tuple[str, ...]
) -> None:
    assert play_words(key) == words


def test_darija_watch_log_form(engine: Engine) -> None:
    example = {
        "url": "https://api.vod.example/api/tfrrej/sjjel",
        "form": {"lmousalsal": "FJ-1201", "smiya": "Bnat", "l7al9a": "7", "fin_wselti": "1432"},
    }
    assert _viewing(engine, example)


def test_darija_ride_form_is_not_viewing(engine: Engine) -> None:
    example = {
        "url": "https://api.taxi.example/api/trajet",
        "form": {"trajet_id": "TR-5512", "fin_wselti": "1432", "w9t": "1735000000000"},
    }
    assert not _viewing(engine, example)


def test_french_resume_rows(engine: Engine) -> None:
    rows = [{"id": f"FJ-{i}", "pourcentage": 10 + i, "vuLe": 1735000000000 + i} for i in range(3)]
    example = {"url": "https://api.vod.example/v1/reprendre", "json": {"liste": rows}}
    assert "viewing_history.watched_percent_rows" in _viewing(engine, example)


def test_french_read_receipts_are_not_viewing(engine: Engine) -> None:
    rows = [{"id": f"m-{i}", "vuLe": 1735000000000 + i} for i in range(3)]
    example = {"url": "https://api.chat.example/v1/lus", "json": {"recus": rows}}
    assert not _viewing(engine, example)


def test_daily_listen_log(engine: Engine) -> None:
    days = [{"date": "2025-03-01", "surahs": [18, 36]}, {"date": "2025-03-02", "surahs": [67]}]
    example = {
        "url": "https://api.quran-audio.example/v1/khatma/progress",
        "json": {"today_listened_minutes": 35, "history": days},
    }
    assert "viewing_history.listening_days_log" in _viewing(engine, example)


def test_daily_reading_log_is_not_viewing(engine: Engine) -> None:
    days = [{"date": "2025-03-01", "surahs": [18, 36]}, {"date": "2025-03-02", "surahs": [67]}]
    example = {
        "url": "https://api.quran-read.example/v1/progress",
        "json": {"today_read_minutes": 25, "history": days},
    }
    assert not _viewing(engine, example)
