"""Round 8 (sets 8-10 as development sets): the families behind their viewing-history
and device-id misses, written with other vendors' spellings than the sets used, so
that each test checks the family and not the one app it was seen in."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exfilwatch.detect import structures as s
from exfilwatch.detect import validators as v
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import _iso_seconds, play_words
from exfilwatch.engine import Engine


def _found(engine: Engine, example: dict[str, Any]) -> set[tuple[str, str]]:
    """(category, rule id) of every finding on one example exchange."""
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {category for category, _ in _found(engine, example)}


# -- detectors on their edge cases --------------------------------------------


def test_iso_durations_are_seconds() -> None:
    assert _iso_seconds("PT56M15S") == 3375
    assert _iso_seconds("PT1H") == 3600
    assert _iso_seconds("pt12.5s") == 12.5
    assert _iso_seconds("PT") is None
    assert _iso_seconds("P1D") is None
    assert _iso_seconds("56:15") is None


@given(st.text(max_size=40))
def test_iso_duration_never_raises(text: str) -> None:
    _iso_seconds(text)


def test_compound_key_words_split() -> None:
    assert play_words("playtime") == ("play", "time")
    assert play_words("watchedSec") == ("watched", "sec")
    assert play_words("display") == ("display",)


def test_named_device_id_values() -> None:
    assert v.is_named_device_id(
        "devid,ff8bf074b81d486e7329971a4c0f68fbb73a62413bc53aea85959d65df83ebc1"
    )
    assert v.is_named_device_id("IDFA:75BD5125-DB54-435F-9802-DB897F041728")
    assert not v.is_named_device_id("nuid,ae57f2877e32c271274197f30c602f7c")
    assert not v.is_named_device_id("did:plc:ewvi7nxzyoun6zhxrhs64oiz")
    assert not v.is_named_device_id("ifa:unknown")


@given(st.text(max_size=200))
def test_named_device_id_never_raises(text: str) -> None:
    v.is_named_device_id(text)


def test_device_id_map_needs_two_codes() -> None:
    two = {
        "GPID": "38400000-8cf0-11bd-b23e-10b96e40000d",
        "UM5": "0cc175b9c0f1b6a831c399e269772661",
    }
    assert s.STRUCTURES["device_id_map"](two)
    assert not s.STRUCTURES["device_id_map"]({"idv": "38400000-8cf0-11bd-b23e-10b96e40000d"})


def test_player_heartbeat_needs_playhead_and_two_quality_figures() -> None:
    beat = s.STRUCTURES["player_heartbeat"]
    assert beat({"sid": "x", "playheadSec": 61.5, "bitrateKbps": 3200, "droppedFrames": 0})
    assert not beat({"sid": "x", "playheadSec": 61.5, "bitrateKbps": 3200})
    assert not beat({"bitrate": 1, "throughput": 2, "droppedFrames": 0, "latency": 4})
    assert not beat({"projectId": "p", "playhead": 1.5, "exportBitrate": 8, "fps": 30})


# -- viewing history: the families, in other spellings -------------------------

VIEWING = [
    pytest.param(
        {
            "url": "https://api.example-shorts.cn/h5/playlet/progress",
            "method": "POST",
            "json": {"playletId": "pl-8812", "episode_number": 14, "watched_seconds": 41},
        },
        id="short-drama-progress-snake-case",
    ),
    pytest.param(
        {
            "url": "https://api.example-novela.com/v2/progreso",
            "method": "POST",
            "json": {"capituloId": "c-31", "playedMs": 812000},
        },
        id="episode-progress-spanish-noun",
    ),
    pytest.param(
        {
            "url": "https://sync.example-pods.app/v1/episodes/actions",
            "method": "POST",
            "json": {
                "actions": [
                    {"episode_id": "e-1", "action": "skipped"},
                    {"episode_id": "e-2", "action": "finished"},
                ]
            },
        },
        id="episode-actions-skipped-finished",
    ),
    pytest.param(
        {
            "url": "https://hb.example-ott.tv/api/Heartbeat",
            "method": "POST",
            "json": {"ContentId": "c-77", "PlayheadPosition": "PT1H2M3S", "PlayerState": "Playing"},
        },
        id="pascal-case-heartbeat-iso-position",
    ),
    pytest.param(
        {
            "url": "https://qos.example-cdn.net/beat?sid=ab12&currentTime=612.4&bitrate=4800&rebufferCount=0&fps=25"
        },
        id="qos-heartbeat-query",
    ),
    pytest.param(
        {
            "url": "https://log.example-video.cn/report",
            "method": "POST",
            "json": {"stats": [{"photoId": "73365509", "playedMs": 17018, "replayCnt": 1}]},
        },
        id="short-video-stats-with-replay-count",
    ),
    pytest.param(
        {
            "url": "https://log.example-tv.cn/collect",
            "method": "POST",
            "json": {"vid": "x0041abcd", "playtime": 120},
        },
        id="vid-with-compound-playtime",
    ),
]


@pytest.mark.parametrize("example", VIEWING)
def test_viewing_history_families(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example)


NOT_VIEWING = [
    pytest.param(
        {
            "url": "https://api.example-drama.cn/v1/dramas/d1",
            "response": {"json": {"dramaId": "d1", "episodeCount": 80, "durationSec": 110}},
        },
        id="drama-catalogue",
    ),
    pytest.param(
        {
            "url": "https://api.example-learn.com/v1/progress",
            "method": "POST",
            "json": {"lesson_id": "l-31", "action": "skipped", "position": 3},
        },
        id="lesson-skipped",
    ),
    pytest.param(
        {
            "url": "https://api.example-game.com/v1/replays/r9",
            "method": "POST",
            "json": {"ReplayId": "r9", "Position": "PT1M5S", "State": "playing"},
        },
        id="game-replay-iso-position",
    ),
    pytest.param(
        {
            "url": "https://api.example-meet.com/v1/calls/c1/stats",
            "method": "POST",
            "json": {"callId": "c1", "bitrate": 800000, "fps": 30, "framesDropped": 2},
        },
        id="call-stats-no-playhead",
    ),
    pytest.param(
        {
            "url": "https://api.example-print.com/v1/usb/events",
            "method": "POST",
            "json": {"vid": "0x1234", "pid": "0x5678", "event": "start"},
        },
        id="usb-vendor-id",
    ),
]


@pytest.mark.parametrize("example", NOT_VIEWING)
def test_viewing_history_lookalikes(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" not in _categories(engine, example)


# -- device ids: the families, in other spellings ------------------------------

DEVICE = [
    pytest.param(
        {
            "url": "https://api.example-doorbell.com/v1/events",
            "method": "POST",
            "json": {"doorbellSN": "DB7K2231XQ90", "event": "ring"},
        },
        id="thing-sn-key",
    ),
    pytest.param(
        {"url": "https://ota.example-robot.com/check?sn=RB20X5512AC7&fw=1.2.0"},
        id="bare-sn-on-ota-check",
    ),
    pytest.param(
        {"url": "https://api.example-charge.com/v3/wallboxes/WB22A7719KC4/sessions"},
        id="serial-after-device-kind-in-path",
    ),
    pytest.param(
        {"url": "https://api.example-vac.com/v1/robots/6f1c2a9e-55d0-4b7e-9c31-0a2b3c4d5e6f/map"},
        id="uuid-after-device-kind-in-path",
    ),
    pytest.param(
        {
            "url": "https://secure-gl.imrworldwide.example/cgi-bin/m?ci=nlsnci535&c9=devid,"
            + "0cc175b9c0f1b6a831c399e269772661&c13=asid,P29D9B460"
        },
        id="nielsen-dar-devid-slot",
    ),
    pytest.param(
        {
            "url": "https://ads.example-net.com/v1/req",
            "method": "POST",
            "form": {
                "uid": '{"GPID":"38400000-8cf0-11bd-b23e-10b96e40000d",'
                '"O1":"8b1a9953c4611296a827abf8c47804d7a1b2c3d4"}'
            },
        },
        id="id-type-code-map",
    ),
]


@pytest.mark.parametrize("example", DEVICE)
def test_device_id_families(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in _categories(engine, example)


NOT_DEVICE = [
    pytest.param(
        {
            "url": "https://api.example-liveness.com/api/v3/liveness-3d",
            "method": "POST",
            "headers": {"x-device-key": "dc58acbcb8ed04aff86585c96f572649"},
        },
        id="sdk-device-key-header",
    ),
    pytest.param(
        {
            "url": "https://api.example-iot.com/v1/auth",
            "method": "POST",
            "headers": {"x-hub-device-secret": "k7Qm2Zx9Lp4Rt8Vw1Yb6n3Hc5Dj0Fg2S"},
        },
        id="device-secret-header",
    ),
    pytest.param(
        {
            "url": "https://api.example-shop.cn/v1/order/detail",
            "method": "POST",
            "json": {"order_sn": "SO2024031512AB", "sn": "SO2024031512AB"},
        },
        id="order-sn",
    ),
    pytest.param({"url": "https://api.example-chat.com/v1/sync?sn=42"}, id="sequence-number"),
    pytest.param(
        {
            "url": "https://api.example-pay.com/v1/gateways/3f0d5c2e-8c1b-4c53-9a51-0f1e2d3c4b5a/charges"
        },
        id="payment-gateway-uuid",
    ),
    pytest.param(
        {
            "url": "https://api.example-social.com/xrpc/app.profile?actor=did:plc:ewvi7nxzyoun6zhxrhs64oiz"
        },
        id="decentralized-identifier",
    ),
]


@pytest.mark.parametrize("example", NOT_DEVICE)
def test_device_id_lookalikes(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in _categories(engine, example)
