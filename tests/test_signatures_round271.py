"""Round 66 (set 271): Sicilian and Sardinian apps, whose words the lexicons did not hold.

The readings were there; the words were not (exfilwatch/detect/lexicon/*.yaml, tagged
"round 66 (set 271)"):

- Sicilian viewing words: `taliatu` / `taliari` (watched / to watch), `pusizzioni`
  (position), `secunni` (seconds), `prugramma`, `canali`, `cuntinua` (continue: `cuntinua a
  taliari`), `battitu` (a live player's heartbeat), `accuminzatu` (started), `finutu`,
  `titulu`, `quannu` (when); `tempu` (time) has no role alone;
- Sardinian viewing words: `castiadu` / `castiare` (watched / to watch), `ascurtadu`
  (listened), `positzione`, `cantu` / `cantos` (song), `incumintzu` (the start), `nùmene`,
  `cando` (when); `tempus` (time) is read as a duration, the seconds a log row or a watched
  clip ran, never as a clock time;
- device words: Sicilian `apparecchiu`, Sardinian `aparatu`;
- Sicilian `facci` (face), which is also Italian "do for us" (`facci sapere`), read only beside
  a template word (`mudeddu_facci`, lexicon/biometric.yaml `ambiguous_face`), `vivizza`
  (liveness). Sardinian `cara` is already read that way (Spanish `cara`, also Italian "dear").

Then readings (the second helper of the round):

- an audience meter's event rows whose VALUE is the act (`evento: ascolto`, `ascolto_fine`,
  `event: viewing`) beside a programme in text and the seconds reached
  (structures/act_programme_rows.py, audience-meter-act-programme-row.yaml); the row may
  hold nothing but what a meter's row carries, so a shop's or a chat's event stays out;
- a recorder's resume point written to a recording's numbered position entry with a
  programme and a bare position of a minute or more (`PUT /recordings/55/position`,
  `/registrazioni/<id>/posizione`; structures/recording_positions.py);
- an advertising id under an id-first key (`idPubblicita`) inside an object named for the
  device (advertising-id-in-device-object-multilingual.yaml);
- Italian `seriale` alone as a serial word (lexicon/device.yaml);
- a Firebase event named for the act and content alone (`visione_contenuto`) whose params
  name a programme or an episode and its playhead (structures/measured_plays.py);
- a watched list's single row: XML's one `<castiadu/>` element decodes to an object
  (structures/done_list_rows.py).

Precision:
tests/fixtures/negatives/negatives_round271.jsonl (an i18n string `facci sapere`, a shop's
model, a weather place and time, a news title, a support chat's channel, a song book's
prices, a TV guide, a hotel's box inventory, a ticket's seat, a courier's place; then a
shop's and a chat's event rows, a fitness program, a radio schedule, a camera's and a
meeting's recording positions, a DVR priority list, an ad campaign, a listing, a TV serial
called `seriale`, a hospital's unit, a shop's Firebase views, a priced single XML row).

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

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round271.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _template_b64(seed: int, size: int = 512) -> str:
    """A face template as base64 float32: small varied reals, as an embedding's are."""
    values = [((i * 37 + seed * 11) % 97 - 48) / 400 for i in range(size)]
    return base64.b64encode(struct.pack(f"<{size}f", *values)).decode()


VIEWING_POSITIVES = [
    # Sicilian watch progress: programme, episode, position, duration
    {
        "url": "https://api.example-tv.it/v2/taliatu/ep9",
        "method": "PUT",
        "json": {
            "prugramma": "Storii di mari",
            "puntata": 4,
            "pusizzioni": 733,
            "durata": 1800,
            "finutu": False,
            "tempu": "2025-05-01T20:10:00Z",
        },
    },
    # Sicilian live heartbeat: the channel and seconds watched
    {
        "url": "https://api.example-tv.it/v2/diretta/battitu",
        "method": "POST",
        "json": {
            "canali": "Tele Sud",
            "prugramma": "U tiggì",
            "secunni_taliati": 60,
            "accuminzatu": "2025-05-01T20:00:00Z",
        },
    },
    # Sardinian listening: a song, where it got to, its length
    {
        "url": "https://api.example-canti.it/v1/ascurtadu",
        "method": "POST",
        "json": {
            "cantu": {"id": "s12", "titulu": "No potho reposare"},
            "positzione": 95,
            "durada": 240,
            "ascurtadu_totu": False,
        },
    },
    # Sardinian channel log of a TV box: channel, programme, start, seconds
    {
        "url": "https://stb.example-tv.it/v1/aparatu/rexistru",
        "method": "POST",
        "json": {
            "castiados": [
                {
                    "canale": "7",
                    "nùmene": "Tele Sardegna",
                    "programma": "Notiziario",
                    "incumintzu": "2025-05-01T19:00:00Z",
                    "tempus": 1520,
                }
            ]
        },
    },
    # Sicilian continue-watching rail
    {
        "url": "https://api.example-tv.it/v2/utenti/cuntinua-a-taliari?limiti=5",
        "method": "GET",
        "response": {
            "json": {
                "cuntinua": [
                    {
                        "prugrammaId": "p1",
                        "prugramma": "Storii di mari",
                        "puntata": 3,
                        "pusizzioni": 1200,
                        "durata": 2400,
                        "ultimaVota": "2025-05-01T21:00:00Z",
                    }
                ]
            }
        },
    },
    # Sicilian watch history: programmes watched and when
    {
        "url": "https://api.example-tv.it/v2/utenti/chiddi-taliati?pagina=1",
        "method": "GET",
        "response": {
            "json": {
                "taliati": [
                    {"prugramma": "Storii di mari", "puntata": 1, "quannu": "2025-05-01T21:00:00Z"},
                    {"prugramma": "Cucina", "puntata": 5, "quannu": "2025-04-30T21:00:00Z"},
                ]
            }
        },
    },
    # Sardinian listening history: songs listened and when
    {
        "url": "https://api.example-canti.it/v1/impitadore/istoria?pagina=1",
        "method": "GET",
        "response": {
            "json": {
                "cantos_ascurtados": [
                    {"id": "s1", "cantu": "Mutos", "cando": "2025-05-01T08:00:00Z"},
                    {"id": "s2", "cantu": "Ballu tundu", "cando": "2025-05-01T08:05:00Z"},
                ]
            }
        },
    },
    # Sardinian highlight watched: the match and seconds watched
    {
        "url": "https://api.example-calcio.it/v2/highlights/991/castiadu",
        "method": "POST",
        "json": {"partida": "Cagliari - Torino", "clip": "gol-2", "tempus_castiadu": 44},
    },
]

FACE_POSITIVES = [
    # a Sicilian bank's face login: a face template and a liveness score
    {
        "url": "https://app.example-bancu.it/api/v2/accessu/facci",
        "method": "POST",
        "json": {"utenti": "C-55120", "mudeddu_facci": _template_b64(3), "vivizza": 0.97},
    },
    # enrolment with the face word first
    {
        "url": "https://app.example-bancu.it/api/v2/registru",
        "method": "POST",
        "json": {"utenti": "C-55120", "facci_mudeddu": _template_b64(7)},
    },
]

DEVICE_POSITIVES = [
    # Sicilian device object with its id
    {
        "url": "https://api.example-tv.it/v2/sessioni",
        "method": "POST",
        "json": {"apparecchiu": {"id": "a1b2c3d4e5f60718"}, "lingua": "scn"},
    },
    # Sardinian device object with its id
    {
        "url": "https://api.example-canti.it/v1/sessione",
        "method": "POST",
        "json": {"aparatu": {"id": "47cdd1e9772b5f4a"}, "limba": "sc"},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("pusizzioni", ("position",)),
        ("secunni_taliati", ("seconds", "watched")),
        ("prugramma", ("program",)),
        ("cuntinua", ("continue",)),
        ("battitu", ("heartbeat",)),
        ("castiados", ("watched",)),
        ("cantos_ascurtados", ("song", "listened")),
        ("incumintzu", ("started",)),
        ("tempus", ("duration",)),
        ("tempu", ("time",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_sicilian_and_sardinian_viewing_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", FACE_POSITIVES, ids=lambda e: e["url"])
def test_sicilian_face_beside_a_template_is_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, BIO), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_a_sicilian_or_sardinian_device_object_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _field(number: int, payload: bytes | str | int) -> bytes:
    """One protobuf field: a varint for an int, length-delimited for text or bytes."""
    if isinstance(payload, int):
        return _varint(number << 3) + _varint(payload)
    data = payload.encode() if isinstance(payload, str) else payload
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _measurement_bundle(name: str, params: dict[str, str | int]) -> str:
    """A Firebase Analytics upload holding one event, base64 (bundle {1: 1, 2: event},
    event {1: param..., 2: name, 3: ms}, param {1: name, 2: text | 3: number})."""
    rows = b"".join(
        _field(1, _field(1, key) + _field(3 if isinstance(value, int) else 2, value))
        for key, value in params.items()
    )
    event = rows + _field(2, name) + _field(3, 1743600000000)
    bundle = _field(1, 1) + _field(2, event) + _field(8, "android")
    return base64.b64encode(_field(1, bundle)).decode()


READING_VIEW_POSITIVES = [
    # an Italian radio meter's batch: the act as the event's value, the programme, the second
    {
        "url": "https://meter.example-radio.it/v2/eventi",
        "method": "POST",
        "json": {
            "panel": "app",
            "emittente": "R3",
            "eventi": [
                {
                    "evento": "ascolto_fine",
                    "programma": "Notturno",
                    "secondo": 1320,
                    "durata": 3600,
                    "ts": 1744000000000,
                },
            ],
        },
    },
    # an English meter row: event viewing, program, seconds
    {
        "url": "https://collect.example-meter.com/v1/events",
        "method": "POST",
        "json": {"events": [{"event": "viewing", "program": "Late Show", "seconds": 410}]},
    },
    # a cable box saves where a recorded programme was left (English)
    {
        "url": "https://stb.example-cable.com/v1/recordings/902/position",
        "method": "PUT",
        "json": {"program": "Match of the Week", "position": 2875, "duration": 5400},
    },
    # the same in Sardinian: registratziones, positzione, durada
    {
        "url": "https://mw.example-tv.it/v1/registratziones/4410/positzione",
        "method": "PUT",
        "json": {"programma": "Telegiornale", "positzione": 1290, "durada": 1800},
    },
    # a Firebase event named for viewing content, with the programme, episode and playhead
    {
        "url": "https://app-measurement.com/a",
        "method": "POST",
        "headers": {"content-type": "application/x-protobuf"},
        "body_base64": _measurement_bundle(
            "visione_contenuto",
            {"programma": "Linea Blu", "episodio": "Puntata 4", "posizione_sec": 615},
        ),
    },
    # a box's channel log with a single XML row (decodes to an object, not a list)
    {
        "url": "https://mw.example-tv.it/legacy/rexistru.xml",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": '<?xml version="1.0"?><rexistru><castiadu canale="7" nomene="Canale 7" '
        'programma="Telegiornale" incumintzu="1744000000" tempus="640"/></rexistru>',
    },
]

READING_DEVICE_POSITIVES = [
    # an id-first advertising key inside an Italian device object
    {
        "url": "https://meter.example-radio.it/v2/eventi",
        "method": "POST",
        "json": {
            "dispositivo": {
                "idPubblicita": "0e6b9a2c-51f4-4d3e-8c17-a94f2b6d0c35",
                "tipo": "tablet",
            }
        },
    },
    # a box's status with its Italian `seriale`
    {
        "url": "https://mw.example-tv.it/v1/decoder/stato",
        "method": "POST",
        "json": {"seriale": "DCX552019A7", "firmware": "4.1.2", "uptime_s": 86000},
    },
]


@pytest.mark.parametrize("example", READING_VIEW_POSITIVES, ids=lambda e: e["url"])
def test_meter_rows_recording_positions_and_single_rows_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", READING_DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_id_first_advertising_key_and_seriale_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, DEV), example["url"]
