"""Key names in any script are read as ASCII words (structures._common.key_words)."""

from __future__ import annotations

import json

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import ascii_key, key_words
from exfilwatch.engine import Engine


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("röst", ("rost",)),
        ("ferdighørt", ("ferdighort",)),
        ("просмотрId", ("prosmotr", "id")),
        ("фильм_id", ("film", "id")),
        ("Θέση", ("thesi",)),
        ("播放進度", ("bofang", "jindu")),
        ("節目id", ("jiemu", "id")),
        ("재생위치", ("jaesaeng", "wichi")),
        ("さいせい", ("saisei",)),
        ("playTimeSum", ("play", "time", "sum")),
    ],
)
def test_a_key_in_any_script_is_read_as_words(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


def test_ascii_keys_are_left_as_they_are() -> None:
    assert ascii_key("deviceId") == "deviceId"


def _categories(engine: Engine, body: dict) -> set[str]:
    exchange = example_exchange(
        {
            "method": "POST",
            "url": "https://api.example-stream.test/v1/log",
            "headers": {"content-type": "application/json"},
            "body": json.dumps(body, ensure_ascii=False),
        }
    )
    return {f.category for f in engine.analyse(exchange)}


@pytest.mark.parametrize(
    "body",
    [
        {"節目": {"id": "P88102", "名稱": "東張西望"}, "播放進度": 1290, "總長": 2700},
        {"фильм": {"id": "f-2231"}, "позиция_сек": 1290, "длительность_сек": 5400},
    ],
)
def test_a_watch_log_keyed_in_its_own_script_is_found(engine: Engine, body: dict) -> None:
    assert "viewing_history" in _categories(engine, body)


@pytest.mark.parametrize(
    "body",
    [
        {"價格": 1290, "數量": 3, "商品": {"id": "P88102"}},
        {"товар": {"id": "f-2231"}, "цена": 1290, "количество": 2},
    ],
)
def test_a_shop_record_in_another_script_stays_silent(engine: Engine, body: dict) -> None:
    assert _categories(engine, body) == set()
