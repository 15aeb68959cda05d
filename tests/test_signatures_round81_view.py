"""Round 81 (sets 81-84), viewing history recall: heartbeats said in slang and in
romanised Nepali, and Pocket Casts' episode write as its web player sends it.

A Spanish player's keep-alive is a `latido` ("heartbeat"; the plural `latidos` is a
heart rate and stays unread), its film a `peli` (the clipping of `pelicula`); a
Nepali set-top box watches (`herne`) and lists what was watched (`heriyeko`); Pocket
Casts' web player and third-party clients write `{uuid, podcast, position, status}`
with no duration. Game pings (a score or a level beside Finnish `peli`, "game"),
heart-rate screens, camera and chat keep-alives, cinema listings and tickets stay
quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round81_view.jsonl"
ENDPOINT_RULE = "viewing_history.endpoint.playback_record"
EPISODE_RULE = "viewing_history.episode_update_position_json"

POSITIVES = [
    {
        "url": "https://api.example-cine.com.ar/v3/reproductor/latido",
        "json": {"peli": "p-0091", "pos": 1520, "estado": "reproduciendo"},
    },
    {
        "url": "https://api.example-cine.es/v1/player/latido",
        "json": {"pelicula": "tt-4410", "posicion_seg": 833, "calidad": "HD"},
    },
    {
        "url": "https://stats.example-radio.com.mx/oyente/latido?emisora=fm-99&seg_escuchados=120&sesion=5a2",
        "method": "GET",
    },
    {
        "url": "https://api.example-iptv.com.np/v2/herne/ping",
        "form": {"karyakram": "N-441", "samay": "1290", "avastha": "chaldai"},
    },
    {
        "url": "https://api.example-iptv.com.np/v2/heriyeko",
        "json": {"suchi": [{"karyakram_id": "K-3", "herne_samay": 880}]},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["url"][8:60])
def test_round81_slang_and_nepali_heartbeats_are_found(engine: Engine, example: dict) -> None:
    assert ENDPOINT_RULE in viewing(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"uuid": "fe73866c-9de7-42c0-8e76-60c5f800703c", "podcast": "dfa5bfbc", "position": "2459",
         "status": 2},
        {"uuid": "1b38e482-dee2-492e-930d-96ff7b9e61d7", "podcast": "a73cffce", "position": 112,
         "status": 3},
        {"uuid": "0b1c5e0e-1111-4a9a-8c55-2f7d9a1c0e11", "podcast": "9f7b91b0", "position": 30,
         "duration": 3310, "status": 2},
    ],
)  # fmt: skip
def test_round81_episode_write_without_duration_is_found(engine: Engine, body: dict) -> None:
    example = {"url": "https://api.example-podcasts.com/sync/update_episode", "json": body}
    assert EPISODE_RULE in viewing(engine, example)


def _negatives() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:50])
def test_round81_look_alikes_stay_quiet(engine: Engine, example: dict) -> None:
    found = engine.analyse(example_exchange(example))
    assert [f.signature for f in found] == []
