"""Round 55 B viewing (sets 203, 204 and 205 as development sets): the families behind
their misses, tested in apps and spellings the sets never used.

- a channel-change event typed as such on a generic events path (`tipo: cambio_canal`,
  `type: channel_change`) that is still one tuning row (a channel named in text, a moment
  and a watched duration); Spanish, Portuguese and French `cambio canal` / `troca canal`
  / `changement chaine` in the tuning class;
- a response list of watched replays with progress, the rows dated by a watched verb and
  its article (Spanish `visto_el`, French `vu_le`, Italian `visto_il`), counted only
  beside a progress or percent and the piece's name (a chat's "seen on" has neither);
- a content code with a position out of its total on a VOD progress path (Vietnamese
  `ma_noi_dung`, `vi_tri`, `tong`), totals in Vietnamese, Dutch, German and Turkish;
- Javanese listening: `rungokno` / `dirungokno` and `sing dirungokno` ("that was
  listened to"), the song heard nested under a key in the app's language.

Decision: a TV's channel-change event with no moment and no watched duration says what
was tuned, not what was watched; it is not matched by the typed rule.

Hard negatives (negatives_round203_view.jsonl): a currency exchange and a tyre change on
an events path, Wi-Fi channel changes with seconds, a chat's channel switch, a courier's,
a parcel's and a queue's `vi_tri`, a book's progress, a gym's `repeticiones`, a chat's
read receipts (`vistoEl` without progress), a voice message and a call recording listened
to in Javanese, order and cart totals.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round203_view.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round203_view_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 20
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "Argentine IPTV channel change typed in Spanish",
        {
            "url": "https://mw.example-cable.com.ar/api/v3/eventos",
            "method": "POST",
            "json": {
                "tipo": "cambio_de_canal",
                "canal": "TN",
                "canalPrevio": "Telefe",
                "segundos": 1220,
                "momento": "2025-05-02T21:00:00Z",
            },
        },
        "viewing_history.typed_channel_change_event",
    ),
    (
        "Brazilian box channel change typed in Portuguese",
        {
            "url": "https://api.example-tv.com.br/stb/eventos",
            "method": "POST",
            "json": {
                "tipo": "troca_canal",
                "canal": "Globo",
                "segundos": 900,
                "ts": "2025-05-02T21:00:00Z",
            },
        },
        "viewing_history.typed_channel_change_event",
    ),
    (
        "French box channel change typed in French",
        {
            "url": "https://api.example-box.fr/v1/evenements",
            "method": "POST",
            "json": {
                "type": "changement_chaine",
                "chaine": "France 2",
                "secondes": 640,
                "horodatage": "2025-05-02T21:00:00Z",
            },
        },
        "viewing_history.typed_channel_change_event",
    ),
    (
        "French replays watched on a date with progress",
        {
            "url": "https://api.example-sport.fr/v2/moi/rediffusions",
            "method": "GET",
            "response": {
                "json": {
                    "rediffusions": [
                        {
                            "matchId": "m-881",
                            "titre": "PSG - OM",
                            "vu_le": "2025-05-02T21:00:00Z",
                            "progression_pct": 40,
                        },
                        {
                            "matchId": "m-882",
                            "titre": "OL - LOSC",
                            "vu_le": "2025-05-03T21:00:00Z",
                            "progression_pct": 90,
                        },
                    ]
                }
            },
        },
        "viewing_history.watched_rows_any_key",
    ),
    (
        "Colombian replays visto_el with avance percent",
        {
            "url": "https://api.example-futbol.co/v1/usuario/repeticiones",
            "method": "GET",
            "response": {
                "json": {
                    "repeticiones": [
                        {
                            "partidoId": "p-12",
                            "titulo": "Millonarios vs Nacional",
                            "visto_el": "2025-05-02T21:00:00Z",
                            "progreso": 70,
                        },
                        {
                            "partidoId": "p-13",
                            "titulo": "America vs Cali",
                            "visto_el": "2025-05-03T21:00:00Z",
                            "progreso": 15,
                        },
                    ]
                }
            },
        },
        "viewing_history.watched_rows_any_key",
    ),
    (
        "Vietnamese VOD position with a content id and total",
        {
            "url": "https://api.example-truyenhinh.vn/v1/vod/tien-do",
            "method": "PUT",
            "json": {"noi_dung_id": "phim-3321", "vi_tri": 1800, "tong": 5400},
        },
        "viewing_history.media_position_endpoint",
    ),
    (
        "Dutch video position with totaal",
        {
            "url": "https://api.example-kijk.nl/v2/video/voortgang",
            "method": "POST",
            "json": {"video_id": "afl-881", "positie": 1312, "totaal": 2880},
        },
        "viewing_history.media_position_endpoint",
    ),
    (
        "Javanese song listened to, nested under sing dirungokake",
        {
            "url": "https://api.example-campursari.id/v1/rungokake",
            "method": "POST",
            "json": {
                "tembang_sing_dirungokake": {
                    "id": "T-77",
                    "judul": "Sewu Kutha",
                    "penyanyi": "Didi Kempot",
                },
                "suwene_detik": 240,
                "wiwit": "2025-05-02T08:00:00Z",
            },
        },
        "viewing_history.listen_record",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_round203_view_positive(engine: Engine, note: str, example: dict, rule: str) -> None:
    assert rule in _viewing(engine, example), note
