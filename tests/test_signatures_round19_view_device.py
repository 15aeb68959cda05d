"""Round 19 (sets 19-20 as development sets), viewing history and device ids: the
families behind their misses, tested in spellings and languages the sets never
used, with look-alikes that must stay silent.

Families: playback words read by CLASS in any language or abbreviation (position /
progress / played-until, time units such as `seg`, `sekunden`, `detik`, playback
verbs and event keys), player positions qualified as where playback starts or
stopped, batches of player events at playheads beside the media they belong to,
a machine id under a bare `device` key, and a printed serial in a URL path
followed by a call on that one unit."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words, playback_record

VIEW, DEVICE = {"viewing_history"}, {"device_id"}
URL = "https://api.example-stream.test/v1/beat"


def _found(engine: Any, example: dict[str, Any], categories: set[str]) -> set[str]:
    return signatures_found(engine, example, categories)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("posicaoSeg", ("position", "seconds")),
        ("posicion_segundos", ("position", "seconds")),
        ("posizioneSecondi", ("position", "seconds")),
        ("wiedergabePositionSekunden", ("playback", "position", "seconds")),
        ("posisi_detik", ("position", "seconds")),
        ("pos_s", ("position", "s")),
        ("posMs", ("position", "ms")),
        ("prog_id", ("program", "id")),
        ("played_up_to", ("played", "position")),
        ("watchedUntil", ("watched", "position")),
        ("evento", ("event",)),
        ("tempoAssistido", ("time", "watched")),
    ],
)
def test_words_are_read_by_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("pos", ("pos",)),  # a list's place: no unit
        ("pos_id", ("pos", "id")),  # a till
        ("seg_position", ("seg", "position")),  # an HLS segment's place
        ("price_sek", ("price", "sek")),  # a currency, not a unit
        ("playback_tempo", ("playback", "tempo")),  # beats per minute
    ],
)
def test_ambiguous_abbreviations_stay_as_written(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    "body",
    [
        {"videoId": "9335909", "posicaoSeg": 2406, "evento": "seek"},
        {"id_episodio": "e-77", "posicion_segundos": 812},
        {"folgeId": "f-12", "wiedergabePositionSekunden": 1200},
        {"video_id": "v-3", "posisi_detik": 95, "acao": "pause"},
        {"episode_guid": "ep_77310", "played_up_to": 1024, "duration": 3720},
        {"trackId": "t-81", "listenedUntil": 61, "status": 2},
        {"movie_id": "m-9", "pos_ms": 1200500},
        {"videoId": "5168105", "startPosition": 1989},
        {"episodeId": "e-4", "lastPosition": 300},
    ],
)
def test_playback_in_other_words_is_found(body: dict[str, Any]) -> None:
    assert playback_record(body)


@pytest.mark.parametrize(
    "body",
    [
        {"videoId": "v-881", "pos": 3},
        {"videoId": "v-881", "position": 3},
        {"videoId": "v-881", "seg_position": 3, "seg_bytes": 188000},
        {"video_id": "v-881", "price_sek": 49},
        {"level_id": "l-3", "played_up_to": 12},
        {"queue": "q1", "startPosition": 4},
    ],
)
def test_look_alikes_are_not_playback(body: dict[str, Any]) -> None:
    assert not playback_record(body)


def test_event_batch_beside_its_episode_is_playback(engine: Any) -> None:
    body = {
        "programme": {"id": "b0abc123", "title": "A drama"},
        "beacons": [
            {"type": "play", "position_ms": 1200, "ts": 1731398410763},
            {"type": "heartbeat", "position_ms": 31200, "ts": 1731398440763},
        ],
    }
    assert _found(engine, {"url": URL, "method": "POST", "json": body}, VIEW)


def test_marker_list_beside_a_video_is_not_a_playback_batch() -> None:
    body = {
        "video": {"id": "v-881"},
        "markers": [{"kind": "ad", "pos_s": 600}, {"kind": "chapter", "pos_s": 900}],
    }
    assert not playback_record(body)


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.example.test/v1/sync?device=9774d56d682e549c"},
        {
            "url": "https://api.example.test/v1/sync",
            "method": "POST",
            "form": {"handset": "4F2A9C1E-8B3D-4E7F-A6C5-1D2E3F4A5B6C", "n": "1"},
        },
    ],
)
def test_machine_id_under_a_bare_device_key(engine: Any, example: dict[str, Any]) -> None:
    assert "device_id.bare_device_key" in _found(engine, example, DEVICE)


@pytest.mark.parametrize("value", ["Galaxy S24", "tablet", "7", "iPhone15,3"])
def test_device_names_under_a_bare_device_key_are_not_ids(engine: Any, value: str) -> None:
    example = {
        "url": "https://api.example.test/v1/sync",
        "method": "POST",
        "form": {"device": value},
    }
    assert not _found(engine, example, DEVICE)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example-hear.test/v3/aids/C7X2K9Q4M1/ota?model=HA5",
        "https://api.example-ring.test/v1/trackers/TRK88Q7Z2A/battery",
    ],
)
def test_serial_before_a_per_unit_call(engine: Any, url: str) -> None:
    assert "device_id.serial.url_path_device_call" in _found(engine, {"url": url}, DEVICE)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-shop.test/products/devices/UN55TU7000/firmware",
        "https://api.example-buds.test/v1/models/HBPRO3X2/firmware",
        "https://api.example-shop.test/v1/orders/ORD8842K17/status",
    ],
)
def test_model_codes_and_orders_before_a_call_are_not_serials(engine: Any, url: str) -> None:
    assert not _found(engine, {"url": url}, DEVICE)
