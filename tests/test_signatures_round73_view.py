"""Round 73, viewing history: Vietnamese keys with their marks (`tập`, episode, read
before folding, since folded it is English `tap`), an audiobook's listening progress
nested under the book, romanised Thai playback keys (`ton` episode, `doo` watch) and
GA4 bundles whose params share field 2 with the event name. Hard negatives:
tests/fixtures/negatives/negatives_round73_view.jsonl."""

from __future__ import annotations

import base64

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import _progress_key
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_options()


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("tập", ("episode",)),
        ("vị_trí_giây", ("position", "seconds")),
        ("tap", ("tap",)),
        ("tap_count", ("tap", "count")),
        ("wela_doo", ("time", "watching")),
        ("ton", ("episode",)),
        ("ma_sach", ("book", "id")),
    ],
)
def test_key_words_read_by_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    ("key", "nested"),
    [
        ("tien_do_nghe", True),
        ("listen_progress", True),
        ("watchProgress", True),
        ("tien_do_doc", False),  # reading
        ("tien_do_tai", False),  # downloading
        ("transcription_progress", False),
        ("upload_progress", False),
        ("progress", False),  # a job's as often as a player's
    ],
)
def test_only_playback_progress_objects_are_read_as_the_record(key: str, nested: bool) -> None:
    assert _progress_key(key) is nested


def _varint(n: int) -> bytes:
    out = b""
    while True:
        low, n = n & 0x7F, n >> 7
        if not n:
            return out + bytes([low])
        out += bytes([low | 0x80])


def _field(number: int, payload: bytes | str | int) -> bytes:
    if isinstance(payload, int):
        return _varint(number << 3) + _varint(payload)
    data = payload.encode() if isinstance(payload, str) else payload
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _bundle(name: str, params: list[tuple[str, str | int]]) -> str:
    """A GA4 bundle whose params sit under field 2 beside the name (int value in 4)."""
    rows = b"".join(
        _field(2, _field(1, p) + (_field(2, v) if isinstance(v, str) else _field(4, v)))
        for p, v in params
    )
    event = _field(2, rows + _field(2, name) + _field(3, 1741420949982))
    bundle = _field(1, 1) + event + _field(8, "android") + _field(14, "vn.example.tv")
    return base64.b64encode(_field(1, bundle)).decode()


def _ga4(body: str) -> dict:
    return {
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "headers": {"content-type": "application/x-protobuf"},
        "body_base64": body,
    }


POSITIVES = [
    {
        "url": "https://api.example-phim.vn/v3/tien-do/ep-9911",
        "method": "PUT",
        "json": {"tập": 7, "vị_trí_giây": 801, "thời_lượng": 2700, "đã_xem_xong": False},
    },
    {
        "url": "https://api.example-sachnoi.vn/v2/sach-noi/tien-do",
        "method": "POST",
        "json": {
            "ma_sach": "ab-310",
            "ten_sach": "Sach",
            "tien_do_nghe": {"chuong": 2, "giay": 300, "giay_da_nghe": 280, "toc_do": 1.25},
        },
    },
    {
        "url": "https://api.example-lakorn.co.th/api/v2/player/hb",
        "method": "POST",
        "json": {"ton": 3, "tamnaeng": 410, "wela_doo": 30, "ts": 1741420850555},
    },
    {
        "url": "https://api.example-lakorn.co.th/api/v2/doo_tor?ton=4&tamnaeng=932",
        "method": "GET",
    },
    _ga4(
        _bundle(
            "video_progress",
            [("video_title", "Drama EP3"), ("video_current_time", 900), ("video_duration", 2400)],
        )
    ),
]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda e: e["url"][8:40])
def test_viewing_history_found(engine: Engine, example: dict) -> None:
    assert _viewing(engine, example)


def test_ga4_screen_view_with_params_under_field_2_is_not_viewing(engine: Engine) -> None:
    body = _bundle("screen_view", [("ga_screen", "VideoDetail"), ("video_title", "EP3")])
    assert not _viewing(engine, _ga4(body))
