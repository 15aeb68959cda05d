"""The multilingual lexicon loader (exfilwatch.detect.lexicon)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exfilwatch.detect import lexicon
from exfilwatch.detect.lexicon import load, parse, skeleton

DATA = {
    "classes": {
        "watching": {"tr": ["izle-"], "nl": ["kijk-"], "en": ["watch"]},
        "duration": {"nl": ["duur"], "tr": ["suresi-"]},
        "position": {"vi": ["vi tri"]},
    }
}


def test_exact_words_stems_and_phrases_are_read_by_class() -> None:
    lex = parse(DATA)
    assert lex.word("watch") == "watching"
    assert lex.word("izlenme") == "watching"
    assert lex.word("duur") == "duration"
    assert lex.word("watchful") is None  # an exact word is not a stem
    assert lex.phrases[("vi", "tri")] == "position"
    assert lex.languages == {"tr", "nl", "en", "vi"}


def test_a_compound_is_split_after_its_stem() -> None:
    lex = parse(DATA)
    assert lex.stem_rest("kijkduur") == ("watching", "duur")
    assert lex.stem_rest("duur") is None


def test_the_longest_stem_wins() -> None:
    lex = parse({"classes": {"a": {"xx": ["abcd-"]}, "b": {"xx": ["abcdef-"]}}})
    assert lex.word("abcdefg") == "b"
    assert lex.word("abcdxy") == "a"


def test_a_short_stem_is_refused() -> None:
    with pytest.raises(ValueError, match="shorter"):
        parse({"classes": {"a": {"xx": ["abc-"]}}})


def test_an_unquoted_norwegian_code_is_norwegian() -> None:
    import yaml

    lex = parse(yaml.safe_load("classes:\n  watching:\n    no: [sett]\n"))
    assert lex.languages == {"no"}
    assert lex.word("sett") == "watching"


@pytest.mark.parametrize(
    "spellings",
    [
        ("paartha", "partha"),
        ("prystrii", "prystrij", "prystriy"),
        ("khotira", "xotira"),
        ("pozitsiya", "pozitsija"),
    ],
)
def test_romanisations_of_one_word_share_a_skeleton(spellings: tuple[str, ...]) -> None:
    assert len({skeleton(s) for s in spellings}) == 1


def test_another_romanisation_is_read_by_class() -> None:
    lex = parse({"classes": {"device": {"uk": ["prystrii"]}, "position": {"sr": ["pozicij-"]}}})
    assert lex.word("prystrij") == "device"
    assert lex.word("prystriy") == "device"
    assert lex.word("pozitsiyaSek".lower()) == "position"


def test_a_word_romanisation_rules_leave_alone_is_not_read_by_skeleton() -> None:
    # Serbian `serijal` has the skeleton `serial`; English `serial` must stay unread
    lex = parse({"classes": {"series": {"sr": ["serijal"]}}})
    assert lex.word("serijal") == "series"
    assert lex.word("serial") is None


def test_a_skeleton_two_classes_share_is_dropped() -> None:
    data = {"watching": {"xx": ["sheddar"]}, "duration": {"yy": ["sedar"]}}
    assert parse({"classes": {"watching": data["watching"]}}).word("shedar") == "watching"
    assert parse({"classes": data}).word("shedar") is None


# English key words that romanisation rules change (digraphs, y/w/q/x, doubled
# letters): none may take a class from another language's word by its skeleton.
ENGLISH_KEYS = (
    "offset", "session", "success", "address", "message", "current", "width", "height",
    "weight", "search", "match", "share", "cache", "query", "unique", "index", "context",
    "window", "follow", "allow", "display", "country", "policy", "proxy", "payload",
    "style", "stats", "events", "results", "assets", "rights", "night", "light", "right",
    "shade", "thumb", "thread", "school", "choice", "change", "charge", "check", "phone",
    "photo", "graph", "depth", "length", "month", "yearly", "today", "everyday", "system",
    "symbol", "syntax", "keyword", "password", "network", "browser", "power", "flow",
    "shipping", "billing", "booking", "coupon", "voucher", "account", "balance", "currency",
    "quantity", "quality", "request", "sequence", "timezone", "latency", "summary",
)  # fmt: skip


@pytest.mark.parametrize("name", ["viewing", "biometric", "device", "gaze", "upload_context"])
def test_english_keys_take_no_class_from_a_skeleton(name: str) -> None:
    lex = load(name)
    taken = {w: lex.word(w) for w in ENGLISH_KEYS if w not in lex.words}
    assert {w: c for w, c in taken.items() if c and not lex.stem_rest(w)} == {}


def test_phrase_spans_give_each_listed_phrase_with_its_place() -> None:
    lex = parse({"classes": {"position": {"vi": ["vi tri"]}, "aired": {"en": ["as run time"]}}})
    words = ["last", "vi", "tri", "as", "run", "time"]
    assert list(lex.phrase_spans(words)) == [(1, 2, "position"), (3, 3, "aired")]
    assert list(lex.phrase_spans(words, sizes=(3,))) == [(3, 3, "aired")]
    assert list(lex.phrase_spans(["vi"])) == []


@pytest.mark.parametrize(
    "name", sorted(p.stem for p in (Path(lexicon.__file__).parent).glob("*.yaml"))
)
def test_a_lexicon_built_from_the_cache_equals_one_built_afresh(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`load` keeps its built tables in the parsed-data cache; what comes back from
    the cache (second load) must be the lexicon `parse` builds, table for table."""
    monkeypatch.setenv("EXFILWATCH_PARSED_CACHE", str(tmp_path))
    fresh = lexicon.parse(lexicon.raw(name), name)
    for _ in range(2):  # the first load writes the cache, the second reads it
        lexicon.load.cache_clear()
        built = lexicon.load(name)
    lexicon.load.cache_clear()
    assert list(tmp_path.glob(f"lexicon-built-{name}-*.marshal"))
    for table in ("words", "stems", "phrases", "languages", "stem_classes"):
        assert getattr(built, table) == getattr(fresh, table), table
    assert (built.skeleton_words, built.skeleton_stems) == (
        fresh.skeleton_words,
        fresh.skeleton_stems,
    )
