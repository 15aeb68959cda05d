"""Round 63 (set 241): Burmese viewing words as Burmese developers romanise them (and in
Myanmar script, read by segmentation), tested in apps and spellings the set never used;
and a capture SDK's binary content (an image behind a short container header) posted to a
liveness, selfie or face path (biometric.face_image.binary_container).

- Words: `neyar` / `nay yar` (position, "place"), `apaing` / `a paing` (episode, "part"),
  `zatlan` (series, "story"), `pwe` (match, exact only) and `bawlone pwe`, `kyar chein`
  (duration), `achein` (time), `kyi shu` (watching), `hset kyi` (continue watching),
  `hmattan` (history), `sayadaw` / `hsotaw` (a speaker or singer: artist), `reidio`
  (radio station), `myar thaw` (recently), `amae` (name).
- Short syllables: `pwe` and `kyi` are exact words, read only where a reading also needs
  a watched time, a position or a list's rows.

Hard negatives (negatives_round241.jsonl): a drop-off place, a football calendar, a
festival ticket, a textbook's parts, a radio directory, a monastery directory, an order
history, recent searches, a song chart, a bus app's recent stops, a profile's name, a CCTV
snapshot, an encrypted liveness package and a face-blurring tool.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.face_signals import image_in_binary
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round241.jsonl"


def _findings(engine: Engine, example: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f.category, f.signature) for f in engine.analyse(example_exchange(example))}


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {category for category, _ in _findings(engine, example)}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("nay_yar", ("position",)),
        ("a_paing", ("episode",)),
        ("zat_lan_id", ("series", "id")),
        ("bawlone_pwe", ("fixture",)),
        ("kyarChein", ("duration",)),
        ("kyishu_chein", ("watching", "time")),
        ("hsat_kyi", ("continue",)),
        ("hmattan", ("history",)),
        ("sayar_daw", ("artist",)),
        ("hsotaw", ("artist",)),
        ("reidiyo", ("radio_station",)),
        ("myar_thaw", ("recently",)),
        ("နေရာ", ("position",)),
        ("ဇာတ်လမ်း", ("series",)),
        # script words are set apart as their class, `radio_station` then split in two
        ("ရေဒီယို", ("radio", "station")),
    ],
)
def test_burmese_keys(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize("word", ["pwes", "kyiv", "neyars", "reidios", "apaings"])
def test_short_burmese_words_are_exact(word: str) -> None:
    """`pwe`, `kyi` and the rest are listed exactly: no stem reads a longer word."""
    assert load("viewing").word(word) is None


POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "a recent list (ma_kyar_thay) of songs and talks by singer or monk, each with when",
        {
            "url": "https://api.example-tay.mm/v1/me/home",
            "method": "GET",
            "response": {
                "json": {
                    "ma_kyar_thay": [
                        {"amae": "Mya Mya", "ahsotaw": "Sai Sai", "at": "2025-02-01T08:00:00Z"},
                        {"amae": "Dhamma", "sayar_daw": "U Jotika", "at": "2025-02-01T09:00:00Z"},
                    ]
                }
            },
        },
    ),
    (
        "a drama app's progress keyed with spaced spellings (zat_lan_id, a_paing, nay_yar)",
        {
            "url": "https://api.example-yoteshin.mm/v2/kyishu/nay-yar",
            "method": "PUT",
            "json": {"zat_lan_id": "s-77", "a_paing": 5, "nay_yar": 1410, "kyarchein": 2600},
        },
    ),
    (
        "a drama app's progress keyed in Myanmar script",
        {
            "url": "https://api.example-drama.mm/v1/progress",
            "method": "POST",
            "json": {"ဇာတ်လမ်း": "Shwe Myo", "အပိုင်း": 12, "နေရာ": 905},
        },
    ),
    (
        "a dhamma talk's progress (tayar_id, sayar_daw, ne_yar, kyar_chain)",
        {
            "url": "https://api.example-dhamma.mm/v1/tayardaw/ne-yar",
            "method": "POST",
            "json": {
                "tayar_id": "t-9",
                "sayar_daw": "U Jotika",
                "ne_yar": 1880,
                "kyar_chain": 3600,
            },
        },
    ),
    (
        "a football app's live keep-alive (bawlone_pwe_id, kyishu_chein)",
        {
            "url": "https://api.example-ballone.mm/v3/live/heartbeat",
            "method": "POST",
            "json": {"bawlone_pwe_id": 4411, "kyishu_chein": 300},
        },
    ),
    (
        "a radio app's keep-alive (reidiyo, nar_htaung_sec)",
        {
            "url": "https://api.example-fm.mm/v1/reidio/heartbeat",
            "method": "POST",
            "json": {"reidiyo": "Shwe FM", "nar_htaung_sec": 120},
        },
    ),
    (
        "a continue-watching answer under hset_kyi_ran",
        {
            "url": "https://api.example-yoteshin.mm/v2/me/hset-kyi",
            "method": "GET",
            "response": {
                "json": {
                    "hset_kyi_ran": [
                        {"zatlan_id": "a", "apaing": 3, "neyar": 300, "kyar_chein": 2400},
                        {"zatlan_id": "b", "apaing": 7, "neyar": 1200, "kyar_chein": 2700},
                    ]
                }
            },
        },
    ),
    (
        "a watch history answer under kyishu_hmattan",
        {
            "url": "https://api.example-yoteshin.mm/v2/me/history",
            "method": "GET",
            "response": {
                "json": {
                    "kyishu_hmattan": [
                        {"zatlanId": "a", "apaing": 3, "kyi_khae_thi": "2025-01-02T10:00:00Z"},
                        {"zatlanId": "b", "apaing": 4, "kyi_khae_thi": "2025-01-02T11:00:00Z"},
                    ]
                }
            },
        },
    ),
]

# the DOT SDK's content as the set's app posts it: a `DOT` header, then a JPEG
_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
DOT_CONTENT = base64.b64encode(b"DOT\x03" + _JPEG + bytes(range(256)) * 2 + b"\xff\xd9").decode()


@pytest.mark.parametrize(("note", "example"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round241_positives(engine: Engine, note: str, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example), note


def test_round241_binary_container(engine: Engine) -> None:
    example = {
        "url": "https://onboarding.example-bank.mm/identity/api/v1/customers/7f3e/liveness/records",
        "method": "POST",
        "headers": {"content-type": "application/octet-stream"},
        "body_base64": DOT_CONTENT,
    }
    assert ("biometric", "biometric.face_image.binary_container") in _findings(engine, example)


def test_image_in_binary_reads_only_an_image_near_the_start() -> None:
    jpeg = base64.b64decode(DOT_CONTENT)[4:]
    assert image_in_binary(jpeg)
    assert image_in_binary(b"HDR1" + jpeg)
    assert image_in_binary(bytes(100) + jpeg) is None  # a thumbnail deep in an archive
    assert image_in_binary(b"DOT\x02" + bytes(300)) is None  # no picture in it
    assert image_in_binary(jpeg[:100]) is None  # too short to be a capture


def test_round241_negatives(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        found = _categories(engine, example) & {"viewing_history", "biometric"}
        assert not found, example["note"]
