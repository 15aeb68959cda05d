"""Round 55 A viewing (sets 200 and 201 as development sets): romanised Khmer and Somali
words for watching and listening, tested in apps and spellings the sets never used.

- Somali (`so`): `daawasho` / `daawashada` (watching), `la daawaday` (watched),
  `dhageysi` / `la dhageystay` / `dhageysiyo` (listening, listened, the listens),
  `ilbiriqsi-` (seconds), `daqiiqad-` (minutes), `meesha` (position), `horumar`
  (progress), `mudada` (duration), `qaybta` (episode), `barnaamij` (programme),
  `kanaalka` (channel), `muuqaal-` (video), `taariikh-` (history), `sii wad`
  (continue), `boqolkiiba` (percent), `ciyaarta` (match), `suuradda` / `qaariga`
  (surah / reciter), `kuwii ugu dambeeyay` (the most recent); `ugu ... badan` (most)
  and `daawashooyin` (a title's view count) read as a ranking and an audience.
  The bare imperative `daawo` ("view") is NOT a watching word: a shop's view-order
  button says it too, as English reads no bare `watch`.
- Khmer (`km`, romanised): `posti` (channel / station), `kamvithi` (programme),
  `ryea pel` (duration), `chhmoh` (name), `ruoch` (finished), `lmeh thmey` (recently).

Hard negatives (negatives_round200_view.jsonl): `meesha` in a delivery address, a map and
a bus timetable, `qaybta` as a shop category and a document section, `taariikhda` as a
date of birth, a history lesson and a bank statement, `kanaalka` as a video channel's
settings and statistics, `ilbiriqsiyo` in a kitchen timer and a stopwatch, `daawo` as a
view-order and a view-flat button, `horumar` / `boqolkiiba` in a project and an upload,
`barnaamij` as software, `cinwaan` as an address, Khmer `posti` as a job post, a postal
code and a traffic post, Italian `posti` (seats), Finnish `posti` (mail), `bot` as a
chatbot, `ruoch` as an order done, `lmeh thmey` as new products.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round200_view.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round200_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 40
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "so radio listening log",
        {
            "url": "https://api.idaacad.example/v2/dhageysi/diiwaan",
            "method": "POST",
            "json": {
                "kanaalka": "Radio Hiiraan",
                "ilbiriqsiyo": 1800,
                "goorta": "2025-01-10T06:00:00Z",
            },
        },
        "viewing_history.endpoint.playback_record",
    ),
    (
        "so continue rows",
        {
            "url": "https://api.filim.example/v3/aniga/sii-wad",
            "method": "GET",
            "response": {
                "json": {
                    "siiWad": [
                        {"filimId": "f12", "cinwaanka": "Xeebta", "meesha": 1200, "mudada": 5400},
                        {"filimId": "f19", "cinwaanka": "Dhulka", "meesha": 300, "mudada": 6000},
                    ]
                }
            },
        },
        "viewing_history.continue_key_resume_rows",
    ),
    (
        "so watch history rows",
        {
            "url": "https://api.taxane.example/v1/aniga/taariikhda",
            "method": "GET",
            "response": {
                "json": {
                    "taariikhda_daawashada": [
                        {"taxaneId": "t4", "qaybta": 7, "goorta": "2025-01-10T20:00:00Z"},
                        {"taxaneId": "t9", "qaybta": 2, "goorta": "2025-01-09T20:00:00Z"},
                    ]
                }
            },
        },
        "viewing_history.done_list_rows",
    ),
    (
        "so recently listened songs",
        {
            "url": "https://api.hees.example/v1/aniga/dhowaan",
            "method": "GET",
            "response": {
                "json": {
                    "dhageysiyo": [
                        {"heesta": "Hooyo", "fanaanka": "Magool", "goorta": "2025-01-10T06:00:00Z"},
                        {
                            "heesta": "Jacayl",
                            "fanaanka": "Hibo Nuura",
                            "goorta": "2025-01-10T06:05:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history.done_list_rows",
    ),
    (
        "so highlight watched percent",
        {
            "url": "https://api.kubad.example/v2/muuqaalada/hl_991/la-daawaday",
            "method": "POST",
            "json": {"muuqaalId": "hl_991", "boqolkiiba": 80, "goorta": "2025-01-10T06:00:00Z"},
        },
        "viewing_history.path_item_watched_amount",
    ),
    (
        "so live match seconds watched",
        {
            "url": "https://api.kubad.example/v2/toos/garaacis",
            "method": "POST",
            "json": {
                "ciyaartaId": 8812,
                "ilbiriqsiyada_la_daawaday": 2400,
                "goorta": "2025-01-10T06:00:00Z",
            },
        },
        "viewing_history.match_watched_time",
    ),
    (
        "so programme progress at a watching endpoint",
        {
            "url": "https://api.tv.example/v1/daawasho/horumarka",
            "method": "PUT",
            "json": {"barnaamijka": "b77", "qaybta": 3, "meesha": 640, "mudada": 2700},
        },
        "viewing_history.playback_record",
    ),
    (
        "so recitation listened",
        {
            "url": "https://api.quraan.example/v1/la-dhageystay",
            "method": "POST",
            "json": {"suuradda": 36, "qaariga": "Cabdibaasid", "ilbiriqsiyo": 700},
        },
        "viewing_history.endpoint.playback_record",
    ),
    (
        "km live channel session",
        {
            "url": "https://api.iptv.example/box/v1/meul/log",
            "method": "POST",
            "json": {
                "posti": "CTN",
                "kamvithi": "Khmer News",
                "chab_pdaem": "2025-01-10T06:00:00Z",
                "vinati": 900,
            },
        },
        "viewing_history.endpoint.playback_record",
    ),
    (
        "km live heartbeat posti + vinati",
        {
            "url": "https://api.iptv.example/box/v1/live/heartbeat",
            "method": "POST",
            "json": {"posti": "Bayon", "vinati": 60},
        },
        "viewing_history.endpoint.playback_record",
    ),
    (
        "so adjust partner params",
        {
            "url": "https://app.adjust.com/event",
            "method": "POST",
            "form": {
                "app_token": "abc123def456",
                "event_token": "x1y2z3",
                "partner_params": '{"filim_id":"f12","daqiiqado_la_daawaday":"25"}',
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "so adjust partner params episode seconds",
        {
            "url": "https://app.adjust.com/event",
            "method": "POST",
            "form": {
                "app_token": "abc123def456",
                "event_token": "x1y2z3",
                "partner_params": (
                    '{"taxane_id":"t4","qaybta":"7","ilbiriqsiyada_la_daawaday":"600"}'
                ),
            },
        },
        "viewing_history.numbered_episode_watched",
    ),
]


@pytest.mark.parametrize(("label", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round200_view_positive(
    engine: Engine, label: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), label
