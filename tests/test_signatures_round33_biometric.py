"""Round 33 (tenth generalising round), biometric: families, not flows.

- Keys with accents (`röst`, `ögonöppning`, `elävyys`) are folded to ASCII before
  their words are read: the lexicon is ASCII, and a key split at each accented
  letter was read as nothing.
- An artefact named by the CHILD key of a face- or voice-named object
  (`röst: {avtryck: ...}`), and a bare embedding-shaped float list under a key
  naming only the face or voice (`muryar_manomi: [192 floats]`).
- A face-named blob beside a face model's vertex count (`faceGeometry` + 1220).
- A face-named object holding a match or liveness score in any language.
- Audio uploads read with the biometric lexicon's voice and purpose words
  (multipart `hangminta`, `sauti_1` + `sajili_1.wav`), and JSON audio to a path
  naming the voice and a check in any language (`golos/proverka`).
- Two base64 faces posted together to a face check (`firstImage` / `secondImage`).
Hard negatives: tests/fixtures/negatives/negatives_round33_biometric.jsonl.
"""

from __future__ import annotations

import base64
import json
import random
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.biometric_words import ascii_key, word_roles

BIO = {"biometric"}
_RNG = random.Random(3333)


def _f32(n: int) -> str:
    return base64.b64encode(
        struct.pack(f"<{n}f", *(_RNG.uniform(-0.3, 0.3) for _ in range(n)))
    ).decode()


def _floats(n: int) -> list[float]:
    return [round(_RNG.uniform(-0.2, 0.2), 5) for _ in range(n)]


def _wav() -> str:
    head = b"RIFF\xd4\x04\x00\x00WAVEfmt "
    return base64.b64encode(head + bytes(_RNG.randrange(256) for _ in range(300))).decode()


def _jpeg() -> str:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + bytes(_RNG.randrange(256) for _ in range(300))).decode()


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> dict[str, Any]:
    body = ""
    for name, filename, ctype, content in parts:
        body += f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        body += f'; filename="{filename}"' if filename else ""
        body += f"\r\nContent-Type: {ctype}\r\n" if ctype else "\r\n"
        body += f"\r\n{content}\r\n"
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body + "--XB--\r\n",
    }


def test_accented_keys_are_read_as_ascii_words() -> None:
    assert ascii_key("röst") == "rost"
    assert ascii_key("ØjeÅbning") == "OjeAbning"
    assert "voice" in word_roles("röst")
    assert "face" in word_roles("Gesichtsbild")


CASES = [
    (
        "sv child artefact",
        "https://api.example.se/v1/profiler/vp-1",
        {"röst": {"avtryck": _f32(192)}},
    ),
    ("de child artefact", "https://api.example.de/v1/profil", {"stimme": {"abdruck": _f32(192)}}),
    ("ha bare speaker list", "https://api.example.ng/v1/manomi", {"muryar_manomi": _floats(192)}),
    ("pl bare face list", "https://api.example.pl/v1/uczen", {"twarz": _floats(128)}),
    (
        "th face feature",
        "https://api.example.th/v1/chek",
        {"rai": [{"lakkhana_bai_na": _f32(128)}]},
    ),
    (
        "face mesh blob",
        "https://api.example.com/v1/progress",
        {"vertexCount": 1220, "faceGeometry": _f32(600)},
    ),
    (
        "mediapipe blob",
        "https://api.example.ru/v1/avatar",
        {"mesh": {"face_vertices": _f32(300), "vertex_count": 468}},
    ),
    (
        "fi face check",
        "https://api.example.fi/v3/tulos",
        {"kasvotunnistus": {"vastaavuus": 0.98, "elavyys": 0.7}},
    ),
    (
        "es face check",
        "https://api.example.es/v1/alta",
        {"reconocimientoFacial": {"similitud": 91.2}},
    ),
    (
        "bio samples",
        "https://api.example.ru/api/ebs/v1/registration",
        {"bioSamples": [{"modality": "photo", "data": _jpeg()}]},
    ),
    (
        "ru voice check",
        "https://api.example.ru/api/v2/golos/proverka",
        {"audio": _wav(), "zvonok": "1"},
    ),
    (
        "pair check",
        "https://api.example.ph/openapi/face-recognition/v4/check",
        {"firstImage": _jpeg(), "secondImage": _jpeg()},
    ),
]


@pytest.mark.parametrize(("name", "url", "body"), CASES)
def test_face_and_voice_families_are_found(engine: Any, name: str, url: str, body: dict) -> None:
    assert signatures_found(engine, {"url": url, "json": body}, BIO), name


MULTIPART = [
    (
        "hu voice sample",
        "https://m.example.hu/api/v1/hang/azonositas",
        [("ugyfel", None, None, "1"), ("hangminta", "minta.wav", "audio/wav", "RIFF-bytes")],
    ),
    (
        "sw enrolment",
        "https://api.example.co.ke/v1/sauti/sajili",
        [("sauti_1", "sajili_1.wav", "audio/wav", "RIFF-bytes"), ("mkulima_id", None, None, "F-1")],
    ),
    (
        "cs verification",
        "https://api.example.cz/v1/soubory",
        [
            ("hlas", "nahravka.wav", "audio/wav", "RIFF-bytes"),
            ("ucel", None, None, "overeni hlasu"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "url", "parts"), MULTIPART)
def test_voice_samples_uploaded_as_parts_are_found(
    engine: Any, name: str, url: str, parts: list
) -> None:
    example = {"url": url, **_multipart(parts)}
    assert "biometric.upload.multipart_context" in signatures_found(engine, example, BIO), name


_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round33_biometric.jsonl"


@pytest.mark.parametrize("line", _NEGATIVES.read_text(encoding="utf-8").splitlines())
def test_lookalikes_stay_silent(engine: Any, line: str) -> None:
    assert not signatures_found(
        engine, json.loads(line), {"biometric", "device_id", "viewing_history"}
    )
