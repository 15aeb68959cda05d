"""Round 29 gaps: three structures that words alone did not reach.

- Eye gaze per eye (ARKit eye transforms, OVREyeGaze, OpenXR / Tobii per-eye gaze),
  its side and eye words read in many languages (lexicon/gaze.yaml).
- A generically named multipart upload whose filename or sibling text parts say
  face or voice sample (the decoder keeps filenames and short texts on the
  multipart container, `decode.MultipartFields`).
- A playback record recognised by its endpoint: the URL says watching /
  listening / playback / heartbeat, the record holds a content reference and a
  media-range time quantity.

Positives use languages of the round's list (not copies of set traffic); the
negatives file holds the look-alikes that must stay silent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.decode import MultipartFields, decode_exchange
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.limits import DEFAULT_LIMITS

CATEGORIES = {"biometric", "viewing_history"}
GAZE = "biometric.eye_gaze.per_eye"
UPLOAD = "biometric.upload.multipart_context"
ENDPOINT = "viewing_history.endpoint.playback_record"
QUAT = [0.02, -0.11, 0.01, 0.9937]
QUAT2 = [0.02, -0.1, 0.01, 0.9947]


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> dict[str, Any]:
    body = ""
    for name, filename, ctype, content in parts:
        body += f'--XB\r\nContent-Disposition: form-data; name="{name}"'
        body += f'; filename="{filename}"\r\n' if filename else "\r\n"
        body += f"Content-Type: {ctype}\r\n" if ctype else ""
        body += f"\r\n{content}\r\n"
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body + "--XB--\r\n",
    }


CASES = [
    # eye gaze: side + eye in the key, or an eye / gaze key holding the sides
    (
        GAZE,
        {
            "url": "https://api.example.fr/v1/suivi",
            "json": {"oeilGauche": {"rotation": QUAT}, "oeilDroit": {"rotation": QUAT2}},
        },
    ),
    (
        GAZE,
        {
            "url": "https://api.example.pl/v1/sesja",
            "json": {
                "wzrok": {
                    "lewe": {"kierunek": [0.1, 0.0, 0.99]},
                    "prawe": {"kierunek": [0.12, 0.0, 0.99]},
                }
            },
        },
    ),
    (
        GAZE,
        {
            "url": "https://api.example.co.id/v1/avatar",
            "json": {
                "mata_kiri": {"arah": [0.1, 0.2, 0.97]},
                "mata_kanan": {"arah": [0.1, 0.2, 0.97]},
            },
        },
    ),
    (GAZE, {"url": "https://api.example.cn/v1/vr", "json": {"zuoyan": QUAT, "youyan": QUAT2}}),
    (
        GAZE,
        {
            "url": "https://api.example.com.tr/v1/vr",
            "json": {"gozler": {"sol": {"donus": QUAT}, "sag": {"donus": QUAT2}}},
        },
    ),
    (
        GAZE,
        {
            "url": "https://api.example.com/v1/eyes",
            "json": {
                "gaze": {
                    "l": {"x": 0.1, "y": 0.2, "z": 0.97},
                    "r": {"x": 0.1, "y": 0.21, "z": 0.97},
                }
            },
        },
    ),
    # multipart: filename or sibling texts, accents folded
    (
        UPLOAD,
        {
            "url": "https://api.example.es/v1/archivos",
            **_multipart([("archivo", "foto_rostro.jpg", "image/jpeg", "JFIF")]),
        },
    ),
    (
        UPLOAD,
        {
            "url": "https://api.example.com.tr/v1/dosya",
            **_multipart(
                [
                    ("dosya", "img1.jpg", "image/jpeg", "JFIF"),
                    ("aciklama", None, None, "Özçekim doğrulama"),
                ]
            ),
        },
    ),
    (
        UPLOAD,
        {
            "url": "https://api.example.pl/v1/pliki",
            **_multipart(
                [("plik", "x.png", "image/png", "PNG"), ("typ", None, None, "zdjęcie twarzy")]
            ),
        },
    ),
    (
        UPLOAD,
        {
            "url": "https://api.example.cn/v1/upload",
            **_multipart([("file", "renlian_001.jpg", "image/jpeg", "JFIF")]),
        },
    ),
    (
        UPLOAD,
        {
            "url": "https://api.example.de/v1/dateien",
            **_multipart(
                [
                    ("datei", "aufnahme.wav", "audio/wav", "RIFF"),
                    ("zweck", None, None, "Stimmprobe"),
                ]
            ),
        },
    ),
    (
        UPLOAD,
        {
            "url": "https://api.example.id/v1/berkas",
            **_multipart(
                [
                    ("file", "rekaman.wav", "audio/wav", "RIFF"),
                    ("jenis", None, None, "sampel suara verifikasi"),
                ]
            ),
        },
    ),
    # endpoints: the URL says watching, the record says what and how long
    (
        ENDPOINT,
        {
            "url": "https://api.example.com.br/v1/usuario/historico-assistido",
            "method": "GET",
            "response": {
                "json": {"itens": [{"programa": "Jornal", "canal": "TV1", "duracao_min": 42}]}
            },
        },
    ),
    (
        ENDPOINT,
        {
            "url": "https://api.example.nl/v1/afleveringen/bekeken",
            "json": {"aflevering": "e-1201", "kijkduur": 610},
        },
    ),
    (
        ENDPOINT,
        {
            "url": "https://api.example.de/v1/wiedergabe/fortschritt",
            "json": {"titel": "s-77", "position_sek": 1240},
        },
    ),
    (
        ENDPOINT,
        {
            "url": "https://api.example.com/v1/listening",
            "json": {"track": "t-88", "ms_played": 183000},
        },
    ),
    (
        ENDPOINT,
        {
            "url": "https://t.example-iptv.com/t?channel=ch_1042&pos=1830&evt=heartbeat",
            "method": "GET",
        },
    ),
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_structures_find_their_family(engine: Any, rule: str, example: dict) -> None:
    assert rule in signatures_found(engine, example, CATEGORIES)


_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round29_gaps.jsonl"


@pytest.mark.parametrize("line", _NEGATIVES.read_text().splitlines())
def test_lookalikes_stay_silent(engine: Any, line: str) -> None:
    assert not signatures_found(engine, json.loads(line), CATEGORIES)


def test_decoder_keeps_multipart_filenames_and_short_texts() -> None:
    example = {
        "url": "https://api.example.com/v1/files",
        **_multipart([("file", "selfie.jpg", "image/jpeg", "JFIF"), ("title", None, None, "Ảnh")]),
    }
    nodes = decode_exchange(example_exchange(example), DEFAULT_LIMITS).nodes
    container = next(n.value for n in nodes if n.path == "body.multipart")
    assert isinstance(container, MultipartFields)
    assert container == {"file": "image/jpeg", "title": ""}  # still the plain dict it was
    assert container.filenames == {"file": "selfie.jpg"}
    assert container.texts == {"title": "Ảnh"}
    assert next(n for n in nodes if n.path == "body.multipart.file").media == "image/jpeg"
