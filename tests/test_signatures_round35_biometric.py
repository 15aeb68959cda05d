"""Round 35 biometric mechanisms: a frame beside head angles, per-person vector
libraries (responses too), embeddings under ambiguous face / voice words, voice
samples whose context names a sample or a passphrase in any language, face
tracking summaries named in any language, and hard negatives for each."""

from __future__ import annotations

import json
import math
import random
import struct
from base64 import b64encode
from pathlib import Path

import pytest
import yaml

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round35_biometric.jsonl"
_RULES = Path(__file__).parents[1] / "signatures" / "biometric"
_RNG = random.Random(3536)


def _jpeg() -> str:
    rule = yaml.safe_load((_RULES / "face-image-base64-with-face-metadata.yaml").read_text())
    return rule["examples"]["positive"][0]["json"]["snapshot"]


def _unit(n: int) -> list[float]:
    v = [_RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 4) for x in v]


def _speaker(n: int) -> list[float]:
    return [round(_RNG.gauss(0, 8), 3) for _ in range(n)]


def _packed(v: list[float]) -> str:
    return b64encode(struct.pack(f"<{len(v)}f", *v)).decode()


def _multipart(parts: list[tuple[str, str | None, str | None, str]]) -> dict:
    body = ""
    for name, filename, ctype, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        body += f"--XB\r\nContent-Disposition: {disp}\r\n"
        body += (f"Content-Type: {ctype}\r\n" if ctype else "") + f"\r\n{data}\r\n"
    return {
        "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
        "body": body + "--XB--\r\n",
    }


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


WAV = "RIFF....WAVEfmt " + "x" * 200

POSITIVES = {
    "liveness frames, Serbian keys": {
        "url": "https://api.example-eid.rs/v1/zivost/provera",
        "json": {"okviri": [{"izazov": "levo", "okvir": _jpeg(), "headEulerY": -30.2}]},
    },
    "a frame beside head yaw, Kazakh key": {
        "url": "https://api.example.kz/v1/tekseru",
        "json": {"kadr": _jpeg(), "head_yaw": 21.5, "head_pitch": -3.0},
    },
    "a camera's face library in a response": {
        "url": "https://cam.example.com/v1/faces/library",
        "method": "GET",
        "response": {
            "json": {"library": [{"member": "Ana", "vectors": [_packed(_unit(128))]}]},
        },
    },
    "voice prints per person, Polish path": {
        "url": "https://api.example.pl/v1/glos/profile",
        "json": {"profile": [{"personId": "p1", "emb": _speaker(192)}]},
    },
    "Azerbaijani voice vector": {
        "url": "https://api.example.az/v2/tesdiq",
        "json": {"ses_vektoru": _speaker(192), "model": "ecapa-tdnn"},
    },
    "Serbian voice samples in a multipart enrolment": {
        "url": "https://api.example-bank.rs/api/v2/glas/upis",
        **_multipart(
            [
                ("fraza", None, None, "Moj glas je moja lozinka"),
                ("glasovniUzorak0", "u0.wav", "audio/wav", WAV),
            ]
        ),
    },
    "Czech voice sample named as a sample": {
        "url": "https://api.example.cz/v1/nahrat",
        **_multipart([("hlasVzorek", "a.wav", "audio/wav", WAV)]),
    },
    "Swedish driver-monitoring face summary": {
        "url": "https://dms.example.se/v1/sammanfattning",
        "json": {"ansikte": {"ögonöppning": [0.61, 0.72], "blickriktning": {"väg": 0.83}}},
    },
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    assert _bio(engine, POSITIVES[name]), name


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not _bio(engine, example), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 12
