"""Round 53 (biometric, held-out sets 185-192 worked): the families behind the misses and
the false positive, in languages and apps the sets never used.

- A speaker's vector under a key that puts the speaker word in a case form (Lithuanian
  genitive `kalbetojo`, Latvian `runataja`, Estonian `koneleja`) and a voiceprint in the
  Arabic double-s romanisation (`bassma`) and the adjective `sawtiya` (vocal).
- A head turn named in the Lithuanian genitive (`galvos`, the head's) beside a blink.
- An age estimate named in Malay and a dozen other languages' estimate words, and a face
  analysis in a RESPONSE (the verdict an eKYC service returns is the face's reading too).
- Camera frames sent to a liveness-check path, whatever the key is called.
- Precision principle: a wild animal's face, fluke or stripe photo-ID (wildlife surveys) is
  no person's, named in the key in many languages or as a Latin genus in a species field.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round192_bio.jsonl"
BIO = {"biometric"}
_RNG = random.Random(53192)


def _floats(size: int) -> list[float]:
    return [round(_RNG.gauss(0.0, 0.08), 5) for _ in range(size)]


def _jpeg() -> str:
    return "/9j/4AAQSkZJRgABAQAAAQABAAD" + base64.b64encode(_RNG.randbytes(120)).decode()


def _post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"url": url, "method": "POST", "json": body}


def _answer(url: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"url": url, "method": "GET", "response": {"json": body}}


POSITIVES = [
    _post(
        "https://bankas.example.lt/api/v2/kalbetojo-atpazinimas",
        {"kalbetojo_ispudis": _floats(256), "kanalas": "telefonas"},
    ),
    _post(
        "https://banka.example.lv/api/v1/balss/parbaude",
        {"runataja_vektors": _floats(192), "zvans": "c-118"},
    ),
    _post("https://pank.example.ee/api/v1/kone/kontroll", {"koneleja_vektor": _floats(512)}),
    _post(
        "https://bank.example.ma/api/v1/sawt/tahaqquq",
        {"bassma_sawtiya": _floats(192), "lugha": "darija"},
    ),
    _post("https://bank.example.jo/api/v2/voice-id/verify", {"basma_sawtiyya": _floats(256)}),
    _post(
        "https://ident.example.lt/api/v1/tapatybe/patikra",
        {"veidas": {"galvos_posukis": {"yaw": 12.4, "pitch": -2.1, "roll": 0.7}, "mirksejimas": 3}},
    ),
    _answer(
        "https://ekyc.example.com.my/api/v1/semakan/77",
        {"muka": {"anggaran_umur": 29, "keyakinan": 0.91}},
    ),
    _answer(
        "https://ekyc.example.se/api/v1/resultat/91",
        {"ansikte": {"uppskattad_alder": 41}, "status": "klar"},
    ),
    _answer(
        "https://verify.example.com/v2/sessions/5512/decision",
        {"faceAnalysis": {"estimatedAge": 34, "headPose": {"yaw": 3.0}}},
    ),
    _post(
        "https://ekyc.example.id/v1/liveness/kirim",
        {"tantangan": "senyum", "bingkai_video": [_jpeg(), _jpeg()]},
    ),
    _post(
        "https://kyc.example.pl/api/zywotnosc/weryfikacja",
        {"klatki": [_jpeg(), _jpeg(), _jpeg()], "ruch": "obrot_glowy"},
    ),
    _post("https://kyc.example.com.tr/api/canlilik/gonder", {"kareler": [_jpeg(), _jpeg()]}),
]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda e: e["url"])
def test_positive_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    assert not signatures_found(engine, example, BIO), example["note"]
