"""Round 27 viewing rules (set 71): four recall shapes and their hard negatives.

- Catch-up TV / VOD / timeshift paths (`PUT /catchup/{id}/position`) name the piece
  as episode and video paths do; a meeting's catch-up agenda slot does not count.
- A zapping log (`{"from_channel", "to_channel", "dwell_sec"}` at `/zapping`) is a
  tuning log; the zap time (channel change latency) is a QoS figure, not viewing.
- A sports match with the time WATCHED (`?match=..&watch_time=2792`); a game's match
  played, a rewarded ad, a ranking and a smartwatch's clock do not count.
- Transliterated Russian and Kazakh words (`prosmotreno_sek`, `көру`, `көрілген`) read
  as their classes, so every detector reads them."""

from __future__ import annotations

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import playback_record
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.programmes import channel_dwell
from exfilwatch.detect.structures.watched_objects import fixture_watched
from exfilwatch.engine import Engine


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("prosmotreno_sek", ("watched", "seconds")),
        ("просмотрено_сек", ("watched", "seconds")),
        ("көру_уақыты", ("watching", "time")),
        ("көрілген", ("watched",)),
        ("жалғастыру", ("continue",)),
        ("трансляция", ("live",)),
        ("price_sek", ("price", "sek")),  # Swedish krona, not seconds
    ],
)
def test_russian_and_kazakh_words_read_as_classes(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


def test_transliterated_batch_of_channel_watching(engine: Engine) -> None:
    body = {
        "sobytiya": [
            {"event": "smotrim", "kanal": "elTR", "prosmotreno_sek": 30, "ts": 1732341670944},
            {"event": "smotrim", "kanal": "khabar", "prosmotreno_sek": 60, "ts": 1732341670946},
        ]
    }
    example = {"url": "https://api.example-efir.kg/stat/batch", "method": "POST", "json": body}
    assert _viewing(engine, example)


def test_catch_up_position_with_the_programme_in_the_path(engine: Engine) -> None:
    example = {
        "url": "https://api.example-efir.kg/api/v1/catchup/6479138/position",
        "method": "PUT",
        "json": {"позиция": 4076, "длительность": 7200, "канал": "nts-kg"},
    }
    assert _viewing(engine, example) == ["viewing_history.progress_sync_url_media_path"]


def test_channel_dwell_needs_a_tv_channel_and_a_stayed_time() -> None:
    assert channel_dwell({"from_channel": "431", "to_channel": "415", "dwell_sec": 1232})
    assert channel_dwell({"kanal": "khabar", "prosmotreno_sek": 300})
    assert not channel_dwell({"from_channel": "431", "zap_time_ms": 850})
    assert not channel_dwell({"channel": "email", "dwell_sec": 12})
    assert not channel_dwell({"channel_switch": "431", "dwell_sec": 12})


def test_fixture_watched_needs_a_watched_time() -> None:
    assert fixture_watched({"match": "kpl-kairat-astana-0917", "watch_time": "2792"})
    assert fixture_watched({"fixture_id": 88123, "watched_seconds": 5410})
    assert not fixture_watched({"match_id": "m-1", "play_time": 600})
    assert not fixture_watched({"match_id": "m-1", "ad_watch_time": 30})
    assert not fixture_watched({"match": "kpl-0917", "watch_time": 1732341670})
    assert not fixture_watched({"match_id": "m-1", "watch_clock_offset_ms": 120})


def test_a_smartwatch_record_is_no_playback() -> None:
    assert (
        playback_record({"match_id": "m-1", "watch_clock_offset_ms": 120, "watch_battery": 40})
        is None
    )
    assert playback_record({"video_id": "v1", "watch_time_ms": 120})
