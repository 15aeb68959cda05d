"""Round 64 (set 252): Kannada viewing and voice words, a match split across an attribution
event's two parameter halves, a live match's content view and a speaker's reference beside
a voice sample, in spellings and apps the set never used.

The readings were there; most words were not: `nimisha` (minutes), `sekendu` (seconds),
`haadu` / `geete` (song), `hesaru` (name), `gayaka` / `gayaki` (singer), `nilaya` (a radio
station), `ittichege` (recently), `pandya` (match), `vahini` (TV channel), `prasanga`
(episode), `dharavahi` (serial), `sheershike` (title), `aarambha` (start), `dina` (day) in
exfilwatch/detect/lexicon/viewing.yaml, and `dhwani` (voice), `mudre` (print) and
`dhwani mudre` (voiceprint) in biometric.yaml. New: Adjust's `callback_params` and
`partner_params` read as one record (structures/split_event_params.py,
viewing_history.split_event_params_match_watched), a content view typed `live_match`
(viewing_history.content_view_live_match) and `speakerRef` beside a voice sample
(biometric.speaker_recognition.passphrase_audio). Precision:
tests/fixtures/negatives/negatives_round252.jsonl (a house named a nilaya, a bus station, a
match's tickets, a fantasy team, a channel pack's prices, a caller tune, a voice note, a
hearing test, an e-stamp's seal, an attribution purchase split in halves).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.biometric_words import word_roles
from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round252.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}
WAV = (
    "UklGRugDAABXQVZFZm10IAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAx"
    "MjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5P"
)
# a 256-float vector of embedding shape (values spread either side of zero)
VECTOR = [round(((i * 37) % 23 - 11) / 97, 4) for i in range(256)]


def _response(obj: Any) -> dict[str, Any]:
    return {
        "status": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(obj, ensure_ascii=False),
    }


# (the rule of the family, an example of it)
POSITIVES: list[tuple[str, dict[str, Any]]] = [
    # a song listened to: geethe (song), gaayaki (woman singer), keelida_sekendugalu
    (
        "viewing_history.playback_record",
        {
            "url": "https://api.example-haadu.in/v1/geethe/aalisi",
            "method": "POST",
            "json": {
                "geethe_id": "bg-12",
                "hesaru": "Nee Hinga Nodabyada",
                "gaayaki": "B. R. Chaya",
                "keelida_sekendugalu": 212,
            },
        },
    ),
    # a radio station listened to: akashavani_nilaya, keluva_nimishagalu
    (
        "viewing_history.station_listen_session",
        {
            "url": "https://api.example-radio.in/v1/radio/kelike",
            "method": "POST",
            "json": {
                "akashavani_nilaya": "Dharwad",
                "keluva_nimishagalu": 35,
                "aarambha": "2025-02-01T06:00:00Z",
            },
        },
    ),
    # recently played songs: itteechege rows with geete, singer and when
    (
        "viewing_history.recent_song_artist_rows",
        {
            "url": "https://api.example-haadu.in/v1/nanna/itteechege",
            "method": "GET",
            "response": _response(
                {
                    "itteechege": [
                        {
                            "geete_id": "g1",
                            "hesaru": "Ellaadaru Iru",
                            "gaayaka": "P. Kalinga Rao",
                            "keelida": "2025-02-01T07:00:00Z",
                        },
                        {
                            "geete_id": "g2",
                            "hesaru": "Baa Male Baa",
                            "gaayaka": "Sangeetha Katti",
                            "keelida": "2025-02-01T07:06:00Z",
                        },
                    ]
                }
            ),
        },
    ),
    # a match watched: pandyada_id (genitive), noodida_nimishagalu
    (
        "viewing_history.match_watched_time",
        {
            "url": "https://api.example-kreede.in/v1/pandya/nodu",
            "method": "POST",
            "json": {"pandyada_id": "kpl-24-m7", "noodida_nimishagalu": 48},
        },
    ),
    # a set-top box's tuning log: vaahini rows with a start and minutes
    (
        "viewing_history.channel_tuning_rows",
        {
            "url": "https://rp.example-dth.in/v2/viewing-log",
            "method": "POST",
            "json": {
                "dakhale": [
                    {
                        "vaahini": "Udaya TV",
                        "aarambha": "2025-02-01T20:00:00Z",
                        "avadhi_nimisha": 44,
                    },
                    {
                        "vaahini": "Suvarna News",
                        "aarambha": "2025-02-01T20:44:00Z",
                        "avadhi_nimisha": 12,
                    },
                ]
            },
        },
    ),
    # a watch history: dhaaraavahi_id, shirshike, noodida_dinanka
    (
        "viewing_history.viewing_list_any_language",
        {
            "url": "https://api.example-ott.in/v2/nanna/itihasa",
            "method": "GET",
            "response": _response(
                {
                    "noodida_itihasa": [
                        {
                            "dhaaraavahi_id": "s-9",
                            "shirshike": "Gattimela",
                            "sanchike": 880,
                            "noodida_dinanka": "2025-01-21",
                        },
                        {
                            "dhaaraavahi_id": "s-3",
                            "shirshike": "Kendasampige",
                            "sanchike": 402,
                            "noodida_dinanka": "2025-01-22",
                        },
                    ]
                }
            ),
        },
    ),
    # an episode (prasanga) watched, minutes in the plural
    (
        "viewing_history.playback_record",
        {
            "url": "https://api.example-yaksha.in/v1/prasangagalu/noodida",
            "method": "POST",
            "json": {"prasanga_id": "p-55", "noodida_nimishagalu": 95, "bhaaga": 1},
        },
    ),
    # an AppsFlyer event: a serial's episode watched, minutes in the plural
    (
        "viewing_history.numbered_episode_watched",
        {
            "url": "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id=in.example.ott",
            "method": "POST",
            "json": {
                "eventName": "sanchike_noodida",
                "eventValue": json.dumps(
                    {
                        "af_content_id": "s9-e880",
                        "dhaaraavahi": "Gattimela",
                        "sanchike": 880,
                        "noodida_nimishagalu": 21,
                    }
                ),
            },
        },
    ),
    # Meta content view of a live match (live_sports)
    (
        "viewing_history.content_view_live_match",
        {
            "url": "https://graph.facebook.com/v19.0/44112233/activities",
            "method": "POST",
            "form": {
                "event": "CUSTOM_APP_EVENTS",
                "custom_events": json.dumps(
                    [
                        {
                            "_eventName": "fb_mobile_content_view",
                            "fb_content_type": "live_sports",
                            "fb_content_id": "isl-24-m3",
                            "fb_description": "Bengaluru FC vs Kerala Blasters",
                        }
                    ]
                ),
            },
        },
    ),
    # Adjust halves in English: the match in one, the minutes watched in the other
    (
        "viewing_history.split_event_params_match_watched",
        {
            "url": "https://app.adjust.com/event",
            "method": "POST",
            "form": {
                "event_token": "ab12",
                "callback_params": json.dumps({"match_id": "isl-24-m3", "match": "BFC vs KBFC"}),
                "partner_params": json.dumps({"watched_minutes": "52"}),
            },
        },
    ),
    # Adjust halves in Kannada (pandyada_id, noodida_nimishagalu)
    (
        "viewing_history.split_event_params_match_watched",
        {
            "url": "https://app.adjust.com/event",
            "method": "POST",
            "form": {
                "event_token": "ab12",
                "callback_params": json.dumps({"pandyada_id": "kpl-24-m7"}),
                "partner_params": json.dumps({"noodida_nimishagalu": "40", "content_type": "live"}),
            },
        },
    ),
    # a voiceprint vector under dhvanimudre (one word)
    (
        "biometric.named_biometric.multilingual",
        {
            "url": "https://api.example-vima.in/v1/dhvani/parishilisi",
            "method": "POST",
            "json": {"dhvanimudre": VECTOR, "policy": "P-22"},
        },
    ),
    # a voice sample beside the enrolled speaker's reference, at a bare verify path
    (
        "biometric.speaker_recognition.passphrase_audio",
        {
            "url": "https://api.example-voiceid.in/v2/check",
            "method": "POST",
            "json": {"speakerReference": "S-77", "audio": WAV, "sample_rate": 16000},
        },
    ),
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("nimishagalu", ("minutes",)),
        ("sekendugalu", ("seconds",)),
        ("geethe", ("song",)),
        ("gaayaki", ("artist",)),
        ("akashavani_nilaya", ("radio_station",)),
        ("itteechege", ("recently",)),
        ("pandyada", ("fixture",)),
        ("vaahini", ("channel",)),
        ("prasangagalu", ("episode",)),
        ("dhaaraavahi", ("series",)),
        ("shirshike", ("title",)),
        ("dinanka", ("on_day",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize(
    ("key", "role"), [("dhvani", "voice"), ("dhvani_mudreya", "voice"), ("dhvanimudre", "speaker")]
)
def test_voice_words_read_as_their_role(key: str, role: str) -> None:
    assert role in word_roles(key)


@pytest.mark.parametrize(
    ("rule", "example"), POSITIVES, ids=lambda v: v if isinstance(v, str) else ""
)
def test_positive_is_found_by_its_family(
    engine: Engine, rule: str, example: dict[str, Any]
) -> None:
    found = signatures_found(engine, example, VIEW | BIO)
    assert rule in found, (example["url"], found)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
