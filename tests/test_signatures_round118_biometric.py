"""Round 42 biometric (held-out sets 115, 117, 118): Japanese kanji, Khmer, Lao,
Persian and Dari, Pashto and Tajik words for the face, its points and vectors, the
voice, the speaker, enrolment and verification.

The key reader romanises Chinese characters two to a word in Mandarin, so a
Japanese key that opens with the one-character word 顔 ("face") reads `yante
zhengdian` (顔特徴点): the lexicon lists Japanese words in kanji too, and they are
found anywhere in a key; an emoticon (顔文字) and a drawn portrait (似顔絵) are no
person's face. Khmer, Lao, Arabic-script and Tajik Cyrillic words are listed as the
key reader spells them. A voice sample may sit under the voice word of the app's
language (Persian `seda`, Tajik `овоз`) on a speaker-recognition path. Each positive
found nothing before this round. Hard negatives:
tests/fixtures/negatives/negatives_round118_biometric.jsonl.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_words import word_roles
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round118_biometric.jsonl"
_RNG = random.Random(11842)
_WAV = (
    "UklGRugDAABXQVZFZm10IAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSor"
    "LC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P"
)


def _points(count: int) -> list[list[float]]:
    return [[round(_RNG.uniform(10, 500), 1) for _ in range(2)] for _ in range(count)]


def _vector(size: int) -> list[float]:
    """A length-normalised face embedding's scale (values near zero)."""
    return [round(_RNG.gauss(0, 0.08), 5) for _ in range(size)]


def _speaker_vector(size: int) -> list[float]:
    """A speaker embedding's scale: zero-centred, not length-normalised."""
    return [round(_RNG.gauss(0, 9), 3) for _ in range(size)]


def _signatures(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


_POSITIVES = [
    ("https://api.biyou.example.jp/v1/tryon", {"顔の特徴点": _points(106), "色番": "R12"}),
    ("https://api.gym24.example.jp/v2/login", {"会員番号": "G-3391", "顔ベクトル": _vector(128)}),
    ("https://api.callcenter.example.jp/v1/check", {"顧客ID": "C-77", "話者特徴量": _vector(192)}),
    ("https://api.kampuchea-mfi.example.kh/v1/login", {"លេខគណនី": "0012", "គំរូ_មុខ": _vector(128)}),
    ("https://api.ride-kh.example/v1/check", {"driver": "D-9", "muk_template": _vector(128)}),
    ("https://api.lao-bank.example.la/v1/auth", {"ລາຍສຽງ": _speaker_vector(192)}),
    ("https://api.lao-telco.example.la/api/siang/yunyan", {"ສຽງ": _WAV}),
    ("https://api.selfie-fa.example.ir/v1/filter/check", {"نقاط_چهره": _points(68)}),
    ("https://api.bank-fa.example.ir/api/voiceid/sabt", {"seda": _WAV, "shomare": "0912"}),
    ("https://api.tcell.example.tj/api/guyanda/tasdiq", {"овоз": _WAV}),
    ("https://api.afpay.example.af/v1/login", {"څېره_بردار": _vector(128)}),
    ("https://api.roshan.example.af/api/voiceid/verify", {"غږ": _WAV}),
]


@pytest.mark.parametrize(("url", "body"), _POSITIVES, ids=[next(iter(b)) for _, b in _POSITIVES])
def test_face_and_voice_in_these_languages_are_found(engine: Engine, url: str, body: dict) -> None:
    example = {"url": url, "method": "POST", "json": body}
    assert _signatures(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_round118_negatives_find_nothing(engine: Engine, example: dict) -> None:
    assert {f.signature for f in engine.analyse(example_exchange(example))} == set()


@pytest.mark.parametrize(
    ("key", "roles"),
    [("顔特徴点", {"face", "artefact"}), ("声紋登録", {"voice", "speaker", "artefact"}),
     ("muk_vector", {"face", "artefact"}), ("មុខ", {"face"}), ("សំឡេង", {"voice"}),
     ("ສຽງ_ຜູ້ເວົ້າ", {"voice", "speaker"}), ("تصویر_چهره", {"face"}),
     ("тасвири_чеҳра", {"face"}), ("څېره", {"face"})],
)  # fmt: skip
def test_keys_written_in_their_script_take_their_roles(key: str, roles: set[str]) -> None:
    assert roles <= word_roles(key)


@pytest.mark.parametrize("key", ["顔文字特徴量", "似顔絵の特徴点", "មុខម្ហូប", "មុខវិជ្ជា", "صورت_حساب"])
def test_emoticons_drawings_dishes_and_invoices_are_no_face(key: str) -> None:
    assert "face" not in word_roles(key)
