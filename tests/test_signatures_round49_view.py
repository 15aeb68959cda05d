"""Round 17 viewing rules: an episode with a seconds count posted to a 'watched'
path, a time position saved as a bookmark of a numbered book or episode, and
analytics events named for media playback with an asset and position are found;
marketplace / stock 'watched' lists, page bookmarks, editor markers, upload and ad
events are not (the next held-out set is a precision stress set)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round49_view.jsonl"


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-kinder.de/kids/v2/profiles/k1/watched",
            "method": "POST",
            "json": {"episode": "s01e07-maus", "seconds": 344},
        },
        {
            "url": "https://api.example-livres.fr/v1/bibliotheque/lv-4451/signet",
            "method": "PUT",
            "json": {"chapitre": 2, "positionSec": 1290},
        },
        {
            "url": "https://t.example-sport.com/v1/analytics/batch",
            "method": "POST",
            "json": {
                "events": [{"event": "media_complete", "assetId": "MLS-2024-0412", "pos": 5400}]
            },
        },
    ],
)
def test_viewing_records_found(engine: Engine, example: dict) -> None:
    assert _viewing(engine, example)


def test_gzip_media_events_with_custom_header_found(engine: Engine) -> None:
    """The body is gzip with only an app-specific header saying so; the decoder sniffs it."""
    body = {"events": [{"evt": "media_start", "asset": "NHL-2024-0118-HL", "pos": 12}]}
    raw = gzip.compress(json.dumps(body).encode())
    import base64

    example = {
        "url": "https://live.example-sport.ca/v3/analytics/batch",
        "method": "POST",
        "headers": {"content-type": "application/json", "x-body-encoding": "gzip"},
        "body_base64": base64.b64encode(raw).decode(),
    }
    assert _viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_look_alikes_not_found(engine: Engine, example: dict) -> None:
    example = {k: v for k, v in example.items() if k != "note"}
    assert not engine.analyse(example_exchange(example))
