"""Round 17 (sets 17-18 as development sets): the families behind their misses,
tested in spellings the sets never used, with look-alikes that must stay silent.

Families: signed bodies (`<signature>.{json}`), short-video dwell times and replay
counts, media logs with played-at / played-for keys, Piano AV Insights and its
visitor id, player heartbeat endpoints, app-prefixed IDFV headers and device.vendorId,
speaker templates posted to voiceprint endpoints, voiceprints named in other
languages, 3D face-model expression coefficients and emotion scores from the voice."""

from __future__ import annotations

import base64
import json
import random
import struct
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.decode import decode_exchange
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.faces import expression_coeffs
from exfilwatch.detect.structures.listening import listen_record
from exfilwatch.detect.structures.playback import playback_record

VIEW, DEVICE, BIO = {"viewing_history"}, {"device_id"}, {"biometric"}
SPEAKER_B64 = base64.b64encode(
    struct.pack("<192f", *(random.Random(99).gauss(0, 1) for _ in range(192)))
).decode()
COEFFS = [
    -1.0816,
    0.611,
    0.1641,
    0.3421,
    -0.0962,
    0.6448,
    0.3779,
    -0.3136,
    0.5446,
    -1.0418,
    -1.0479,
    0.1379,
    0.4365,
    -0.3645,
    0.0955,
    0.1724,
    0.0363,
    0.5538,
    0.4452,
    0.0432,
    -0.452,
    0.0167,
    -0.0663,
    -0.6459,
    -0.6933,
    -0.1459,
    -0.4483,
    -0.2573,
    0.3355,
    0.5753,
    0.1297,
    0.0399,
    -0.1982,
    0.3022,
    0.0102,
    -0.2936,
    -0.7153,
    0.288,
    -0.7864,
    0.4471,
    0.2275,
    0.2062,
    -0.076,
    0.4706,
    -0.3093,
    -0.1218,
    -0.725,
    -0.2818,
    -0.5279,
    -0.7521,
    0.6561,
    0.3686,
    -0.1475,
    -0.9219,
    0.1248,
    0.1722,
    0.0416,
    -0.72,
    0.5064,
    0.8758,
    -0.1425,
    -0.676,
    0.0455,
    -0.6857,
]


def _found(engine: Any, example: dict[str, Any], categories: set[str]) -> set[str]:
    return signatures_found(engine, example, categories)


# -- signed bodies ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["SIGNATURE", "4f9a0c2de1b7a8c6f3e2d1c0b9a8f7e6", "sig_v2-ab12"])
def test_signed_body_json_is_walked(prefix: str) -> None:
    body = prefix + "." + json.dumps({"clip_impressions": {"c1": {"watch_time_ms": 4200}}})
    decoded = decode_exchange(
        example_exchange(
            {
                "url": "https://i.example.com/api/v1/x/",
                "method": "POST",
                "form": {"signed_body": body},
            }
        )
    )
    assert any(n.path.endswith("|signed|json") for n in decoded.nodes)


def test_text_with_a_dot_before_a_brace_is_not_parsed_when_not_json() -> None:
    decoded = decode_exchange(
        example_exchange(
            {
                "url": "https://api.example.com/v1/x",
                "method": "POST",
                "json": {"v": "build-2024.{not json}"},
            }
        )
    )
    assert not any("|signed" in n.path for n in decoded.nodes)


@pytest.mark.parametrize(
    "inner",
    [
        {"reel_impressions": {"3013_50": {"watch_time_ms": 27764, "position_s": 14.2}}},
        {"video_views": [{"video_id": "v-881", "watched_seconds": 31}]},
    ],
)
def test_viewing_inside_a_signed_body(engine: Any, inner: dict) -> None:
    ex = {
        "url": "https://i.example-social.com/api/v1/clips/seen/",
        "method": "POST",
        "form": {"signed_body": "SIGNATURE." + json.dumps(inner)},
    }
    assert _found(engine, ex, VIEW)


# -- short-video dwell and replay counts ------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        {"clipId": "3_5", "dwellMs": 3000, "replays": 1},
        {"video_id": "v-9", "dwell_time": 12.5},
        {"episodeId": "e-2", "dwellSeconds": 40, "replay_count": 0},
    ],
)
def test_media_dwell_is_playback(record: dict) -> None:
    assert playback_record(record)


@pytest.mark.parametrize(
    "record",
    [
        {"postId": "p-1", "dwellMs": 3000},
        {"productId": "sku", "dwell_time": 12.5, "replays": 0},
        {"replays": [{"id": "r1"}], "videoId": "x", "watchTimeMs": 3},
        {"clipId": "c-1", "dwell": "long"},
    ],
)
def test_non_media_dwell_is_not_playback(record: dict) -> None:
    assert playback_record(record) is None


# -- media logs with played-at / played-for keys -----------------------------------


@pytest.mark.parametrize(
    "record",
    [
        {"artist": "Nena", "title": "99 Luftballons", "playedFrom": "2024-11-08T10:00:00Z"},
        {"artist": "Air", "song": "La femme d'argent", "listenedMs": 180000},
        {"band": "Moderat", "track": "A New Error", "heardAt": 1731052839},
    ],
)
def test_song_with_played_time_is_a_listen(record: dict) -> None:
    assert listen_record(record)


@pytest.mark.parametrize(
    "record",
    [
        {
            "artist": "Nena",
            "title": "Tour 2025",
            "venue": "Olympiahalle",
            "startTime": "2025-05-01",
        },
        {"artist": "Nena", "title": "99 Luftballons", "durationSec": 230},
    ],
)
def test_song_without_a_play_is_not_a_listen(record: dict) -> None:
    assert listen_record(record) is None


def test_head_unit_media_log(engine: Any) -> None:
    ex = {
        "url": "https://api.example-car.com/v2/headunit/media-log",
        "method": "POST",
        "json": {
            "entries": [
                {
                    "station": "Radio 1",
                    "artist": "Air",
                    "title": "Sexy Boy",
                    "playedAt": "2024-11-08T10:00:00Z",
                    "playedForSec": 90,
                }
            ]
        },
    }
    assert _found(engine, ex, VIEW)


# -- Piano AV Insights and idclient ----------------------------------------------


def test_piano_av_event_on_a_first_party_collect_domain(engine: Any) -> None:
    ex = {
        "url": "https://collect.example-radio.fr/event?s=551200&idclient=0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        "method": "POST",
        "json": {
            "events": [
                {"name": "av.pause", "data": {"av_content": "Le journal", "av_position": 61000}}
            ]
        },
    }
    assert "viewing_history.piano_av_insights" in _found(engine, ex, VIEW)
    assert "device_id.piano_idclient" in _found(engine, ex, DEVICE)


@pytest.mark.parametrize(
    "url",
    [
        "https://portal.example-bank.fr/api/contrats?idclient=0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        "https://logs1.xiti.com/event?s=628413&idclient=opt-out",
    ],
)
def test_idclient_lookalikes(engine: Any, url: str) -> None:
    assert not _found(engine, {"url": url}, DEVICE)


# -- player heartbeat endpoints ---------------------------------------------------


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-tv.com/v3/channels/ch-4/heartbeat",
            "method": "POST",
            "json": {"channelId": "ch-4", "positionSec": 1834},
        },
        {
            "url": "https://api.example-sport.com/live/keepalive",
            "method": "POST",
            "form": {"matchId": "m-77", "offsetMs": "91000"},
        },
    ],
)
def test_heartbeat_endpoint_with_playhead(engine: Any, example: dict) -> None:
    assert "viewing_history.playback_heartbeat_endpoint" in _found(engine, example, VIEW)


def test_presence_heartbeat_is_not_viewing(engine: Any) -> None:
    ex = {
        "url": "https://api.example-chat.com/live/heartbeat",
        "method": "POST",
        "json": {"room": "r1", "pos": 3},
    }
    assert not _found(engine, ex, VIEW)


# -- IDFV under app names ---------------------------------------------------------


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-game.io/v1/s",
            "headers": {"x-acme-idfv": "4F2A9C1E-8B3D-4E7F-A6C5-1D2E3F4A5B6C"},
        },
        {
            "url": "https://api.example-game.io/v1/s",
            "headers": {"X-ZZ-VendorId": "4F2A9C1E-8B3D-4E7F-A6C5-1D2E3F4A5B6C"},
        },
        {
            "url": "https://api.example-game.io/v1/s",
            "method": "POST",
            "json": {"deviceInfo": {"vendor_id": "4f2a9c1e-8b3d-4e7f-a6c5-1d2e3f4a5b6c"}},
        },
    ],
)
def test_idfv_under_app_names(engine: Any, example: dict) -> None:
    assert _found(engine, example, DEVICE)


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://shop.example.com/api/v",
            "method": "POST",
            "json": {"seller": {"vendorId": "4f2a9c1e-8b3d-4e7f-a6c5-1d2e3f4a5b6c"}},
        },
        {
            "url": "https://api.example.com/v1/s",
            "method": "POST",
            "json": {"device": {"vendorId": "0x05ac"}},
        },
    ],
)
def test_vendor_id_lookalikes(engine: Any, example: dict) -> None:
    assert not _found(engine, example, DEVICE)


# -- voiceprints: endpoints, other languages, emotion from voice --------------------


def test_speaker_template_to_voice_unlock(engine: Any) -> None:
    ex = {
        "url": "https://api.example-notes.app/v1/voice-unlock",
        "method": "POST",
        "json": {"embedding": SPEAKER_B64},
    }
    assert "biometric.voiceprint.enrolment_endpoint" in _found(engine, ex, BIO)


def test_speaker_template_elsewhere_is_not_a_voiceprint(engine: Any) -> None:
    ex = {
        "url": "https://api.example-search.com/v1/documents",
        "method": "POST",
        "json": {"embedding": SPEAKER_B64},
    }
    assert "biometric.voiceprint.enrolment_endpoint" not in _found(engine, ex, BIO)


@pytest.mark.parametrize(
    "key", ["empreinte_vocale", "huella_de_voz", "improntaVocale", "stimmAbdruck"]
)
def test_voiceprint_in_other_languages(engine: Any, key: str) -> None:
    ex = {
        "url": "https://api.example-bank.eu/v1/clients/7",
        "method": "PUT",
        "json": {key: SPEAKER_B64},
    }
    assert _found(engine, ex, BIO)


def test_voice_emotion_scores(engine: Any) -> None:
    ex = {
        "url": "https://api.example-care.com/v1/checkins",
        "method": "POST",
        "json": {
            "entries": [{"modality": "speech", "affect": {"calm": 0.4, "stress": 0.5, "joy": 0.1}}]
        },
    }
    assert "biometric.voice_emotion_scores" in _found(engine, ex, BIO)


# -- 3D face-model expression coefficients ------------------------------------------


def test_expression_coefficients(engine: Any) -> None:
    ex = {
        "url": "https://api.example-avatar.com/v1/frames",
        "method": "POST",
        "json": {"frame": 7, "expr_params": COEFFS},
    }
    assert "biometric.face_expression_coefficients" in _found(engine, ex, BIO)


@pytest.mark.parametrize(
    "value",
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0.5] * 20, [abs(x) for x in COEFFS], [0.1, -0.2]],
)
def test_expression_coeffs_shape_rejects(value: list) -> None:
    assert expression_coeffs(value) is None
