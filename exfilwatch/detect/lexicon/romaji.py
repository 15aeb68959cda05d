"""Japanese words in each romanisation Japanese developers write, generated from the lexicon.

One Japanese word has several Latin spellings, and a key uses whichever its author learnt:
Hepburn (`choushu` 聴取 "listening", `tanmatsu` 端末 "terminal", `shichou` 視聴), Kunrei-shiki,
taught in Japanese schools and common in older systems (`tyousyu`, `tanmatu`, `sityou`), and
either with its long vowels written out (`ou`, `uu`: the spelling a kana keyboard types) or
shortened (`chosyu`, `shicho`, as a macron folds: `chōshu` -> `choshu`). Listing each word
once per system left most words with one spelling of four, so the other spellings are
GENERATED when a lexicon is parsed, from the words listed under `ja` only.

Generated, not undone when a key is read: turning every `ti` / `si` / `tu` of every key
into Hepburn would rewrite English and Italian keys (`position` -> `poshition`). A form is
made from the listed word by whole syllables (a Kunrei `si`, `ti`, `tu`, `hu`, `zi`, a
palatal `sy-`, `ty-`, `zy-` for Hepburn's `sh-`, `ch-`, `j-`), and a form shorter than
five letters is not generated (`ichi` -> `iti` is too short to be sure of), nor one that
is an English word or name a key would spell for itself (`shimon` 指紋 -> `simon`). A form
the lexicon lists itself keeps its listed class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

JAPANESE = frozenset(["ja"])

_MIN_FORM = 5
# Kunrei forms of listed words that spell English words or names.
_ENGLISH = frozenset(["simon", "siting"])

# Hepburn -> Kunrei-shiki, the longer spelling first so `sha` is not read as `s` + `ha`.
_KUNREI = (
    ("sha", "sya"),
    ("shu", "syu"),
    ("sho", "syo"),
    ("shi", "si"),
    ("cha", "tya"),
    ("chu", "tyu"),
    ("cho", "tyo"),
    ("chi", "ti"),
    ("tsu", "tu"),
    ("ja", "zya"),
    ("ju", "zyu"),
    ("jo", "zyo"),
    ("ji", "zi"),
    ("fu", "hu"),
)
_KUNREI_PATTERN = re.compile("|".join(hepburn for hepburn, _ in _KUNREI))
_KUNREI_TABLE = dict(_KUNREI)

# A long vowel written out (`ou`, `uu`) and as a macron folds it (`o`, `u`).
_LONG_VOWEL = re.compile(r"(?<=[bcdfghjkmnprstwyz])(ou|uu)")


def respelled(language: str, entry: str) -> Iterator[str]:
    """Each other romanisation of a lexicon entry (word, `stem-` or phrase), in the entry's
    own notation; nothing for a language other than Japanese."""
    if language not in JAPANESE:
        return
    stem = entry.endswith("-")
    text = entry[:-1] if stem else entry
    if not text.replace(" ", "").isalpha():
        return
    seen = {text}
    for long_form in (text, _short_vowels(text)):
        for form in (long_form, _kunrei(long_form)):
            if form in seen or form in _ENGLISH or len(form.replace(" ", "")) < _MIN_FORM:
                continue
            seen.add(form)
            yield form + "-" if stem else form


def _kunrei(text: str) -> str:
    return _KUNREI_PATTERN.sub(lambda syllable: _KUNREI_TABLE[syllable.group()], text)


def _short_vowels(text: str) -> str:
    return _LONG_VOWEL.sub(lambda vowel: vowel.group()[0], text)
