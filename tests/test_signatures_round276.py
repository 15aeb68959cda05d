"""Round 67 (set 276): Bashkir apps, in Cyrillic (ҙ ҡ ғ ҫ ң ә ө ү һ) and romanised.

The readings were mostly there; the words and three small gaps were not:

- Bashkir viewing words (exfilwatch/detect/lexicon/viewing.yaml, `ba`): `оҙонлоҡ` /
  `дауамлылыҡ` (length), `ҡаралған-` (watched), `тыңлау` / `тыңланды` (listening, listened,
  with ң as `n` or `ng`), `һуңғы` (last), `тапшырыу` (a broadcast programme), `дауам итергә`
  (continue; Cyrillic too, for key patterns), `йыр` (song) and `башҡарыусы` (performer).
  `көй` (tune) is left out: it is Turkish köy (village).
- Bashkir biometric words (lexicon/biometric.yaml): `тауыш` (voice; also a vote, read only
  over a recording or a vector), `өлгө` (sample: a template), `инеү` (sign in), `теркәү`
  (enrol), `тикшереү` (check), `таныу` (recognition), `баһа` (an estimate: `yash_baha`).
- Bashkir `ҡоролма` (device) in lexicon/device.yaml, and a non-English device noun before
  English `Key` or Bashkir `асҡыс` (`qurylmaKey`, `qorolma_asqysy`) in
  device_id.device_key_word_multilingual; a terminal is not a device noun (`TerminalKey`).
- `yoz` (face; also 'hundred') holding an age estimate BESIDE the head's pose (yaw, pitch) is a
  face analyser's reading (structures/face_estimates.py); without the pose it stays silent.
- A URL path written raw in its own script (as a HAR records it) is read as the key reader
  reads keys, as percent-encoded paths were (signatures.read_path): `/тапшырыу/<id>/урын`.
- A broadcast programme is a media noun of progress_sync_url_media_path (as English
  `programmes/` is of progress_sync_url_position), less the Indonesian, Javanese, Sundanese
  and Faroese words, which also name an event or a parcel's dispatch.
- Branch's `custom_data` is an event's parameter object for song_heard_event_params, and a
  key that is exactly `sek` / `sec` is seconds there.
- A TV-audience meter's hit naming a TV channel with seconds and a Unix time
  (viewing_history.meter_hit_tv_channel_seconds, new).

Precision: tests/fixtures/negatives/negatives_round276.jsonl (a vote count, a reading voice
setting, a dress pattern, a summer camp, a quiz's hundred points, a shop's recently viewed
goods and continue-checkout rows, a parcel handover, a coach and a cinema seat, a payment
terminal key, a signing key, a shared song, a song catalogue, a listening-quality setting, a
programme guide, a marketing-channel page hit, a quiz check, a password sign-in, a gym's
weekly minutes).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import read_path
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round276.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _vector(seed: int, size: int = 192) -> list[float]:
    """A speaker or face embedding: small varied reals, as a model's output is."""
    rng = random.Random(seed)
    return [round(rng.gauss(0, 0.09), 5) for _ in range(size)]


VIEWING_POSITIVES = [
    # a children's cartoon app saves where a cartoon stopped, beside its length
    {
        "url": "https://api.example-balalar.ba/v1/karau/urun",
        "method": "POST",
        "json": {"мультфильм": "c-71", "исеме": "Урал батыр", "урын": 412, "оҙонлоҡ": 780},
    },
    # a parent's weekly report: what the child watched, in minutes (ҡаралғандар)
    {
        "url": "https://api.example-balalar.ba/v1/ata-asa/hisap",
        "method": "GET",
        "response": {
            "json": {
                "ҡаралғандар": [
                    {"мультфильм": "Ҡыш бабай", "минут": 42, "көн": 3},
                    {"мультфильм": "Йылҡы", "минут": 15, "көн": 6},
                ]
            }
        },
    },
    # a broadcaster's programme resume point, the programme's id only in a raw Cyrillic path
    {
        "url": "https://api.example-teleefir.ba/v3/тапшырыу/p-5520/урын",
        "method": "PUT",
        "json": {"урын": 1290, "оҙонлоҡ": 3300},
    },
    # the continue-watching answer under Cyrillic `дауам`
    {
        "url": "https://api.example-teleefir.ba/v3/home",
        "method": "GET",
        "response": {
            "json": {
                "дауам": [
                    {"id": "p-5520", "исеме": "Тыуған яҡ", "урын": 1290, "оҙонлоҡ": 3300},
                    {"id": "p-5611", "исеме": "Кисә", "урын": 310, "оҙонлоҡ": 1500},
                ]
            }
        },
    },
    # a folk-music app posts a tune listened to (tynlau), song, performer and seconds
    {
        "url": "https://api.example-kurai.ba/v2/tynlau",
        "method": "POST",
        "json": {
            "yyr": "Ашҡаҙар",
            "bashqaryusy": "Р. Шәрипов",
            "tynlau_sek": 140,
            "ozonloq": 260,
            "waqyt": "2025-02-10T18:20:00Z",
        },
    },
    # songs listened lately (һуңғы), each with when
    {
        "url": "https://api.example-kurai.ba/v2/hungy",
        "method": "GET",
        "response": {
            "json": {
                "hungy": [
                    {"yyr_id": "y-12", "yyr": "Урал", "tynlandy": 1739212800000},
                    {"yyr_id": "y-40", "yyr": "Сибай", "tynlandy": 1739216400000},
                ]
            }
        },
    },
    # the same app's Branch custom event: song, performer, seconds under `sek`
    {
        "url": "https://api2.example-attribution.io/v2/event/custom",
        "method": "POST",
        "json": {
            "name": "yyr_tynlandy",
            "custom_data": {"yyr": "Ашҡаҙар", "bashqaryusy": "Р. Шәрипов", "sek": "140"},
        },
    },
    # a TV-audience meter's 30-second hit for a channel
    {
        "url": "https://stat.example-tvmeter.ru/v1/hit?cid=tv_app&tvch=ch24&dur=30&ts=1739212800",
        "method": "GET",
    },
]

BIO_POSITIVES = [
    # a messenger's voice check posts a speaker embedding under тауыш_өлгөһө
    {
        "url": "https://api.example-hoylash.ba/v2/tauysh/tikshereu",
        "method": "POST",
        "json": {"хәбәр_id": "m-88", "тауыш_өлгөһө": _vector(3)},
    },
    # a bank's face check answers with an age estimate beside the head's pose under `yoz`
    {
        "url": "https://mob.example-bank.ba/api/v3/tanyu/s-41/hozomta",
        "method": "GET",
        "response": {
            "json": {
                "tereklek": {"baha": 0.93, "hozomta": "REAL"},
                "yoz": {"yash_baha": 37, "bash_torosho": {"yaw": -4.2, "pitch": 3.1}},
            }
        },
    },
]

DEVICE_POSITIVES = [
    # the bank app binds the phone by `qorolmaKey`
    {
        "url": "https://mob.example-bank.ba/api/v4/ineu/yoz/terkau",
        "method": "POST",
        "json": {"qorolmaKey": "3F2A8C10-6E4B-4D7A-9B21-C05E7D1A9F34", "qullanyusy": "U-77"},
    },
]


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        ("viewing", "ozonloq", "duration"),
        ("viewing", "qaralghandar", "watched"),
        ("viewing", "tynlandy", "listened"),
        ("viewing", "tynglau", "listen"),
        ("viewing", "hungy", "recently"),
        ("viewing", "tapshyryu", "programme"),
        ("viewing", "dauam", "continue"),
        ("viewing", "yyr", "song"),
        ("viewing", "bashqaryusy", "artist"),
        ("biometric", "tauysh", "voice"),
        ("biometric", "olgoho", "template"),
        ("biometric", "terkau", "enrol"),
        ("biometric", "baha", "trait_estimated"),
        ("device", "qorolma", "device"),
    ],
)
def test_words_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert cls in load(lexicon).classes_of([word])


def test_koy_is_not_a_song_word() -> None:
    assert "song" not in load("viewing").classes_of(["koy"])


def test_a_raw_cyrillic_path_is_read() -> None:
    read = read_path("https://api.example.ba/v2/тапшырыу/p-1/урын?x=1")
    assert read == "https://api.example.ba/v2/tapshyryu/p-1/uryn?x=1"


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_bashkir_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", BIO_POSITIVES, ids=lambda e: e["url"])
def test_bashkir_face_and_voice_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_bashkir_device_key_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
