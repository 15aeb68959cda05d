"""Round 37, viewing history read by SHAPE and by SDK format, not by words: a
series of media fingerprints at a recognition endpoint, minutes per channel, a
log of channel rows with start and end times, one-letter-key player beacons
(player event or video rendition, content code, playhead), unnamed protobuf
fields of a gRPC watch-progress call, NPAW/Youbora pings. Own small payloads,
not the held-out sets'."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

import pytest

from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round37_view_sdk.jsonl"


def _exchange(url: str, body: bytes = b"", ctype: str = "application/json") -> Exchange:
    req = Request("POST" if body else "GET", url, [("content-type", ctype)], body)
    return Exchange("t", "1", req, Response(200, [], b""))


def _json(url: str, payload: dict) -> Exchange:
    return _exchange(url, json.dumps(payload).encode())


def _varint(n: int) -> bytes:
    out = b""
    while True:
        low, n = n & 0x7F, n >> 7
        if not n:
            return out + bytes([low])
        out += bytes([low | 0x80])


def _grpc(*fields: str | int) -> bytes:
    """A gRPC frame of a protobuf message with fields 1..n (strings, varints)."""
    msg = b""
    for number, value in enumerate(fields, 1):
        if isinstance(value, str):
            data = value.encode()
            msg += _varint(number << 3 | 2) + _varint(len(data)) + data
        else:
            msg += _varint(number << 3) + _varint(value)
    return b"\0" + struct.pack(">I", len(msg)) + msg


def _signatures(engine: Engine, exchange: Exchange) -> set[str]:
    return {f.signature for f in engine.analyse(exchange) if f.category == "viewing_history"}


POSITIVES = [
    (
        "viewing_history.acr_fingerprint_series",
        _json(
            "https://acr.example-stb.ng/v3/lookup",
            {"sample": {"audio_fp": [120034455, 998877665, 123123123, 456456456, 789789789]}},
        ),
    ),
    (
        "viewing_history.acr_fingerprint_series",
        _json(
            "https://tv.example-maker.co/api/acr/submit",
            {"fp": [[3242857356, 0], [2972765077, 64], [535660516, 128], [2669029340, 192]]},
        ),
    ),
    (
        "viewing_history.content_time_tally",
        _json(
            "https://stb.example-tv.pe/v1/resumen",
            {"dia": "2025-01-02", "minutos_por_canal": {"America TV": 120, "Latina": 35}},
        ),
    ),
    (
        "viewing_history.timed_channel_rows",
        _json(
            "https://launcher.example-box.tr/api/gunluk",
            {
                "kayit": [
                    {"kanal": "TRT 1", "bas": 1741993596, "son": 1741995396},
                    {"kanal": "Show TV", "bas": 1741995400, "son": 1741996000},
                ]
            },
        ),
    ),
    (
        "viewing_history.player_event_beacon",
        _exchange("https://hb.example-vod.ke/hb?c=EP-2231&x=1442&y=2700&e=pause"),
    ),
    (
        "viewing_history.rendition_playhead_beacon",
        _exchange("https://api.example-film.vn/v1/xem/nhip?m=PHIM-5521&vt=812&cl=1080p"),
    ),
    (
        "viewing_history.grpc_watch_progress",
        _exchange(
            "https://api.example-kino.kz/kino.v2.ViewingService/Save",
            _grpc("ep-88812", 1442, 1730793626035),
            "application/grpc",
        ),
    ),
    (
        "viewing_history.grpc_watch_progress",
        _exchange(
            "https://api.example-tv.az/rpc/tvplus.sync.v1.History/Put",
            _grpc("film:901", 612, 5400),
            "application/grpc+proto",
        ),
    ),
    (
        "viewing_history.npaw_youbora_beacon",
        _exchange("https://infinity-c7.youboranqs01.com/ping?code=U_1a2b3c4d&playhead=1210.5"),
    ),
    (
        "viewing_history.playback_heartbeat_endpoint",
        _exchange("https://api.example-radio.in/live/hb?stream=morning-raga&pos=1122&ts=17307"),
    ),
]


@pytest.mark.parametrize(("signature", "exchange"), POSITIVES)
def test_shape_is_found(engine: Engine, signature: str, exchange: Exchange) -> None:
    assert signature in _signatures(engine, exchange)


NEAR_MISSES = [
    # a single browser fingerprint at an ACR path
    _json("https://acr.example.com/acr/v1/session", {"fingerprint": "a1b2c3d4e5f60718"}),
    # three fingerprints are not a series
    _json("https://acr.example.com/v1/match", {"fp": [120034455, 998877665, 123123123]}),
    # a tally whose names are all ids
    _json("https://api.example-tv.com/v1/stats", {"minutes_by_channel": {"1": 4, "2": 5}}),
    # channel rows a whole day or more long
    _json(
        "https://api.example-tv.com/v1/log",
        {"log": [{"channel": "TV9", "from": 1741900000, "to": 1742000000}]},
    ),
    # a player event beacon with no content code
    _exchange("https://hb.example-vod.ke/hb?x=1442&y=2700&e=pause"),
    # a rendition with a page number only
    _exchange("https://api.example-vod.com/v1/list?genre=kdrama-x1&q=720p&page=2"),
    # a gRPC media progress call whose only number is a season
    _exchange(
        "https://api.example-kino.kz/kino.v2.ViewingService/Save",
        _grpc("ep-88812", 2),
        "application/grpc",
    ),
]


@pytest.mark.parametrize("exchange", NEAR_MISSES)
def test_near_miss_is_not_viewing(engine: Engine, exchange: Exchange) -> None:
    assert not _signatures(engine, exchange)


def test_negatives_file_is_clean(engine: Engine) -> None:
    from exfilwatch.detect.signatures import example_exchange

    dirty = []
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        found = [
            f.signature
            for f in engine.analyse(example_exchange(example))
            if f.category in ("viewing_history", "biometric", "device_id")
        ]
        if found:
            dirty.append((example["note"], found))
    assert not dirty, dirty
    assert base64  # the negatives carry gRPC bodies as base64
