"""Round 52 viewing recall (sets 178, 180 and 181 as development sets): the families behind
their misses, tested in spellings and apps the sets never used.

- keys written in the scripts the key reader transliterates (Hebrew and Arabic as their
  consonants, Georgian, Armenian and Cyrillic letter by letter) and in their common
  romanisations: the words for listening, seconds, minutes, a stopping point, continuing,
  live, a song, a sermon or lesson, a prayer chanted, start / stop / pause / finished as a
  player's event, in Hebrew, Arabic, Russian, Georgian and Armenian (viewing lexicon);
  words the Latin reader would take for English (`rope`, Armenian "minute"; `erg`, "song")
  are listed in their script;
- an apostrophe inside a romanised word (Hebrew `eru'a`, "event") is part of the word;
- a scrobble in the app's own language (`trek`, `ispolnitel`, `proslushano`,
  `vremya_nachala`), whose artist or song read in another language must be said heard;
- a Firebase audio event whose params are the app's own (`content_title`, `lecture_id`,
  `seconds_listened`), and a bundle whose encoder numbers the event's name 1 and its params 2;
- a recently listened list whose rows name the song as people do: a title and its performer;
- entering a live broadcast: a channel, what it aired and the moment the viewer joined
  (`{mischak_id, arutz, knisa_ts}`), in any language of the viewing lexicon's new `joined`
  class, at a call that says live, a player, a stream or TV (live_entries.py).

Hard negatives (negatives_round184_viewA.jsonl): prayer times and synagogue sign-ups, a bus
stop (`nekudat_atzira`, "stopping point"), a car park's stop event, school timetables
(Hebrew `shiurim`, Russian `uroki`), a task tracker's assignee and a parcel's track number
(Russian `ispolnitel`, `trek`), restaurants' delivery times, a course's start, a hotline
call, a church's service schedule, a hymn's lyrics, a bus's events, a radio schedule,
Firebase audio events of a voice note, of audio focus and a screen view, possessive keys,
recent searches, live match scores, a gallery's recently watched paintings, concert
tickets bought; a loyalty programme joined through a partner channel, a live chat joined, a
stadium gate's entry, a webinar registration by email, a programme guide's live now, a
studio guest's pass, a live meeting room and a player's web login.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_events import _event_name
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round184_viewA.jsonl"


def _viewing(engine: Engine, example: dict[str, Any]) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "viewing_history"}


def test_round184_viewA_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 30
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == set(), example["note"]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("שניות_שמיעה", ("seconds", "listen")),
        ("נקודת_עצירה", ("position",)),
        ("להמשיך_לצפות", ("continue", "watching")),
        ("שידור_חי", ("live",)),
        ("מדة_الاستماع".replace("ة", "ة"), ("duration", "listen")),
        ("وقت_البدء", ("time", "start")),
        ("الأغاني", ("song",)),
        ("تلاوة", ("recitation",)),
        ("прямой_эфир", ("live",)),
        ("проповедь", ("lecture",)),
        ("ქადაგება", ("lecture",)),
        ("ლოცვა", ("recitation",)),
        ("լսած_վայրկյան", ("listened", "seconds")),
        ("րոպե", ("minutes",)),
        ("երգի_id", ("song", "id")),
        ("nekudat_atzira_sec", ("position", "sec")),
        ("dakot_shmia", ("minutes", "listen")),
        ("hamshech_litzpot", ("continue", "watching")),
        ("vremya_nachala", ("time", "start")),
        ("sug_eru'a", ("type", "event")),
    ],
)  # fmt: skip
def test_script_and_romanised_keys_read_as_their_classes(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


def test_an_english_possessive_keeps_its_word() -> None:
    assert play_words("user's_time") == ("users", "time")


@pytest.mark.parametrize(
    ("event", "name"),
    [
        ({"1": [{"1": "song_id", "2": "s1"}], "2": "audio_start", "3": 1}, "audio_start"),
        ({"2": [{"1": "song_id", "2": "s1"}], "1": "audio_start", "4": 1}, "audio_start"),
        ({"1": "audio_start", "4": 1}, None),  # a name with no params beside it
        ({"2": ["a", "b"], "1": "audio_start"}, None),  # two names: none
    ],
)
def test_event_name_under_either_field(event: dict[str, Any], name: str | None) -> None:
    assert _event_name(event) == name


_POSITIVES: list[tuple[str, dict[str, Any], str]] = [
    (
        "ar_song_listen_seconds_arabic_script",
        {
            "url": "https://api.example-tarab.example/v1/تقارير/استماع",
            "json": {"الأغنية": "s-4471", "ثواني_الاستماع": 212, "البدء": "2025-03-02T08:00:00Z"},
        },
        "viewing_history.playback_record",
    ),
    (
        "he_sermon_progress_romanised",
        {
            "url": "https://api.example-drashot.co.il/v1/drashot/hitkadmut",
            "json": {"drasha_id": "d-881", "shniyot_shmia": 1400, "siyem": True},
        },
        "viewing_history.playback_record",
    ),
    (
        "he_song_listen_hebrew_script",
        {
            "url": "https://api.example-shirim.co.il/v1/shmia",
            "json": {"שיר": "s-551", "שניות_שמיעה": 180, "זמן": "2025-03-02T08:00:00Z"},
        },
        "viewing_history.playback_record",
    ),
    (
        "ru_sermon_listened_cyrillic",
        {
            "url": "https://api.example-propoved.ru/v1/slushaniya",
            "json": {"проповедь": "p-72", "прослушано_сек": 900, "начало": "2025-03-02T08:00:00Z"},
        },
        "viewing_history.playback_record",
    ),
    (
        "ru_translit_scrobble_form",
        {
            "url": "https://api.example-muzyka.ru/v2/istoriya",
            "form": {
                "trek_id": "t-88",
                "ispolnitel": "Zemfira",
                "proslushano_sek": "201",
                "vremya_nachala": "1742542622",
            },
        },
        "viewing_history.listen_record",
    ),
    (
        "ka_sermon_listened_romanised",
        {
            "url": "https://api.example-kadageba.ge/v1/mosmena",
            "json": {
                "qadageba": "didi-marxva-3",
                "mosmenili_wamebi": 396,
                "dro": "2025-03-02T08:00:00Z",
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "hy_song_listened_armenian_script",
        {
            "url": "https://api.example-erg.am/v1/lsumner",
            "json": {"երգի_id": 77, "լսած_վայրկյան": 120, "ժամանակ": "2025-03-02T08:00:00Z"},
        },
        "viewing_history.playback_record",
    ),
    (
        "hy_sermon_listened_romanised",
        {
            "url": "https://api.example-karoz.am/v1/karozner/k-5",
            "json": {"karoz_id": "k-5", "lsats_vayrkyan": 300, "avartvac": False},
        },
        "viewing_history.playback_record",
    ),
    (
        "ar_recitation_listen_arabic_script",
        {
            "url": "https://api.example-quran.example/v1/تلاوات",
            "json": {
                "التلاوة": "tl-114",
                "مدة_الاستماع": 540,
                "البداية": "2025-03-02T08:00:00Z",
                "مكتمل": True,
            },
        },
        "viewing_history.playback_record",
    ),
    (
        "firebase_swapped_fields_lecture_minutes_listened",
        {
            "url": "https://app-measurement.com/a",
            "json": {
                "1": {
                    "1": 1,
                    "2": {
                        "2": [
                            {"1": "lecture_id", "2": "tora-7"},
                            {"1": "minutes_listened", "4": 31},
                        ],
                        "1": "audio_complete",
                        "4": 1740897000000,
                    },
                }
            },
        },
        "viewing_history.measurement_audio_event",
    ),
    (
        "firebase_podcast_title_seconds_listened",
        {
            "url": "https://app-measurement.com/a",
            "json": {
                "1": {
                    "1": 1,
                    "2": {
                        "1": [
                            {"1": "podcast_title", "2": "Daf Yomi"},
                            {"1": "seconds_listened", "3": 840},
                        ],
                        "2": "audio_progress",
                        "3": 1740897000000,
                    },
                }
            },
        },
        "viewing_history.measurement_audio_event",
    ),
    (
        "he_piyut_player_event_apostrophe",
        {
            "url": "https://api.example-piyut.co.il/v1/nigunim",
            "json": {
                "piyut": "lecha-dodi-7",
                "mikum_sec": 95,
                "sug_eru'a": "hashhaya",
                "zman": 1740897000000,
            },
        },
        "viewing_history.player_event_params",
    ),
    (
        "hy_recently_listened_name_performer_rows",
        {
            "url": "https://api.example-erg.am/v1/me/verjin",
            "method": "GET",
            "response": {
                "json": {
                    "verjin_lsvac": [
                        {
                            "anun": "Krunk",
                            "katarogh": "Komitas Quartet",
                            "zhamanak": "2025-03-02T08:00:00Z",
                        },
                        {
                            "anun": "Dle Yaman",
                            "katarogh": "Lusine Zakaryan",
                            "zhamanak": "2025-03-02T08:05:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history.viewing_list_any_language",
    ),
    (
        "he_live_match_entered_on_a_channel",
        {
            "url": "https://player.example-sport.co.il/v2/live/knisa",
            "json": {
                "mischak": "hapoel-maccabi-2025",
                "arutz": "sport-5",
                "knisa": "2025-03-02T20:00:05+02:00",
            },
        },
        "viewing_history.live_channel_entry",
    ),
    (
        "ru_live_programme_joined_on_a_channel",
        {
            "url": "https://player.example-tv.ru/v1/efir/vkhod",
            "json": {
                "peredacha_id": "vremya-2103",
                "kanal": "pervyi",
                "vkhod_ts": "2025-03-02T21:00:05+03:00",
            },
        },
        "viewing_history.live_channel_entry",
    ),
    (
        "pt_live_match_entered_on_a_channel",
        {
            "url": "https://eventos.example-tv.com.br/v2/ao-vivo/entrada",
            "json": {
                "partida_id": "fla-flu-2025",
                "canal": "esporte-2",
                "entrada_em": "2025-03-02T16:00:05-03:00",
            },
        },
        "viewing_history.live_channel_entry",
    ),
]


@pytest.mark.parametrize(("note", "example", "rule"), _POSITIVES, ids=[p[0] for p in _POSITIVES])
def test_round184_viewA_positives(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _viewing(engine, example), note
