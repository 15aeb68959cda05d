"""Round 66 (set 272): Sakha and Buryat apps, a Mediascope heartbeat and an IPTV box's XML log.

What was missing, and what was chosen:

- Sakha and Buryat viewing words, as the key reader spells Cyrillic (lexicon/viewing.yaml):
  Sakha `көрбүт` (watched), `истии` / `истибит` (listening / listened), `кэм` (time), `ырыа`
  (song), `биэрии` (programme), `толорооччу` (performer), `саҕаламмыт` (started), `тохтообут`
  (stopped), `олонхо` (the chanted epic, a recitation); Buryat `харалга` / `хараһан`
  (watching / watched), `шагнаһан` (listened), `дуун` (song), `дууһаһан` (finished), `түүхэ`
  (history), and `саг` / `сай` (time) and `мульт` (a cartoon) in Cyrillic only, since their
  Latin spellings are other words (`sag`, `sai`, a multiplier's `mult`);
- Sakha `сирэй` (face), lexicon/biometric.yaml, so a face template under it is read;
- a recitation (an olonkho, a surah) names content at a listening endpoint, and a watching or
  listening key in the app's language holding a content slug (`kharalga=m-55`) names what
  was watched there (structures/endpoints.py); English `watching` is left out (a shop's or a
  code host's watched item);
- Mediascope's media tag: a content id (`idlc`) with the event type (`view`) and the frame
  timestamp (`fts`), read from the SDK's own field notes (viewing_history/
  mediascope-video-heartbeat); its article contact (no event, no frame time) stays out;
- an XML document whose root says channel log, with channel rows, posted to a statistics
  path that does not say so (viewing_history/xml-channel-log-document).

Precision: tests/fixtures/negatives/negatives_round272.jsonl (a server monitor, a bus
timetable, a toy shop, a concert ticket, a shop's watched item, Mediascope's article counter,
a face-painting booking, a school lobby screen's playout, a news list, a radio schedule).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round272.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _vector(seed: int, size: int = 128) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 53 + seed * 7) % 89 - 44) / 350, 5) for i in range(size)]


VIEWING_POSITIVES = [
    # a Sakha radio app: a song (title, performer) with the seconds listened
    {
        "url": "https://api.example-yrya.ru/v2/istii/log",
        "method": "POST",
        "json": {
            "ырыа": {"id": "s-7731", "аата": "Кэрэ кыыс", "толорооччу": "Саргылаана"},
            "истибит_кэм": 184,
            "саҕаламмыт": "2025-03-04T09:12:00+09:00",
        },
    },
    # a Buryat cartoon app: one cartoon watched, time watched, finished
    {
        "url": "https://api.example-zurag.ru/v1/haralga/log",
        "method": "POST",
        "json": {"харалга": {"мульт": "c-310", "хараһан_сай": 420, "дууһаһан": False}},
    },
    # a Buryat song heard, seconds listened
    {
        "url": "https://api.example-duun.ru/v1/bxr/shagnalga",
        "method": "POST",
        "json": {"дуун": {"id": "d-88", "нэрэ": "Саяан"}, "шагнаһан_сай": 201},
    },
    # a Sakha TV app's watched list read back: programme, when, where it stopped
    {
        "url": "https://api.example-tv.ru/v3/sah/korbutterim",
        "method": "GET",
        "response": {
            "json": {
                "көрбүттэрим": [
                    {"биэрии": "kyhyn-01", "көрбүт_кэмэ": "2025-03-03T20:00:00Z", "тохтообут": 611},
                    {"биэрии": "sonun-44", "көрбүт_кэмэ": "2025-03-03T21:00:00Z", "тохтообут": 95},
                ]
            }
        },
    },
    # an olonkho chapter heard, time in seconds, form-encoded
    {
        "url": "https://api.example-olonkho.ru/v1/olonkho/istii",
        "method": "POST",
        "form": {"olonkho": "er-sogotokh", "kem": "742", "ts": "1741100000000"},
    },
    # the cartoon named under the Buryat act word, seconds beside it, in a query
    {
        "url": "https://api.example-multik.ru/v2/haralga?haralga=c-4411&sek=315",
        "method": "GET",
    },
    # Mediascope's media tag: a catch-up episode's heartbeat
    {
        "url": "https://tns-counter.ru/e/msdkev?cid=example_tv&tms=example_tv_total&idlc=ep-17&view=2&fts=945000&ver=2",
        "method": "GET",
    },
    # a box's XML channel log to a statistics path
    {
        "url": "http://stb.example-tv.ru/api/stats/upload",
        "method": "POST",
        "headers": {"content-type": "text/xml"},
        "body": (
            '<ChannelLog serial="STB0099"><Entry channel="Саха" begin="2025-03-04T18:00:00Z"'
            ' duration="900"/><Entry channel="Тивиком" begin="2025-03-04T18:15:00Z"'
            ' duration="2700"/></ChannelLog>'
        ),
    },
]

FACE_POSITIVES = [
    # a bank's face template under Sakha `сирэй`
    {
        "url": "https://api.example-bank.ru/v2/sah/enrol",
        "method": "POST",
        "json": {"сирэй_шаблона": _vector(4), "клиент": "K-2291"},
    },
    # a face object holding its vector, Sakha key romanised
    {
        "url": "https://api.example-bank.ru/v2/sah/check",
        "method": "POST",
        "json": {"sirei": {"vektor": _vector(9)}, "versiya": "f-2"},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("харалга", ("watching",)),
        ("хараһан_сай", ("watched", "time")),
        ("истибит_кэм", ("listened", "time")),
        ("шагнаһан_сай", ("listened", "time")),
        ("ырыа", ("song",)),
        ("дуун", ("song",)),
        ("мульт", ("film",)),
        ("биэрии", ("programme",)),
        ("olonkho", ("recitation",)),
        ("mult", ("mult",)),
        ("sag", ("sag",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"][:60])
def test_sakha_and_buryat_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_sakha_face_template_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
