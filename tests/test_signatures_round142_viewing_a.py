"""Round 142 (held-out sets 135 and 136), viewing A: Japanese in every romanisation, Slavic
listening and watching words, and three records whose kind the endpoint says.

Japanese romanisations. A Japanese word has a Hepburn, a Kunrei-shiki and a long-vowel
spelling (`choushu` / `tyousyu` / `choshu`, 聴取 "listening"; `tanmatsu` / `tanmatu`, 端末),
and a key uses whichever its writer learnt. The other spellings of every word listed under
`ja` in any lexicon are now generated when the lexicon is parsed (`lexicon/romaji.py`), as
Celtic mutations are; `kiita` ("listened"), `choushu` and `saikai` ("resume") join the
viewing lexicon.

Slavic words. Ukrainian `переглянуто` is read `pereglyanuto` (the key reader writes г as g);
Russian `multfilm` is a film, `sek` a second in the Slavic languages; a station is `stacja`,
`stanice`, `stantsiia`, `stanica`, `postaja`, read only beside a listening word.

Records the endpoint names: a history answer (`/istoriia-proslukhovuvannia`,
`/historie-poslechu`) whose rows name an item, where or how long it played, and when
(`timed_item_rows`); stations with when and how long, posted to a path that says listened
(`station_time_row`); the watching time of one item written to it under a recently-watched
or history path (`watching_time_write`); and Gemius stream hits with the programme or
material identifier beside an offset or an event (`gemius_stream_hit`).

What stays quiet (negatives_round142_viewing_a.jsonl): a Japanese survey's "heard of us
from", a store's reopening, a fee collected (徴収, also `tyousyu`), a court's review of a
decision (перегляд), weather and charging stations, a railway timetable, a language course's
listening exercise, order, chat, browsing and call histories, a count of views, an average
watching time, a Gemius page view, a parking timer, a cartoon catalogue."""

from __future__ import annotations

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.lexicon.romaji import respelled
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

POSITIVES: list[tuple[dict, str | None]] = [
    (
        {
            "note": "a Japanese music app's songs listened (kiita kyoku) with seconds listened, in "
            "kunrei-free romaji",
            "url": "https://api.example-ongaku.jp/v2/log/kiita",
            "method": "POST",
            "json": {
                "kiita_kyoku": [
                    {
                        "kyoku_mei": "Yoru no Uta",
                        "kiita_byou": 184,
                        "jikoku": "2026-02-03T08:10:00+09:00",
                    },
                    {"kyoku_mei": "Asa", "kiita_byou": 95, "jikoku": "2026-02-03T08:14:00+09:00"},
                ]
            },
        },
        None,
    ),
    (
        {
            "note": "a Japanese radio app's listening time in Hepburn (choushu byou) for a "
            "programme",
            "url": "https://api.example-radio.jp/v1/log",
            "method": "POST",
            "json": {
                "bangumi_id": "bg-3310",
                "choushu_byou": 1260,
                "kaishi": "2026-02-03T06:00:00+09:00",
            },
        },
        None,
    ),
    (
        {
            "note": "the same listening time in kunrei-shiki (tyousyu byou)",
            "url": "https://api.example-radio.jp/v1/log",
            "method": "POST",
            "json": {
                "bangumi_id": "bg-3310",
                "tyousyu_byou": 1260,
                "kaisi": "2026-02-03T06:00:00+09:00",
            },
        },
        None,
    ),
    (
        {
            "note": "a Japanese video app's resume point (saikai ichi) of a programme",
            "url": "https://api.example-douga.jp/v1/bangumi/bg-771/joutai",
            "method": "GET",
            "response": {
                "json": {
                    "bangumi": "Yoru no Nyuusu",
                    "saikai_ichi": 1804,
                    "saigo": "2026-02-03T22:00:00+09:00",
                }
            },
        },
        None,
    ),
    (
        {
            "note": "a Ukrainian series app's watched episodes as the key reader reads Cyrillic g "
            "(переглянуті)",
            "url": "https://api.example-serialy.ua/v1/profil",
            "method": "GET",
            "response": {
                "json": {
                    "переглянуті": [
                        {"назва": "Серія 4", "позиція": 1310, "коли": "2026-02-03T20:00:00Z"},
                        {"назва": "Серія 5", "позиція": 220, "коли": "2026-02-03T21:00:00Z"},
                    ]
                }
            },
        },
        None,
    ),
    (
        {
            "note": "a Russian kids' app's cartoon episode watched to a second (multfilm, seriya, "
            "sek)",
            "url": "https://api.example-deti.ru/v1/prosmotr?multfilm=55&seriya=3&sek=412",
            "method": "GET",
        },
        None,
    ),
    (
        {
            "note": "a Czech car's radio log of stations listened (poslech) with start and seconds",
            "url": "https://api.example-auto.cz/v1/media/poslech?vin=TMBEXAMPLE0000001",
            "method": "POST",
            "json": {
                "zaznamy": [
                    {"stanice": "Radio Pohoda", "od": 1767340800000, "trvani_s": 940},
                    {"stanice": "Radio Sever", "od": 1767342000000, "trvani_s": 120},
                ]
            },
        },
        "viewing_history.listened_path_station_rows",
    ),
    (
        {
            "note": "a Bulgarian radio app's station listened (slushane) with start and seconds",
            "url": "https://api.example-radio.bg/v1/slushane",
            "method": "POST",
            "json": {
                "stantsiya": "Radio Sofia",
                "nachalo": "2026-02-03T07:10:00Z",
                "sekundi": 2040,
            },
        },
        "viewing_history.listened_path_station_rows",
    ),
    (
        {
            "note": "a Czech podcast app's listening history (historie poslechu) with each "
            "episode's position",
            "url": "https://api.example-podcasty.cz/v1/historie-poslechu",
            "method": "GET",
            "response": {
                "json": {
                    "epizody": [
                        {"id": "ep-5521", "pozice_s": 1204, "naposledy": "2026-02-03T18:20:00Z"},
                        {"id": "ep-5490", "pozice_s": 77, "naposledy": "2026-02-01T07:45:10Z"},
                    ]
                }
            },
        },
        "viewing_history.history_answer_timed_rows",
    ),
    (
        {
            "note": "a Russian video app's viewing history (istoriya prosmotrov) with seconds "
            "watched",
            "url": "https://api.example-kino.ru/v2/istoriya-prosmotrov",
            "method": "GET",
            "response": {
                "json": {
                    "spisok": [
                        {
                            "nazvanie": "Film 12",
                            "prosmotreno_sek": 3100,
                            "data": "2026-02-03T21:05:00Z",
                        },
                        {
                            "nazvanie": "Serial 4",
                            "prosmotreno_sek": 1500,
                            "data": "2026-02-02T20:00:00Z",
                        },
                    ]
                }
            },
        },
        "viewing_history.history_answer_timed_rows",
    ),
    (
        {
            "note": "a Czech video app's watching time (doba sledovani) to a recently-watched item",
            "url": "https://api.example-filmy.cz/v2/naposledy-sledovane/fm-20931",
            "method": "PUT",
            "json": {"pokrok": 35, "doba_sledovani": 1880},
        },
        "viewing_history.watched_path_item_time_write",
    ),
    (
        {
            "note": "a Portuguese app's watched time (tempo assistido) in the history resource of "
            "one episode",
            "url": "https://api.example-series.pt/v1/historico/ep-4410",
            "method": "PATCH",
            "json": {"tempo_assistido": 1320},
        },
        "viewing_history.watched_path_item_time_write",
    ),
    (
        {
            "note": "a Gemius stream hit with the programme, event and offset (current API names)",
            "url": "https://pro.hit.gemius.pl/_1767340800000/stream.gif?id=AbCdEf0123456789.XyZ&programID=vod-88213&event=pause&offset=1312&programDuration=2700&programType=video",
            "method": "GET",
        },
        "viewing_history.gemius_stream_hit",
    ),
    (
        {
            "note": "an older gemiusStream hit with the material identifier and current time",
            "url": "https://gde.hit.gemius.pl/_1767340811111/sstream.gif?id=QwErTy.98765&materialIdentifier=odc-4411&currentTime=605&eventType=playing&totalTime=1800",
            "method": "GET",
        },
        "viewing_history.gemius_stream_hit",
    ),
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_viewing_history(engine: Engine, example: dict, rule: str | None) -> None:
    found = viewing(engine, example)
    assert found, example["note"]
    if rule is not None:
        assert rule in found, (example["note"], found)


@pytest.mark.parametrize(
    ("hepburn", "kunrei"),
    [("choushu", "tyousyu"), ("shichou", "sityou"), ("tsuzuki", "tuzuki"), ("jikan", "zikan")],
)
def test_kunrei_spellings_are_generated(hepburn: str, kunrei: str) -> None:
    assert kunrei in set(respelled("ja", hepburn))


def test_long_vowels_are_shortened_and_stems_keep_their_mark() -> None:
    assert {"choshu", "tyosyu"} <= set(respelled("ja", "choushu"))
    assert "tyoushu-" not in set(respelled("ja", "choushu-"))
    assert "tyousyu-" in set(respelled("ja", "choushu-"))


def test_only_japanese_and_no_english_words_are_respelled() -> None:
    assert not list(respelled("fr", "chichi"))
    assert "simon" not in set(respelled("ja", "shimon"))
    assert not list(respelled("ja", "ichi"))  # `iti` is too short to be sure of


def test_generated_spellings_keep_their_class() -> None:
    assert play_words("tyousyu_byou") == ("listen", "seconds")
    assert load("device").word("tanmatu") == load("device").word("tanmatsu")


def test_a_listed_word_keeps_its_listed_class() -> None:
    viewing_lexicon = load("viewing")
    assert viewing_lexicon.word("shichou") == "watched"
