"""Round 66 (set 259): Maltese apps, keys written with and without diacritics.

The readings were there; the words were not. Maltese is added to the viewing and biometric
lexicons (diacritics dropped as the key reader drops them: `ħ` -> h, `ċ` -> c, `ż` -> z):

- viewing: `pożizzjoni` (position), `tul` (length), `ħin` (time), `episodju`, `programm`,
  `perċentwal`, `storja` (history), `kompli` / `komplija` (continue), `riċentement`
  (recently), `mismugħ` (listened), `smigħ` (listening), `dirett` (live), `bidu` (start), and
  `mara` / `marauta` as apps write "watched" (`SekondiMara`, `sekondi_marauta`; `mara` is also
  "woman" and Swahili "times", so it is an exact key word only);
- biometric: `wiċċ` (face), `leħen` (voice), `mudell` (model: a face template), `vettur`
  (vector), `ħajja` (life: a liveness score), `irreġistra` (enrol), `kelliem` (speaker);
- a progress write to a path that says `ara` / `tara` ("watch") as a whole segment
  (viewing_history.progress_path_bounded_playhead: `ara` is Guaraní "day" in the lexicon's
  `at` class, so the rule names it);
- a user's own history answer whose rows each name a programme's episode by number and when
  (new rule viewing_history.user_history_episode_rows): the path names the user and a history
  word, with no watching word (`/utent/storja`), as a purchase history (a price) does not.

Left out: a bare `ċavetta` (key) beside a face enrolment is not read as a device id, as an
English bare `key` is not. Precision: tests/fixtures/negatives/negatives_round259.jsonl (a gym's
women and men counts, a Swahili retry setting, a news site's stories, an airline's flight
history, a map's position, a TV guide and a German EPG, a purchase history, a beauty shop's
face products, a call setting, a car's model, a life-insurance cover, a drawing's vector, a
council's live session, a voice note's read receipt, a courier's position).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round259.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 128) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 97 - 48) / 400 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


def _vector(seed: int, size: int = 192) -> list[float]:
    """An embedding as a JSON list of small varied reals."""
    return [round(((i * 59 + seed * 5) % 89 - 44) / 350, 5) for i in range(size)]


VIEWING_POSITIVES = [
    # catch-up progress, keys with diacritics
    {
        "url": "https://api.example-tv.mt/v2/ara/progress",
        "method": "POST",
        "json": {
            "programm": {"id": "p-88", "isem": "Il-Port"},
            "episodju": 6,
            "pożizzjoni": 812,
            "tul": 2700,
            "ħin": "2026-03-02T20:40:00Z",
        },
    },
    # the same written without diacritics, as a form
    {
        "url": "https://api.example-tv.mt/v1/tara/pozizzjoni",
        "method": "POST",
        "form": {
            "programm": "p-88",
            "episodju": "7",
            "pozizzjoni": "95",
            "tul": "2700",
            "hin": "1772484000000",
        },
    },
    # a podcast's listening progress
    {
        "url": "https://api.example-pods.mt/v1/smigh/ep-41/progress",
        "method": "PUT",
        "json": {
            "podcast": "Kelma b'Kelma",
            "episodju": "Ep. 3",
            "pożizzjoni_s": 640,
            "tul_s": 2100,
        },
    },
    # a box's channel change in Maltese XML tags with the seconds watched
    {
        "url": "https://api.example-iptv.mt/stb/v1/avvenimenti",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": (
            '<Avvenimenti><BidlaTaKanal><Kanal id="12">TVM2</Kanal><Programm>Kwiżż</Programm>'
            "<Bidu>2026-03-02T19:00:00Z</Bidu><SekondiMara>640</SekondiMara></BidlaTaKanal>"
            "</Avvenimenti>"
        ),
    },
    # a match highlight watched, seconds watched under `sekondi_marauta`
    {
        "url": "https://api.example-sport.mt/v1/events",
        "method": "POST",
        "json": {
            "event": "highlight",
            "partita_id": 5512,
            "partita": "Birkirkara v Floriana",
            "sekondi_marauta": 212,
        },
    },
    # a highlight watched, Maltese `ara` path, percent and length
    {
        "url": "https://api.example-gowls.mt/v1/klipps/771/ara",
        "method": "POST",
        "json": {"vidjo": "k-771", "titlu": "Il-gowls tal-ġimgħa", "perċentwal": 60, "tul": 95},
    },
]

HISTORY_POSITIVES = [
    # continue watching rows: programme, episode, position, length
    {
        "url": "https://api.example-tv.mt/v2/utent/kompli-ara",
        "method": "GET",
        "response": {
            "json": {
                "komplija": [
                    {
                        "programm": "p-1",
                        "isem": "Il-Port",
                        "episodju": 2,
                        "pożizzjoni": 300,
                        "tul": 2700,
                    },
                    {
                        "programm": "p-9",
                        "isem": "Festa",
                        "episodju": 5,
                        "pożizzjoni": 90,
                        "tul": 1800,
                    },
                ]
            }
        },
    },
    # a user's `storja`: programmes' episodes by number and when
    {
        "url": "https://api.example-tv.mt/v2/utent/storja",
        "method": "GET",
        "response": {
            "json": {
                "storja": [
                    {
                        "programm": "p-1",
                        "isem": "Il-Port",
                        "episodju": 2,
                        "data": "2026-03-01T20:00:00Z",
                    },
                    {
                        "programm": "p-9",
                        "isem": "Festa",
                        "episodju": 5,
                        "data": "2026-02-28T21:00:00Z",
                    },
                ]
            }
        },
    },
    # an English user history of the same shape
    {
        "url": "https://api.example-tv.com/v3/me/history?page=2",
        "method": "GET",
        "response": {
            "json": {
                "history": [
                    {
                        "programme": "p-4",
                        "title": "Harbour",
                        "episode": 11,
                        "date": "2026-03-01T20:00:00Z",
                    },
                    {
                        "programme": "p-4",
                        "title": "Harbour",
                        "episode": 12,
                        "date": "2026-03-02T20:00:00Z",
                    },
                ]
            }
        },
    },
]

BIOMETRIC_POSITIVES = [
    # a face template as base64 float32 under `mudell_tal-wiċċ`
    {
        "url": "https://api.example-bank.mt/v2/dhul/wicc",
        "method": "POST",
        "json": {"klijent": "K-5521", "mudell_tal-wiċċ": _template_b64(4), "ħajja": 0.91},
    },
    # a face object holding its vector, keys without diacritics
    {
        "url": "https://api.example-bank.mt/v2/wicc/irregistra",
        "method": "POST",
        "json": {"klijent": "K-5521", "wicc": {"vettur": _vector(3, 128), "mudell": "fr-128"}},
    },
    # a speaker embedding under `vettur_tal-leħen`
    {
        "url": "https://api.example-arlogg.mt/v1/lehen/ivverifika",
        "method": "POST",
        "json": {"vettur_tal-leħen": _vector(6)},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("pożizzjoni", ("position",)),
        ("pozizzjoni_s", ("position", "s")),
        ("ħin", ("time",)),
        ("tul", ("duration",)),
        ("episodju", ("episode",)),
        ("programm", ("programme",)),
        ("SekondiMara", ("seconds", "watched")),
        ("sekondi_marauta", ("seconds", "watched")),
        ("mismugħ", ("listened",)),
        ("mara-riċentement", ("watched", "recently")),
        ("perċentwal", ("percent",)),
    ],
)
def test_maltese_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_maltese_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", HISTORY_POSITIVES, ids=lambda e: e["url"])
def test_a_users_viewing_rows_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def test_a_users_history_without_a_watching_word_is_the_new_rule(engine: Engine) -> None:
    found = signatures_found(engine, HISTORY_POSITIVES[1], VIEW)
    assert "viewing_history.user_history_episode_rows" in found, found


@pytest.mark.parametrize("example", BIOMETRIC_POSITIVES, ids=lambda e: e["url"])
def test_maltese_face_and_voice_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def test_a_bare_key_beside_a_face_enrolment_is_no_device_id(engine: Engine) -> None:
    example = {
        "url": "https://api.example-bank.mt/v2/wicc/irregistra",
        "method": "POST",
        "json": {
            "wicc": {"vettur": _vector(3, 128)},
            "cavetta": "5d0c9e1f2a3b4c5d6e7f8091a2b3c4d5",
        },
    }
    assert not signatures_found(engine, example, DEV)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
