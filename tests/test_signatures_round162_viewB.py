"""Round 49 viewing recall (sets 157, 158, 160, 161 as development sets): the families
behind their misses, tested in spellings and apps the sets never used.

- Urdu player and listening words, romanised and in Urdu script as the key reader reads
  it (consonants only: `سنا_گیا_سیکنڈ` -> `sn gy syknd`, "listened seconds"); devotional
  songs (naat, qawwali) as songs; Romanian and Greek player phases;
- a resume point qualified as the LAST position (`ultimaPozitie`, `lastPosition`) written to
  the item's own position entry;
- a person's own queue (up next) whose rows hold where each item was left;
- a radio app's listening session (station, start, duration) sent to a radio path;
- an ACR match row naming its `content` with a start and a duration;
- a Firebase event for a piece listened to with a bare `seconds` param;
- rows stamped with when the person listened or watched (`TS_LISTEN`, `watch_ts`);
- an attribution SDK's content view for a drama, a series, a song or a podcast.

Hard negatives (negatives_round162_viewB.jsonl): a kanban card's, a document cursor's, a
vehicle's or a map pin's last position, a queue of slots, a print queue, a radio station's
playout and schedule, a recipe's or a product's content view, an installment list, a
cricket ball event, a naat competition entry.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.position_paths import qualified_position_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round162_viewB.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round162_viewb_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("سنا_گیا_سیکنڈ", ("listened", "seconds")),
        ("suna_gaya_sekand", ("listened", "seconds")),
        ("دیکھا_گیا", ("watched",)),
        ("مکمل", ("finished",)),
        ("jagah_sec", ("position", "sec")),
        ("jari_rakhein", ("continue",)),
        ("qawwali_id", ("song", "id")),
        ("ultimaPoziție", ("recently", "position")),
    ],
)
def test_urdu_and_romanian_words_read_by_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    "key", ["lastPosition", "ultimaPozitie", "teleftaia_thesi", "savedPositionMs"]
)
def test_positions_qualified_as_where_playback_was_left(key: str) -> None:
    assert qualified_position_key(key)


@pytest.mark.parametrize("key", ["position", "lastMapPosition", "lastPrice", "queuePosition"])
def test_unqualified_or_other_positions(key: str) -> None:
    assert not qualified_position_key(key)


_POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (  # Urdu-script listen log from a ghazal app (keys in Urdu, no English at all)
        "urdu_script_listen_log",
        {
            "url": "https://api.example-ghazal.test/v2/history/add",
            "json": {
                "نغمہ": {"id": "aaj-jaane-ki-zid", "عنوان": "آج جانے کی ضد"},
                "سنا_گیا_سیکنڈ": 402,
                "وقت": "2025-01-09T18:20:11Z",
            },
        },
    ),
    (  # Roman Urdu clip player event: "event stopped, place in seconds"
        "roman_urdu_player_event",
        {
            "url": "https://api.example-khabrain.test/v3/video/events",
            "json": {"video_id": "bulletin-9am-12", "waqia": "rokya", "jagah_sec": 412},
        },
    ),
    (  # a qawwali app's pause event: the piece is named by its kind, not "song"
        "qawwali_pause_event",
        {
            "url": "https://api.example-sama.test/v1/events",
            "json": {"qawwali_id": "mast-qalandar", "event": "pause", "position_ms": 214000},
        },
    ),
    (  # Italian catch-up TV saves its last position on the channel's entry
        "last_position_write",
        {
            "url": "https://api.example-tv.test/v3/restart/canale-5/ultimaPosizione",
            "method": "PUT",
            "json": {"canale": "Canale Cinque", "ultimaPosizione": 3120},
        },
    ),
    (  # a podcast app's own queue with where each episode was left
        "own_queue",
        {
            "url": "https://sync.example-pods.test/api/me/queue",
            "method": "GET",
            "response": {
                "json": {
                    "items": [
                        {"episode_id": "ep-2231", "title": "Deep Time", "position": 1822},
                        {"episode_id": "ep-1877", "title": "River Men", "position": 64},
                    ]
                }
            },
        },
    ),
    (  # a Portuguese radio app's listening session
        "radio_session",
        {
            "url": "https://api.example-radio.test/radio/v1/sessao",
            "json": {"emissora": "Radio Atlantica", "inicio": 1736665800, "duracao_seg": 1260},
        },
    ),
    (  # ACR rows naming content, not a channel or programme
        "acr_content_rows",
        {
            "url": "https://acr.example-smarttv.test/v1/acr/report",
            "json": {
                "matches": [
                    {"content": "Evening News", "start": "2025-03-01T19:00:00Z", "duration": 1500},
                    {"content": "Quiz Night", "start": "2025-03-01T19:25:00Z", "duration": 620},
                ]
            },
        },
    ),
    (  # a music service's recently-played rows, stamped when listened (Deezer's TS_LISTEN shape)
        "listen_stamped_rows",
        {
            "url": "https://api.example-muzyka.test/1.0/gateway.php?method=history.get",
            "method": "POST",
            "response": {
                "json": {
                    "results": {
                        "data": [
                            {"TRK_ID": "551", "TRK_TITLE": "Morning Tide", "TS_LISTEN": 1736665800},
                            {"TRK_ID": "917", "TRK_TITLE": "Coastline", "TS_LISTEN": 1736665511},
                        ]
                    }
                }
            },
        },
    ),
    (  # AppsFlyer content view of a Turkish series
        "appsflyer_dizi_view",
        {
            "url": "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=com.example.dizi",
            "json": {
                "eventName": "af_content_view",
                "eventValue": '{"af_content_type":"dizi","af_content_id":"kurulus-b88"}',
            },
        },
    ),
]


@pytest.mark.parametrize(("name", "example"), _POSITIVES, ids=[n for n, _ in _POSITIVES])
def test_round162_viewb_positives(engine: Engine, name: str, example: dict[str, Any]) -> None:
    assert _viewing(engine, example), name


def _proto_varint(number: int) -> bytes:
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        out.append(byte | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _proto_field(field: int, wire: int, payload: bytes | int) -> bytes:
    tag = _proto_varint(field << 3 | wire)
    if wire == 0:
        assert isinstance(payload, int)
        return tag + _proto_varint(payload)
    assert isinstance(payload, bytes)
    return tag + _proto_varint(len(payload)) + payload


def _ga4_event(name: str, params: list[tuple[str, str | int]]) -> str:
    """A Firebase bundle (app-measurement.com/a) with one event: {2: name, 1: params}."""
    rows = b""
    for pname, value in params:
        body = _proto_field(1, 2, pname.encode())
        body += (
            _proto_field(2, 2, value.encode())
            if isinstance(value, str)
            else _proto_field(3, 0, value)
        )
        rows += _proto_field(2, 2, body)
    event = rows + _proto_field(2, 2, name.encode()) + _proto_field(3, 0, 1736665800000)
    bundle = (
        _proto_field(1, 0, 1) + _proto_field(4, 2, event) + _proto_field(14, 2, b"com.example.sama")
    )
    return base64.b64encode(_proto_field(1, 2, bundle)).decode()


def test_firebase_listen_event_with_bare_seconds(engine: Engine) -> None:
    listened = _ga4_event("qawwali_sunna", [("qawwali_id", "mast-qalandar"), ("seconds", 845)])
    example = {"url": "https://app-measurement.com/a", "body_base64": listened}
    assert "viewing_history.measurement_played_piece" in _viewing(engine, example)
    # the piece's own length is a duration, not what was played
    length = _ga4_event("qawwali_sunna", [("qawwali_id", "mast-qalandar"), ("duration", 845)])
    example = {"url": "https://app-measurement.com/a", "body_base64": length}
    assert "viewing_history.measurement_played_piece" not in _viewing(engine, example)
