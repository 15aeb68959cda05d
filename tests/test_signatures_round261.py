"""Round 66 (set 261): Odia and Assamese apps, a DTH box's XML log and an SDK's config fetch.

What the library missed, and what was chosen:

- Assamese and Odia words, as the key reader reads the scripts: Assamese অৱস্থান `avasthan`
  (position), ছেকেণ্ড `chhekend` (seconds), দৈৰ্ঘ্য `dairghya` (length, also Odia), চোৱা
  `chova` / `suwa` (watched), ভিডিঅ' `bhidia` (video), চিনাকি `chinaki` (an id); Odia
  `gita` (song) and `suniley` (heard) (lexicon/viewing.yaml). Biometric: Assamese মুখৰ
  `mukhar` (the face's), জীৱন্ততা `jivantata` (liveness), মিল `mila` (a match); Odia ମୁହଁ
  `muha` / `muham` (face) (lexicon/biometric.yaml). Device: Odia ଚାବି `chabi` (key), so
  `jantra_chabi` is a device key as English `device_key` is (lexicon/device.yaml);
- an XML viewing log's rows, whose attributes are all text: a Unix time written as digits
  is a moment under a key that says when (`start="1733023834"`), read by the channel-row
  detector (structures/channel_logs.py), so a box's `<Event ch name start end/>` rows are a
  tuning log at its middleware's log path;
- a set-top box's chip id in C hex notation (`chipid=0x00A1…`: device_id/set-top-box-chip-id);
- the MoEngage SDK's config fetch (`/v2/sdkconfig/{app}`) naming the install's `unique_id`
  beside its version key, the app id and the phone's zone or clock
  (device_id/moengage-sdkconfig-unique-id).

Left: romanised Assamese `sua` (watched) is also Italian and Portuguese "your/her"
(`sua_posicao_seg` would read as a watched position), so a heartbeat keyed `sua_somoy` is not
read. Precision: tests/fixtures/negatives/negatives_round261.jsonl (a news comment, a shop's
product video, a ride's location, a parcel's route position, a banner's length, a support
chat, a face pack, a horoscope match, a door key, a radio call log, a recording schedule, a
museum's talk guide, a ski chip, a config's unique id, a bank kiosk's device key).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round261.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _vector(seed: int, size: int = 128) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 41 + seed * 13) % 83 - 41) / 330, 5) for i in range(size)]


def _jpeg_b64(seed: int) -> str:
    """A small JPEG-looking payload (SOI, JFIF header, varied bytes) as base64."""
    head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000")
    body = bytes((i * 31 + seed * 7) % 256 for i in range(360))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


VIEWING_POSITIVES = [
    # an Assamese devotional app: a hymn heard, where it got to and its length (Assamese keys)
    {
        "url": "https://api.example-naam.in/v1/শুনা",
        "method": "POST",
        "json": {
            "শুনা": {
                "গীত_চিনাকি": "n-204",
                "গীত": "Naam Ghosa 12",
                "অৱস্থান_ছেকেণ্ড": 141,
                "দৈৰ্ঘ্য": 305,
            },
            "সময়": "2025-01-14T05:20:00Z",
        },
    },
    # an Odia devotional app's recently heard list (romanised Odia keys)
    {
        "url": "https://api.example-bhajana.in/v2/suni_thiba?user=81",
        "method": "GET",
        "response": {
            "json": {
                "suni_thiba": [
                    {
                        "gita_id": "g11",
                        "gita": "Jagannatha Swami",
                        "sesha_sthiti": 96,
                        "kebe_suniley": 1736830000000,
                    },
                    {
                        "gita_id": "g19",
                        "gita": "Ahe Nila Saila",
                        "sesha_sthiti": 210,
                        "kebe_suniley": 1736840000000,
                    },
                ]
            }
        },
    },
    # an Assamese sports app's watched highlights (Assamese keys, each with when)
    {
        "url": "https://api.example-khel.in/v1/mor/chova",
        "method": "GET",
        "response": {
            "json": {
                "চোৱা_ভিডিঅ'": [
                    {"চিনাকি": "v31", "শিৰোনাম": "Final over, Guwahati", "চোৱা_সময়": 1736830000000},
                    {"চিনাকি": "v32", "শিৰোনাম": "Century highlights", "চোৱা_সময়": 1736840000000},
                ]
            }
        },
    },
    # a DTH box's viewing log as XML: channel number, name, start and end as text attributes
    {
        "url": "http://mw.example-dth.in/stb/v2/viewlog",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": '<?xml version="1.0"?><ViewingLog box="B-77"><Event ch="112" name="Prarthana TV"'
        ' start="1736830000" end="1736831800"/><Event ch="201" name="News 18 Assam"'
        ' start="1736831800" end="1736833000"/></ViewingLog>',
    },
]

FACE_POSITIVES = [
    # an Assamese video-KYC step: the face crop, the face-match score and liveness
    {
        "url": "https://api.example-dhan.in/v1/kyc/mukh",
        "method": "POST",
        "json": {"মুখৰ_ছবি": _jpeg_b64(3), "মুখ_মিল": 0.91, "জীৱন্ততা": 0.97},
    },
    # an Odia bank's face enrolment: the embedding nested under the face word
    {
        "url": "https://api.example-bank.in/mb/v1/mukha/enrol",
        "method": "POST",
        "json": {"grahaka": "C-5512", "ମୁହଁ": {"embedding": _vector(5), "model": "fr-2-128"}},
    },
]

DEVICE_POSITIVES = [
    # an Odia bank app's login naming its device key (a UUID)
    (
        {
            "url": "https://api.example-bank.in/mb/v1/login",
            "method": "POST",
            "json": {"grahaka": "C-5512", "jantra_chabi": "0D7E3A91-44C2-4B6E-9A0F-7C21E5B8D3F4"},
        },
        "device_id.device_id_multilingual",
    ),
    # a DTH box's keep-alive naming its chip id in C hex notation
    (
        {
            "url": "http://mw.example-dth.in/stb/v2/alive?chipid=0x00B4E1972C5AD310&up=88",
            "method": "GET",
        },
        "device_id.set_top_box_chip_id",
    ),
    # the MoEngage SDK's config fetch naming the install's unique id
    (
        {
            "url": "https://sdk-03.moengage.com/v2/sdkconfig/APPKEY0001",
            "method": "POST",
            "json": {
                "query_params": {
                    "os": "ANDROID",
                    "app_id": "APPKEY0001",
                    "unique_id": "9e0c4b27-3f18-4d6a-a5c2-81b7e04f6d39",
                    "sdk_ver": "130600",
                    "device_tz": "Asia/Kolkata",
                    "device_ts": "1736830000000",
                }
            },
        },
        "device_id.moengage_sdkconfig_unique_id",
    ),
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("অৱস্থান_ছেকেণ্ড", ("avasthan", "chekend")),
        ("চোৱা_সময়", ("chova", "samay")),
        ("জীৱন্ততা", ("jivantata",)),
        ("ମୁହଁ", ("muham",)),
    ],
)
def test_script_keys_read_as_listed_words(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_odia_and_assamese_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_odia_and_assamese_faces_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize(("example", "rule"), DEVICE_POSITIVES, ids=lambda e: str(e)[:60])
def test_device_ids_are_found(engine: Engine, example: dict[str, Any], rule: str) -> None:
    found = signatures_found(engine, example, DEV)
    assert rule in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
