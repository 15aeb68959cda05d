"""Round 50 (sets 165, 167, 168, 169 as development sets), viewing-history recall: the
families behind their misses, in languages and apps the sets never used (recently played
answers whose rows name the piece only by id, one play written to a history, a channel's
usage log, a bare "watched" number beside a media id, Amharic spellings with and without
the sixth-order vowel), with the look-alikes that must stay silent (more in
negatives_round170_viewB.jsonl)."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.played_writes import timed_item_write
from exfilwatch.detect.structures.recent_plays import recent_play_rows
from exfilwatch.detect.structures.usage_logs import channel_usage_row
from exfilwatch.detect.structures.watched_marks import watched_item_mark
from exfilwatch.engine import Engine
from tests.conftest import signatures_found

_VIEWING = {"viewing_history"}


def _found(engine: Engine, example: dict[str, Any]) -> set[str]:
    return signatures_found(engine, example, _VIEWING)


# -- Amharic: the sixth-order vowel written or dropped; continue watching -------------


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("yadamt_sekend", ("listened", "seconds")),
        ("yadametubet", ("listened",)),
        ("qetlo_ymelketu", ("continue", "watching")),
        ("ቀጥሎ_ይመልከቱ", ("continue", "watching")),
        ("ketilo_yimelketu", ("continue", "watching")),
    ],
)
def test_amharic_spellings_are_read(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


def test_amharic_continue_rail_in_geez_script(engine: Engine) -> None:
    example = {
        "url": "https://api.example-filmoch.et/v1/me/home",
        "method": "GET",
        "response": {
            "json": {
                "ቀጥሎ_ይመልከቱ": [
                    {"kfl": "ET-22-S1E4", "bota": 905},
                    {"kfl": "ET-31-S2E1", "bota": 2210},
                ]
            }
        },
    }
    assert "viewing_history.viewing_list_any_language" in _found(engine, example)


# -- recently played answers: either word order, rows named by id ----------------------


@pytest.mark.parametrize(
    "example",
    [
        {
            "url": "https://api.example-musica.it/v1/io/ascoltati-di-recente",
            "method": "GET",
            "response": {
                "json": {
                    "recenti": [
                        {
                            "id": "b-311",
                            "pezzo": "Mare mare",
                            "ascoltato_il": "2025-04-02T07:40:00Z",
                        },
                        {
                            "id": "b-390",
                            "pezzo": "La notte",
                            "ascoltato_il": "2025-04-02T07:44:00Z",
                        },
                    ]
                }
            },
        },
        {
            "url": "https://api.example-musique.fr/v1/moi/ecoutes-recemment",
            "method": "GET",
            "response": {
                "json": {
                    "liste": [
                        {
                            "id": "m-1",
                            "chanson": "Tout va bien",
                            "ecoute_le": "2025-04-02T07:40:00Z",
                        },
                        {"id": "m-2", "chanson": "Papaoutai", "ecoute_le": "2025-04-02T07:44:00Z"},
                    ]
                }
            },
        },
        {
            "url": "https://api.example-muzyka.pl/v1/ja/ostatnio-sluchane",
            "method": "GET",
            "response": {
                "json": {
                    "lista": [
                        {
                            "id": 881,
                            "utwor": "Kocham wolnosc",
                            "odsluchano": "2025-04-02T07:40:00Z",
                        },
                        {"id": 882, "utwor": "Jolka, Jolka", "odsluchano": "2025-04-02T07:44:00Z"},
                    ]
                }
            },
        },
    ],
)
def test_recently_played_answers(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history.recently_played_id_rows" in _found(engine, example)


def test_rows_named_by_id_need_a_name_in_words_and_a_heard_act() -> None:
    heard = [{"id": "t-1", "stuk": "Blue in Green", "gehoord_op": "2025-04-02T07:40:00Z"}]
    assert recent_play_rows(heard)
    points = [{"id": 4411, "punkte": 87, "gespielt_am": "2025-03-01T18:30:00Z"}]
    assert recent_play_rows(points) is None
    viewed = [{"id": "h-1", "adres": "Kerkstraat 1", "bekekenOp": "2025-03-01T18:30:00Z"}]
    assert recent_play_rows(viewed) is None
    products = [{"ean": "8410000000001", "nombre": "Arroz", "vistoEl": "2025-04-02T07:40:00Z"}]
    assert recent_play_rows(products) is None
    episodes = [{"episodio_id": "e-7", "titulo": "Piloto", "vistoEl": "2025-04-02T07:40:00Z"}]
    assert recent_play_rows(episodes)


# -- one play written to a listening or watching history ------------------------------


def test_a_play_written_to_a_turkish_listening_history(engine: Engine) -> None:
    example = {
        "url": "https://api.example-muzik.com.tr/v1/dinleme-gecmisi",
        "method": "POST",
        "json": {"sarki_id": "s-771", "dinlenme_saniye": 187, "zaman": "2025-04-02T07:40:00Z"},
    }
    assert "viewing_history.history_write_timed_record" in _found(engine, example)


def test_a_listening_exercise_with_a_score_is_practice() -> None:
    exercise = {
        "oefeningId": "o-55",
        "luisterduur": 45,
        "score": 8,
        "afgerond": "2025-03-01T18:30:00Z",
    }
    assert timed_item_write(exercise) is None


# -- a channel's usage or live log -----------------------------------------------------


def test_a_channel_logged_to_a_turkish_statistics_path(engine: Engine) -> None:
    example = {
        "url": "https://api.example-uydu.com.tr/api/kanal/istatistik",
        "method": "POST",
        "json": {"kanal": "TRT 1", "baslangic": 1743579612345, "bitis": 1743583212345},
    }
    assert "viewing_history.channel_row_usage_log" in _found(engine, example)


def test_a_whole_day_window_is_a_statistics_query() -> None:
    window = {
        "canale": "Rai 1",
        "da": "2025-03-01T00:00:00+01:00",
        "a": "2025-03-02T00:00:00+01:00",
    }
    assert channel_usage_row(window) is None
    switch = {"canale": "Rai 1", "da": 1743579612345, "a": 1743583212345}
    assert channel_usage_row(switch)


# -- a bare "watched" number beside a media id, at a moment ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"video": "vd-2281", "imetazamwa": 340, "wakati": "2025-04-02T07:40:00Z"},
        {"capitulo": "ep-2291", "visto": 412, "hora": "2025-04-02T21:14:05Z"},
    ],
)
def test_watched_marks(engine: Engine, body: dict[str, Any]) -> None:
    example = {"url": "https://api.example-player.test/v1/beacon", "method": "POST", "json": body}
    assert "viewing_history.watched_item_mark" in _found(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"clip_id": "cam3-0912", "watched": 42, "camera": "lobby", "at": "2025-03-01T18:30:00Z"},
        {"video_id": "v-1", "watched": 1523, "total_views": 88123, "at": "2025-03-01T18:30:00Z"},
        {"video_id": "v-1", "watched": 1, "hidden": False},
        {"video_id": "v-1", "uploaded": 62, "time": "2025-03-01T18:30:00Z"},
    ],
)
def test_not_watched_marks(body: dict[str, Any]) -> None:
    assert watched_item_mark(body) is None
