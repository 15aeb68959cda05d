"""Round 46 (held-out sets 135, 138, 142), viewing precision. Three acts with a viewing
record's shape that are no one's viewing history, each a principle read in any language:
a review-and-approval tool's workflow (a client's playback of a cut sent for approval is
work on the cut), a video game played (trophies, achievements, a game session's play
time), and a business's sound in its halls, stores and zones (its playout, heard by whoever
works there). A person's own viewing beside the same words stays. Own small payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.acts import APPROVAL, GAME, WORK, text_acts
from exfilwatch.detect.signatures import SignatureSet, example_exchange, load_signatures
from exfilwatch.engine import Engine
from exfilwatch.model import Destination

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round142_viewing_precision.jsonl"
)


class _NoAttribution:
    def destination(self, host: str, server_ip: str | None = None) -> Destination:
        return Destination(host=host)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(signatures=SignatureSet(load_signatures()), attributor=_NoAttribution())  # type: ignore[arg-type]


def _viewing(engine: Engine, example: dict) -> list[str]:
    return sorted(
        {
            f.signature
            for f in engine.analyse(example_exchange(example))
            if f.category == "viewing_history"
        }
    )


def _examples() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _examples(), ids=lambda e: e["note"])
def test_hard_negative_gives_no_viewing(engine: Engine, example: dict) -> None:
    """Each of these gave a viewing finding before round 46."""
    assert _viewing(engine, example) == []


def test_hard_negatives_span_the_three_principles_in_many_languages() -> None:
    notes = [e["note"] for e in _examples()]
    languages = {note.split("_", 1)[0] for note in notes}
    assert len(notes) >= 25
    assert {"en", "fr", "de", "es", "nl", "pl"} <= languages


@pytest.mark.parametrize(
    ("segment", "act"),
    [
        ("review_links", APPROVAL),
        ("liens-de-revision", APPROVAL),
        ("freigaben", APPROVAL),
        ("aprobaciones", APPROVAL),
        ("dailies", APPROVAL),
        ("vínculos-de-revisión", APPROVAL),
        ("审阅链接", APPROVAL),
        ("レビューリンク", APPROVAL),
        ("trophy", GAME),
        ("achievements", GAME),
        ("トロフィー", GAME),
        ("osiągnięcia", GAME),
        ("game-sessions", GAME),
    ],
)
def test_url_words_name_the_act(segment: str, act: str) -> None:
    assert act in text_acts(segment)


@pytest.mark.parametrize("segment", ["reviews", "review"])
def test_a_review_alone_is_work_not_an_approval_workflow(segment: str) -> None:
    """A film diary's `/reviews` beside `watchedAt` must stay viewing: only the workflow's
    own words (a review link, an approval) decide over the person's watching."""
    acts = text_acts(segment)
    assert WORK in acts and APPROVAL not in acts


@pytest.mark.parametrize("word", ["games", "game", "gameId", "playtime", "play_minutes"])
def test_a_game_alone_is_no_game_act(word: str) -> None:
    """A sports app's `games/<id>` is a match watched, a `playTime` a player's."""
    assert GAME not in text_acts(word)


KEPT = [
    {
        "note": "film diary: a review beside the film's watchedAt is the person's own",
        "url": "https://api.filmlog.example/v1/users/me/reviews",
        "method": "POST",
        "json": {
            "film_id": "tt0110912",
            "watchedAt": "2025-03-01T21:00:00Z",
            "rating": 4,
            "review": "Great",
            "position_sec": 9300,
        },
    },
    {
        "note": "a sports pass's own history of games watched",
        "url": "https://api.hoopspass.example/v2/me/games/history",
        "method": "GET",
        "response": {
            "json": {
                "games": [
                    {
                        "game_id": "0022400512",
                        "watched_seconds": 3600,
                        "last_watched": "2025-03-01T02:00:00Z",
                    }
                ]
            }
        },
    },
    {
        "note": "a home speaker's zone under the listener's own history",
        "url": "https://api.homeaudio.example/v1/users/me/history?zone=kitchen",
        "method": "GET",
        "response": {
            "json": {
                "items": [
                    {
                        "track_id": "t-991",
                        "listened_at": "2025-03-01T08:00:00Z",
                        "position_ms": 120000,
                    }
                ]
            }
        },
    },
    {
        "note": "Indonesian `hal` is a page, not a hall: a listener's own history stays",
        "url": "https://api.ceramah.example/api/rekaman/riwayat?hal=2",
        "method": "GET",
        "response": {
            "json": {
                "riwayat": [
                    {
                        "id_rekaman": "rk-201",
                        "judul": "Tafsir Pagi",
                        "progres_persen": 40,
                        "didengar_pada": "2025-03-01T05:00:00Z",
                    }
                ]
            }
        },
    },
    {
        "note": "a stream of a game watched: minutes watched, not played",
        "url": "https://api.streams.example/v1/minute-watched",
        "method": "POST",
        "json": {
            "channel_id": "c-1234",
            "game": "Sky Racer",
            "minutes_watched": 1,
            "stream_id": "s-778",
            "position_sec": 600,
        },
    },
    {
        "note": "a catalogue's store country beside a profile's continue-watching",
        "url": "https://api.vod.example/v1/profiles/p1/continue-watching?store=de",
        "method": "GET",
        "response": {
            "json": {
                "items": [
                    {
                        "video_id": "v-1",
                        "position_sec": 800,
                        "last_watched": "2025-03-01T20:00:00Z",
                    }
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", KEPT, ids=lambda e: e["note"][:40])
def test_own_viewing_beside_the_same_words_stays(engine: Engine, example: dict) -> None:
    assert _viewing(engine, example)
