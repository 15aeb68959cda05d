"""Round 13 (sets 13-14 as development sets): the families behind their viewing-history
and device-id misses, tested in spellings the sets never used (other operations, other
players, other things with serials), with the look-alikes that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exfilwatch.detect import validators as v
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import playback_record
from exfilwatch.detect.structures.players import (
    graphql_playback,
    media_player_state,
    timed_playhead,
)
from exfilwatch.detect.structures.watch_lists import watch_history
from exfilwatch.engine import Engine


def _found(engine: Engine, example: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {category for category, _ in _found(engine, example)}


# -- GraphQL operations that record a viewing ----------------------------------


@pytest.mark.parametrize(
    "request_body",
    [
        {"operationName": "SetWatchProgress", "variables": {"episodeId": "e-9", "seconds": 812}},
        {"operationName": "markEpisodeWatched", "variables": {"input": {"episode_id": "ep-1"}}},
        {"operationName": "ReportTrackPlayback", "variables": {"trackId": "t1", "position": 61}},
    ],
)
def test_graphql_viewing_operations(request_body: dict[str, object]) -> None:
    assert graphql_playback(request_body)


@pytest.mark.parametrize(
    "request_body",
    [
        {"operationName": "VideoPlayerStreamInfo", "variables": {"videoID": "1"}},
        {"operationName": "AddEpisodeToWatchLater", "variables": {"episodeId": "e-9"}},
        {"operationName": "SetWatchProgress", "variables": {"limit": 10}},
        {"operationName": "UpdateProfileViewedAt", "variables": {"position": 3}},
        {"operationName": "SetWatchFacePosition", "variables": {"position": 3}},
        {"operationName": 12, "variables": {}},
    ],
)
def test_not_graphql_viewing_operations(request_body: dict[str, object]) -> None:
    assert not graphql_playback(request_body)


# -- player state, last-played slots, ISO playheads ------------------------------


def test_player_state_of_a_renderer() -> None:
    assert media_player_state({"transportState": "PLAYING", "track": "Song", "relTime": "0:03:10"})
    assert media_player_state({"status": "paused", "app": {"id": "12"}, "positionMs": 88000})
    assert not media_player_state({"status": "paused", "app": {"id": "12"}, "level": 3})
    assert not media_player_state({"state": "stopped", "title": "x", "position": "3 s"})


@given(
    st.dictionaries(st.sampled_from(["state", "position", "app", "x"]), st.text() | st.integers())
)
def test_player_state_never_raises(record: dict[str, object]) -> None:
    media_player_state(record)


def test_last_played_slots(engine: Engine) -> None:
    example = {
        "url": "https://api.example-audiobible.app/v1/me",
        "method": "PATCH",
        "json": {"currentlyListening": {"book": "John", "chapter": 3, "playhead": 412.5}},
    }
    assert "viewing_history" in _categories(engine, example)
    assert timed_playhead({"station": "s-1", "position_sec": 30})
    assert not timed_playhead({"level": 2, "position": 3})


def test_iso_duration_playhead_with_the_id_in_the_query(engine: Engine) -> None:
    example = {
        "url": "https://api.example-vod.tv/v2/sessions/heartbeat?contentId=c-8812",
        "method": "POST",
        "json": {"session": {"playheadPosition": "PT42M7S"}},
    }
    assert "viewing_history" in _categories(engine, example)
    no_media = {
        "url": "https://api.example-fit.com/v1/s",
        "method": "POST",
        "json": {"progress": "PT5M"},
    }
    assert "viewing_history" not in _categories(engine, no_media)


# -- playback-record vocabulary: ARNs, asins with a timecode, stories -------------


def test_channel_arn_with_a_playhead() -> None:
    assert playback_record(
        {"channelArn": "arn:aws:ivs:us-west-2:1:channel/x", "state": "PLAYING", "position_ms": 9}
    )


def test_asin_needs_an_event_and_a_timecode() -> None:
    assert playback_record({"asin": "B0ABCDEFGH", "event": "STOP", "timecode": 734})
    assert not playback_record({"asin": "B0ABCDEFGH", "event": "view", "position": 3})
    assert not playback_record({"asin": "B0ABCDEFGH", "timecode": 734})


def test_stories_need_a_timed_view_and_frames_seen() -> None:
    assert playback_record({"storyId": "s1", "viewDurationMs": 8000, "slides_viewed": 4})
    assert not playback_record({"story_id": "s1", "view_time_ms": 8000})
    assert not playback_record({"story_id": "s1", "event": "view", "position": 3})


def test_watch_log_with_an_abbreviated_position() -> None:
    assert watch_history([{"vid": "v-1", "title": "Colours", "curPos": 40}])
    assert not watch_history([{"name": "login", "startedAt": 1, "endedAt": 2}])


# -- device ids: serials, app-prefixed headers, viewer ids -------------------------


@pytest.mark.parametrize("value", ["2319S395321", "C8B304CD", "1WMHH815K10234"])
def test_printed_serials(value: str) -> None:
    assert v.is_printed_serial(value)


@pytest.mark.parametrize("value", ["12345678", "ABCDEFGH", "unknown1", "AAAA1111AAAA", "A1", 7])
def test_not_printed_serials(value: object) -> None:
    assert not v.is_printed_serial(value)


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-cgm.com/v1/readings",
            "method": "POST",
            "json": {"transmitterSerial": "8G1234AB", "glucose": 104},
        },
        {
            "url": "https://api.example-pet.com/v1/sync",
            "method": "POST",
            "json": {"collar_sn": "CL29A77310", "steps": 3000},
        },
        {
            "url": "https://api.example-ear.com/v1/fit",
            "method": "POST",
            "json": {"hearingAidSerials": ["2405R120044", "2405R120051"]},
        },
        {
            "url": "https://api.example-speaker.com/v1/metrics",
            "method": "POST",
            "json": {"serialNumber": "SPK7781AB22", "firmwareVersion": "3.1.0"},
        },
        {
            "url": "https://api.example-ring.com/v1/sync",
            "headers": {"x-ringapp-dvid": "4f9a2c7e1b3d5f60a8c2e4b6d8f01357"},
        },
        {
            "url": "https://api.example-hear.com/v1/me",
            "headers": {"x-app-instance": "8b3d2f4e-9c1a-4e7b-b6d5-3a2f1e0c9d8b"},
        },
        {
            "url": "https://api.example-tv.com/v1/now",
            "method": "POST",
            "json": {"device_id": "X00100ABC123", "title": "News"},
        },
        {"url": "https://abc.litix.io/?e=viewstart&mvrid=0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"},
    ],
)
def test_device_ids_in_other_spellings(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in _categories(engine, example)


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-shop.com/v1/orders",
            "method": "POST",
            "json": {"order_id": "o-1", "serialNumber": "GC52879128", "model": "gift"},
        },
        {
            "url": "https://api.example-voip.com/v1/calls",
            "headers": {"x-caller-did": "+15551234567"},
        },
        {
            "url": "https://api.example-tv.com/v1/boot",
            "method": "POST",
            "json": {"device_id": "SM-G991B"},
        },
        {"url": "https://api.example-run.app/v1/gear", "json": {"strapSerial": "UNKNOWN"}},
    ],
)
def test_device_id_look_alikes(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in _categories(engine, example)
