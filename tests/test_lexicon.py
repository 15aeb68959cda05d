"""The multilingual lexicon loader (exfilwatch.detect.lexicon)."""

from __future__ import annotations

import pytest

from exfilwatch.detect.lexicon import parse

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
