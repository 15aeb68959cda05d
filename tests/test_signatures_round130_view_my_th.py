"""Round 130 (set 124), viewing history in Thai, Burmese and Shan: keys written in scripts
that put no space between words.

A Thai key is one run of letters (`เวลาที่ดู`, "time that watched"), and so are Burmese and
Shan keys in Myanmar script (`နားထောင်ချိန်`, "listen time"): transliterated letter by
letter, the run was one unreadable word. The key reader now segments such runs (Thai,
Lao, Myanmar, Khmer) by the longest word the viewing lexicon lists in the script, at
syllable edges, and reads each found word as its class (`structures/_common.py`); grammar
words (Thai ที่, การ; Burmese သည့်, များ) are read as nothing, and words that begin with a
viewing word but mean something else (Thai ดูแล "take care", ชมรม "club"; Burmese ဆက်တင်
"settings") are listed whole so the longest match takes them. Romanised Burmese words
(`kyi` watch, `nar yu` / `nar htaung` listen, `tayar` a dhamma talk, `zat kar` a film,
`thachin` a song) join the lexicon.

What stays quiet: an administrator's login time, a clinic's steps, an order history, a
contact page, a weather reading, a radio station's schedule, a karaoke price list, a club,
an app's settings, a bus ticket, an appointment, exam marks, a music shop, a monastery's
talk schedule, a market's prices, a blockchain's chain id, and counts of viewers and
most-watched rails (ผู้ชม, ကြည့်ရှုသူ "viewer" and ยอดนิยม, အများဆုံး "most" are read as an
audience, `viewers`, and `most`)."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round130_view_my_th.jsonl"
_ISO = "2026-03-02T19:00:00Z"

POSITIVES = [
    {
        "note": "a Thai series app's watch log keyed in Thai (รหัสซีรีส์, ตอน, เวลาที่ชม)",
        "url": "https://api.example-series.co.th/v2/log",
        "method": "POST",
        "json": {"รหัสซีรีส์": 9012, "ตอน": 4, "เวลาที่ชม": 1310, "ชมล่าสุด": _ISO},
    },
    {
        "note": "a Thai music app's listen event keyed in Thai (เพลง, วินาทีที่ฟัง)",
        "url": "https://api.example-music.co.th/v1/events",
        "method": "POST",
        "json": {"รหัสเพลง": "t-88", "ชื่อเพลง": "x", "วินาทีที่ฟัง": 184, "เวลา": _ISO},
    },
    {
        "note": "a Thai film app's viewing history list (ประวัติการรับชม) of films and times",
        "url": "https://api.example-movies.co.th/v1/me",
        "method": "GET",
        "response": {"json": {"ประวัติการรับชม": [
            {"รหัสภาพยนตร์": 11, "นาทีที่ดู": 52, "ดูเมื่อ": _ISO},
            {"รหัสภาพยนตร์": 12, "นาทีที่ดู": 97, "ดูเมื่อ": _ISO},
        ]}},
    },
    {
        "note": "a Burmese dhamma app's seconds listened to a talk (တရားတော်, နာယူခဲ့စက္ကန့်)",
        "url": "https://api.example-dhamma.com.mm/v2/talks/31/state",
        "method": "PUT",
        "json": {"တရားတော်အမှတ်": 31, "နာယူခဲ့စက္ကန့်": 1480, "အချိန်": _ISO},
    },
    {
        "note": "a Burmese music app's song and listening time in Myanmar script",
        "url": "https://api.example-tayeesin.com.mm/v1/plays",
        "method": "POST",
        "json": {"သီချင်းအမှတ်": "m-5", "အဆိုတော်": "x", "နားထောင်ခဲ့ချိန်": 201, "အချိန်": _ISO},
    },
    {
        "note": "a Shan music app's song and listening time in Shan script (ၵႂၢမ်း, ထွမ်ႇ)",
        "url": "https://api.example-tai.com.mm/v1/plays",
        "method": "POST",
        "json": {"ၵႂၢမ်း": "s-9", "ၶၢဝ်းယၢမ်းထွမ်ႇ": 95, "ၸိုဝ်ႈ": "x", "ts": 1772478000},
    },
    {
        "note": "a Burmese film app's minutes watched per film in Myanmar script",
        "url": "https://api.example-films.com.mm/v1/sync",
        "method": "POST",
        "json": {"ရုပ်ရှင်များ": [
            {"ရုပ်ရှင်အမှတ်": 7, "ကြည့်ခဲ့မိနစ်": 41, "နောက်ဆုံးကြည့်ရှုချိန်": _ISO},
            {"ရုပ်ရှင်အမှတ်": 8, "ကြည့်ခဲ့မိနစ်": 12, "နောက်ဆုံးကြည့်ရှုချိန်": _ISO},
        ]},
    },
    {
        "note": "a Burmese dhamma app's romanised listened list (tayar, nar htaung, sec)",
        "url": "https://api.example-dhamma.com.mm/v1/sync",
        "method": "POST",
        "json": {"rows": [
            {"tayar_id": 4, "nar_htaung_sec": 620, "ts": 1772478000},
            {"tayar_id": 5, "narhtaung_sec": 75, "ts": 1772478000},
        ]},
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round130_my_th_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round130_my_th_schedules_shops_and_settings_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("เวลาที่ดู", ("time", "watching")),  # time + particle + watch
        ("ฟังแล้ว", ("listened",)),  # the longest word wins over ฟัง
        ("ประวัติการรับชม", ("history", "watching")),
        ("နားထောင်ချိန်", ("listen", "time")),
        ("ကြည့်ခဲ့သည့်ရုပ်ရှင်များ", ("watched", "film")),
        ("ၶၢဝ်းယၢမ်းထွမ်ႇ", ("time", "listen")),  # Shan
    ],
)
def test_round130_spaceless_keys_are_read_word_by_word(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize("key", ["ผู้ดูแลระบบ", "ชมรม", "ขั้นตอน", "ติดต่อ", "ဆက်တင်", "ဆက်သွယ်"])
def test_round130_words_that_begin_with_a_viewing_word_are_read_whole(key: str) -> None:
    """ดูแล is "take care", not ดู "watch" + แล; ဆက်တင် is "settings", not ဆက် "continue"."""
    assert not {"watching", "continue"} & set(key_words(key))


def test_round130_a_word_is_not_cut_inside_a_syllable() -> None:
    """นาที "minutes" sits inside วินาที "seconds": the longer word at the syllable start
    wins, and a word never starts on a vowel sign or a consonant an asat closes."""
    assert key_words("วินาที") == ("seconds",)
    assert "minutes" not in key_words("วินาที")


@pytest.mark.parametrize("key", ["จำนวนผู้ชม", "ยอดวิว", "ကြည့်ရှုသူဦးရေ", "နားထောင်သူ"])
def test_round130_an_audience_is_read_as_viewers_not_as_watching(key: str) -> None:
    """ผู้ชม is person + watch, ကြည့်ရှုသူ watch + person: a count of them is an audience."""
    words = key_words(key)
    assert "viewers" in words
    assert not {"watching", "listen"} & set(words)
