"""Round 97 (biometric): a selfie SDK's chosen frame and its encrypted face tokens
forwarded on an onboarding route (FacePhi Selphi / SelphID), and voice words of
Catalan, Basque and Galician for the voice-sample paths.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load, raw
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round97_biometric.jsonl"
_RNG = random.Random(1997)
WAV = "RIFF....WAVEfmt " + "x" * 200


def _blob(n: int = 300) -> str:
    return base64.b64encode(bytes(_RNG.getrandbits(8) for _ in range(n))).decode()


JPEG = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + _blob(400)


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> dict:
    body = ""
    for name, filename, ctype, data in parts:
        body += f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        body += f'; filename="{filename}"' if filename else ""
        body += f"\r\nContent-Type: {ctype}\r\n" if ctype else "\r\n"
        body += "\r\n" + data + "\r\n"
    return {
        "method": "POST",
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body + "--XB--\r\n",
    }


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


POSITIVES = {
    "Selphi best frame on a selfie route": (
        {
            "url": "https://api.example-caixa.cat/onboarding/v3/selfie",
            "json": {"operationId": "op-7", "bestImage": JPEG},
        },
        "biometric.face_image.endpoint_base64",
    ),
    "Selphi result beside its template, on a route without a face word": (
        {
            "url": "https://api.example-bank.eus/alta/v1/urratsa/3",
            "json": {"bestImage": JPEG, "templateRaw": _blob(), "eyeGlassesScore": 0.1},
        },
        "biometric.face_image.selphi_result_best_image",
    ),
    "FacePhi identity request (document face token + selfie token)": (
        {
            "url": "https://api.example-bank.gal/onboarding/v1/identidade",
            "json": {
                "token1": _blob(),
                "bestImageToken": _blob(),
                "method": "5",
                "tracking": {"extraData": _blob(30), "operationId": "op-1"},
            },
        },
        "biometric.face_image.facephi_identity_token",
    ),
    "Catalan voice enrolment samples": (
        {
            "url": "https://api.example-telco.cat/veu/v1/inscripcio",
            **_multipart(
                [
                    ("locutor", None, None, "34600000000"),
                    ("mostra_veu_1", "veu1.wav", "audio/wav", WAV),
                ]
            ),
        },
        "biometric.voice_sample_path_multilingual",
    ),
    "Basque voice verification sample": (
        {
            "url": "https://api.example-banku.eus/ahotsa/v1/verificar",
            **_multipart([("lagina", "a.wav", "audio/wav", WAV)]),
        },
        "biometric.voice_sample_path_multilingual",
    ),
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    example, rule = POSITIVES[name]
    assert rule in _bio(engine, example), name


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _bio(engine, example), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 10


@pytest.mark.parametrize(
    ("word", "cls"),
    [("veu", "voice"), ("ahotsa", "voice"), ("rostre", "face"), ("aurpegia", "face"),
     ("hiztuna", "speaker"), ("rostro", "face")],
)  # fmt: skip
def test_iberian_voice_and_face_words(word: str, cls: str) -> None:
    assert load("biometric").word(word) == cls


def test_iberian_languages_are_listed_for_voice_and_face() -> None:
    classes = raw("biometric")["classes"]
    for cls in ("face", "voice", "speaker", "voiceprint"):
        assert {"ca", "eu", "gl"} <= set(classes[cls]), cls


def test_card_side_words_stay_out_of_the_face_class() -> None:
    assert load("biometric").word("cara") != "face"
