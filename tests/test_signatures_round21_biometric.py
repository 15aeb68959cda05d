"""Round 21 (sets 21-24 as development sets), biometric: face and voice data under
keys that name the face or voice in languages no set has used (Polish, Turkish,
Dutch, romanised Russian, Korean, Hindi, Arabic), read by word class, and the
look-alikes that must stay silent (watch and card faces, voice messages, settings).
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
from conftest import signatures_found

BIO = {"biometric"}
_RNG = random.Random(2124)


def _unit(n: int) -> list[float]:
    v = [_RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 5) for x in v]


def _f32(n: int) -> str:
    return base64.b64encode(struct.pack(f"<{n}f", *_unit(n))).decode()


JPEG = "/9j/4AAQSkZJRgABAQAAAQABAAD" + base64.b64encode(bytes(range(48, 120))).decode()
WAV = "UklGRqgDAABXQVZFZm10IBAAAAABAAEAgD4AAAB9AAACABAAZGF0YYQDAAA" + "A" * 40
POINTS = [[round(_RNG.uniform(100, 500), 2), round(_RNG.uniform(100, 500), 2)] for _ in range(68)]

NAMED = [
    {"url": "https://api.example.pl/v1/weryfikacja", "json": {"zdjecieTwarzy": JPEG}},
    {"url": "https://api.example.nl/v1/kyc", "json": {"gezicht": {"foto": {"data": JPEG}}}},
    {"url": "https://api.example.com.tr/v1/kimlik", "json": {"yuz_vektor": _f32(512)}},
    {"url": "https://api.example.ru/v1/bio", "json": {"litso": {"tochki": POINTS}}},
    {"url": "https://api.example.kr/v1/auth", "json": {"eolgul_teukjing": _unit(128)}},
    {"url": "https://api.example.in/v1/kyc", "json": {"chehra_image": JPEG}},
    {"url": "https://api.example.ae/v1/verify", "json": {"wajh": {"points": POINTS}}},
    {
        "url": "https://api.example.com/v1/karaoke",
        "json": {"golosovoy_otpechatok": {"vector": _unit(192)}},
    },
    {"url": "https://api.example.com/v1/bank", "json": {"sawt_basma": _f32(256)}},
    {
        "url": "https://api.example.fr/v1/voix",
        "json": {"idLocuteur": "l-1", "voixEchantillon": WAV},
    },
    {"url": "https://api.example.com/v1/kyc", "json": {"selfie": {"images": [JPEG]}}},
]


@pytest.mark.parametrize("example", NAMED)
def test_face_and_voice_named_in_other_languages(engine: Any, example: dict) -> None:
    assert "biometric.named_biometric.multilingual" in signatures_found(engine, example, BIO)


def test_voice_verification_endpoint_either_word_order(engine: Any) -> None:
    body = '--XB\r\nContent-Disposition: form-data; name="recording"; filename="a.wav"\r\n'
    body += "Content-Type: audio/wav\r\n\r\nRIFF....WAVEfmt \r\n--XB--\r\n"
    example = {
        "url": "https://api.example-voice.io/verification/voice",
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body,
    }
    assert signatures_found(engine, example, BIO)


NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round21_biometric.jsonl"


@pytest.mark.parametrize("line", NEGATIVES.read_text().splitlines())
def test_lookalikes_stay_silent(engine: Any, line: str) -> None:
    assert not signatures_found(engine, json.loads(line), BIO)
