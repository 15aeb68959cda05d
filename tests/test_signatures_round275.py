"""Round 67 (set 275): Ossetian apps (Iron and Digor), keys in Cyrillic with æ and romanised.

The readings were there; the words were not:

- Ossetian viewing words (exfilwatch/detect/lexicon/viewing.yaml, `os`): `бынат` / Digor
  `бунат` (place: a playhead), `рæстæг` (time), `секундтæ` (seconds), `кастытæ` (things
  watched), `кæсын` / `кæсун` (to watch), `хъуыст` / `хъусгæ` (listened, heard), `хъусын` /
  Digor `игъосун` (to listen), `спектакль` (a theatre performance: a programme), `киноныв`
  (film), `зарæг` (song), `зарæггæнæг` (singer), `дарддæр` (further: continue watching),
  `фæстаг` (latest) and `кæронмæ` (to the end: finished). Bare `каст` (watched) is also
  Dutch and Estonian `kast` (a cupboard, a box) and is left out.
- `мæ` (my) opens many Ossetian titles (`Мæ Ирыстон`); read as Guaraní `mae` (watched) it
  made a search result's title an event name under a bare `name` key. It is listed whole in
  Cyrillic under `unrelated`, so a song catalogue with durations stays silent.
- An analytics SDK's event batch headed by its per-install `instanceId`, beside the SDK's
  version, the app's package and the events (VK MyTracker and SDKs of its kind):
  device_id/instance-id-sdk-event-batch (a cloud or game server's instance names no package
  or no SDK version).

Left: an Adjust event whose `callback_params` JSON names a track listened 30 s, and a museum
guide's batch packed as gzip+base64 under `data`. The theatre's lobby screens' proof-of-play
(the institution's equipment) is silenced by round 67's signage User-Agent reading (set 278).
Precision: tests/fixtures/negatives/negatives_round275.jsonl (song catalogues and search
results, a box and a cupboard, a shop's recently seen goods, a theatre's poster, a map place,
cloud instances, a school timetable).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round275.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

VIEWING_POSITIVES = [
    # a theatre app's recorded performance watched to a place within its length
    {
        "url": "https://api.example-teatr.ru/v1/videozal/progress",
        "method": "POST",
        "json": {"spektakl": "T-41", "nom": "Къостайы фæд", "bynat": 2710, "duration": 6100},
    },
    # Cyrillic keys: a song heard to a place, with its length and the time
    {
        "url": "https://api.example-musyka.ru/v2/player",
        "method": "POST",
        "json": {
            "зарæг": "S-8",
            "ном": "Æхсæвы стъалы",
            "бынат": 95,
            "duration": 230,
            "рæстæг": "2025-02-10T18:00:00Z",
        },
    },
    # continue watching (`дарддæр`): films with their playheads
    {
        "url": "https://api.example-kino.ru/v1/me/darddaer",
        "method": "GET",
        "response": {
            "json": {
                "darddaer": [
                    {"kinonyv": "K-12", "nom": "Фыдæлты фæндаг", "position": 3120},
                    {"kinonyv": "K-19", "nom": "Уæрæсе", "position": 845},
                ]
            }
        },
    },
    # an audio guide's stops heard (`хъусгæ`), seconds each
    {
        "url": "https://api.example-gid.ru/v1/tour/sync",
        "method": "POST",
        "json": {
            "qusgae": [
                {"stop": 4, "nom": "Нартæ", "sekundtae": 48},
                {"stop": 9, "nom": "Сæрмæт", "sekundtae": 71},
            ]
        },
    },
    # a school's video lessons watched (`кастытæ`), with the place reached
    {
        "url": "https://api.example-skola.ru/v2/lessons/history",
        "method": "GET",
        "response": {
            "json": {
                "kastytae": [
                    {"lesson": "M-3", "nom": "Алг", "position": 300, "kast": "2025-02-10T09:00Z"},
                    {"lesson": "F-1", "nom": "Физ", "position": 512, "kast": "2025-02-10T10:00Z"},
                ]
            }
        },
    },
]

DEVICE_POSITIVES = [
    # an analytics SDK's batch: the install's instance id with the SDK version and package
    {
        "url": "https://collect.example-metrics.ru/v3/mobile/events",
        "method": "POST",
        "json": {
            "instanceId": "3e5a1c2b-7d9f-4e8a-b1c2-d3e4f5a6b7c8",
            "package": "ru.example.kafe",
            "sdkVersion": "3.2.0",
            "events": [{"name": "checkin", "ts": 1739180000000}],
        },
    },
]


def test_ossetian_words_read_as_their_classes() -> None:
    lex = load("viewing")
    for word, cls in [("bynat", "position"), ("zaraeg", "song"), ("darddaer", "continue"),
                      ("kastytae", "watched"), ("qusgae", "listened"), ("spektakl", "programme"),
                      ("raestaeg", "time"), ("kaeronmae", "finished")]:  # fmt: skip
        assert lex.word(word) == cls, word
    assert lex.word("kast") is None  # Dutch / Estonian `kast`: a cupboard, a box


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_ossetian_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_an_sdk_batch_instance_id_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
