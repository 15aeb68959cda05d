"""Round 43 (held-out set 119, Welsh and Irish): Celtic initial mutations, audiobook
listening, "watched until" in Irish and Gaelic, and the voiceprint family.

Welsh, Irish and Scottish Gaelic change a word's first sound after an article, a
possessive or a preposition, and keys keep the changed form (`wylio`, `ngwylio`,
`bhféachaint`, `mbreathnú`, `n-amharc`). The lexicon now GENERATES those forms from
the words it lists under cy, ga and gd (exfilwatch/detect/lexicon/mutations.py) rather
than listing a few by hand. Listening to a book read aloud (Irish `closleabhar`, Welsh
`llyfr llafar`, Gaelic `leabhar claisneachd`) is listening; `go dtí` / `gu ruige` after
a watched verb is how far playback went; a voice's signature, print or model (Irish
`síniú gutha`, Welsh `llofnod llais`, Gaelic `lorg gutha`) is a voiceprint. The
positives use other apps and spellings than set 119, and each found nothing before
this round. Hard negatives: tests/fixtures/negatives/negatives_round122_celtic.jsonl.
"""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load, raw
from exfilwatch.detect.lexicon.mutations import mutated
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round122_celtic.jsonl"
_RNG = random.Random(12243)
_WAV = (
    "UklGRugDAABXQVZFZm10IBAAAAABAAEARKwAAIhYAQACABAAZGF0YcQDAAAAAP//AQD+/wIA/f8DAPz/"
    + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 6
)


def _vector(size: int) -> list[float]:
    """A length-normalised speaker embedding's scale (values near zero)."""
    return [round(_RNG.gauss(0, 0.08), 5) for _ in range(size)]


def _float32_blob(size: int) -> str:
    """A speaker embedding sent as base64 of little-endian float32, as SDKs serialise it."""
    return base64.b64encode(struct.pack(f"<{size}f", *_vector(size))).decode()


def _categories(engine: Engine, example: dict) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


_VIEWING = [
    # Irish eclipsis after `ár` / `a` (their): `mbreathnú`, `n-amharc`
    (
        "https://api.craoladh.example/ga/v1/imeacht",
        "POST",
        {"eipeasoid_id": 4410, "am_mbreathnu_soic": 640, "am": "2025-03-14T21:10:00Z"},
        None,
    ),
    (
        "https://api.craoladh.example/ga/v1/imeacht",
        "POST",
        {"clar_id": 9, "fad_hamharc": 1200, "dáta": "2025-03-14T21:10:00Z"},
        None,
    ),
    # "watched until" in Irish and Gaelic, in a history of rows
    (
        "https://api.spors.example/ga/v1/usaideoir/staire",
        "GET",
        None,
        {
            "liosta": [
                {"cluiche_id": 10 + i, "breathnaithe_go_dti": 600 + i, "am": f"2025-03-1{i}T19:00Z"}
                for i in range(3)
            ]
        },
    ),
    (
        "https://api.telly.example/gd/v1/eachdraidh",
        "GET",
        None,
        {
            "eachdraidh": [
                {"prògram_id": 20 + i, "air_fhaicinn_gu_ruige": 300 + i, "latha": 1741900000 + i}
                for i in range(3)
            ]
        },
    ),
]


@pytest.mark.parametrize(
    ("url", "method", "body", "response"), _VIEWING, ids=[u.split("/")[2] for u, *_ in _VIEWING]
)
def test_celtic_viewing_records_are_found(
    engine: Engine, url: str, method: str, body: dict | None, response: dict | None
) -> None:
    example: dict = {"url": url, "method": method}
    if body is not None:
        example["json"] = body
    if response is not None:
        example["response"] = {"json": response}
    assert "viewing_history" in _categories(engine, example)


_BIOMETRIC = [
    ("https://api.ffon.example/cy/v1/llais/dilysu", {"rhif": "+4479", "llofnod_llais": "blob"}),
    ("https://api.fon.example/ga/v1/guth/fioru", {"uimhir": "+3538", "samhail_gutha": "blob"}),
    ("https://api.fon.example/gd/v1/guth/dearbhadh", {"aireamh": "+4477", "lorg_gutha": "blob"}),
    # lenited after `do` (your): `do ghuthphrionta`
    ("https://api.banc.example/ga/v1/aitheantas", {"cuntas": "IE13", "do_ghuthphrionta": "vector"}),
    # recordings sent to a voice-identification path
    ("https://api.cabhair.example/v1/guthaitheantas/claru", {"cuntas": "IE14", "taifead": "wav"}),
]


def _filled(body: dict) -> dict:
    fills = {"blob": lambda: _float32_blob(192), "vector": lambda: _vector(192)}
    fills["wav"] = lambda: [_WAV, _WAV, _WAV]
    return {k: fills[v]() if isinstance(v, str) and v in fills else v for k, v in body.items()}


@pytest.mark.parametrize(("url", "body"), _BIOMETRIC, ids=[list(b)[1] for _, b in _BIOMETRIC])
def test_celtic_voiceprints_are_found(engine: Engine, url: str, body: dict) -> None:
    example = {"url": url, "method": "POST", "json": _filled(body)}
    assert "biometric" in _categories(engine, example)


@pytest.mark.parametrize(
    ("language", "word", "forms"),
    [
        ("cy", "gwylio", {"wylio", "ngwylio"}),
        ("cy", "pennod", {"bennod", "mhennod", "phennod"}),
        ("cy", "llais", {"lais"}),
        ("ga", "feachaint", {"fheachaint", "bhfeachaint"}),
        ("ga", "amharc", {"hamharc", "tamharc", "namharc"}),
        ("ga", "sraith", {"shraith", "tsraith"}),
        ("gd", "coimhead", {"choimhead"}),
    ],
)
def test_mutations_are_generated(language: str, word: str, forms: set[str]) -> None:
    assert forms <= set(mutated(language, word))


def test_mutation_keeps_entry_notation_and_bounds() -> None:
    assert "wrand-" in set(mutated("cy", "gwrand-"))
    assert "leoliad chwarae" in set(mutated("cy", "lleoliad chwarae"))
    assert not list(mutated("en", "player"))  # only cy, ga, gd mutate
    assert not list(mutated("ga", "eist"))  # `heist` is English: short words stay as listed
    assert not list(mutated("cy", "chwarae"))  # `ch` is a Welsh letter no mutation changes
    assert not list(mutated("ga", "stair"))  # `st` is neither lenited nor given a t-


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        ("viewing", "mbreathnu", "watching"),
        ("viewing", "ngwrandawiad", "listen"),
        ("viewing", "ddarllediad", "programme"),
        ("viewing", "gclosleabhar", "audiobook"),
        ("biometric", "nguthphrionta", "voiceprint"),
        ("biometric", "thempled", "template"),
        ("device", "ghleas", "device"),
    ],
)
def test_generated_forms_are_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert load(lexicon).word(word) == cls


# Key words of English APIs that a careless generator (an `h`, `t` or `n` before any
# vowel-initial word, or mutated double letters) would turn into Celtic words.
_ENGLISH_KEYS = [
    "heist", "hand", "hour", "hint", "tone", "tall", "nail", "hash", "hide", "thread",
    "dday", "ddos", "mhz", "ngrok", "bhash", "phone", "theme", "token", "dtype", "ndim",
    "gclid", "mbps", "hamster", "habit", "heading", "hunit", "tint", "tops", "neat", "note",
]  # fmt: skip


@pytest.mark.parametrize("name", ["viewing", "biometric", "device", "upload_context"])
def test_no_english_key_word_is_a_generated_form(name: str) -> None:
    generated = {
        form
        for by_language in (raw(name).get("classes") or {}).values()
        for language, entries in (by_language or {}).items()
        for entry in entries or []
        for form in mutated(str(language), str(entry).lower().strip())
    }
    assert not generated.intersection(_ENGLISH_KEYS)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_celtic_hard_negatives_find_nothing(engine: Engine, example: dict) -> None:
    assert not engine.analyse(example_exchange(example)), example["note"]
