"""Round 142 (held-out sets 137, 139, 140, 141, 142), viewing B: histories that say which
piece, for how long and when; progress written to a path that names watching progress or
to any collection's item; a streamed class's progress; Egyptian Arabizi's `2` for qaf;
Arabic-script recitation words; Vietnamese "at" (lúc).

Histories. A parental-control or listening history sits under a bare history key
(`historial`, `historique`) and names no playhead: each row is a piece (a series, an
episode, a station, a title) with the minutes it played and when (`viewing_lists`
`_played_piece_rows`). A charging, parking, call, trip or reading history names a
station, zone, contact, line or book beside energy, distance, pages or an author.

Progress paths. `PUT /kijkvoortgang/<programme>` (a watching word joined to a progress
word, any language) and `PUT /<any collection>/<id>/progress` with a POSITION beside a
duration or with a unit (`/khutab/368/progress`, sermons), never a job's, a flight's, a
recipe's or a parcel's progress (rules `progress_path_piece_position`,
`collection_item_progress_position`).

Classes. A fitness, cooking or course app's class video: the class's id, the time into
it and the share done or its duration (`structures/class_progress.py`); a ride outdoors,
a timed exam and a booking are not.

Words. Egyptian and Levantine writers put `2` for a qaf (`wa2t` waqt, "time"), read so
when the hamza reading is no word; the Quran reciter (قارئ) and surah (سورة) in Arabic
script; Vietnamese `lúc` / `vào lúc` ("at") dates a listen (`nghe_luc`), and a shop row's
product code (`ma_sp`) and marked price (`giá`) keep its "viewed at" a product seen."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round142_viewing_b.jsonl"
WHEN = "2025-03-04T08:10:00Z"

POSITIVES = [
    {
        "note": "a Spanish kids app's parental history (series, episode, minutes, time)",
        "url": "https://api.example-ninos.es/v1/perfiles/p-7/historial",
        "method": "GET",
        "response": {
            "json": {
                "historial": [
                    {"serie": "Los Osos", "episodio": "ep-221", "minutos": 22, "hora": WHEN},
                    {"serie": "Mapaches", "episodio": "ep-318", "minutos": 9, "hora": WHEN},
                ]
            }
        },
    },
    {
        "note": "a French radio app's listening history (station, minutes, on the day)",
        "url": "https://api.example-radio.fr/v1/mon-historique",
        "method": "GET",
        "response": {
            "json": {
                "historique": [
                    {"station": "fip-1055", "minutes": 41, "le": WHEN},
                    {"station": "nova-1014", "minutes": 17, "le": WHEN},
                ]
            }
        },
    },
    {
        "note": "an English kids app's history of titles with minutes and when",
        "url": "https://api.example-kids.com/v2/family/history",
        "method": "GET",
        "response": {
            "json": {
                "history": [
                    {"title": "Rocket Pals", "minutes": 14, "at": WHEN},
                    {"title": "Sea Songs", "minutes": 6, "at": WHEN},
                ]
            }
        },
    },
    {
        "note": "a Dutch catch-up app's watching progress (kijk + voortgang) of a programme",
        "url": "https://api.example-tv.nl/v3/profiel/kijkvoortgang/afl-88213",
        "method": "PUT",
        "json": {"positie": 1312, "duur": 2880},
    },
    {
        "note": "a German audio app's listening progress (hoer + fortschritt)",
        "url": "https://api.example-hoeren.de/v1/hoerfortschritt/fo-5512",
        "method": "PUT",
        "json": {"position_sek": 733},
    },
    {
        "note": "a devotional app's talk progress (a collection with no media noun)",
        "url": "https://api.example-bhakti.in/v2/satsangs/st-7731/progress",
        "method": "PUT",
        "json": {"position_sec": 1204, "duration_sec": 3600},
    },
    {
        "note": "a streamed yoga class's time into it and share done (English)",
        "url": "https://api.example-yoga.com/v1/members/me/class-progress",
        "method": "POST",
        "json": {"classId": "flow-45-a12", "elapsedSeconds": 1312, "percentComplete": 48},
    },
    {
        "note": "a Spanish cooking class video's time elapsed and its duration",
        "url": "https://api.example-cocina.mx/v2/clases/c-771/avance",
        "method": "PUT",
        "json": {"claseId": "c-771", "segundosTranscurridos": 640, "duracionSeg": 1800},
    },
    {
        "note": "a Vietnamese music app's scrobble (song id, listened, listened at)",
        "url": "https://api.example-nhac.vn/v1/scrobble",
        "method": "POST",
        "form": {
            "ma_bai_hat": "BH-20931",
            "ca_si": "Den",
            "da_nghe": "184",
            "nghe_luc": "1733300000",
        },
    },
    {
        "note": "a Quran app's listened recitation keyed in Arabic script (surah, reciter)",
        "url": "https://api.example-quran.eg/v1/log",
        "method": "POST",
        "json": {"سورة": 18, "القارئ": "minshawi_murattal", "thawani_el_istima3": 1450},
    },
    {
        "note": "an Egyptian series app's watch time in Arabizi (wa2t = waqt, 2 for qaf)",
        "url": "https://api.example-aflam.eg/v1/events",
        "method": "POST",
        "json": {"el_7al2a_id": "hl-2231", "wa2t_el_moshahda": 1260},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round142_viewing_b_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round142_viewing_b_lookalikes_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("wa2t", ("time",)),
        ("maw2e3", ("position",)),
        ("h264", ("h", "264")),
        ("القارئ", ("artist",)),
        ("سورة", ("recitation",)),
        ("nghe_luc", ("listen", "at")),
        ("ma_sp", ("price",)),
    ],
)
def test_round142_words_are_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words
