"""Round 54 B viewing (sets 193, 194 and 196 as development sets): the families behind
their misses, tested in apps and spellings the sets never used.

- a list under any language's listened or watched key whose rows name an item and WHEN
  (`{"прослушано": [{"трек", "когда"}]}`, Uzbek `tinglangan` + `qachon`), beside the
  playheads `done_list_rows` read before; a bare `name` (a caller) does not name a piece;
- a `watch_log` / `viewing_log` whose rows are each the viewer's act on a match at a
  minute of it (Pidgin `don look` "has watched", `don comot` "has left", `joined`);
- an object under a watching key (Kurdish `temaşe`, Uzbek `tomosha`, Russian `просмотр`)
  naming a channel, what it aired and the seconds so far;
- a GA4 / Firebase `audio_*` event naming the piece by a bare noun (`ep.surah=50`,
  `ep.episode=12`) beside an amount;
- French `ecoute_le` / Italian `ascoltato_il` ("listened on") dating rows under a key
  nobody reads; voicemail and message rows stay out;
- Sorani and Kurmanji words: `kat` (time), `maw` (duration), `şwên` (position),
  `berdewam` (continue), `wane` (lesson), `nawnîşan` / `sernav` (title), `dwayin`
  (last), `biha` / `nirx` (price); Russian `kogda` / Uzbek `qachon` (when).

Hard negatives (negatives_round193_view.jsonl): a theatre's and a canal tour's `temaşe`,
canal works and a video channel's settings under `kanal`, routers' Wi-Fi logs with channel
and frequency, voicemail's `прослушано` / `tinglangan` / `ecoute_le`, GA4 form timers and an
audio upload, Pidgin `don look` in a chat and `don comot` in a score feed, a smartwatch's
match log, a form wizard's `berdewam`, a school timetable's `wane`, a rent's `maw`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round193_view.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round193_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 25
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "uz listened list track+when",
        {
            "url": "https://api.kuy.example/v1/tarix",
            "method": "GET",
            "response": {
                "json": {
                    "tinglangan": [
                        {"trek": "Sevara - Bahor", "qachon": "2025-05-02T08:00:00Z"},
                        {"trek": "Lola - Sen", "qachon": "2025-05-02T08:05:00Z"},
                    ]
                }
            },
        },
        "viewing_history.done_list_rows",
    ),
    (
        "ru watched list film+when",
        {
            "url": "https://api.kino.example/api/moi",
            "method": "GET",
            "response": {
                "json": {"просмотрено": [{"фильм": "Брат", "когда": "2025-05-02T20:00:00Z"}]}
            },
        },
        "viewing_history.done_list_rows",
    ),
    (
        "en listened list track+when",
        {
            "url": "https://api.tunes.example/v1/me",
            "method": "GET",
            "response": {
                "json": {
                    "listened": [
                        {"track": "Song A", "when": "2025-05-02T20:00:00Z"},
                        {"track": "Song B", "when": "2025-05-02T20:04:00Z"},
                    ]
                }
            },
        },
        "viewing_history.done_list_rows",
    ),
    (
        "ku watching object",
        {
            "url": "https://api.tv.example/v1/ping",
            "method": "POST",
            "json": {"temaşekirin": {"kanal": "Rudaw", "bername": "Nûçe", "cirke": 300}},
        },
        "viewing_history.watching_object",
    ),
    (
        "uz watching object",
        {
            "url": "https://api.tv.example/v1/ping",
            "method": "POST",
            "json": {"tomosha": {"kanal": "Sevimli TV", "korsatuv": "Yangiliklar", "soniya": 420}},
        },
        "viewing_history.watching_object",
    ),
    (
        "ru watching object",
        {
            "url": "https://api.tv.example/v1/ping",
            "method": "POST",
            "json": {"просмотр": {"канал": "Первый", "передача": "Время", "секунд": 600}},
        },
        "viewing_history.watching_object",
    ),
    (
        "GA4 audio_progress episode number",
        {
            "url": "https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.2&en=audio_progress&ep.episode=12&epn.seconds=300",
            "method": "GET",
        },
        "viewing_history.measurement_param_event",
    ),
    (
        "Firebase form audio_complete chapter",
        {
            "url": "https://app-measurement.com/a",
            "method": "POST",
            "form": {
                "app_instance_id": "4b1e9d0c72aa5f31",
                "en": "audio_complete",
                "ep.chapter": "7",
                "epn.duration": "1260",
            },
        },
        "viewing_history.measurement_param_event",
    ),
    (
        "ckb receiver log with maw",
        {
            "url": "https://api.sat.example/v2/wergir/log",
            "method": "POST",
            "json": {
                "sn": "SR1188",
                "log": [
                    {"kanal": "NRT", "frequency": 11034, "dest": 1733040033664, "maw": 1200},
                    {"kanal": "Rudaw", "frequency": 12380, "dest": 1733040033664, "maw": 600},
                ],
            },
        },
        "viewing_history.channel_tuning_rows",
    ),
    (
        "ckb continue rows",
        {
            "url": "https://api.tv2.example/v1/mal",
            "method": "GET",
            "response": {
                "json": {
                    "berdewambûn": [
                        {"bername": "Dramay Xanzad", "şwên_sanie": 693},
                        {"bername": "Rudaw Sport", "şwên_sanie": 355},
                    ]
                }
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "ku continue rows",
        {
            "url": "https://api.tv3.example/v1/mal",
            "method": "GET",
            "response": {"json": {"berdewamkirin": [{"sernav": "Dizî", "cih_cirke": 812}]}},
        },
        "viewing_history.continue_key_resume_rows",
    ),
    (
        "ckb lessons listened",
        {
            "url": "https://api.dars.example/v2/mêjû",
            "method": "GET",
            "response": {
                "json": {
                    "wanekan": [
                        {
                            "nawnîşan": "Tefsîr 3",
                            "gwêgirtin_çirke": 600,
                            "kat": "2025-05-02T08:00:00Z",
                        }
                    ]
                }
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "en viewing_log joined/left a fixture",
        {
            "url": "https://api.sport.example/v1/ping",
            "method": "POST",
            "json": {
                "viewing_log": [
                    {"event": "joined", "fixture": "f-1201", "minute": 12},
                    {"event": "left", "fixture": "f-1201", "minute": 70},
                ]
            },
        },
        "viewing_history.done_list_rows",
    ),
    (
        "pcm watch_log don look",
        {
            "url": "https://api.naija.example/v1/log",
            "method": "POST",
            "json": {"watch_log": [{"action": "don look", "game_id": "npfl-22", "minute": 5}]},
        },
        "viewing_history.done_list_rows",
    ),
    (
        "fr heard-on rows unknown key",
        {
            "url": "https://api.zik.example/v1/moi/x",
            "method": "GET",
            "response": {
                "json": {
                    "donnees": [
                        {
                            "titre_id": "t-1",
                            "artiste": "Fally",
                            "ecoute_le": "2025-05-02T08:00:00Z",
                        },
                        {
                            "titre_id": "t-2",
                            "artiste": "Koffi",
                            "ecoute_le": "2025-05-02T09:00:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history.watched_rows_any_key",
    ),
    (
        "it heard-on rows unknown key",
        {
            "url": "https://api.musica.example/v1/io/x",
            "method": "GET",
            "response": {
                "json": {
                    "dati": [
                        {
                            "brano_id": "b-1",
                            "artista": "Mina",
                            "ascoltato_il": "2025-05-02T08:00:00Z",
                        }
                    ]
                }
            },
        },
        "viewing_history.watched_rows_any_key",
    ),
]


@pytest.mark.parametrize(("label", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round193_view_positive(
    engine: Engine, label: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), label
