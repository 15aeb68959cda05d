"""Round 29, biometric: coverage by LANGUAGE, as data. The face / voice / template
words live in exfilwatch/detect/lexicon/biometric.yaml; these tests check that
every class covers the whole language list, that no stem opens a common English
key word, that face and voice data named in languages the development sets never
used is found, and that words which collide across languages stay silent
(negatives_round29_biometric.jsonl).
"""

from __future__ import annotations

import base64
import json
import math
import random
import struct
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import signatures_found

from exfilwatch.detect.lexicon import LANGUAGES, load
from exfilwatch.detect.structures.biometric_words import word_roles

BIO = {"biometric"}
RULE = "biometric.named_biometric.multilingual"
_RNG = random.Random(2929)
_LEXICON = Path(__file__).parents[1] / "exfilwatch" / "detect" / "lexicon" / "biometric.yaml"

# Classes that must speak every language of the list (a class is one meaning).
FULL_CLASSES = (
    "face", "photo", "landmarks", "template", "embedding", "print", "voice", "speaker",
    "recording", "match", "expression", "eye", "identity_check", "portrait",
)  # fmt: skip
# Gaps left open rather than guessed (no word found in a dictionary we could check).
GAPS = {("landmarks", "ha")}
ENGLISH_KEY_WORDS = (
    "position", "positive", "portfolio", "message", "session", "version", "visible", "visit",
    "volume", "value", "vendor", "feature", "filter", "format", "profile", "product", "status",
    "timestamp", "template", "title", "total", "voucher", "warehouse", "weather", "window",
    "holiday", "history", "locale", "location", "listing", "ticket", "mimetype", "emit",
    "express", "contact", "content", "context",
)  # fmt: skip


def _classes() -> dict[str, dict[str, list]]:
    return yaml.safe_load(_LEXICON.read_text("utf-8"))["classes"]


@pytest.mark.parametrize("cls", FULL_CLASSES)
def test_every_class_speaks_every_language(cls: str) -> None:
    by_language = _classes()[cls]
    missing = [lang for lang in LANGUAGES if not by_language.get(lang) and (cls, lang) not in GAPS]
    assert not missing, f"{cls}: no words for {missing}"


def test_no_stem_opens_a_common_english_key_word() -> None:
    lex = load("biometric")
    allowed = {"template", "express", "feature"}  # the stem IS the English word
    bad = [
        (stem, word)
        for stem, _ in lex.stems
        for word in ENGLISH_KEY_WORDS
        if word.startswith(stem) and word not in allowed
    ]
    assert not bad


@pytest.mark.parametrize(
    ("key", "roles"),
    [
        ("ansiktsBild", {"face"}),  # sv compound
        ("kasvokuva", {"face"}),  # fi compound
        ("andlitsmynd", {"face"}),  # is
        ("fotoObliceje", {"face"}),  # cs
        ("prosopoEikona", {"face"}),  # el
        ("veido_nuotrauka", {"face"}),  # lt
        ("sejasAttels", {"face"}),  # lv
        ("mukhamu_photo", {"face"}),  # te
        ("bai_na", {"face"}),  # th, a phrase
        ("huoti_zhaopian", {"face"}),  # zh liveness
        ("balsoVektorius", {"voice", "artefact"}),  # lt
        ("aaniVektori", {"voice", "artefact"}),  # fi
        ("shengwen", {"voice", "artefact", "speaker"}),  # zh voiceprint
        ("sidik_suara", {"voice", "artefact", "speaker"}),  # id voiceprint phrase
        ("holosovyi_shablon", {"voice", "artefact"}),  # uk
        ("watchFace", set()),  # no person's
    ],
)
def test_words_are_read_by_role(key: str, roles: set[str]) -> None:
    assert word_roles(key) >= roles if roles else not word_roles(key)


def _f32(n: int) -> str:
    v = [_RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return base64.b64encode(struct.pack(f"<{n}f", *(x / norm for x in v))).decode()


def _jpeg() -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + bytes(_RNG.randrange(256) for _ in range(300))).decode()


def _wav() -> str:
    head = b"RIFF\xd4\x04\x00\x00WAVEfmt "
    return base64.b64encode(head + bytes(_RNG.randrange(256) for _ in range(300))).decode()


CASES = [
    ("sv", "https://api.example.se/v1/legitimering", {"ansiktsbild": _jpeg()}),
    ("fi", "https://api.example.fi/v1/tunnistus", {"kasvokuva": _jpeg()}),
    ("cs", "https://api.example.cz/v1/overeni", {"fotoObliceje": _jpeg()}),
    ("el", "https://api.example.gr/v1/taftotita", {"prosopo": {"eikona": _jpeg()}}),
    ("lt", "https://api.example.lt/v1/patikra", {"veido_nuotrauka": _jpeg()}),
    ("he", "https://api.example.co.il/v1/zehut", {"tmunat_panim": _jpeg()}),
    ("tl", "https://api.example.ph/v1/beripika", {"larawan_ng_mukha": _jpeg()}),
    ("zh", "https://api.example.cn/v1/shiming", {"huoti_zhaopian": _jpeg()}),
    ("ko", "https://api.example.kr/v1/bonin", {"eolgulTeukjing": _f32(128)}),
    ("lt", "https://api.example.lt/v1/balsas", {"balsoVektorius": _f32(192)}),
    ("fi", "https://api.example.fi/v1/puhe", {"aaniVektori": _f32(192)}),
    ("uk", "https://api.example.ua/v1/holos", {"holosovyi_shablon": _f32(256)}),
    ("zh", "https://api.example.cn/v1/yuyin", {"shengwen": {"vector": _f32(192)}}),
    ("sw", "https://api.example.co.ke/v1/sauti", {"sauti": _wav(), "mzungumzaji": "m-1"}),
]


@pytest.mark.parametrize(("lang", "url", "body"), CASES)
def test_face_and_voice_data_are_found_in_new_languages(
    engine: Any, lang: str, url: str, body: dict
) -> None:
    assert RULE in signatures_found(engine, {"url": url, "json": body}, BIO), lang


_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round29_biometric.jsonl"


@pytest.mark.parametrize("line", _NEGATIVES.read_text().splitlines())
def test_words_that_collide_across_languages_stay_silent(engine: Any, line: str) -> None:
    assert not signatures_found(engine, json.loads(line), BIO)
