"""Round 11 (sets 11-12 as development sets): the families behind their viewing-history
and device-id misses and the one false-positive family (JW Player's `oaid`), written
with other spellings than the sets used, so that each test checks the family and not
the one app it was seen in."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exfilwatch.detect import validators as v
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.devices import device_identity_record
from exfilwatch.detect.structures.programmes import tuned_programme
from exfilwatch.detect.structures.watch_lists import watch_list
from exfilwatch.engine import Engine


def _found(engine: Engine, example: dict[str, Any]) -> set[tuple[str, str]]:
    """(category, rule id) of every finding on one example exchange."""
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {category for category, _ in _found(engine, example)}


# -- OAID: the vendors' shapes, and what is not one ---------------------------


@pytest.mark.parametrize(
    "value",
    [
        "d2f4a6b8-1c3e-4f5a-8b7c-9d0e1f2a3b4c",  # Huawei / Honor / Samsung
        "a5f1c7e0d8b9f4e3",  # Xiaomi
        "214b7f618ae84c7bcdf198c6e6c99d4f901df195fc5b995e2f8ac682b7683784",  # vivo / OPPO
    ],
)
def test_oaid_vendor_shapes(value: str) -> None:
    assert v.is_oaid(value)


@pytest.mark.parametrize(
    "value",
    [
        "da39a3ee5e6b4b0d3255bfef95601890afd80709",  # SHA-1 of an account
        "00000000-0000-0000-0000-000000000000",
        "5f2b7c9e1a3d4f6b8c0e2a4c",
        "",
        12345,
    ],
)
def test_not_oaid_shapes(value: object) -> None:
    assert not v.is_oaid(value)


@given(st.text(max_size=80))
def test_oaid_never_raises(text: str) -> None:
    v.is_oaid(text)


def test_a_hashed_account_under_oaid_is_not_a_device_id(engine: Engine) -> None:
    url = (
        "https://stats.example-video.com/ping.gif?e=s&id=abc123&t=Clip"
        "&oaid=356a192b7913b04c54574d18c28d46e6395428ab"
    )
    assert "device_id.oaid" not in {rule for _, rule in _found(engine, {"url": url})}


# -- device ids: listener ids, prefixed did cookies, records, ECID, hashed IDFV --


def test_audio_ad_listener_id_in_a_stream_url(engine: Engine) -> None:
    url = (
        "https://edge.example-audio.com/live/jazz.aac?aw_0_1st.playerid=web"
        "&aw_0_1st.listenerid=0f1e2d3c4b5a69788796a5b4c3d2e1f0&aw_0_1st.skey=1700000000"
    )
    assert ("device_id", "device_id.audio_ad_listener_id") in _found(engine, {"url": url})


def test_listener_handles_are_not_device_ids(engine: Engine) -> None:
    example = {"url": "https://api.example.com/v1/rpc", "json": {"listenerId": 12}}
    assert "device_id" not in _categories(engine, example)


def test_prefixed_did_cookie(engine: Engine) -> None:
    example = {
        "url": "https://api.example-chat.app/v2/inbox",
        "headers": {"Cookie": "xc_sess=abc; xc_dvid=8f14e45fceea167a5a36dedd4bea2543"},
    }
    assert ("device_id", "device_id.prefixed_did_key") in _found(engine, example)


@pytest.mark.parametrize("value", ["14155550123", "did:web:example.com:alice", "1", "true"])
def test_prefixed_did_phone_numbers_and_w3c_dids_are_not_device_ids(
    engine: Engine, value: str
) -> None:
    example = {"url": "https://api.example-voip.com/v1/x", "json": {"pbx_did": value}}
    assert "device_id.prefixed_did_key" not in {r for _, r in _found(engine, example)}


def test_device_record_with_sim_and_sn() -> None:
    record = {"imei": "490154203237518", "iccid": "8944500102198304826", "deviceSn": "KW8812"}
    assert device_identity_record(record)
    assert not device_identity_record({"sn": "20240611", "session_id": "a1b2c3d4e5f6a7b8"})


def test_ecid_as_the_media_trackers_name_it(engine: Engine) -> None:
    example = {
        "url": "https://collect.example.hb-api.omtrdc.net/api/v1/sessions",
        "json": {
            "eventType": "sessionStart",
            "params": {"visitor.marketingCloudUserId": "98765432109876543210987654321098765432"},
        },
    }
    assert ("device_id", "device_id.adobe_identity_map") in _found(engine, example)


def test_hashed_idfv(engine: Engine) -> None:
    example = {
        "url": "https://api.example-books.com/v1/devices",
        "json": {"idfv": "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"},
    }
    assert ("device_id", "device_id.idfv") in _found(engine, example)


# -- viewing history -------------------------------------------------------------


def test_jw_player_playback_pings_are_viewing_history(engine: Engine) -> None:
    base = "https://prd.jwpltx.com/v1/jwplayer6/ping.gif?aid=Zx9&id=Ab12Cd34&t=Night+news"
    assert "viewing_history" in _categories(engine, {"url": base + "&vd=600&q=32&pw=0&e=s"})
    assert "viewing_history" in _categories(engine, {"url": base + "&vd=600&pw=64&ti=40&e=t"})
    assert "viewing_history" not in _categories(engine, {"url": base + "&vd=600&e=e"})


def test_progress_on_a_recording_path(engine: Engine) -> None:
    example = {
        "url": "https://api.example-dvr.tv/v2/recordings/rec-5512/progress",
        "method": "PATCH",
        "json": {"positionSec": 1830},
    }
    assert "viewing_history" in _categories(engine, example)


def test_recently_listened_stations() -> None:
    recents = [
        {"stationId": "st-1", "name": "Jazz FM", "lastListenedAt": "2024-05-01T20:00:00Z"},
        {"stationId": "st-2", "name": "News 24", "lastListenedAt": "2024-05-02T07:00:00Z"},
    ]
    assert watch_list(recents)
    games = [{"id": "g1", "title": "Miner", "lastPlayed": 1716231664344, "playtime": 31}]
    assert not watch_list(games)


@pytest.mark.parametrize(
    "record",
    [
        {"channel": "BBC One", "programme": "Newsnight", "elapsed": 640},
        {"channelName": "ZDF", "showTitle": "heute journal", "tunedAt": "2024-06-20T19:30:00Z"},
        {"chan": "7", "prog_id": "SH0123", "pos": "55"},
    ],
)
def test_tuned_programme(record: dict[str, object]) -> None:
    assert tuned_programme(record)


@pytest.mark.parametrize(
    "record",
    [
        {"channel": "BBC One", "programme": "Newsnight", "start": 1, "end": 2},
        {"channel": "push", "program": "rewards", "position": 1},
        {"channel": "BBC One", "programme": "Newsnight"},
        {"channel": "BBC One", "prog": 0.4, "pos": 2},
    ],
)
def test_not_a_tuned_programme(record: dict[str, object]) -> None:
    assert not tuned_programme(record)


@given(st.dictionaries(st.sampled_from(["chan", "prog", "pos", "x"]), st.integers() | st.text()))
def test_tuned_programme_never_raises(record: dict[str, object]) -> None:
    tuned_programme(record)
