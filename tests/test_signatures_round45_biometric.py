"""Round 45 biometric: shapes a reader of any language recognises.

A selfie SDK's result (template beside liveness and glasses diagnostics), a stored
voice credential sent with fresh audio to a similarity check, face landmarks of any
point count under a key that names face landmarks, and known-face galleries with
5-point landmarks sent back to the phone. The hard negatives
(negatives_round45_biometric.jsonl) are ordinary apps with the same shapes: pose
landmarks, sticker anchors, map landmarks, email templates, passkeys, voice notes.
"""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round45_biometric.jsonl"
_RNG = random.Random(4545)
_WAV = (
    b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00"
    b"\x00\x7d\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"
)


def _signatures(engine: Engine, example: dict) -> set[str]:
    return {f.signature for f in engine.analyse(example_exchange(example))}


def _blob(n: int) -> str:
    return base64.b64encode(bytes(_RNG.getrandbits(8) for _ in range(n))).decode()


def _points(n: int) -> list[list[float]]:
    return [[round(_RNG.uniform(200, 700), 1), round(_RNG.uniform(300, 900), 1)] for _ in range(n)]


def _multipart(parts: list[tuple[str, str | None, bytes]]) -> str:
    body = b""
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        ctype = b"Content-Type: audio/wav\r\n" if filename else b""
        body += b"--b1\r\nContent-Disposition: " + disposition.encode() + b"\r\n" + ctype
        body += b"\r\n" + data + b"\r\n"
    return base64.b64encode(body + b"--b1--\r\n").decode()


@pytest.mark.parametrize("key", ["templateRaw", "template", "faceTemplate"])
def test_selfie_sdk_result_template(engine: Engine, key: str) -> None:
    example = {
        "url": "https://movil.example-bank.es/onboarding/v2/biometria/selfie",
        "json": {
            "resultado": {key: _blob(512), "livenessDiagnostic": "Liveness", "eyeGlassesScore": 0.2}
        },
    }
    assert "biometric.face_template.selphi_result" in _signatures(engine, example)


@pytest.mark.parametrize("size", [96, 128])
def test_voice_credential_with_audio(engine: Engine, size: int) -> None:
    example = {
        "url": "https://api.example-voice.com/daspeak/v1/similarity/credential2audio",
        "headers": {"content-type": "multipart/form-data; boundary=b1"},
        "body_base64": _multipart(
            [("credential", None, _blob(size).encode()), ("audio", "a.wav", _WAV)]
        ),
    }
    assert "biometric.voiceprint.credential_with_audio" in _signatures(engine, example)


@pytest.mark.parametrize("count", [7, 60, 120])
def test_face_landmarks_any_count(engine: Engine, count: int) -> None:
    points = [
        {"x": round(_RNG.random(), 4), "y": round(_RNG.random(), 4), "z": 0.01}
        for _ in range(count)
    ]
    example = {
        "url": "https://api.example-mirror.pt/v2/treino/rosto",
        "json": {"faceLandmarks": points},
    }
    assert "biometric.face_landmarks.face_key_points" in _signatures(engine, example)


@pytest.mark.parametrize("key", ["landmarks5", "kps5", "faceLandmarks"])
def test_known_face_gallery_in_response(engine: Engine, key: str) -> None:
    gallery = [{"nombre": n, key: _points(5), "muestras": 9} for n in ("Ana", "Tito")]
    example = {
        "url": "https://eu.example-cam.com/api/v3/caras-conocidas",
        "method": "GET",
        "response": {"json": {"caras": gallery}},
    }
    assert "biometric.face_landmarks.response" in _signatures(engine, example)


def test_hard_negatives_are_silent(engine: Engine) -> None:
    dirty = []
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        found = {s for s in _signatures(engine, example) if s.startswith("biometric.")}
        if found:
            dirty.append((example["note"], found))
    assert not dirty, dirty
