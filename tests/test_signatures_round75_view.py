"""Round 75 (viewing history): camera feeds are nobody's viewing, and Germanic
compounds are read whole.

A traffic, weather or security camera's viewer reports a stream position and a
rendition like a film player; the record names a camera (in any language) and no
film, episode or song, so it is left out, while a sports stream's `cameraAngle`
beside its `videoId` stays in. Swedish `avspelningsposition` joins `avspelning` and
`position` with a linking `s`; Scandinavian `episoder` and German `Folge` name
episodes; a playback position written to the episode's own URL is a listening
record. Each case is written for its family, not copied from any capture."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.public_screens import camera_feed
from exfilwatch.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_options()


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("avspelningsposition", ("playback", "position")),  # sv, linking s
        ("Wiedergabeposition", ("playback", "position")),  # de
        ("kijkduur", ("watching", "duration")),  # nl, no linking s
        ("episoder", ("episode",)),  # no / da / sv plural
        ("camId", ("camera", "id")),
        ("verkeerscameraId", ("camera", "id")),  # nl compound ending in camera
        ("telecameraId", ("camera", "id")),  # it
    ],
)
def test_compounds_and_camera_words_are_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"camId": "UTR-1", "streamPositieSec": 40, "kwaliteit": "720p"}, True),
        ({"source": "webcam", "positionMs": 9000}, True),
        ({"videoId": "f1-22", "cameraAngle": "onboard", "positionMs": 9000}, False),
        ({"contentId": "m-1", "title": "Camera Café", "positionMs": 9000}, False),
        ({"contentId": "m-1", "positionMs": 9000}, False),
    ],
)
def test_camera_feed(record: dict[str, Any], expected: bool) -> None:
    assert camera_feed(record) is expected


POSITIVES = [
    # a Swedish film app's player progress (playback position, watched time)
    {
        "url": "https://api.example-film.se/v3/spelare/framsteg",
        "method": "PUT",
        "json": {
            "innehallsId": "fk-1",
            "titel": "Skam S1E7",
            "avspelningsposition": 2190,
            "varaktighet": 5400,
            "sett_tid": 225,
        },
    },
    # a Norwegian podcast app's episode position (episoder, posisjon)
    {
        "url": "https://api.example-pod.no/v2/podkast/episoder/ep-6610/posisjon",
        "method": "PATCH",
        "json": {"posisjon_sek": 1697, "lengde_sek": 3300, "ferdig": False},
    },
    # a German radio app's podcast episode (Folge) playback position
    {
        "url": "https://api.example-radio.de/v1/podcasts/folge/pod-9337",
        "method": "PUT",
        "json": {"Wiedergabeposition": 248, "Dauer": 3120, "abgeschlossen": False},
    },
    # a Danish video app, episode resource, last played position
    {
        "url": "https://api.example-tv.dk/v1/episoder/e-771",
        "method": "PATCH",
        "json": {"afspilningsposition": 812, "varighed": 2700},
    },
    # a sports stream's onboard camera beside its video id is still a viewing
    {
        "url": "https://api.example-motor.com/v1/videos/f1-2231",
        "method": "PUT",
        "json": {"videoId": "f1-2231", "cameraAngle": "onboard", "playbackPositionSec": 1200},
    },
    # a podcast app's episode update as an unnamed protobuf message
    {
        "url": "https://api.example-podcasts.com/sync/update_episode",
        "method": "POST",
        "headers": {"content-type": "application/octet-stream"},
        "body_base64": "CiQwZjNhOWMxZS0yYjRkLTRlNmYtOGExYi0zYzVkN2U5ZjFhMmISJDlhOGI3YzZkLTVlNGYt"
        "NGEzYi05YzJkLTFlMGYyYTNiNGM1ZBjECSACKNQb",
    },
    # the traffic-camera shape with a film's id instead is a viewing
    {
        "url": "https://api.example-vod.nl/v1/film/F-102/stream/positie",
        "method": "POST",
        "json": {"filmId": "F-102", "streamPositieSec": 4460, "kwaliteit": "720p"},
    },
]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda e: e["url"].split("/")[2])
def test_viewing_records_are_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example)
