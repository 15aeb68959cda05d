"""Round 24 viewing rules (sets 63-64): a public "most watched" rail is ranked by
everyone's watching, not one person's history. The lexicon's `most` class reads
the superlative in any language (`masVistos`, `mais_assistidos`, `meistGesehen`,
`en_cok_izlenen`, `paling_banyak_ditonton`), and a key that also says recently /
history / continue stays a personal viewing list. Hard negatives are most-watched
and popular rails in many languages, with media ids, titles, durations and view
counts: the shape of a history row."""

from __future__ import annotations

import json
from pathlib import Path

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.detect.structures.viewing_lists import _viewing_list_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round63_viewing.jsonl"


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


def test_round63_negatives_not_viewing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 15
    for line in lines:
        example = json.loads(line)
        assert _viewing(engine, example) == [], example["note"]


def test_superlatives_read_as_most() -> None:
    assert play_words("masVistos") == ("most", "watched")
    assert play_words("meistGesehen") == ("most", "watched")
    assert play_words("najczesciej_ogladane") == ("most", "watched")


def test_most_watched_is_not_a_viewing_list_but_most_recent_is() -> None:
    for key in ("masVistos", "mais_assistidos", "most_watched", "en_cok_izlenen"):
        assert not _viewing_list_key(key), key
    for key in ("mais_recentes_assistidos", "riwayat_tonton", "lanjutkan_menonton"):
        assert _viewing_list_key(key), key


def test_personal_history_still_found(engine: Engine) -> None:
    example = {
        "url": "https://api.example-tv.co.id/v3/beranda/lanjutan",
        "response": {
            "json": {
                "lanjutkan_menonton": [
                    {"judul": "Cinta", "posisi": 617, "durasi": 2841},
                    {"judul": "Liga 1", "posisi": 4587, "durasi": 6300},
                ]
            }
        },
    }
    assert _viewing(engine, example) != []


def test_japanese_kanji_keys_read_as_classes() -> None:
    # anyascii reads kanji by their Mandarin sound: 再生 (playback), 話数 (episode
    # number), 作品 (a work), 視聴 (viewing)
    assert play_words("再生位置") == ("playback", "position")
    assert play_words("話数") == ("episode",)
    assert play_words("作品ID") == ("content", "id")
    assert play_words("視聴履歴") == ("watched", "history")


def test_kanji_watch_log_and_bare_history_found(engine: Engine) -> None:
    log = {
        "url": "https://api.example-anime.jp/api/shichou-log",
        "method": "POST",
        "json": {"作品ID": "w07329", "作品名": "宇宙", "話数": 15, "再生位置": 203},
    }
    assert _viewing(engine, log) != []
    rows = [
        {"episodeId": "180-23_s1", "title": "a", "position": 315, "viewedAt": "2024-11-05"},
        {"episodeId": "158-47_s1", "title": "b", "position": 826, "viewedAt": "2024-11-05"},
    ]
    history = {
        "url": "https://api.example-linear.jp/v1/video/viewing/histories",
        "response": {"json": {"histories": rows}},
    }
    assert _viewing(engine, history) != []
