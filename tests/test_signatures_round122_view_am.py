"""Round 43 (held-out set 120, Amharic and Oromo; analytics events named in local
languages): the families behind the set's viewing misses and false positives, tested
in spellings, languages and apps the set never used, with look-alikes that stay silent.

Families: a count of the PEOPLE who watch (an agent noun, inflected, in any language)
is an audience's statistic, never one viewer's time; Firebase / GA4 events on the wire
as flat `en` / `ep.` / `epn.` params, and the medium with its phase (`audio_progress`);
a player's event in flat params (a phase value in the app's language, a playhead in
time, and an id under any key); a list of pieces STARTED with how far into each; a
channel log kept in a register (`galmee`, `mezgeb`)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.detect.structures.playback_words import play_words

VIEW = {"viewing_history"}
GA4 = "https://region1.google-analytics.com/g/collect?v=2&tid=G-4RT9Q2&cid=77.31"


def _found(engine: Any, example: dict[str, Any]) -> set[str]:
    return signatures_found(engine, example, VIEW)


@pytest.mark.parametrize(
    "key",
    [
        "ተመልካቾች_ብዛት",  # Amharic "number of viewers", Ge'ez
        "temelkachoch_qutir",  # romanised, plural
        "yeadmachoch_bzat",  # Amharic "number of the listeners": the prefix ye- read off
        "daawwattootaa",  # Oromo viewers, genitive ending
        "gwylwyr_wythnos",  # Welsh viewers per week
        "lion_feachadoiri",  # Irish number of viewers
        "luchd_eisteachd",  # Gaelic listeners
        "bilang_ng_manonood",  # Tagalog number of viewers
        "masu_kallo",  # Hausa "those who watch"
        "ndi_na_ekiri",  # Igbo "people who are watching"
        "awon_oluwo",  # Yoruba viewers
    ],
)
def test_people_who_watch_are_an_audience(key: str) -> None:
    assert aggregate_key(key)


@pytest.mark.parametrize(
    "key",
    ["bota_sec", "yetaye_dakika", "daawwatame_sekondii", "position", "ndi_id", "masu_amfani"],
)
def test_one_viewers_keys_are_no_audience(key: str) -> None:
    assert not aggregate_key(key)


@pytest.mark.parametrize(
    ("value", "phase"),
    [("ጨርሷል", "finished"), ("cherese", "finished"), ("ቁም", "stopped"), ("aqqum", "stopped"),
     ("qetil", "continue"), ("መጀመር", "started"), ("jemrwal", "started")],
)  # fmt: skip
def test_amharic_phases_are_read_inflected(value: str, phase: str) -> None:
    assert play_words(value) == (phase,)


def test_a_rail_of_viewer_counts_is_no_playback_record(engine: Any) -> None:
    rail = {
        "url": "https://api.example-filmoch.et/v2/bzu-yetayu",
        "response": {
            "json": {
                "programs": [
                    {"ርዕስ": "ቤተሰብ", "ተመልካቾች_ብዛት": 51220},
                    {"ርዕስ": "ሳቅ", "ተመልካቾች_ብዛት": 40981},
                ]
            }
        },
    }
    assert _found(engine, rail) == set()


@pytest.mark.parametrize(
    "example",
    [
        # Firebase's form post: a bare play verb with the show and the playhead
        {"url": "https://app-measurement.com/a", "method": "POST",
         "form": {"app_instance_id": "7d1c0a9e3b5f", "en": "episode_listen",
                  "ep.show": "Qal Mela", "ep.position_sec": "812"}},
        # GA4 hit: an Oromo custom event (watched episode) with its id and seconds
        {"url": f"{GA4}&en=kutaa_daawwatame&ep.kutaa_id=k-3301&epn.sekondii=1440"},
        # GA4 hit: the medium and its phase with the lecture and the seconds
        {"url": f"{GA4}&en=audio_progress&ep.lecture_id=lc-88&epn.seconds=605"},
        # Measurement Protocol JSON: the medium and its phase
        {"url": "https://app-measurement.com/a", "method": "POST",
         "json": {"app_instance_id": "7d1c0a9e3b5f", "events": [
             {"name": "audio_progress", "params": {"episode_id": "pd-19", "seconds": 301}}]}},
    ],
)  # fmt: skip
def test_analytics_events_on_the_wire_are_read(engine: Any, example: dict[str, Any]) -> None:
    assert _found(engine, example)


@pytest.mark.parametrize(
    "example",
    [
        {"url": "https://api.example-tena.et/ev?ክስተት=ጨርሷል&k=kf-7712&bota_sec=1310"},
        {"url": "https://api.example-tv.et/p/ev?taatee=dhaabi&c=cx-5521&bakka_sec=644"},
        {"url": "https://api.example-sine.ph/ev?kaganapan=huminto&n=pel-88a&posisyon_seg=2210"},
        {"url": "https://api.example-stream.test/t?event=pause&e=ep-4410&position_ms=610000"},
        {"url": "https://api.example-tena.et/ev", "method": "POST",
         "json": {"kistet": "mejemer", "ep": "e-2281", "bota_sec": 0}},
    ],
)  # fmt: skip
def test_player_events_name_their_piece_under_any_key(engine: Any, example: dict[str, Any]) -> None:
    assert "viewing_history.player_event_params" in _found(engine, example)


@pytest.mark.parametrize(
    "rows_key",
    ["የተጀመሩ", "yetejemeru", "started", "jalqabame"],
)
def test_pieces_started_with_how_far_are_a_continue_rail(engine: Any, rows_key: str) -> None:
    example = {
        "url": "https://api.example-filmoch.et/v2/me/rows",
        "response": {
            "json": {
                rows_key: [
                    {"episode_id": "e-1021", "title": "Fikir", "minutes_left": 18},
                    {"episode_id": "e-1022", "title": "Wede", "minutes_left": 41},
                ]
            }
        },
    }
    assert _found(engine, example)


@pytest.mark.parametrize("path", ["chanal-mezgeb", "chaanaalii/galmee"])
def test_channel_logs_kept_in_a_register(engine: Any, path: str) -> None:
    example = {
        "url": f"https://tv.example-abbay.et/v1/{path}",
        "method": "POST",
        "json": {
            "mezgeb": [
                {"chanal": "EBC 1", "jemere": "2025-02-03T19:00:00Z", "dekika": 44},
                {"chanal": "Fana", "jemere": "2025-02-03T19:45:00Z", "dekika": 21},
            ]
        },
    }
    assert "viewing_history.channel_tuning_rows" in _found(engine, example)
