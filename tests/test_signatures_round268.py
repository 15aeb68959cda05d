"""Round 66 (set 268): Curaçao and Suriname apps, keys in Papiamentu and Sranan Tongo.

What was missing, and what was chosen:

- Papiamentu and Sranan viewing words (exfilwatch/detect/lexicon/viewing.yaml): `posishon`
  (position), `durashon` (duration), `mira` / `luku` (watch; `a mira`, `loke bo a mira`,
  watched), `sigui` (continue), `kuminsa` (started), `tempu` (time), Sranan `arki` (listen),
  `poku` / `singi` (music, song), `singiman` (singer). Sranan `ten` (time) is left out: it is
  English "ten". `mira` is also Spanish "look!" and a gun sight, so it is only a watching word
  where the playback readers already ask for playback words beside it.
- Papiamentu `kara` and Sranan `fesi` (face) as ambiguous face words (Turkish `kara` is
  "black", and a name), read only beside a template or vector word; `plantía` (template);
  `drenta` (sign in) and `registra` / `skrifi` (enrol) for the paths that say what a face or
  voice is for (lexicon/biometric.yaml).
- A voice segment `sten` (Papiamentu and Sranan "voice") on a voice enrolment path with an
  audio upload (biometric/voice-sample-path-multilingual). `sten` is not a lexicon voice
  word: it is Swedish "stone", and `sten_vektor` would be a stone's vector.
- An XML element with attributes and text (`<kanal number="120">ESPN</kanal>`) names its
  text in a tuning row (structures/channel_logs.py).
- A programme named in text with a bare playhead of a minute or more, in an SDK's event
  parameters or in a player's batch of timed rows (structures/programme_bare_positions.py,
  viewing_history/programme-bare-position-event-params and -rows).
- An advertising id under the app's language's word for advertising (`reklame_id`), only a
  UUID and only beside a key describing the phone (device_id/advertising-id-word-multilingual).

Left out: a bare `yabi` (Papiamentu "key") UUID in a face enrolment is not read as a device
key: a bare key word is also an idempotency or API key. Precision:
tests/fixtures/negatives/negatives_round268.jsonl (a rifle scope, related articles, a black
colour filter, a stone's vector, a courier's map position, a support chat channel, a ranking
event, a shop's thing, an ad creative, a song lesson, a radio guide).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round268.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 512) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 41 + seed * 13) % 101 - 50) / 420 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


def _vector(seed: int, size: int = 512) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 59 + seed * 5) % 97 - 48) / 380, 5) for i in range(size)]


def _b64_json(value: object) -> str:
    return base64.b64encode(json.dumps(value).encode()).decode()


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("posishon", ("position",)),
        ("durashon", ("duration",)),
        ("sigui_mira", ("continue", "watching")),
        ("loke_bo_a_mira", ("watched",)),
        ("kuminsa", ("started",)),
        ("tempu", ("time",)),
        ("arki", ("listen",)),
        ("poku", ("song",)),
        ("singiman", ("artist",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


VIEWING_POSITIVES = [
    # a player event: programme object, channel, position in seconds
    {
        "url": "https://api.example-tv.cw/v2/player/evento",
        "method": "POST",
        "json": {
            "evento": "mira_pausa",
            "programa": {"id": "e-71", "titulo": "Notisia di Anochi", "durashon": 1800},
            "kanal": "Telearuba",
            "posishon": 642,
            "tempu": "2025-03-02T20:11:00Z",
        },
    },
    # continue watching in a server's answer
    {
        "url": "https://api.example-tv.cw/v2/usuario/sigui-mira",
        "method": "GET",
        "response": {
            "json": {
                "sigui_mira": [
                    {"id": "e-71", "titulo": "Notisia di Anochi", "posishon": 910},
                    {"id": "e-12", "titulo": "Kòrsou Awe", "posishon": 2210},
                ]
            }
        },
    },
    # a Sranan song listened, the seconds heard
    {
        "url": "https://api.example-poku.sr/v1/arki",
        "method": "POST",
        "json": {
            "poku": {"id": "t-4", "singi": "Wan Bon", "singiman": "Sonora Paramarera"},
            "arki_sekonde": 171,
            "ten": "2025-03-02T08:00:00Z",
        },
    },
    # a box's channel log in XML, the channel element with a number attribute
    {
        "url": "http://stb.example-kabel.sr/mw/v1/log/kanal",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": (
            '<logKanal><evento tipo="kambio"><kanal number="7">ATV</kanal>'
            "<programa>Sport Aktueel</programa><kuminsa>2025-03-02T19:00:00Z</kuminsa>"
            "<durashon>1320</durashon></evento></logKanal>"
        ),
    },
    # an Adjust event's callback parameters: programme and bare position
    {
        "url": "https://app.example-mmp.com/event",
        "method": "POST",
        "form": {
            "event_token": "t1p9zz",
            "callback_params": json.dumps({"programa": "Tambú na Pleno", "posishon": "3300"}),
        },
    },
    # a player's batch, base64 JSON in a form field
    {
        "url": "https://api.example-tv.cw/v2/player/batch",
        "method": "POST",
        "form": {
            "eventonan": _b64_json(
                [
                    {"programa": "Kòrsou Awe", "posishon": 120, "t": 1740900000000},
                    {"programa": "Kòrsou Awe", "posishon": 180, "t": 1740900060000},
                ]
            ),
            "v": "2",
        },
    },
]

FACE_POSITIVES = [
    # a bank's face template under the face word, at a sign-in path
    {
        "url": "https://app.example-banko.cw/api/v2/drenta/kara",
        "method": "POST",
        "json": {"kliente": "K-77120", "kara": {"plantía": _template_b64(2)}},
    },
    # the enrolment of a face vector
    {
        "url": "https://app.example-banko.aw/api/v1/kara/registra",
        "method": "POST",
        "json": {"kliente": "K-88012", "kara": {"vektor": _vector(4), "modelo": "fr-512"}},
    },
]

VOICE_POSITIVE = {
    "url": "https://api.example-yepi.sr/v1/asisten/sten/skrifi",
    "method": "POST",
    "headers": {"Content-Type": "multipart/form-data; boundary=XB"},
    "body": (
        '--XB\r\nContent-Disposition: form-data; name="masra"\r\n\r\n4401\r\n'
        '--XB\r\nContent-Disposition: form-data; name="sten_1"; filename="sten_1.wav"\r\n'
        "Content-Type: audio/wav\r\n\r\nRIFF0000WAVEfmt data\r\n--XB--\r\n"
    ),
}

DEVICE_POSITIVES = [
    {
        "url": "https://api.example-poku.sr/v1/sani",
        "method": "POST",
        "json": {
            "sani_id": "9c2e4b1a7d3f6e80",
            "reklame_id": "2f8c6a1e-4b9d-4e37-a0c5-7d1b3e9f6a24",
            "masyin": "Moto G54",
        },
    },
    {
        "url": "https://api.example-radio.no/v1/lytter",
        "method": "POST",
        "json": {"reklame_id": "7a0d3c9e-1f6b-4c82-b5e4-3e8f2a1d0c96", "platform": "android"},
    },
]


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_papiamentu_and_sranan_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_papiamentu_face_template_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def test_sranan_voice_enrolment_is_found(engine: Engine) -> None:
    found = signatures_found(engine, VOICE_POSITIVE, BIO)
    assert "biometric.voice_sample_path_multilingual" in found, found


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_advertising_id_word_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, DEV)
    assert "device_id.advertising_id_word_multilingual" in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
