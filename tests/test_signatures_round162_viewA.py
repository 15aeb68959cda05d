"""Round 49 (sets 155, 156, 159 as development sets), viewing-history recall: the
families behind their misses, in spellings and apps the sets never used, with the
look-alikes that must stay silent (more in negatives_round162_viewA.jsonl)."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.structures.channel_logs import channel_tuning_rows
from exfilwatch.detect.structures.played_moments import played_moment_key, played_moment_rows
from exfilwatch.engine import Engine
from tests.conftest import signatures_found

_VIEWING = {"viewing_history"}


def _found(engine: Engine, example: dict[str, Any]) -> set[str]:
    return signatures_found(engine, example, _VIEWING)


# -- lexicon: Thai channel and programme, Bengali listening ------------------------


def test_thai_channel_rows_from_a_tv_recogniser() -> None:
    rows = [
        {"chong": "Workpoint", "rai_kan": "Ruammit", "roem": "2025-03-04T12:00:00Z", "winathi": 60},
        {"chong": "One31", "rai_kan": "Khao", "roem": "2025-03-04T12:10:00Z", "winathi": 300},
    ]
    assert channel_tuning_rows(rows)


def test_bengali_recitation_heard(engine: Engine) -> None:
    example = {
        "url": "https://api.example-quran.com.bd/v1/quran/sync",
        "method": "POST",
        "json": {"shuna_record": {"surah": 36, "qari": "Mishary", "shuna_sec": 420}},
    }
    assert _found(engine, example)


def test_thai_live_channel_watched(engine: Engine) -> None:
    example = {
        "url": "https://api.example-tv.co.th/v1/live/chom",
        "method": "POST",
        "json": {
            "chong": "Workpoint",
            "rai_kan": "Ruammit",
            "roem": "2025-03-04T12:00:00Z",
            "du_winathi": 600,
        },
    }
    assert "viewing_history.live_channel_join_row" in _found(engine, example)


# -- a live channel joined and left ------------------------------------------------


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-cricketlive.pk/v1/live/join",
            "method": "POST",
            "json": {"channel": "PTV Sports", "joined_at": 1741093200000, "left_at": 1741096800000},
        },
        {
            "url": "https://api.example-directo.mx/v2/en-vivo/sessions",
            "method": "POST",
            "json": {"canal": "Azteca 7", "inicio": "2025-03-04T21:00:00Z", "duracion_seg": 900},
        },
    ],
)
def test_live_channel_join_rows(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history.live_channel_join_row" in _found(engine, example)


# -- a position written to the item's own watched-position resource ------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-vod.ng/v3/accounts/me/titles/nol-5512/lastWatchedPosition",
        "https://api.example-film.it/v1/film/f-2291/posizione_vista",
        "https://api.example-anime.jp/v2/episodes/ep-1204/playback-position",
    ],
)
def test_item_watch_position_segments(engine: Engine, url: str) -> None:
    example = {"url": url, "method": "PUT", "json": {"positionMs": 1312000}}
    assert "viewing_history.item_watch_position_segment" in _found(engine, example)


def test_list_order_position_is_not_a_playhead(engine: Engine) -> None:
    example = {
        "url": "https://api.example-todo.com/v1/lists/l-77/items/i-5512/view-position",
        "method": "PUT",
        "json": {"position": 3},
    }
    assert not _found(engine, example)


# -- a live broadcast's watching resource with the time watched ---------------------


def test_broadcast_watching_heartbeat(engine: Engine) -> None:
    example = {
        "url": "https://api.example-streamer.kr/live/v1/streams/st-99120/watching",
        "method": "POST",
        "json": {"watchedMs": 842000, "ts": 1741093200000},
    }
    assert "viewing_history.item_watching_seconds_path" in _found(engine, example)


# -- a match's stream position -----------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        {"matchId": "ipl-2025-m41", "feed": "HINDI", "livePositionSec": 3811},
        {"fixture_id": 77120, "stream_playhead_ms": 2200000},
    ],
)
def test_fixture_stream_positions(engine: Engine, record: dict[str, object]) -> None:
    example = {"url": "https://api.example-sports.in/v1/beat", "method": "POST", "json": record}
    assert "viewing_history.fixture_stream_position" in _found(engine, example)


# -- history rows with the moment each was played ------------------------------------


def test_played_moment_keys() -> None:
    assert played_moment_key("played_at")
    assert played_moment_key("zuletzt_gehoert")
    assert not played_moment_key("viewed_at")
    assert not played_moment_key("last_seen")
    assert not played_moment_key("created_at")


def test_played_moment_rows() -> None:
    rows = [{"episode": {"title": "Ep 4"}, "listened_at": "2025-03-04T07:00:00Z"}]
    assert played_moment_rows(rows)
    assert played_moment_rows([{"level": 3, "played_at": "2025-03-04T07:00:00Z"}]) is None


def test_recently_listened_response(engine: Engine) -> None:
    example = {
        "url": "https://api.example-podcast.se/v1/me/recently-listened",
        "method": "GET",
        "response": {
            "json": {
                "avsnitt": [
                    {"avsnitt_id": "a-91", "titel": "Om vinter", "listened_at": 1741093200000},
                    {"avsnitt_id": "a-92", "titel": "Om var", "listened_at": 1741096800000},
                ]
            }
        },
    }
    assert "viewing_history.played_moment_history_rows" in _found(engine, example)
