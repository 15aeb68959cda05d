"""Round 58 B (set 214, a Berlin car-sharing fleet manager's precision stress, as a
development set): the two viewing families behind its misses, tested in apps and
spellings the set never used.

- a resume position written to `.../<progress word>/<film or episode id>` with the
  progress or resume word in the app's language (German `fortschritt`, Dutch `voortgang`,
  French `progression`, Spanish `progreso`), read through the viewing lexicon by
  `episode_resume_bookmark` (before: English segments only);
- an OpenRTB 2.x bid request whose `app.content` / `site.content` names the film or
  episode being watched (`openrtb_watched_content`, structure `bid_request_watched_content`):
  the video members `series` / `season` / `episode`, `context` 1, an episode code or a
  film / episode id prefix, or an app's video slot beside the content's `len` /
  `livestream`.

Hard negatives (negatives_round214.jsonl): German `Fortschritt` of a download, an upload,
a course's lessons, a car's charging (`ladefortschritt`, with seconds), a trip and a
delivery tour (a tour's stops), a render job's frames, a book's page; OpenRTB requests from
a news site and a news app (an article as content), a live blog, games (no content, a
level, context game), music apps (context music, artist / album / isrc), content with only
categories or keywords, an e-book (context text), a utility app (context application).
A music app's content object is the song heard, left to the listening rules.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.bid_content import bid_request_watched_content
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round214.jsonl"
_VIDEO = {"mimes": ["video/mp4"], "w": 1280, "h": 720}


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round214_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 25
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "German progress of a film, position and length in seconds",
        {"url": "https://api.filmabend.example/v2/profile/p-77/fortschritt/film-4410",
         "method": "PUT", "json": {"positionSek": 1555, "dauerSek": 2880}},
        "viewing_history.episode_resume_bookmark",
    ),
    (
        "Dutch progress (voortgang) of an episode",
        {"url": "https://api.kijkhuis.example/v1/profiel/p-4/voortgang/ep-5512",
         "method": "PUT", "json": {"positie": 1312, "duur": 2880}},
        "viewing_history.episode_resume_bookmark",
    ),
    (
        "French progression of a season-episode code",
        {"url": "https://api.cinemaclub.example/v2/progression/la-serie-s02e05",
         "method": "PATCH", "json": {"position": 845}},
        "viewing_history.episode_resume_bookmark",
    ),
    (
        "Spanish progreso of a movie",
        {"url": "https://api.strimu.example/v1/user/u-1/progreso/movie-7781",
         "method": "PUT", "json": {"posicion": 3021, "duracion": 6120}},
        "viewing_history.episode_resume_bookmark",
    ),
    (
        "CTV bid request with series, season and episode",
        {"url": "https://bid.adx.example/openrtb2/auction", "method": "POST",
         "json": {"id": "a", "imp": [{"id": "1", "video": _VIDEO}],
                  "app": {"bundle": "tv.example.ctv", "content": {
                      "title": "Pilot", "series": "The Harbour", "season": "Season 1",
                      "episode": 1}}, "device": {"ifa": "x"}}},
        "viewing_history.openrtb_watched_content",
    ),
    (
        "bid request with a video context title",
        {"url": "https://bid.adx.example/openrtb2/auction", "method": "POST",
         "json": {"id": "b", "imp": [{"id": "1", "video": _VIDEO}],
                  "app": {"bundle": "tv.example.ctv",
                          "content": {"id": "88120", "title": "Noite Longa", "context": 1}}}},
        "viewing_history.openrtb_watched_content",
    ),
    (
        "film in an app's video slot with its length",
        {"url": "https://bid.adx.example/openrtb2/auction", "method": "POST",
         "json": {"id": "c", "imp": [{"id": "1", "video": _VIDEO}],
                  "app": {"bundle": "tv.example.films", "content": {
                      "id": "551", "title": "Nordlicht", "len": 6120, "livestream": 0}}}},
        "viewing_history.openrtb_watched_content",
    ),
    (
        "web VOD player with an episode id as site content",
        {"url": "https://bid.adx.example/openrtb2/auction", "method": "POST",
         "json": {"id": "d", "imp": [{"id": "1", "video": _VIDEO}],
                  "site": {"page": "https://vod.example/watch/1",
                           "content": {"id": "ep-4410", "title": "Folge 12"}}}},
        "viewing_history.openrtb_watched_content",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("label", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round214_positive(engine: Engine, label: str, example: dict[str, Any], rule: str) -> None:
    assert rule in _viewing(engine, example), label


@pytest.mark.parametrize(
    "content",
    [
        {"title": "Level 3", "context": 2, "episode": 3},
        {"title": "Song", "series": "Live Sessions", "artist": "Band"},
        {"title": "Chapter 1", "context": 5, "series": "Saga"},
        {"id": "film-1", "cat": ["IAB1"]},
        {"title": "12345", "season": "1"},
    ],
)
def test_round214_bid_content_not_watched(content: dict[str, Any]) -> None:
    request = {"id": "x", "imp": [{"id": "1", "video": _VIDEO}], "app": {"content": content}}
    assert bid_request_watched_content(request) is None


def test_round214_bid_content_needs_imp() -> None:
    assert bid_request_watched_content({"app": {"content": {"title": "A", "episode": 2}}}) is None
