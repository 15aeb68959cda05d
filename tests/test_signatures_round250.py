"""Round 64 (set 250): Lingala and Swahili listening words, French face vectors and
audience paths, one resume point written alone, and a pay-TV receiver's chipset id, in
spellings and apps the set never used.

The readings were there; the Lingala words were not: `kotala` (watch), `etalami` (was
watched), `eyokami` (was heard), `koyoka` (listen), `nzembo` (song), `moyembi` (singer),
`nkombo` (name), `ntango` (time), `molai` (length), `mokolo` (day); nor Swahili `kituo`
(a station, read only beside a listening word or on a radio path), nor French `vecteur` /
`plongement` (a face's vector). A listened list's row naming the song by a bare name beside
its singer (done_list_rows); a single object with an item, its percentage and the moment it
was watched (structures/percent_rows.py `watched_percent_mark`); an audience measurement's
path in French and Spanish (`mesures`, `mediciones`); a set-top box's chip id at a
set-top-box URL (device_id.set_top_box_chip_id) or beside a channel log
(device_id.chip_id_beside_channel_log). Precision:
tests/fixtures/negatives/negatives_round250.jsonl (voice notes heard, a bus stop and a police
station, a hymn book, a lesson and an upload's percentage, a ski pass and a transit card's
chip, an image search vector).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round250.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | 0x80 if number else low)
        if not number:
            return bytes(out)


def _field(number: int, payload: bytes | int) -> bytes:
    """A protobuf field: a varint for an int, length-delimited bytes otherwise."""
    if isinstance(payload, int):
        return _varint(number << 3) + _varint(payload)
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _measurement_bundle(name: str, params: dict[str, str | int]) -> str:
    """An app-measurement.com upload with one event, as Firebase Analytics encodes it
    (bundle {1: 1, 2: event {1: param {1: name, 2: text | 3: int}, 2: name, 3: ms}})."""
    event = b"".join(
        _field(
            1,
            _field(1, key.encode())
            + (_field(2, v.encode()) if isinstance(v, str) else _field(3, v)),
        )
        for key, v in params.items()
    )
    event += _field(2, name.encode()) + _field(3, 1741000000000)
    bundle = _field(1, 1) + _field(2, event) + _field(8, b"android") + _field(14, b"cd.example.app")
    return base64.b64encode(_field(1, bundle)).decode()


def _vector(size: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [round(rng.gauss(0, 0.07), 5) for _ in range(size)]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("kotalaka", ("watching",)),
        ("etalami", ("watched",)),
        ("eyokami", ("listened",)),
        ("koyoka", ("listen",)),
        ("banzembo", ("song",)),
        ("bayembi", ("artist",)),
        ("nkombo", ("name",)),
        ("ntango", ("time",)),
        ("bolai", ("duration",)),
        ("mokolo", ("on_day",)),
        ("kituo", ("radio_station",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


# ln: a watching event named in Lingala, in the protobuf bundle and in the flat form
WATCHING_EVENTS = [
    {
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "headers": {"content-type": "application/x-protobuf"},
        "body_base64": _measurement_bundle(
            "kotalaka_episode", {"episode_title": "Mokili Makambo", "position_sec": 840}
        ),
    },
    {
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "form": {
            "app_instance_id": "7cde3aaaf0a0bba672b71ad4eb2db56e",
            "en": "kotala_episode",
            "ep.episode_title": "Bana Kin",
            "ep.position_sec": "612",
        },
    },
]


@pytest.mark.parametrize(
    "example", WATCHING_EVENTS, ids=lambda e: e.get("form", {}).get("en", "pb")
)
def test_lingala_watching_event_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW)


# ln: a song heard (an object), the songs heard (a list naming each by a bare name and its
# singer) and the films watched (etalami)
LISTENED = [
    {
        "url": "https://api.example-miziki.cd/v1/miziki/eyokami",
        "method": "POST",
        "json": {"nzembo_id": "s-9", "moyembi": "Werrason", "ntango_eyokami": 185},
    },
    {
        "url": "https://api.example-miziki.cd/v1/ngai/lisolo",
        "method": "GET",
        "response": _response(
            {
                "eyokami": [
                    {
                        "nkombo": "Kibuisa Mpimpa",
                        "moyembi": "Werrason",
                        "mokolo": "2025-03-01T07:00:00Z",
                    },
                    {
                        "nkombo": "Mbeya Mbeya",
                        "moyembi": "Papa Wemba",
                        "mokolo": "2025-03-01T07:05:00Z",
                    },
                ]
            }
        ),
    },
    {
        "url": "https://api.example-bilili.cd/v1/ngai/bitalami",
        "method": "GET",
        "response": _response(
            {
                "etalami": [
                    {"filme_id": "f-1", "ntango_etalami": 1200},
                    {"filme_id": "f-2", "ntango_etalami": 300},
                ]
            }
        ),
    },
]


@pytest.mark.parametrize("example", LISTENED, ids=lambda e: e["url"])
def test_lingala_played_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


def test_swahili_station_beside_minutes_listened(engine: Engine) -> None:
    example = {
        "url": "https://api.example-redio.co.ke/v1/radio/kikao",
        "method": "POST",
        "json": {"kituo": "Radio Maisha", "dakika_zilizosikilizwa": 45},
    }
    assert signatures_found(engine, example, VIEW)


@pytest.mark.parametrize("vector_word", ["plongement", "vecteurs", "descripteur"])
def test_french_face_vector_word(engine: Engine, vector_word: str) -> None:
    example = {
        "url": "https://api.example-banque.fr/v1/authentification/visage",
        "method": "POST",
        "json": {"client": "C-77", "visage": {vector_word: _vector(128, 5), "version": "m2"}},
    }
    assert signatures_found(engine, example, BIO)


def test_watched_percent_mark(engine: Engine) -> None:
    example = {
        "url": "https://api.example-vod.be/v2/episodes/marquer",
        "method": "POST",
        "json": {
            "contenuId": "ep-771",
            "episode": 4,
            "pourcentage": 65,
            "regardeLe": "2025-03-01T21:00:00Z",
        },
    }
    assert "viewing_history.watched_percent_mark" in signatures_found(engine, example, VIEW)


def test_audience_measurement_path(engine: Engine) -> None:
    example = {
        "url": "https://audience.example-box.be/v3/mesure",
        "method": "POST",
        "json": {
            "box": "b-2",
            "journal": [
                {"nomChaine": "La Une", "heureDebut": "2025-03-01T20:00:00Z", "dureeMin": 45},
                {"nomChaine": "Tipik", "heureDebut": "2025-03-01T20:45:00Z", "dureeMin": 30},
            ],
        },
    }
    assert "viewing_history.channel_tuning_rows" in signatures_found(engine, example, VIEW)


def test_set_top_box_chip_id(engine: Engine) -> None:
    example = {
        "url": "https://stb.example-tnt.sn/api/v1/etat",
        "method": "POST",
        "json": {"chipId": "5F20A19C33D1", "temperature": 51},
    }
    assert "device_id.set_top_box_chip_id" in signatures_found(engine, example, DEV)


def test_chip_id_beside_channel_log(engine: Engine) -> None:
    example = {
        "url": "https://audimetre.example-tv.ci/v1/collecte",
        "method": "POST",
        "json": {
            "numeroPuce": "77301922451",
            "journal": [{"chaine": "RTI 1", "debut": "2025-03-01T20:00:00Z", "duree": 1800}],
        },
    }
    assert "device_id.chip_id_beside_channel_log" in signatures_found(engine, example, DEV)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
