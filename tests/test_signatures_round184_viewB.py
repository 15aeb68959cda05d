"""Round 52 viewing recall and precision (sets 177, 179, 182, 183, 184 as development sets):
the families behind their misses, tested in apps and spellings the sets never used.

- Wolof, Quechua and Aymara words for watching, listening, a song, a name, a time and
  finishing (`li_ma_xool`, `degg_sec`, `qhawasqa_segundos`, `unjata_segundos`), so a listen
  report or a watch history in those languages reads as its classes;
- Hungarian "where you are" (`hol_tartok_mp`), a live broadcast (`elo_adas`), a heartbeat
  (`szivveres`), minutes followed (`figyelt_perc`), a title (`cim`), "last" (`utoljara`), a
  listened state (`hallgatottsag`); Czech `naposledy` and `poslouchane`; Norwegian `tid` and
  `fullfort`; French `tete de lecture`, `sourate` / `verset`, `recitateur`; Spanish and
  Portuguese `transmision` / `transmissao` as a programme;
- a position beside a "playback ended" flag is a playhead (endpoints.path_media_position),
  and a listened resource of an item takes its position as a watched one does;
- rows under a key that says continue (watching), in any language, each a title and where
  the person stopped (viewing_history.continue_key_resume_rows);
- Gemius hits whose packed extra parameters name a programme and a playhead or player event
  (viewing_history.gemius_extra_parameters).

Precision (round 52, set 179): watching a site's cameras is monitoring, not viewing history.
A URL naming surveillance in any language, or a camera beside its recordings
(`/recordings/CAM-12/bookmarks`, `/kameras/K-12/aufnahmen/...`), is read as that act
(acts.py, lexicon/act.yaml `surveillance` and `footage`).

Hard negatives (negatives_round184_viewB.jsonl): bookmarks and positions in security camera
recordings (English, Spanish, French, German, Czech, Norwegian), `tid` as a thread id and a
show time, a Gemius page's extra parameters, a Hungarian shop's recently seen products, a
Wolof market's prices, a Quechua weather list, a bank session's heartbeat, a radio station's
listener count, a transmitter's uptime.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.acts import text_acts
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round184_viewB.jsonl"

POSITIVES: list[dict[str, Any]] = [
    {
        "note": "wo_song_listen_report",
        "url": "https://api.example-mbalax.sn/v2/deglu",
        "method": "POST",
        "json": {
            "woy": {"id": "mb-2231", "tur": "Xalis", "artiste": "Wally Seck"},
            "degg_sec": 187,
            "jeex": True,
            "waxtu": "2026-03-02T19:04:11Z",
        },
    },
    {
        "note": "wo_watch_history_rows",
        "url": "https://api.example-seneflix.sn/v1/man/li-ma-xool",
        "method": "GET",
        "response": {
            "json": {
                "li_ma_xool": [
                    {
                        "film_id": "f-771",
                        "tur": "Maitresse d'un homme marie",
                        "xool_ba": 1640,
                        "waxtu_xool": "2026-03-02T20:11:00Z",
                    },
                    {
                        "film_id": "f-215",
                        "tur": "Wiri Wiri",
                        "xool_ba": 312,
                        "waxtu_xool": "2026-03-01T21:40:00Z",
                    },
                ]
            }
        },
    },
    {
        "note": "fr_player_event_list",
        "url": "https://api.example-cinesahel.ml/v1/lecteur/evenements",
        "method": "POST",
        "json": {
            "evenements": [
                {
                    "type": "lecture",
                    "contenu": "film_bamako_22",
                    "tete_lecture": 2405,
                    "horodatage": 1772481600000,
                },
                {
                    "type": "pause",
                    "contenu": "film_bamako_22",
                    "tete_lecture": 2690,
                    "horodatage": 1772481900000,
                },
            ]
        },
    },
    {
        "note": "fr_recitation_listened",
        "url": "https://api.example-tilawa.ci/v2/ecoute/progression",
        "method": "POST",
        "json": {
            "sourate": 36,
            "verset": 12,
            "recitateur": "al_husary",
            "secondes_ecoutees": 412,
            "termine": False,
        },
    },
    {
        "note": "qu_watched_seconds",
        "url": "https://api.example-yachay.pe/v1/qhawasqa",
        "method": "POST",
        "json": {
            "video_id": "qh-0412",
            "suti": "Yupaykuna",
            "qhawasqa_segundos": 322,
            "tukusqa": False,
        },
    },
    {
        "note": "ay_watched_rows",
        "url": "https://api.example-aru.bo/v1/unjatanaka",
        "method": "GET",
        "response": {
            "json": {
                "unjatanaka": [
                    {
                        "video_id": "ay-77",
                        "suti": "Aru yatichawi",
                        "unjata_segundos": 410,
                        "pacha": "2026-02-11T10:00:00Z",
                    },
                    {
                        "video_id": "ay-91",
                        "suti": "Jakhunaka",
                        "unjata_segundos": 95,
                        "pacha": "2026-02-11T10:20:00Z",
                    },
                ]
            }
        },
    },
    {
        "note": "hu_continue_rows_where_you_are",
        "url": "https://api.example-mozi.hu/v3/kezdolap",
        "method": "GET",
        "response": {
            "json": {
                "folytatas": [
                    {"azonosito": "f-2201", "cim": "Kontroll", "hol_tartok_mp": 3120},
                    {"azonosito": "s-88-e03", "cim": "Kojot", "hol_tartok_mp": 842},
                ]
            }
        },
    },
    {
        "note": "hu_live_mass_heartbeat_minutes",
        "url": "https://api.example-plebania.hu/v1/elo/szivveres",
        "method": "POST",
        "json": {"elo_adas": "pannonhalma-vesperas", "figyelt_perc": 23, "ts": 1772481600000},
    },
    {
        "note": "hu_podcast_listened_position",
        "url": "https://api.example-podcast.hu/v2/musorok/m-14/epizodok/e-2291/hallgatottsag",
        "method": "PUT",
        "json": {"pozicio": 1310, "lejatszas_vege": False},
    },
    {
        "note": "hu_recently_listened_rows",
        "url": "https://api.example-zene.hu/v1/en/elozmenyek",
        "method": "GET",
        "response": {
            "json": {
                "legutobb_hallgatott": [
                    {
                        "zeneszam": "z-301",
                        "eloado": "Republic",
                        "cim": "67-es ut",
                        "hallgatva": "2026-01-04T18:22:00Z",
                    },
                    {
                        "zeneszam": "z-412",
                        "eloado": "Omega",
                        "cim": "Gyongyhaju lany",
                        "hallgatva": "2026-01-04T18:26:00Z",
                    },
                ]
            }
        },
    },
    {
        "note": "es_live_broadcast_seconds_connected",
        "url": "https://api.example-parroquia.mx/v1/envivo/latido",
        "method": "POST",
        "json": {
            "transmision": "misa-dominical-catedral",
            "segundosConectado": 120,
            "ts": 1772481600000,
        },
    },
    {
        "note": "cs_recently_played_rows",
        "url": "https://api.example-hudba.cz/v2/ja/naposledy-poslouchane",
        "method": "GET",
        "response": {
            "json": {
                "historie": [
                    {
                        "skladba": "Sen",
                        "interpret": "Mig 21",
                        "prehrano_v": "2026-01-04T07:11:00Z",
                        "dokonceno": False,
                    },
                    {
                        "skladba": "Tereza",
                        "interpret": "Olympic",
                        "prehrano_v": "2026-01-04T07:15:00Z",
                        "dokonceno": True,
                    },
                ]
            }
        },
    },
    {
        "note": "no_completion_record_watched_time",
        "url": "https://api.example-opplaering.no/v2/kurs/fullforing",
        "method": "POST",
        "json": {
            "videoId": "hms-brann-02",
            "tittel": "Brannvern del 2",
            "fullfort": False,
            "settTid": 410,
            "dato": "2026-01-04T08:00:00Z",
        },
    },
    {
        "note": "gemius_extra_programme_playhead",
        "url": "https://pro.hit.gemius.pl/_1772481600000/redot.gif?l=91&id=Zx81.QwErTy&et=view&extra=programID%3Dodcinek-4411%7CplayTime%3D1312%7CeventType%3Dplaying",
        "method": "GET",
    },
]


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


@pytest.mark.parametrize("example", POSITIVES, ids=[p["note"] for p in POSITIVES])
def test_round184_viewB_positives_are_viewing(engine: Engine, example: dict[str, Any]) -> None:
    assert _viewing(engine, example), example["note"]


def test_round184_viewB_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 15
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    ("key", "words"),
    [("li_ma_xool", ("watched",)), ("degg_sec", ("listen", "sec")), ("woy", ("song",)),
     ("qhawasqa_segundos", ("watched", "seconds")), ("unjata_segundos", ("watched", "seconds")),
     ("hol_tartok_mp", ("position", "seconds")), ("elo_adas", ("live",)),
     ("figyelt_perc", ("watched", "minutes")), ("utoljara_nezve", ("recently", "watched")),
     ("hallgatottsag", ("listened",)), ("naposledy", ("recently",)),
     ("poslouchane", ("listened",)), ("settTid", ("watched", "time")),
     ("fullfort", ("finished",)), ("tete_de_lecture", ("playhead",)),
     ("sourate", ("recitation",)), ("transmision", ("programme",))],
)  # fmt: skip
def test_keys_read_as_their_classes(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


@pytest.mark.parametrize(
    ("text", "act"),
    [("videoueberwachung", "surveillance"), ("videovigilancia", "surveillance"),
     ("overvaking", "surveillance"), ("cctv_footage", "surveillance"),
     ("recordings", "footage"), ("zaznamy", "footage"), ("aufnahmen", "footage")],
)  # fmt: skip
def test_surveillance_words(text: str, act: str) -> None:
    assert act in text_acts(text)


def test_bare_cctv_is_a_channel_not_surveillance() -> None:
    """China Central Television's slug (`cctv1`) names a channel, not a camera system."""
    assert "surveillance" not in text_acts("cctv1")
    assert "surveillance" not in text_acts("cctv")


def test_camera_angle_of_a_match_stays_viewing(engine: Engine) -> None:
    """A camera named without its recordings (a match's camera angle) is still viewing."""
    example = {
        "url": "https://api.example-sport.tv/v1/matches/m-221/cameras/cam-2/progress",
        "method": "PUT",
        "json": {"positionSec": 1800, "durationSec": 5400},
    }
    assert _viewing(engine, example)


def test_camera_recording_bookmark_is_not_viewing(engine: Engine) -> None:
    example = {
        "url": "https://api.example-mall.com/api/recordings/CAM-L2-031/bookmarks",
        "method": "POST",
        "json": {"offsetSec": 640, "playbackRate": 2, "note": "shoplifting"},
    }
    assert _viewing(engine, example) == set()
