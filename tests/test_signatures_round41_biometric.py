"""Round 41 biometric: voice words that are ambiguous in their language, told
apart by what is written with them and by the payload.

Danish and Norwegian `stemme` is a voice and a vote, Swedish `röst` a voice and
a vote too. A reader who does not speak the language still sees the compound's
second half (`aftryk`, `avtrykk`, `mall`: print, template; `prøve`, `biometri`:
sample, biometrics) and the payload: an embedding's float vector, an audio part.
A compound opening with the word says nothing alone (`stemmeseddel` is a ballot,
`stemmebesked` a voice message, `facebook` no face); and a JSON part beside
audio counts only for a short enum-like value that names a voice sample alone.
"""

from __future__ import annotations

import base64
import json
import math
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.biometric_words import compound_split, word_roles
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round41_biometric.jsonl"
_MULTIPART = {"Content-Type": "multipart/form-data; boundary=XB"}


def _floats(n: int, seed: int) -> list[float]:
    return [
        round(math.sin(seed * 7.1 + i * 1.37) * 0.9 * math.cos(i * 0.21 + seed), 4)
        for i in range(n)
    ]


def _b64_floats(values: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> str:
    out = []
    for name, filename, ctype, body in parts:
        head = f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        if filename:
            head += f'; filename="{filename}"'
        if ctype:
            head += f"\r\nContent-Type: {ctype}"
        out.append(f"{head}\r\n\r\n{body}\r\n")
    return "".join(out) + "--XB--\r\n"


def _signatures(engine: Engine, example: dict) -> list[str]:
    return [f.signature for f in engine.analyse(example_exchange(example))]


# -- compounds ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "head"),
    [("stemmeaftryk", "stemme"), ("rostmall", "rost"), ("stemmeseddel", "stemme")],
)
def test_a_compound_opens_with_a_voice_word(word: str, head: str) -> None:
    split = compound_split(word)
    assert split is not None and split[0] == head


@pytest.mark.parametrize("key", ["stemmeaftryk", "stemmeavtrykk", "rostmall", "stemmeskabelon"])
def test_voice_and_template_written_together_read_as_both(key: str) -> None:
    assert {"voice", "artefact"} <= word_roles(key)


@pytest.mark.parametrize(
    "key", ["stemmeseddel", "stemmefordeling", "stemmer", "facebook", "stemmebesked"]
)
def test_the_head_alone_says_nothing(key: str) -> None:
    assert not word_roles(key) & {"voice", "face"}


# -- positives ------------------------------------------------------------------------

_EMBEDDINGS = [
    {
        "url": "https://mobil.example-bank.dk/api/stemme/tilmeld",
        "json": {"stemmeaftryk": _b64_floats(_floats(192, 9)), "model": "x", "dim": 192},
    },
    {
        "url": "https://mobil.example-bank.no/api/tale/registrer",
        "json": {"kunde": "k1", "stemmeavtrykk": _floats(192, 11)},
    },
    {
        "url": "https://app.example-bank.se/api/rost",
        "json": {"rostmall": _b64_floats(_floats(256, 12))},
    },
]


@pytest.mark.parametrize("example", _EMBEDDINGS)
def test_a_voice_embedding_under_a_compound_key(engine: Engine, example: dict) -> None:
    assert "biometric.named_biometric.multilingual" in _signatures(engine, example)


_UPLOADS = [
    # the part's compound name (voice + sample) and a JSON meta value (voice + biometrics)
    _multipart(
        [
            ("meta", None, "application/json", '{"formaal":"betaling","metode":"stemmebiometri"}'),
            ("stemmeproeve", "p.wav", "audio/wav", "bytes"),
        ]
    ),
    # a generic part; only the JSON meta part's value says what the audio is
    _multipart(
        [
            ("meta", None, "application/json", '{"metode":"stemmebiometri","kanal":"app"}'),
            ("fil", "opptak.wav", "audio/wav", "bytes"),
        ]
    ),
    # Swedish voice + sample written together
    _multipart([("rostprov", "inspelning.wav", "audio/wav", "bytes")]),
    # an English enum nested in the JSON meta part
    _multipart(
        [
            ("meta", None, "application/json", '{"step":{"kind":"voice_verification"}}'),
            ("file", "a.wav", "audio/wav", "bytes"),
        ]
    ),
]


@pytest.mark.parametrize("body", _UPLOADS)
def test_an_audio_part_whose_context_says_voice_sample(engine: Engine, body: str) -> None:
    example = {"url": "https://api.example-bank.dk/v2/filer", "headers": _MULTIPART, "body": body}
    assert "biometric.upload.multipart_context" in _signatures(engine, example)


# -- hard negatives ---------------------------------------------------------------


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:60])
def test_hard_negatives_have_no_finding(engine: Engine, example: dict) -> None:
    assert _signatures(engine, example) == []
