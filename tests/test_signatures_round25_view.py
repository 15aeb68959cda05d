"""Round 25 (sets 25-28 as development sets): viewing-history mechanisms that do
not need every inflection. Each case is written in another language or spelling
than the sets used, so it checks the mechanism (stems and compounds, a title or
a bare noun's id beside a watched amount, a bare position inside a duration, a
performer at a playhead, a player-only event at a position) and not one app."""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine


def _categories(engine: Engine, example: dict[str, Any]) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("izlenmeSuresi", ("watching", "duration")),
        ("kijktijd", ("watching", "time")),
        ("luisterduur", ("listen", "duration")),
        ("czasOgladaniaSek", ("time", "watching", "seconds")),
        ("mushahadat_madda", ("watching", "duration")),
        ("dinlemeSuresiSn", ("listen", "duration", "seconds")),
        ("kaldigiYer", ("position",)),
        ("songid", ("song", "id")),
        ("lastEpisodeNo", ("last", "episode", "no")),
        ("positive", ("positive",)),
    ],
)
def test_stems_and_compounds(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key) == words


POSITIVES = [
    # a stem-read watched amount beside an episode id (Turkish, Dutch inflections)
    {
        "url": "https://api.example-dizi.tr/v1/izlenme",
        "json": {"bolumId": "b-77", "izlenmeSuresi": 812},
    },
    {"url": "https://api.example-tv.nl/v1/kijk", "json": {"afleveringId": "AF-1", "kijktijd": 640}},
    # a programme named by its title beside a watched amount (an ACR match)
    {
        "url": "https://acr.example-tv.pl/v1/dopasowanie",
        "json": {"kanal": "TVN", "program": "Fakty", "czas_ogladania_sek": 900},
    },
    # a bare noun holding an id beside a listened time (an audiobook log)
    {
        "url": "https://api.example-audio.tr/v1/kayit",
        "form": {"kitap_sesli": "1", "book": "9786051234", "dinleme_suresi": "1320"},
    },
    # a content object holding a series id beside a watched amount
    {
        "url": "https://api.example-ott.pl/v1/zapis",
        "json": {"tresc": {"serial_id": "s-4", "drama_id": "d-4"}, "czas_ogladania": 600},
    },
    # a bare position inside the piece's duration, with a title and a player event
    {
        "url": "https://stats.example-tag.fr/m/web/1?x_event=pause&x_pos=1500&x_name=Journal+du+soir&x_dur=1800"
    },
    # a performer at a playhead (a recitation app's resume point)
    {
        "url": "https://api.example-quran.id/v1/terakhir",
        "method": "PUT",
        "json": {"qoriId": 7, "surat": 18, "positionMs": 420000},
    },
    # a content id with a player-only event at a position
    {"url": "https://log.example-iptv.vn/hb?cid=K0009&pos=1585&evt=heartbeat"},
    # a lecture code with its last position inside its total seconds
    {
        "url": "https://lms.example-kr.com/v1/save",
        "form": {"lecture_cd": "MTH210", "last_pos": "1200", "total_sec": "3000"},
    },
    # a movie id written as one lower-case word beside an action
    {"url": "https://api.example-music.eg/v1/t?movieid=991&action=complete"},
]


@pytest.mark.parametrize("example", POSITIVES)
def test_round25_positives(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" in _categories(engine, example)


NEGATIVES = [
    {
        "url": "https://api.example-reader.nl/v1/leesvoortgang",
        "json": {"boek_id": "b-1", "titel": "Max Havelaar", "pagina": 120, "voortgang": 0.4},
    },
    {
        "url": "https://api.example-exam.kr/v1/siheom",
        "json": {"exam_cd": "E1", "last_pos": 12, "total_sec": 3600, "event": "pause"},
    },
    {"url": "https://api.example-feed.com/v1/imp?cid=c-88&evt=view&pos=40"},
    {
        "url": "https://api.example-fit.tr/v1/antrenman",
        "json": {"name": "Plank", "position": 45, "duration": 120, "ms_event": "pause"},
    },
    {
        "url": "https://api.example-up.pl/v1/wysylanie",
        "json": {"plik": "f-1", "name": "wideo.mp4", "position": 1048576, "bytes": 5242880},
    },
    {
        "url": "https://api.example-kurye.tr/v1/takip",
        "json": {"siparis": "S-81234", "name": "Menu", "sure_dk": 25},
    },
]


@pytest.mark.parametrize("example", NEGATIVES)
def test_round25_negatives(engine: Engine, example: dict[str, Any]) -> None:
    assert "viewing_history" not in _categories(engine, example)
