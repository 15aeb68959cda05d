"""Round 15 (sets 15-16 as development sets): the families behind their viewing-history
and device-id misses, tested in spellings the sets never used (other players, other
devices, other event names), with the look-alikes that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exfilwatch.detect import validators as v
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import media_entries, playback_record
from exfilwatch.detect.structures.programmes import named_playback
from exfilwatch.detect.structures.watch_lists import watch_list
from exfilwatch.engine import Engine


def _signatures(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


# -- played amounts of posts, and event names that say what was played ----------


@pytest.mark.parametrize(
    "record",
    [
        {"postId": "p88", "playDurationMs": 14200, "feed": "for_you"},
        {"post_id": "p88", "watched_seconds": 9},
        {"radioId": "r-4", "listenedSeconds": 1260},
        {"event": "video_view", "pid": "p88", "playDurationMs": 5000},
        {"eventName": "episode_play", "eid": "e-3", "play_time_ms": 41000},
        {"titleId": 80057281, "mediaOffsetMs": 2778258},
        {"contentId": "c-9", "streamOffsetSec": 812},
    ],
)
def test_playback_records_in_new_spellings(record: dict[str, object]) -> None:
    assert playback_record(record)


@pytest.mark.parametrize(
    "record",
    [
        {"post_id": "p1", "event": "view", "position": 3},
        {"postId": "p1", "event": "view", "progress": 0.5},
        {"event": "rewarded_video_view", "level": 3, "play_time": 30},
        {"event": "interstitial_video_complete", "playDurationMs": 15000},
        {"content_id": "c-1", "tzOffsetMs": 3600000},
        {"content_id": "c-1", "offsetSec": 600},
    ],
)
def test_playback_look_alikes(record: dict[str, object]) -> None:
    assert playback_record(record) is None


# -- a programme with the stream's position ---------------------------------------


def test_named_stream_position() -> None:
    assert named_playback({"matchId": "M43", "title": "MI vs CSK", "streamPosition": 1031})
    assert named_playback({"show_title": "Evening News", "livePosition": 95})
    assert named_playback({"title": "Favourites", "position": 3}) is None
    assert named_playback({"title": "Middlemarch", "scrollPosition": 1200}) is None


# -- viewing lists whose entries only say how long ---------------------------------


def test_watched_amount_entries() -> None:
    rows = [{"ch": "news-now", "ep": "ep_1", "watched_s": 320}, {"ch": "x", "watched_s": 12}]
    assert media_entries(rows)
    assert media_entries([{"stn": "kexp", "listenedSec": 1800}])
    assert media_entries([{"watchTime": 1731959427648, "steps": 812}]) is None
    assert media_entries([{"level": 3, "played_s": 620}]) is None
    assert media_entries([{"ch": "news-now", "start": 1731959427648}]) is None


# -- what a TV or media player answers is playing -----------------------------------


def test_now_playing_answer(engine: Engine) -> None:
    kodi = {
        "url": "http://10.0.0.9:8080/jsonrpc",
        "method": "POST",
        "json": {"jsonrpc": "2.0", "method": "Player.GetItem", "params": {"playerid": 1}, "id": 1},
        "response": {"json": {"result": {"item": {"title": "Pilot", "showtitle": "Ledger"}}}},
    }
    assert "viewing_history.now_playing_query_answer" in _signatures(engine, kodi)
    hdmi = dict(kodi, response={"json": {"result": {"item": {"title": "HDMI 3"}}}})
    assert "viewing_history" not in _categories(engine, hdmi)
    library = dict(
        kodi,
        json={"jsonrpc": "2.0", "method": "VideoLibrary.GetMovies", "id": 1},
        response={"json": {"result": {"movies": [{"title": "Paddington 2"}]}}},
    )
    assert "viewing_history" not in _categories(engine, library)


# -- ESNs and serials under a thing's key ---------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["NFANDROID1-PRV-P-L3-XIAOMMIBOX3-0A1B2C3D4E5F", "NFCDCH-02-ABCDEF0123456789", "9F3A21C7"],
)
def test_esn_shapes(engine: Engine, value: str) -> None:
    example = {
        "url": "https://api.example-play.tv/v1/log",
        "method": "POST",
        "json": {"esn": value},
    }
    assert "device_id.esn" in _signatures(engine, example)


@pytest.mark.parametrize("value", ["ESN Madrid", "unknown", "nf", "42"])
def test_esn_look_alikes(engine: Engine, value: str) -> None:
    example = {"url": "https://api.example-uni.eu/v1/s", "method": "POST", "json": {"esn": value}}
    assert "device_id.esn" not in _signatures(engine, example)


def test_labelled_serial_shapes() -> None:
    assert v.is_labelled_serial("CMUDA3EDFFAC")
    assert v.is_labelled_serial("HSCFAEBDC1AB")
    assert not v.is_labelled_serial("DEFAULT1")
    assert not v.is_labelled_serial("AAAAABBBB1")
    assert not v.is_labelled_serial("ABCDEFGHIJKL")
    assert not v.is_labelled_serial("cmuda3edffac")


@given(st.text(alphabet="ABCDEF0123456789GHJKLMNPRSTUVWXYZ", min_size=0, max_size=30))
def test_labelled_serial_never_accepts_short_or_digitless(text: str) -> None:
    if v.is_labelled_serial(text):
        assert 10 <= len(text) <= 20
        assert any(c.isdigit() for c in text)


def test_thing_serial_with_one_digit(engine: Engine) -> None:
    example = {
        "url": "https://api.example-fit.tv/v3/identify",
        "method": "POST",
        "json": {"doorbellSerial": "DBFACEBCADE7", "event": "ring"},
    }
    assert "device_id" in _categories(engine, example)


# -- event names that say a video played, channels watched, set-top boxes ----------


def test_video_event_names_the_media() -> None:
    assert playback_record({"name": "video_progress", "vid": "x1", "pct": 50})
    assert playback_record({"event": "episode_start", "item_id": "i-1"})
    assert playback_record({"event": "video_ad_start", "content_id": "c1"}) is None
    assert playback_record({"event": "video_view", "post_id": "p1", "position": 4}) is None


def test_channels_watched_not_chat_channels() -> None:
    assert watch_list([{"channelId": "c1", "lastWatchedAt": "2024-03-02T10:00:00Z"}])
    assert watch_list([{"channel_id": "C1", "last_viewed_at": 1700000000000}]) is None


def test_set_top_box_id(engine: Engine) -> None:
    box = {"url": "https://api.example-iptv.com/v2/pair", "json": {"stb_id": "STB0012345678"}}
    assert "device_id.set_top_box_id" in _signatures(engine, box)
    name = {"url": "https://api.example-iptv.com/v2/pair", "json": {"stbId": "Lounge"}}
    assert "device_id" not in _categories(engine, name)
