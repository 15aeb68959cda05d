"""Round 66 (set 266): Luxembourgish apps, and a car-sharing app's map of nearby cars.

What was missing, and what was chosen:

- Luxembourgish viewing words (exfilwatch/detect/lexicon/viewing.yaml, `lb`): `gekuckt`
  (watched), `kucken` (to watch; not the stem `kuck-`, which starts app names), `weider
  kucken` (continue watching), `Positioun` (position), `Zäit` (time), `lescht` (last),
  `Verlaf` (history), and `am meeschte` (most) so a "most watched" ranking stays out. A
  watched list's rows and a continue-watching rail are then read by the existing readings.
- Luxembourgish `Gesiicht` (face) and `Modell` (a face's template, as Portuguese `modelo` and
  French `modèle` already are) in lexicon/biometric.yaml: a face photo registered for a door
  and a face template sent for a comparison.
- A response to a request that asks by a map position (`?lat=..&lon=..`, a body's
  `{breitengrad, laengengrad}`), listing two vehicles or more each by its own VIN at its own
  position, is an operator's fleet on a map (unit_owners.py `_vehicles_near_a_position`):
  its cars' VINs and their telematics units' IMEIs and serials are not the caller's device,
  as shared bikes, scooters and car-sharing VINs were decided in earlier rounds. An owner's
  own garage (no position asked) and one car's own telematics stay read.

Precision: tests/fixtures/negatives/negatives_round266.jsonl (Dutch and German car-sharing
maps, a face cream catalogue, a "face of the week" article, a most-watched ranking, a shop's
continue-shopping rail, bus departures, a parcel's last update, a car configurator's model, an
avatar's face shape, a cinema's screenings, a used-car dealer's stock near the buyer).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round266.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

# A small JPEG's start: SOI, APP0 "JFIF", then scan data.
_JPEG_B64 = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAAQABABAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcI"
    "CQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxgZEUMqGxwQgjQrHR8CQzYnKC"
    "CQoWFxgZGiUmJygpKjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImK"
    "kpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T1"
)


def _vector(seed: int, size: int = 128) -> list[float]:
    """A face embedding as a JSON list of small varied reals."""
    return [round(((i * 53 + seed * 7) % 89 - 44) / 350, 5) for i in range(size)]


VIEWING_POSITIVES = [
    # a watched list posted by a catch-up app, rows with title, position and time
    {
        "url": "https://api.example-mediathek.lu/v3/profil/gekuckt",
        "method": "POST",
        "json": {
            "profil": "p-55102",
            "gekuckt": [
                {
                    "id": "sdg-1182",
                    "titel": "Hei Elei",
                    "Positioun": 1260,
                    "Zäit": "2025-02-03T20:14:00Z",
                }
            ],
        },
    },
    # the continue-watching rail a home screen fetches
    {
        "url": "https://api.example-mediathek.lu/v3/profil/weider-kucken",
        "method": "GET",
        "response": {
            "json": {
                "weiderKucken": [
                    {"id": "sdg-1182", "titel": "Hei Elei", "positioun": 1312},
                    {"id": "doc-77", "titel": "Miseler Wäin", "positioun": 245},
                ]
            }
        },
    },
]

FACE_POSITIVES = [
    # a visitor's face photo registered for a face-recognition door
    {
        "url": "https://api.example-buero.lu/v1/gaascht/gesiicht",
        "method": "POST",
        "json": {"gaascht": {"numm": "Max Muster", "gesiichtFoto": _JPEG_B64}, "dag": "2025-02-03"},
    },
    # a bank's face comparison: the face's template (`modell`) as 128 reals
    {
        "url": "https://api.example-spuerkeess.lu/mobile/v2/identitéit/gesiicht",
        "method": "POST",
        "json": {"client": "C-88120", "Gesiicht": {"modell": _vector(3)}},
    },
]

OWN_CAR_POSITIVES = [
    # an owner's connected-car app lists her own two cars at their positions: no
    # position is asked, so they are her garage, not a fleet on a map
    {
        "url": "https://api.example-connectedcar.eu/v2/garage",
        "method": "GET",
        "response": {
            "json": {
                "vehicles": [
                    {
                        "vin": "WVWZZZAWZJU123456",
                        "tcu": {"imei": "356938035643809", "serial": "TC4412093"},
                        "lat": 49.61,
                        "lon": 6.13,
                    },
                    {
                        "vin": "WF0XXXGCDX8Y12345",
                        "tcu": {"imei": "354826094451230", "serial": "TC4412177"},
                        "lat": 49.49,
                        "lon": 5.98,
                    },
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_luxembourgish_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_luxembourgish_face_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", OWN_CAR_POSITIVES, ids=lambda e: e["url"])
def test_an_owners_own_cars_stay_read(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
