"""Round 77 (viewing history): Arabizi watch and listen logs, a sports match's
watched seconds, and an audiobook's last position heard.

Arabizi writes Arabic with digits for the letters Latin lacks, and a word may END
in one (`estima3`, "listening"; `mawqe3`, "position"); `moshahda` is "watching" and
`mada` "duration". A Rails / PHP nested form (`estima3[id]=..&estima3[mawqe3]=..`)
is one record. A match's `secondsWatched` is a viewer's; a footballer's minutes
played, a rewarded ad's seconds and a crowd's totals are not. An audiobook's
`last_position_heard` is where this listener stopped; an e-book's last position
READ is not viewing. Each case is written for its family, not copied from any
capture."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_options()


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("estima3", ("listen",)),  # final digit read as ayn
        ("mawqe3", ("position",)),
        ("mada_elmoshahda", ("duration", "watching")),
        ("tawaqof", ("position",)),
        ("last_position_heard", ("last", "position", "listened")),
        ("mp3", ("mp", "3")),  # not Arabizi: no lexicon word
        ("md5", ("md", "5")),
        ("s3", ("s", "3")),
    ],
)
def test_arabizi_and_heard_are_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


POSITIVES = [
    {
        "url": "https://api.example-koora.eg/v2/viewer/sessions",
        "json": {"viewing": {"matchId": "m-1", "secondsWatched": 900, "bitrateAvg": 3200}},
    },
    {
        "url": "https://api.example-nasheed.sa/v1/nasheed/estima3",
        "form": {"estima3[id]": "n-7", "estima3[mawqe3]": "240", "estima3[mada]": "28"},
    },
    {
        "url": "https://api.example-nasheed.sa/v1/nasheed/estima3",
        "json": {"estima3": {"id": "n-7", "mawqe3": 240, "mada": 28}},
    },
    {
        "url": "https://api.example-mosalsalat.ae/v3/moshahdat/sync",
        "json": {
            "moshahda": {
                "mosalsal_id": "s-1",
                "mawsem": 2,
                "halqa": 9,
                "mada_elmoshahda": 2042,
                "tawaqof": 2041,
            }
        },
    },
    {
        "url": "https://api.example-audiobooks.ca/1.0/annotations/lastpositions?asins=B000TEST01",
        "method": "GET",
        "response": {
            "json": {
                "asin_last_position_heard_annots": [
                    {"asin": "B000TEST01", "last_position_heard": {"position_ms": 5400120}}
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", POSITIVES)
def test_viewing_records_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example)
