"""Round 66 (set 270): Inuktitut apps, keys romanised and in syllabics.

The readings were there; the script and the words were not:

- Canadian Aboriginal syllabics (U+1400-167F) came out of the key reader as Cree spells them
  (`ᑕᑯᔭᐅᔪᑦ` -> `takoyayot`, `ᓯᑯᓐᑎ` -> `sikonti`); Inuktitut, the language app keys in this
  script are written in, has three vowels and spells the same letters `takujaujut`,
  `sikunti`, as its romanised keys do (exfilwatch/detect/structures/_common.py `ascii_key`);
- Inuktitut viewing words: `takujau-` (was watched), `takunna-` (watching), `naalaktau-`
  (was listened to), `naalanniq` / `naalannirit` (listening, listenings), `sikunti`
  (seconds), `atinga` (its name: a title), `tarrijaaksaq` (video), `isuliqtuq` (finished)
  (exfilwatch/detect/lexicon/viewing.yaml);
- Inuktitut `kiinaq` (face), genitive `kiinaup`, possessed `kiinanga`
  (exfilwatch/detect/lexicon/biometric.yaml), so a selfie under `kiinaup_ajjinga` (the
  face's picture) is a face image.

Left out: `ukiungit` (its years) and `ikpigusunniq` (feeling) as estimated traits: both are
an ordinary form's and a mood diary's words, and a face check that returns them also sends
the face. Precision: tests/fixtures/negatives/negatives_round270.jsonl (an art shop's carved
mask, a broadcaster's catalogue with running lengths, a radio schedule in syllabics, a news
list, an ID renewal form with an age, a support chat, a classroom display, a map search, a
face cream in a cart, a trending list, a station's now-on-air).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures._common import ascii_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round270.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _jpeg_b64(seed: int, size: int = 900) -> str:
    """A JPEG-looking base64 image: the JFIF header, then varied bytes."""
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    body = bytes((i * 73 + seed * 29) % 256 for i in range(size))
    return base64.b64encode(head + body + b"\xff\xd9").decode()


@pytest.mark.parametrize(
    ("key", "romanised"),
    [
        ("ᑕᑯᔭᐅᔪᑦ", "takujaujut"),
        ("ᑕᑯᓐᓇᕐᓂᖅ_ᓯᑯᓐᑎ", "takunnarniq_sikunti"),
        ("ᓇᓚᐅᑦᑖᖅ", "nalauttaaq"),
        ("ᑭᐃᓇᖅ", "kiinaq"),
        ("ᒋᓐᓇᐅᔭᖅ", "ginnaujaq"),
        ("ᕕᐃᑎᐅ", "viitiu"),
    ],
)
def test_syllabics_read_as_inuktitut(key: str, romanised: str) -> None:
    assert ascii_key(key) == romanised


VIEWING_POSITIVES = [
    # a profile's watched list in syllabics: title, seconds and when
    {
        "url": "https://api.example-qaujimajaq.ca/v2/profile/history",
        "method": "GET",
        "response": {
            "json": {
                "ᑕᑯᔭᐅᔪᑦ": [
                    {"ᐊᑎᖓ": "ᓄᓕᐊᔪᒃ 1", "ᓯᑯᓐᑎ": 812, "ᐃᑲᕐᕋᖅ": "2025-02-11T19:02:00Z"},
                    {"ᐊᑎᖓ": "ᓄᓕᐊᔪᒃ 2", "ᓯᑯᓐᑎ": 1290, "ᐃᑲᕐᕋᖅ": "2025-02-11T19:40:00Z"},
                ]
            }
        },
    },
    # a video watched, romanised: title, seconds watched and whether finished
    {
        "url": "https://api.example-nanuq.ca/v3/playback/report",
        "method": "POST",
        "json": {
            "tarrijaaksaq": {"atinga": "Qimmiit S02E04", "takunnarniq_sikunti": 640},
            "isuliqtuq": False,
        },
    },
    # a radio programme listened to: station, title and seconds
    {
        "url": "https://api.example-uqausiq.ca/v1/radio/naalaktaujuq",
        "method": "POST",
        "json": {
            "naalaktaujuq": {"station": "Radio Iqaluit 95.1", "atinga": "Unnuaq", "sikuntit": 1200}
        },
    },
    # a listening history answered as rows with when and how long
    {
        "url": "https://api.example-uqausiq.ca/v1/me/naalannirit",
        "method": "GET",
        "response": {
            "json": {
                "naalannirit": [
                    {"atinga": "Pisiit", "naalaktaujuq": "2025-02-10T07:00:00Z", "sikunti": 900},
                    {"atinga": "Unikkaat", "naalaktaujuq": "2025-02-10T08:00:00Z", "sikunti": 1500},
                ]
            }
        },
    },
]

FACE_POSITIVES = [
    # a selfie under the face's picture, romanised
    {
        "url": "https://api.example-kiinaujaq.ca/v2/verify",
        "method": "POST",
        "json": {"kiinanga": _jpeg_b64(3), "nuna": "NU"},
    },
    # the face key in syllabics
    {
        "url": "https://api.example-ilisarijaq.ca/v1/check",
        "method": "POST",
        "json": {"ᑭᐃᓇᐅᑉ_ᐊᔾᔨᖓ": _jpeg_b64(8)},
    },
]


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_inuktitut_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_inuktitut_face_image_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
