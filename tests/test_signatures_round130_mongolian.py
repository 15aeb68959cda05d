"""Round 44 (held-out set 129, Mongolian and Korean): Hangul read by the Revised
Romanization, Mongolian words in every lexicon, and an analytics event named as watching.

Korean keys were read syllable by syllable through a letter-by-letter transliteration
that writes a final stop as g / d / b and a first ㄹ as l (`기록` -> `gilog`, `제목` ->
`jemog`), while the lexicons spell Korean in the Revised Romanization (`girok`, `jemok`),
the way Korean developers write it: history, title, `듣기` (listening) and every word
with a final stop were never read. `_common.ascii_key` now romanises Hangul by the Revised
Romanization. Mongolian (Cyrillic, read `үзсэн` -> `uzsen`, `төхөөрөмж` -> `tokhooromzh`,
and in the Latin letters its developers write, `tuhuurumj`, `nuur`) had no words; it now
has them for the viewing, device, biometric and upload-context classes, with its words
for an average and for viewers (a "most watched" rail's columns are everyone's). A device's
MAC named in another language (`төхөөрөмж_мак`) has a rule, and an attribution SDK's event
named as watching with how long (Airbridge `eventData.goal`, the title in a commerce item
list) is viewing. Each positive found nothing before this round; hard negatives are in
tests/fixtures/negatives/negatives_round130_mongolian.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import categories_found

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.structures._common import ascii_key
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round130_mongolian.jsonl"

_FOUND = [
    (
        "viewing_history",
        {
            "note": "ko watch history",
            "url": "https://api.example-ott.kr/v2/me/history",
            "method": "GET",
            "response": {
                "json": {
                    "최근시청": [
                        {
                            "콘텐츠": "E1002",
                            "제목": "바다의 노래",
                            "시청일시": "2025-10-02T21:14:00+09:00",
                        },
                        {
                            "콘텐츠": "E1417",
                            "제목": "겨울 손님",
                            "시청일시": "2025-10-01T22:40:00+09:00",
                        },
                    ]
                }
            },
        },
    ),
    (
        "viewing_history",
        {
            "note": "ko continue row",
            "url": "https://api.example-ott.kr/v3/home/rails",
            "method": "GET",
            "response": {
                "json": {
                    "이어보기": [
                        {"id": "D77-3", "제목": "별빛 식당", "재생위치": 1422},
                        {"id": "D12-9", "제목": "두 번째 봄", "재생위치": 305},
                    ]
                }
            },
        },
    ),
    (
        "viewing_history",
        {
            "note": "mn history response",
            "url": "https://api.example-kino.mn/v1/minii/tuukh",
            "method": "GET",
            "response": {
                "json": {
                    "үзсэн_түүх": [
                        {
                            "кино_id": "f-201",
                            "нэр": "Говийн салхи",
                            "үзсэн_огноо": "2025-09-30T19:00:00Z",
                            "үзсэн_хувь": 64,
                        },
                        {
                            "кино_id": "f-377",
                            "нэр": "Хангайн зун",
                            "үзсэн_огноо": "2025-09-28T20:10:00Z",
                            "үзсэн_хувь": 100,
                        },
                    ]
                }
            },
        },
    ),
    (
        "viewing_history",
        {
            "note": "mn recently listened",
            "url": "https://api.example-radio.mn/v2/me/recent",
            "method": "GET",
            "response": {
                "json": {
                    "сүүлд_сонссон": [
                        {"дуу_id": 8812, "нэр": "Ээжийн дуу", "сонссон_секунд": 211},
                        {"дуу_id": 9034, "нэр": "Талын салхи", "сонссон_секунд": 187},
                    ]
                }
            },
        },
    ),
    (
        "viewing_history",
        {
            "note": "mn latin heartbeat",
            "url": "https://api.example-tv.mn/v3/togluulagch/tsohilt",
            "method": "POST",
            "json": {
                "angi_id": "s3e07",
                "bairlal_sec": 1290,
                "uzsen_sekund": 1180,
                "tuhuurumjiin_id": "7c1e2f9a04b5d6e3",
            },
        },
    ),
    (
        "device_id",
        {
            "note": "mn device id header-like key",
            "url": "https://api.example-bank.mn/v1/burtgel",
            "method": "POST",
            "json": {"tuhuurumjiin_id": "a81f3c5e9d20b7c4", "zagvar": "Pixel 8"},
        },
    ),
    (
        "device_id",
        {
            "note": "mn Cyrillic device MAC without separators",
            "url": "https://log.example-iptv.mn/v1/report",
            "method": "POST",
            "json": {"төхөөрөмжийн_мак": "3C5AB4129E7F", "суваг": "MNB"},
        },
    ),
    (
        "biometric",
        {
            "note": "mn face embedding",
            "url": "https://api.example-pay.mn/v1/kyc/nuur",
            "method": "POST",
            "json": {
                "nuuriin_vektor": [
                    -0.08,
                    -0.0504,
                    -0.0208,
                    0.0088,
                    0.0384,
                    0.068,
                    -0.0624,
                    -0.0328,
                    -0.0032,
                    0.0264,
                    0.056,
                    -0.0744,
                    -0.0448,
                    -0.0152,
                    0.0144,
                    0.044,
                    0.0736,
                    -0.0568,
                    -0.0272,
                    0.0024,
                    0.032,
                    0.0616,
                    -0.0688,
                    -0.0392,
                    -0.0096,
                    0.02,
                    0.0496,
                    0.0792,
                    -0.0512,
                    -0.0216,
                    0.008,
                    0.0376,
                    0.0672,
                    -0.0632,
                    -0.0336,
                    -0.004,
                    0.0256,
                    0.0552,
                    -0.0752,
                    -0.0456,
                    -0.016,
                    0.0136,
                    0.0432,
                    0.0728,
                    -0.0576,
                    -0.028,
                    0.0016,
                    0.0312,
                    0.0608,
                    -0.0696,
                    -0.04,
                    -0.0104,
                    0.0192,
                    0.0488,
                    0.0784,
                    -0.052,
                    -0.0224,
                    0.0072,
                    0.0368,
                    0.0664,
                    -0.064,
                    -0.0344,
                    -0.0048,
                    0.0248,
                    0.0544,
                    -0.076,
                    -0.0464,
                    -0.0168,
                    0.0128,
                    0.0424,
                    0.072,
                    -0.0584,
                    -0.0288,
                    0.0008,
                    0.0304,
                    0.06,
                    -0.0704,
                    -0.0408,
                    -0.0112,
                    0.0184,
                    0.048,
                    0.0776,
                    -0.0528,
                    -0.0232,
                    0.0064,
                    0.036,
                    0.0656,
                    -0.0648,
                    -0.0352,
                    -0.0056,
                    0.024,
                    0.0536,
                    -0.0768,
                    -0.0472,
                    -0.0176,
                    0.012,
                    0.0416,
                    0.0712,
                    -0.0592,
                    -0.0296,
                    0.0,
                    0.0296,
                    0.0592,
                    -0.0712,
                    -0.0416,
                    -0.012,
                    0.0176,
                    0.0472,
                    0.0768,
                    -0.0536,
                    -0.024,
                    0.0056,
                    0.0352,
                    0.0648,
                    -0.0656,
                    -0.036,
                    -0.0064,
                    0.0232,
                    0.0528,
                    -0.0776,
                    -0.048,
                    -0.0184,
                    0.0112,
                    0.0408,
                    0.0704,
                    -0.06,
                    -0.0304,
                    -0.0008,
                ],
                "hereglegch": "u-118",
            },
        },
    ),
    (
        "viewing_history",
        {
            "note": "attribution event named watched",
            "url": "https://sdk.example-mmp.com/v4/apps/x/events/mobile-app/9001",
            "method": "POST",
            "json": {
                "eventData": {
                    "goal": {
                        "category": "series_watched",
                        "semanticAttributes": {
                            "products": [{"productID": "T-88", "name": "Steppe"}],
                            "watchSeconds": 2210,
                        },
                    }
                }
            },
        },
    ),
]


@pytest.mark.parametrize(("category", "example"), _FOUND, ids=[e["note"] for _, e in _FOUND])
def test_round130_mongolian_and_korean_found(engine: Engine, category: str, example: dict) -> None:
    assert category in categories_found(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:60])
def test_round130_mongolian_charts_shops_and_sites_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert categories_found(engine, example) == set()


@pytest.mark.parametrize(
    ("key", "reading"),
    [
        ("기록", "_Girok_"),
        ("제목", "_Jemok_"),
        ("듣기", "_Deutgi_"),
        ("이력", "_Iryeok_"),
        ("실례", "_Sillye_"),
        ("재생위치", "_Jaesaeng_Wichi_"),
    ],
)
def test_hangul_is_read_by_the_revised_romanization(key: str, reading: str) -> None:
    assert ascii_key(key) == reading


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        ("viewing", "uzsen", "watched"),
        ("viewing", "sonsson", "listened"),
        ("viewing", "sonssan", "listened"),
        ("viewing", "bairlal", "position"),
        ("viewing", "tuukh", "history"),
        ("viewing", "suuld", "recently"),
        ("viewing", "urgelzhluulen", "continue"),
        ("viewing", "nevtruuleg", "programme"),
        ("device", "tokhooromzh", "device"),
        ("device", "tuhuurumjiin", "device"),
        ("device", "mak", "mac"),
        ("biometric", "nuur", "face"),
        ("biometric", "nuuriin", "face"),
        ("biometric", "tanilt", "recognition"),
    ],
)
def test_lexicons_read_mongolian(lexicon: str, word: str, cls: str) -> None:
    assert load(lexicon).word(word) == cls


@pytest.mark.parametrize("key", ["дундаж_үзсэн_мин", "үзэлтийн_тоо", "үзэгчдийн_тоо"])
def test_mongolian_averages_and_counts_are_everyones(key: str) -> None:
    assert aggregate_key(key)
