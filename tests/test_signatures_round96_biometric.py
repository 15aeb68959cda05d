"""Round 96 biometric families: voice biometrics named in the app's language.

A voice-biometrics endpoint whose one path segment joins the biometric and the voice
word (`/biometria-voz/`), an audio object whose keys are in the app's language
(`audio: {formato, taxa, dados}`), a speaker vector under a speaker word and a
vector word in Portuguese (`locutor: {vetor}`), and voiceprint keys written in
Arabic and Hebrew script (`بصمة_الصوت`, `טביעת_קול`), which reach the lexicon as
`ascii_key` spells them. Hard negatives: voice notes, transcription, podcasts,
call-centre QA recordings, ringtones, text-to-speech narrators and song vectors.
"""

from __future__ import annotations

import json
import random
import struct
from base64 import b64encode
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round96_biometric.jsonl"
_RNG = random.Random(9696)


def _speaker(n: int) -> list[float]:
    return [round(_RNG.gauss(0, 0.08), 5) for _ in range(n)]


def _packed(v: list[float]) -> str:
    return b64encode(struct.pack(f"<{len(v)}f", *v)).decode()


def _noise(n: int) -> bytes:
    return bytes(_RNG.randrange(256) for _ in range(n))


_FMT = b"fmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00"
WAV_BYTES = b"RIFF\x24\x08\x00\x00WAVE" + _FMT + b"data\x00\x08\x00\x00" + _noise(700)
WAV = b64encode(WAV_BYTES).decode()
RAW_PCM = b64encode(_noise(900)).decode()


def _bio(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "biometric"}


POSITIVES = {
    "a WAV under a Portuguese audio object's dados, to biometria-voz": {
        "url": "https://apigw.example-telecom.pt/biometria-voz/v1/verificar",
        "json": {"cliente": "c-1", "audio": {"formato": "pcm16", "taxa": 16000, "dados": WAV}},
    },
    "raw PCM with no header described by formato, to biometria-voz": {
        "url": "https://apigw.example-telecom.pt/biometria-voz/v1/verificar",
        "json": {"audio": {"formato": "pcm16", "taxa": 16000, "dados": RAW_PCM}},
    },
    "a Polish voice-biometrics check with the WAV under dane": {
        "url": "https://mobile.example-bank.pl/api/biometria-glosowa/weryfikacja",
        "json": {"nagranie": {"format": "wav", "dane": WAV}},
    },
    "a raw WAV upload to a joined biometric-voice segment": {
        "url": "https://apigw.example-telecom.pt/biometria-voz/v1/perfil",
        "method": "PUT",
        "headers": {"Content-Type": "audio/wav"},
        "body_base64": WAV,
    },
    "a voiceprint-named key holding a Portuguese audio object": {
        "url": "https://api.example-bank.pt/v1/clientes/perfil",
        "json": {"impressao_vocal": {"formato": "wav", "dados": WAV}},
    },
    "a speaker vector under a generic Portuguese key, to biometria-voz": {
        "url": "https://apigw.example-telecom.pt/biometria-voz/v1/perfil",
        "method": "PUT",
        "json": {"perfil": {"vetor": _packed(_speaker(192))}},
    },
    "a JSON speaker vector under a Spanish template key, to a speaker enrolment": {
        "url": "https://api.example-banco.es/v1/locutor/enrolar",
        "json": {"plantilla": [x * 10 for x in _speaker(192)]},
    },
    "a Portuguese speaker vector under locutor.vetor": {
        "url": "https://apigw.example-telecom.pt/biometria-voz/v1/perfil",
        "json": {"locutor": {"vetor": _packed(_speaker(192)), "dim": 192}},
    },
    "an Arabic-script voiceprint key over a float32 blob": {
        "url": "https://mobile.example-bank.eg/api/auth/voice/enrol",
        "json": {"بصمة_الصوت": _packed(_speaker(192)), "round": 1},
    },
    "an Arabic-script voiceprint written without the article": {
        "url": "https://api.example-bank.jo/v1/profile",
        "json": {"بصمة صوت": _packed(_speaker(256))},
    },
    "a Hebrew voiceprint key over a float32 blob": {
        "url": "https://api.example-bank.co.il/v1/profile",
        "json": {"טביעת_קול": _packed(_speaker(192))},
    },
    "an Arabic-script voice word over a JSON speaker embedding": {
        "url": "https://api.example-bank.ae/v1/profile",
        "json": {"الصوت": _speaker(192)},
    },
    "a Devanagari voice word over a JSON speaker embedding": {
        "url": "https://api.example-bank.in/v1/profile",
        "json": {"आवाज़": _speaker(192)},
    },
}


@pytest.mark.parametrize("name", sorted(POSITIVES))
def test_positive(engine: Engine, name: str) -> None:
    assert _bio(engine, POSITIVES[name]), name


def test_hard_negatives(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        assert not engine.analyse(example_exchange(example)), example["note"]


def test_negatives_cover_each_mechanism() -> None:
    notes = [json.loads(line)["note"] for line in NEGATIVES.read_text("utf-8").splitlines()]
    assert len(notes) >= 15
