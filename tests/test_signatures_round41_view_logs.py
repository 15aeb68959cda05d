"""Round 41 (held-out sets 41-42), viewing history B: watch and listen logs whose
words the lexicon held but whose SHAPE a gate refused. An episode object whose id key
is in the app's language; a typed media URN with when it was last played; a
history list (named so) of rows holding only an id and a playhead; a listened list
naming its media, rows an id and minutes. Own small payloads, not the sets'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_fields import _media_ref, _typed_media_urn
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine
from exfilwatch.model import Exchange, Request, Response

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round41_view_logs.jsonl"


def _exchange(url: str, body: dict) -> Exchange:
    req = Request("POST", url, [("content-type", "application/json")], json.dumps(body).encode())
    resp = Response(200, [("content-type", "application/json")], b"{}")
    return Exchange("t", "1", req, resp)


def _viewing(engine: Engine, exchange: Exchange) -> list[str]:
    return [f.signature for f in engine.analyse(exchange) if f.category == "viewing_history"]


POSITIVES = [
    # Icelandic: the episode an object with its id under `audkenni`, watched seconds
    (
        "https://api.example-ruv.is/api/v2/horf",
        {"thattur": {"audkenni": "fangar-1-3", "titill": "Fangar 3"}, "horftSekundur": 812},
    ),
    # a typed video URN (any key) with when it was last played
    (
        "https://api.example-play.at/v1/stand",
        {"medienId": "urn:orf:video:20113456", "zuletztAbgespielt": 1741075292190},
    ),
    (
        "https://api.example-radio.de/v1/sync",
        {"mediaId": "urn:dlf:episode:ab12cd", "recentlyPlayed": 1741075292},
    ),
    # German "last watched" list, rows only an id and a playhead
    (
        "https://api.example-kika.de/v3/verlauf",
        {"zuletztGesehen": [{"id": "tigerente-12", "pos": 655}, {"id": "sandmann-9", "pos": 31}]},
    ),
    # Yoruba "sermons I heard", rows a sermon id and minutes
    (
        "https://api.example-waasu.ng/yo/itan",
        {"iwaasu_ti_mo_gbo": [{"iwaasu": "s2231", "iseju": 41}, {"iwaasu": "s9912", "iseju": 7}]},
    ),
]


@pytest.mark.parametrize(("url", "body"), POSITIVES)
def test_watch_and_listen_logs_are_found(engine: Engine, url: str, body: dict) -> None:
    assert _viewing(engine, _exchange(url, body))


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_lookalikes_are_not_viewing_history(engine: Engine, example: dict) -> None:
    assert not [
        f
        for f in engine.analyse(example_exchange(example))
        if f.category in {"viewing_history", "biometric", "device_id"}
    ]


def test_language_words_for_id_and_media_are_read_by_class() -> None:
    assert play_words("audkenni") == ("id",)
    assert play_words("medienId") == ("media", "id")


@pytest.mark.parametrize(
    ("value", "typed"),
    [
        ("urn:srg:video:39133626", True),
        ("spotify:track:4uLU6hMCjMI75M1A2tKUQC", True),
        ("urn:ard:episode:a1b2c3", True),
        ("urn:shop:product:889122", False),
        ("video:12", False),
        ("https://cdn.example.com/video/123.mp4", False),
    ],
)
def test_a_typed_media_urn_is_a_media_id(value: str, typed: bool) -> None:
    assert _typed_media_urn(value) is typed
    assert (_media_ref(("media", "id"), value) == 2) is typed


def test_a_list_ordered_by_position_is_no_history() -> None:
    """Positions 1..n order a list; a shop's recently viewed rows look exactly so."""
    engine = Engine.from_options()
    rows = [{"id": f"tigerente-{i}", "pos": i + 1} for i in range(5)]
    assert not _viewing(engine, _exchange("https://x.example.de/v", {"zuletztGesehen": rows}))
