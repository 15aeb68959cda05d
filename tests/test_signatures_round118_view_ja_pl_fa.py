"""Round 118 (sets 115, 116, 118), viewing history: Japanese kanji keys, Polish without
diacritics, Persian and Dari (romanised and in Arabic script), Pashto and Tajik.

- Japanese keys in kanji are read as the key reader reads every CJK run, two characters
  to a word in pinyin (`楽曲` is `lequ`, `番組` is `fanzu`, `完了` is `wanle`, `日時` is
  `rishi`), so the Japanese words sit in the lexicon as those readings beside their romaji
  (`kanryou`, `haishin`); an odd run opens with a one-character word when that reads
  more of it as known words (`総再生時間`: zong, zaisheng, shijian, not zongzai...);
- a bare `pos` is a list's, but beside a watching or listening verb (`watch_pos`,
  `listenPos`) it is a playhead; a game's `play_pos` stays a list position;
- Polish `material` (what a VOD catalogue calls a title) and `kanal`; Persian words in
  Arabic script as their consonant skeletons (`dydh shdh` "watched", `brnmh`
  "programme"); Pashto (`ps`) and Tajik (`tg`) in every class a viewing detector reads;
- a recorded lecture (`bayan`, `dars`) watched at its own resource, `/bayan/{id}/didan`.

What stays quiet: a shop's or a warehouse's material rows (price, quantity), a music
store's chart, a download job's finished flag, TV guides and catalogues (a programme's
start and length, a song's length), a shop's recently seen products, a game's replay."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round118_view_ja_pl_fa.jsonl"
)

POSITIVES = [
    {
        "note": "a Japanese anime app's total watched seconds: an odd kanji run (総 + 視聴 + 秒数)",
        "url": "https://api.example-anime.jp/v1/kiroku",
        "method": "POST",
        "json": {"作品ID": "w-1", "総視聴秒数": 1800, "最終視聴日時": "2026-03-02T19:00:00Z"},
    },
    {
        "note": "a Japanese drama app's kanji log: programme id, watched seconds, a done flag",
        "url": "https://api.example-dorama.jp/v1/kiroku",
        "method": "POST",
        "json": {"番組ID": "d-77", "視聴時間秒": 2410, "完了": True},
    },
    {
        "note": "a Japanese music app's listening log in kanji: song id, played seconds, when",
        "url": "https://api.example-ongaku.jp/v2/log",
        "method": "POST",
        "json": {
            "履歴": [
                {"楽曲ID": "s-88", "再生秒数": 143, "再生日時": "2026-03-02T19:00:00Z"},
                {"楽曲ID": "s-91", "再生秒数": 201, "再生日時": "2026-03-02T19:04:00Z"},
            ]
        },
    },
    {
        "note": "a Japanese TV app's programme watched seconds (番組, 視聴秒数)",
        "url": "https://api.example-tv.jp/v1/shicho",
        "method": "POST",
        "json": {"番組ID": "p-1203", "視聴秒数": 1740, "完了": False},
    },
    {
        "note": "a Japanese anime app's romaji keys: watch position and a done flag (kanryou)",
        "url": "https://api.example-anime.jp/v3/record",
        "method": "POST",
        "json": {"anime_id": "a-55", "wa": 3, "watch_pos": 1200, "kanryou": False},
    },
    {
        "note": "a Polish VOD app's material id with position and watching time, no diacritics",
        "url": "https://api.example-vod.pl/v1/postep",
        "method": "POST",
        "json": {"material_id": "m-5521", "pozycja": 1930, "czas_ogladania": 640},
    },
    {
        "note": "a Persian TV app's programme and channel with watched minutes, Persian script",
        "url": "https://api.example-tv.ir/v1/log",
        "method": "POST",
        "json": {"برنامه_id": "b-19", "کانال": "نسیم", "دقیقه_دیده_شده": 34},
    },
    {
        "note": "a Pashto music app's listened seconds of a song in Pashto script",
        "url": "https://api.example-ps.af/v1/awredal",
        "method": "POST",
        "json": {"د_سندرې_id": "s-402", "اوریدل_شوې_ثانیې": 212, "موده": 260, "بشپړ": True},
    },
    {
        "note": "a Pashto video app's watched minutes in romanised Pashto (katal shawi daqiqe)",
        "url": "https://api.example-ps.af/v1/katal",
        "method": "POST",
        "json": {"video_id": "v-9", "katal_shawi_daqiqe": 14, "wakht": "2026-03-02T19:00:00Z"},
    },
    {
        "note": "a Tajik TV app's channel, programme and watching seconds in Cyrillic",
        "url": "https://api.example-tv.tj/v1/log",
        "method": "POST",
        "json": {
            "барнома_id": "b-71",
            "шабака": "Ҷаҳоннамо",
            "вақти_тамошо_сония": 1820,
            "оғоз": "2026-03-02T19:00:00Z",
        },
    },
    {
        "note": "a Tajik music app's listened seconds of a song (суруд, шунида)",
        "url": "https://api.example-music.tj/v2/played",
        "method": "POST",
        "json": {"суруд_id": "s-3", "сароянда": "Шабнами Сурайё", "шунида_сония": 188},
    },
    {
        "note": "a Dari lecture app's watched time and share posted to the lecture's own resource",
        "url": "https://api.example-dars.af/v1/bayan/7731/didan",
        "method": "POST",
        "json": {"modat_didan": 1450, "darsad": 62},
    },
    {
        "note": "a Persian video app's watched seconds in Persian script (فیلم, ثانیه, دیده شده)",
        "url": "https://api.example-film.ir/v1/progress",
        "method": "POST",
        "json": {"فیلم_id": "f-12", "ثانیه_دیده_شده": 2210, "تمام_شد": False},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round118_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round118_shops_guides_and_catalogues_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("lequ", "song"), ("fanzu", "programme"), ("wanle", "finished"), ("kanryou", "finished"),
        ("rishi", "at"), ("haishin", "live"), ("material", "content"), ("kanal", "channel"),
        ("dydhshdh", "watched"), ("brnmh", "programme"), ("khwnndh", "artist"), ("pyn", "finished"),
        ("wredl", "listen"), ("sndrh", "song"), ("sndrghry", "artist"), ("mwdh", "duration"),
        ("wkht", "time"), ("thnye", "seconds"), ("dqyqe", "minutes"), ("bshpr", "finished"),
        ("katal", "watching"), ("khprwnh", "programme"), ("chynl", "channel"),
        ("tamoshoi", "watching"), ("davomnokii", "duration"), ("shabaka", "channel"),
        ("barnoma", "programme"), ("surud", "song"), ("saroyanda", "artist"),
        ("shunida", "listened"), ("daqiqa", "minutes"), ("foiz", "percent"), ("oghoz", "started"),
        ("peshraft", "progress"), ("mavqe", "position"), ("idoma", "continue"),
    ],
)  # fmt: skip
def test_round118_lexicon_reads_japanese_polish_persian_pashto_tajik(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("総再生時間", ("zong", "zaisheng", "shijian")),
        ("总播放时长", ("zong", "bofang", "shizhang")),
        ("再生位置秒", ("zaisheng", "weizhi", "miao")),
        ("最終視聴日時", ("zuizhong", "shiting", "rishi")),
    ],
)
def test_round118_odd_kanji_run_opens_with_a_one_character_word(
    key: str, words: tuple[str, ...]
) -> None:
    assert key_words(key) == words
