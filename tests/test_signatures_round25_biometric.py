"""Round 25 (sets 25-28 as development sets), biometric: mechanisms rather than
words. Key words read by STEM (inflections and compounds: `yuzVektoru`,
`gezichtsuitdrukking`, `biyometrikFoto`), ID-chip face groups (ICAO 9303 DG2) by
their standard names, JPEG 2000 photos, a face mesh beside its vertex count, a
speaker identified by voice, expression weights as parallel lists, voice
recordings to a voice endpoint named in any language; and the look-alikes that
must stay silent (the negatives file of this round).
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
_RNG = random.Random(2528)


def _f32(n: int) -> str:
    v = [_RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return base64.b64encode(struct.pack(f"<{n}f", *(x / norm for x in v))).decode()


def _blob(n: int, head: bytes = b"") -> str:
    return base64.b64encode(head + bytes(_RNG.randrange(256) for _ in range(n))).decode()


JP2 = _blob(300, b"\x00\x00\x00\x0cjP  \r\n\x87\n")
WAV = _blob(300, b"RIFF\xd4\x04\x00\x00WAVEfmt ")
WEIGHTS = [round(_RNG.uniform(0, 1), 3) for _ in range(8)]

CASES = [
    # stems: an inflected vector word beside a face word (Turkish)
    ("biometric.named_biometric.multilingual",
     {"url": "https://api.example.com.tr/v2/giris/yuz", "json": {"yuzVektoru": _f32(128)}}),
    # stems: German compound of face + features
    ("biometric.named_biometric.multilingual",
     {"url": "https://api.example.de/v1/konto", "json": {"gesichtsmerkmale": _f32(128)}}),
    # a compound of face + expression holding class scores (Dutch)
    ("biometric.named_biometric.multilingual",
     {"url": "https://api.example.nl/v1/les", "json": {"gezichtsuitdrukking":
      {"blij": 0.6, "verdrietig": 0.1, "boos": 0.05, "verveeld": 0.9}}}),
    # a JPEG 2000 photo under a "biometric photo" key
    ("biometric.named_biometric.multilingual",
     {"url": "https://api.example.gov.tr/v2/kimlik", "json": {"biyometrikFoto": JP2}}),
    # ARKit face geometry as a blob beside its vertex count
    ("biometric.named_biometric.multilingual",
     {"url": "https://relay.example.kr/v1/avatar", "json": {"faceGeometry":
      {"vertexCount": 1220, "vertices": _blob(600)}}}),
    # ICAO DG2 beside the chip's other groups, any surrounding language
    ("biometric.chip_face_data_group",
     {"url": "https://api.example.gov.tr/v2/kimlik/nfc", "json": {"kimlikCipi":
      {"dg1": _blob(60), "dg2": JP2, "sod": _blob(300)}}}),
    ("biometric.chip_face_data_group",
     {"url": "https://api.example.nl/v2/onboarding", "json": {"dataGroups":
      {"DG1": _blob(60), "DG2": _blob(400), "DG14": _blob(90)}}}),
    ("biometric.speaker_match_result",
     {"url": "https://api.example.kr/assistant/v1/context", "json": {"identifiedSpeaker":
      {"profileId": "806df5cb", "member": "x", "voiceMatchScore": 0.95}}}),
    ("biometric.blendshape_name_weight_lists",
     {"url": "https://rt.example.net/v1/calibration", "json": {"neutralFace": {
      "names": ["Brow_Lowerer_L", "Brow_Lowerer_R", "Cheek_Puff_L", "Cheek_Puff_R",
                "Jaw_Drop", "Lip_Pucker_L", "Lip_Pucker_R", "Dimpler_L"],
      "weights": WEIGHTS}}}),
    ("biometric.voice_sample_path_multilingual",
     {"url": "https://mobile.example.pl/api/v4/biometria/glos/weryfikacja",
      "headers": {"Content-Type": "audio/wav"}, "body_base64": WAV}),
    ("biometric.voice_sample_path_multilingual",
     {"url": "https://mobil.example.com.tr/mbs/v1/ses/kayit",
      "headers": {"Content-Type": "audio/wav"}, "body_base64": WAV}),
    ("biometric.face_template_path_multilingual",
     {"url": "https://servizi.example.it/cie/v1/volto/modello", "json": {"modello": _f32(512)}}),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_mechanisms_find_their_family(engine: Any, rule: str, example: dict) -> None:
    assert rule in signatures_found(engine, example, BIO)


_NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round25_biometric.jsonl"


@pytest.mark.parametrize("line", _NEGATIVES.read_text().splitlines())
def test_lookalikes_stay_silent(engine: Any, line: str) -> None:
    assert not signatures_found(engine, json.loads(line), BIO)
