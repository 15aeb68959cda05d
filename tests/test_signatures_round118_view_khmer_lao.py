"""Round 118 (held-out set 117, Cambodia and Laos), viewing history in Khmer and Lao:

- Khmer and Lao join every class of the viewing lexicon, romanised (several spellings:
  `meul` / `moel`, `sdap` / `sdab`, `beung` / `berng`) and as the key reader
  transliterates their scripts. Neither script spaces its words, so a key is one
  compound (`រយៈពេលមើល` -> `ryakpelmaeul`, `ເວລາເບິ່ງ` -> `evlaebing`) and the words that
  start compounds are stems (`ryakpel-`, `maeul-`, `venatei-`, `evla-`, `ebing-`,
  `pahvad-`); Lao's leading vowels come first (`ເບິ່ງ` -> `ebing`);
- a Firebase / GA4 event sent as JSON (the Measurement Protocol's `events: [{name,
  params}]`) is read as the protobuf bundle is, and an event named for the act and its
  phase alone (`listen_progress`) counts when its params name the piece and say how much.

A Lao bank's transaction list (`ລາຍການ` is also "a transaction"), a weather forecast, a
ride's duration, a shop's viewed products, an article read, a karaoke score, a lesson's
progress, a TV guide, a station list, a music store, and analytics events that name no
piece, no amount, an ad, a game, a call or a download stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round118_view_khmer_lao.jsonl"
)

POSITIVES = [
    {
        "note": "a Khmer-script drama app's heartbeat (episode, seconds watched)",
        "url": "https://api.example-kon.kh/v2/heartbeat",
        "method": "POST",
        "json": {"រឿង": "kh-2291", "ភាគទី": 12, "ពេលមើល": 845, "ពេលវេលា": "2024-12-01T10:00:00Z"},
    },
    {
        "note": "a Khmer-script watch log with duration watched (rayeakpel meul)",
        "url": "https://api.example-kon.kh/v2/log",
        "method": "POST",
        "json": {"ខ្សែភាពយន្ត": "mv-190", "រយៈពេលមើល": 3120, "វិនាទី": 3120},
    },
    {
        "note": "a romanised Khmer series app's progress (pheak, ryakpel_meul)",
        "url": "https://api.example-kon.kh/v2/progress",
        "method": "POST",
        "json": {"rueang_id": "r-771", "pheak": 3, "ryakpel_meul": 900, "device": "tv"},
    },
    {
        "note": "a romanised Khmer history rail (brovatt meul rows)",
        "url": "https://api.example-kon.kh/v2/me/brovatt-meul",
        "method": "GET",
        "response": {
            "json": {
                "brovatt_meul": [
                    {"video_id": "v-11", "pheak": 2, "pel_meul": 1200},
                    {"video_id": "v-12", "pheak": 5, "pel_meul": 300},
                ]
            }
        },
    },
    {
        "note": "a Khmer-script music app's listen log (song, seconds listened)",
        "url": "https://api.example-phleng.kh/v1/log",
        "method": "POST",
        "json": {
            "ចម្រៀង": "so-8811",
            "អ្នកចម្រៀង": "Sin Sisamuth",
            "វិនាទីស្តាប់": 180,
            "ម៉ោង": "2024-12-01T10:00:00Z",
        },
    },
    {
        "note": "a romanised Khmer radio app's listening (sdab_vinati)",
        "url": "https://api.example-vetyo.kh/v1/listen",
        "method": "POST",
        "json": {"chamrieng_id": "s-901", "sdab_vinati": 211, "pel": 1733205600},
    },
    {
        "note": "a Lao-script TV box's viewing record (programme, episode, watch time)",
        "url": "https://api.example-tv.la/v1/ບັນທຶກ",
        "method": "POST",
        "json": {"ລາຍການ": "p-4410", "ຕອນທີ": 5, "ເວລາເບິ່ງ": 1200, "ເລີ່ມ": 1733205060000},
    },
    {
        "note": "a romanised Lao app's channel watch time (xong, vela_beung)",
        "url": "https://api.example-tv.la/v1/watch",
        "method": "POST",
        "json": {"xong": "LaoStar", "vela_beung": 600, "leum": 1733205060},
    },
    {
        "note": "a Lao-script history response (ປະຫວັດການເບິ່ງ rows)",
        "url": "https://api.example-tv.la/v1/me/history",
        "method": "GET",
        "response": {
            "json": {
                "ປະຫວັດການເບິ່ງ": [
                    {"ຫົວຂໍ້": "Nang Sao", "ຕອນທີ": 3, "ເວລາເບິ່ງ": 300},
                    {"ຫົວຂໍ້": "Kham Phay", "ຕອນທີ": 8, "ເວລາເບິ່ງ": 1500},
                ]
            }
        },
    },
    {
        "note": "a Lao-script music app's listening time (song, ເວລາຟັງ)",
        "url": "https://api.example-pheng.la/v1/log",
        "method": "POST",
        "json": {"ເພງ": "s-12", "ນັກຮ້ອງ": "Alexandra", "ເວລາຟັງ": 140},
    },
    {
        "note": "Firebase JSON: a lecture app's watching_progress with the lecture and position",
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "json": {
            "app_instance_id": "8f1e2d3c4b5a",
            "events": [
                {"name": "watching_progress", "params": {"lecture_id": "lc-20", "position": 1311}}
            ],
        },
    },
    {
        "note": "Firebase JSON: a sermon app's listen_complete with the talk and minutes",
        "url": "https://region1.app-measurement.com/a",
        "method": "POST",
        "json": {
            "app_instance_id": "8f1e2d3c4b5a",
            "events": [
                {"name": "listen_complete", "params": {"talk_title": "Metta", "minutes": 41}}
            ],
        },
    },
    {
        "note": "Measurement Protocol JSON: a Khmer sermon app's sdab_chob (listened, finished)",
        "url": "https://www.google-analytics.com/mp/collect?firebase_app_id=1:9:android:f&api_secret=s",
        "method": "POST",
        "json": {
            "app_instance_id": "8f1e2d3c4b5a",
            "events": [{"name": "sdab_chob", "params": {"tesna_id": 31, "vinati": 1800}}],
        },
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round118_khmer_lao_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round118_khmer_lao_lookalikes_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("key", "classes"),
    [
        ("រយៈពេលមើល", ("duration", "watching")),
        ("ភាគ", ("episode",)),
        ("ស្តាប់បាន", ("listened",)),
        ("ប្រវត្តិមើល", ("history", "watching")),
        ("ប៉ុស្តិ៍", ("channel",)),
        ("ເວລາເບິ່ງ", ("time", "watching")),
        ("ປະຫວັດການເບິ່ງ", ("history", "watching")),
        ("ຕອນທີ", ("episode",)),
        ("ຊ່ອງ", ("channel",)),
        ("pel_meul", ("time", "watching")),
        ("sdap_ban", ("listened",)),
        ("vela_beung", ("time", "watching")),
    ],
)
def test_round118_key_reader_reads_khmer_and_lao(key: str, classes: tuple[str, ...]) -> None:
    assert play_words(key) == classes


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("moel", "watching"),
        ("sdab", "listen"),
        ("pheak", "episode"),
        ("chhmuos", "name"),
        ("tamlei", "price"),
        ("berng", "watching"),
        ("lakorn", "drama"),
        ("laikan", "program"),
        ("pavat", "history"),
    ],
)
def test_round118_lexicon_holds_romanised_khmer_and_lao(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
