"""Round 19 (sets 19-20 as development sets), biometric: the families behind their
misses, tested in spellings and languages the sets never used, with look-alikes
that must stay silent.

Families: face-comparison scores under keys naming the face in other languages
(requests and answers alike), photo uploads in an exchange that names a face match
or face verification, audio sent to voice-profile / voiceprint endpoints named in
other languages, and face-derived attributes in answers (entry logs, check histories).
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.validators import VALIDATORS

BIO = {"biometric"}
WAV = base64.b64encode(b"RIFF\xe8\x03\x00\x00WAVEfmt " + bytes(range(64))).decode()


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> dict[str, Any]:
    """A small multipart body: (name, filename, content type, text) per part."""
    body = ""
    for name, filename, ctype, text in parts:
        body += f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        body += f'; filename="{filename}"' if filename else ""
        body += f"\r\nContent-Type: {ctype}\r\n\r\n" if ctype else "\r\n\r\n"
        body += text + "\r\n"
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body + "--XB--\r\n",
    }


def _photo_with(meta: dict[str, Any], url: str = "https://api.example.org/v1/photo") -> dict:
    parts = [
        ("meta", None, "application/json", json.dumps(meta)),
        ("img", "a.jpg", "image/jpeg", "JFIF"),
    ]
    return {"url": url, **_multipart(parts)}


# -- face-comparison scores, other languages --------------------------------------

FACE_SCORES = [
    {
        "url": "https://api.example.cl/v1/acceso",
        "json": {"puerta": "3", "coincidenciaFacial": 0.93},
    },
    {"url": "https://api.example.pt/v1/portas", "json": {"semelhanca_rosto": 88}},
    {"url": "https://api.example.fr/v1/acces", "json": {"ressemblanceVisage": 0.81}},
    {"url": "https://api.example.it/v1/ingressi", "json": {"corrispondenza_facciale": "0.87"}},
    {"url": "https://api.example.de/v1/zutritt", "json": {"gesichtsvergleich": 0.91}},
    {"url": "https://api.example.id/v1/absen", "json": {"pencocokan_wajah": 0.9}},
    {"url": "https://api.example.nl/v1/toegang", "json": {"gezichtGelijkenis": 0.77}},
    {"url": "https://api.example.com/v1/kyc", "json": {"facial_match_score": 0.95}},
    {
        "note": "an answer: a gym's check-in history",
        "url": "https://api.example.com.br/v1/checkins",
        "method": "GET",
        "response": {"json": {"itens": [{"catraca": "2", "verificacao_facial": 0.9}]}},
    },
    {
        "note": "an answer in English: a face-similarity key in an entry log",
        "url": "https://api.example.com/v1/entries",
        "method": "GET",
        "response": {"json": {"entries": [{"gate": "E2", "faceSimilarity": 0.94}]}},
    },
]


@pytest.mark.parametrize("example", FACE_SCORES)
def test_face_scores_in_other_languages(engine: Any, example: dict) -> None:
    assert signatures_found(engine, example, BIO)


FACE_SCORE_LOOKALIKES = [
    {"url": "https://api.example.cl/v1/config", "json": {"umbralCoincidenciaFacial": 0.8}},
    {"url": "https://api.example.pt/v1/config", "json": {"semelhanca_rosto_minima": 60}},
    {"url": "https://api.example.fr/v1/config", "json": {"seuilRessemblanceVisage": 0.7}},
    {"url": "https://api.example.de/v1/config", "json": {"gesichtsvergleichAktiv": True}},
    {"url": "https://api.example.id/v1/config", "json": {"pencocokan_wajah": 1}},
    {"url": "https://api.example.com/v1/shop", "json": {"similitudProducto": 0.66}},
    {"url": "https://api.example.com/v1/fonts", "json": {"fontFaceCoincidencia": 0.5}},
    {"url": "https://api.example.com/v1/bonds", "json": {"face_value_comparison": 0.97}},
    {
        "url": "https://api.example.com.br/v1/config",
        "method": "GET",
        "response": {"json": {"verificacaoFacial": True, "limiarVerificacaoFacial": 0.8}},
    },
]


@pytest.mark.parametrize("example", FACE_SCORE_LOOKALIKES)
def test_face_score_lookalikes_stay_silent(engine: Any, example: dict) -> None:
    assert not signatures_found(engine, example, BIO)


@pytest.mark.parametrize(
    ("value", "ok"),
    [(0.86, True), (86, True), ("0.9", True), (0, False), (1, False), (True, False),
     (250, False), ("abc", False), (float("nan"), False)],
)  # fmt: skip
def test_score_validator(value: object, ok: bool) -> None:
    assert VALIDATORS["score"](value) is ok


# -- photos flagged for a face match --------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [{"faceVerification": "required"}, {"validacion_facial": True}, {"Gesichtsabgleich": "ja"},
     {"compare_faces": True}, {"pencocokanWajah": True}],
)  # fmt: skip
def test_photo_with_face_match_field(engine: Any, meta: dict) -> None:
    assert signatures_found(engine, _photo_with(meta), BIO)


@pytest.mark.parametrize(
    "meta",
    [{"faceFilter": "sparkle"}, {"matchId": "m1"}, {"fileCompare": True}, {"verification": "sms"}],
)  # fmt: skip
def test_photo_without_face_match_field(engine: Any, meta: dict) -> None:
    assert not signatures_found(engine, _photo_with(meta), BIO)


# -- audio to voice-profile endpoints, other languages --------------------------------


@pytest.mark.parametrize(
    "url",
    ["https://api.example.es/v1/huella-vocal/registro", "https://api.example.fr/v1/empreinte_vocale",
     "https://api.example.it/v1/impronta-vocale", "https://api.example.de/v1/stimmabdruck",
     "https://api.example.com.br/v1/biometria-de-voz", "https://api.example.id/v1/biometrik-suara",
     "https://api.example.com/v1/voice-profiles/p1/samples", "https://api.example.com/v1/voice_cloning"],
)  # fmt: skip
def test_audio_to_voice_profile_endpoint(engine: Any, url: str) -> None:
    example = {"url": url, "headers": {"Content-Type": "audio/wav"}, "body_base64": WAV}
    assert signatures_found(engine, example, BIO)


@pytest.mark.parametrize(
    "url",
    ["https://api.example.es/v1/mensajes/voz", "https://api.example.com.br/v1/podcasts/voz-ativa/ep",
     "https://api.example.de/v1/stimmung", "https://api.example.com/v1/voice-chat/rooms/r1",
     "https://api.example.id/v1/suara-rakyat/berita"],
)  # fmt: skip
def test_audio_to_ordinary_voice_endpoint(engine: Any, url: str) -> None:
    example = {"url": url, "headers": {"Content-Type": "audio/wav"}, "body_base64": WAV}
    assert not signatures_found(engine, example, BIO)
