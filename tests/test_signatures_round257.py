"""Round 65 (set 257): Slovenian and Macedonian apps, in spellings and apps the set never used.

The readings were there; the words were not:

- Macedonian viewing words, Latin as the key reader spells Cyrillic: `pesna` / `pesnata`
  (song), `izveduvac` / `izveduvach` (performer), `natprevar` (match), `vo zivo` (live), and
  Slovenian `tekma` (match) (exfilwatch/detect/lexicon/viewing.yaml);
- a live session named in the app's own language on a live path (`/v-zivo/seja`, `sesija`,
  `sesja`, `sesion`, `Sitzung`: viewing_history/live-channel-join-row), with South Slavic
  chat-message words that keep a support desk's live chat out;
- Slovenian `obraz` (face), which is also Polish, Czech and Russian "picture", read as a face
  only beside a template, print or vector word (`predlogaObraza`, `obraz: {vektor: [...]}`:
  lexicon/biometric.yaml `ambiguous_face`);
- a device key with the key word first in Slovenian, Serbian and Croatian (`ključ naprave`,
  `ključUređaja`: device_id/device-key-word-multilingual).

Slovenian and Croatian `živost` (liveness) is left out: it is also a photo editor's and a TV's
vibrance setting. Precision: tests/fixtures/negatives/negatives_round257.jsonl (a vector
graphic, a shop's image search, a picture's frame template, a photo editor's vibrance, a
council's live session, a support chat, a concert ticket, a flat's key).

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

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round257.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 256) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 37 + seed * 11) % 97 - 48) / 400 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


def _vector(seed: int, size: int = 128) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 53 + seed * 7) % 89 - 44) / 350, 5) for i in range(size)]


MACEDONIAN_POSITIVES = [
    # a song heard (definite form `pesnata`, performer with `ch`), seconds listened
    {
        "url": "https://api.example-muzika.mk/v2/slusanje/zapis",
        "method": "POST",
        "json": {
            "pesnata": "Biljana platno beleše",
            "izveduvach": "Tose Proeski",
            "preslusano_sekundi": 198,
            "vreme": "2025-03-02T19:10:00Z",
        },
    },
    # Cyrillic keys as written: a song, its performer and the seconds listened
    {
        "url": "https://api.example-radio.mk/v1/muzika/slushano",
        "method": "POST",
        "json": {"песна": "Јовано Јованке", "изведувач": "Каролина", "слушано_секунди": 210},
    },
    # a handball match watched live, definite form `natprevarot`, minutes watched
    {
        "url": "https://api.example-sport.mk/v3/prenos/puls",
        "method": "POST",
        "json": {
            "natprevarot": "Vardar - Metalurg",
            "natprevar_kod": "m-88",
            "gledani_minuti": 41,
            "vozhivo": True,
        },
    },
    # a Slovenian football match (`tekma`) with seconds watched
    {
        "url": "https://api.example-sport.si/v1/prenos/utrip",
        "method": "POST",
        "json": {"tekma_id": 4411, "tekma": "Olimpija - Maribor", "ogledano_sekund": 2650},
    },
]

LIVE_SESSION_POSITIVES = [
    # Polish live-TV session (`sesja`) with the channel, start and seconds
    {
        "url": "https://api.example-telewizja.pl/v1/na-zywo/sesja",
        "method": "POST",
        "json": {"kanal": "Polsat News", "poczatek": "2025-03-04T20:00:00Z", "czas_trwania_s": 900},
    },
    # Croatian live radio session (`sesija`) with the station and seconds
    {
        "url": "https://api.example-radio.hr/v2/uzivo/sesija",
        "method": "POST",
        "json": {
            "stanica": "Narodni radio",
            "pocetak": "2025-03-04T07:00:00Z",
            "trajanje_sek": 2400,
        },
    },
    # Spanish live session (`sesion`) with the station and seconds
    {
        "url": "https://api.example-radio.es/v2/en-directo/sesion",
        "method": "POST",
        "json": {"emisora": "Cadena 100", "inicio": "2025-03-04T08:00:00Z", "duracion_seg": 1800},
    },
]

FACE_POSITIVES = [
    # the template word after the face word, camelCase
    {
        "url": "https://api.example-banka.si/v1/biometrija/preverjanje",
        "method": "POST",
        "json": {"stranka": "S-2291", "obrazPredloga": _template_b64(3)},
    },
    # snake case, face word first, genitive
    {
        "url": "https://api.example-posojila.si/v2/vpis",
        "method": "POST",
        "json": {"predloga_obraza": _template_b64(5), "verzija": "fr-2"},
    },
    # a face object holding its features (`znacilke`) as a list of reals
    {
        "url": "https://api.example-zavarovalnica.si/v1/registracija",
        "method": "POST",
        "json": {"obraz": {"znacilke": _vector(2), "model": "arc-128"}, "naprava": "android"},
    },
]

DEVICE_KEY_POSITIVES = [
    # Serbian, diacritics kept, camelCase
    {
        "url": "https://api.example-banka.rs/v2/prijava",
        "method": "POST",
        "json": {"ključUređaja": "dk_6a49fe7c439e38e923751ac29cf8dd88", "korisnik": "mmarkovic"},
    },
    # Slovenian snake case, a UUID
    {
        "url": "https://api.example-hranilnica.si/v1/racuni",
        "method": "POST",
        "json": {"kljuc_naprave": "5e0c1a7b-93d2-4f68-b1a4-27c9e0d3f815", "jezik": "sl"},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("pesnata", ("song",)),
        ("izveduvach", ("artist",)),
        ("natprevar_id", ("fixture", "id")),
        ("vo_zivo", ("live",)),
        ("во_живо", ("live",)),
        ("tekma", ("fixture",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", MACEDONIAN_POSITIVES, ids=lambda e: e["url"])
def test_macedonian_and_slovenian_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", LIVE_SESSION_POSITIVES, ids=lambda e: e["url"])
def test_a_live_session_in_the_apps_language_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.live_channel_join_row" in found, found


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_slovenian_face_beside_a_template_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", DEVICE_KEY_POSITIVES, ids=lambda e: e["url"])
def test_a_south_slavic_device_key_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, DEV)
    assert "device_id.device_key_word_multilingual" in found, found


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
