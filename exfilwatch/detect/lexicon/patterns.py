"""Lexicon classes inside rule patterns: `(?#lex:device.install)` in a rule's
regex becomes the alternation of that class's words in every language.

Why: a rule that reads a key name by word class (`id_dispositivo`,
`kurulum_kimligi`) kept its nouns in a 2 KB regex, one per rule, and a language
added to one rule was missing from the next. The placeholder is a regex comment,
so an unexpanded pattern still compiles (and matches nothing extra); expanded, it
is `(?:word|stem[a-z]{0,6}|two[-_ .]?words)`, longest entry first.

`(?#lex:NAME.A+B)` joins classes A and B; a trailing `!en` leaves out every
word the English entries also hold, for rules whose English spellings are
covered, with other confidence, by rules of their own.

`(?#lex~:NAME.A)` also matches the other romanisations of each long entry, as
`Lexicon.word` does with its skeleton fallback (see `lexicon.skeleton`): a key
pattern cannot call the lexicon, and a writer spells a word by ear (`x-prystrii-id`
for the listed `prystrij`, `mesaria_id` for `mesariya`). Each letter of the
entry's skeleton becomes the class of spellings that reduce to it (`i` ->
`(?:i|y|j|ee)+`, `s` -> `(?:s|sh)+`), doubled letters included; entries shorter
than the skeleton lookup's minimum (five letters, six for a stem) stay exact.
Opt-in per placeholder: a rule whose words are short or common keeps `lex:`.
"""

from __future__ import annotations

import re
from functools import cache

from . import raw, skeleton

__all__ = ["alternation", "expand"]

_PLACEHOLDER = re.compile(r"\(\?#lex(~)?:([a-z_]+)\.([a-z_+]+)(?:!([a-z,]+))?\)")
_STEM_ENDING = "[a-z]{0,6}"
"""A stem takes a short case ending or compound tail (`prystroju`, `laitteen`)."""
_SEPARATOR = "[-_ .]?"


def _classes(name: str) -> dict:
    return raw(name).get("classes") or {}


def entries(name: str, classes: tuple[str, ...], without: tuple[str, ...] = ()) -> list[str]:
    """The entries (words, `stem-`, `two words`) of some classes of a lexicon, less
    those that a left-out language also spells (French `installation` is English)."""
    data = _classes(name)
    unknown = [c for c in classes if c not in data]
    if unknown:
        raise ValueError(f"lexicon {name}: no class {', '.join(unknown)}")
    dropped = {
        str(e).lower().strip()
        for cls in classes
        for lang in without
        for e in (data[cls] or {}).get(lang) or []
    }
    found: set[str] = set()
    for cls in classes:
        for lang, words in (data[cls] or {}).items():
            if str(lang) in without:
                continue
            found.update(str(e).lower().strip() for e in words or [])
    return sorted(found - dropped, key=lambda e: (-len(e), e))


# The spellings each skeleton letter stands for (the inverse of the lexicon's
# `_DIGRAPHS` and `_LETTERS`); a letter not listed stands for itself.
_SPELLINGS = {
    "h": ("kh", "h", "x"), "g": ("gh", "g"), "z": ("zh", "z"), "s": ("sh", "s"),
    "c": ("ch", "ts", "tz", "c"), "t": ("th", "t"), "d": ("dh", "d"), "b": ("bh", "b"),
    "f": ("ph", "f"), "k": ("ck", "k", "q"), "u": ("ou", "oo", "u"),
    "i": ("ee", "i", "y", "j"), "v": ("w", "v"),
}  # fmt: skip
_MIN_FUZZY_WORD = 5
_MIN_FUZZY_STEM = 6


def _fuzzy(word: str, shortest: int) -> str | None:
    """A regex for every spelling with `word`'s skeleton, or None when the word
    is too short for the lexicon to read it by skeleton, or not plain letters."""
    if not word.isascii() or not word.isalpha():
        return None
    bones = skeleton(word)
    if len(bones) < shortest:
        return None
    parts = []
    for letter in bones:
        spellings = _SPELLINGS.get(letter)
        parts.append(f"(?:{'|'.join(spellings)})+" if spellings else f"{re.escape(letter)}+")
    return "".join(parts)


def _render(entry: str, fuzzy: bool = False) -> str:
    if " " in entry:
        return _SEPARATOR.join(re.escape(w) for w in entry.split())
    if entry.endswith("-"):
        stem = entry[:-1]
        loose = _fuzzy(stem, _MIN_FUZZY_STEM) if fuzzy else None
        return (loose or re.escape(stem)) + _STEM_ENDING
    loose = _fuzzy(entry, _MIN_FUZZY_WORD) if fuzzy else None
    return loose or re.escape(entry)


@cache
def alternation(
    name: str, classes: tuple[str, ...], without: tuple[str, ...] = (), fuzzy: bool = False
) -> str:
    """One non-capturing group matching any entry of the classes (with `fuzzy`,
    any romanisation of the long ones: module docstring). Plain words share their
    prefixes in one trie (`pos(?:i(?:cao|tion))?`): a class is hundreds of words,
    and Python's regex compiler took half a second of every process to read them
    as a flat list of branches."""
    rendered = dict.fromkeys(_render(e, fuzzy) for e in entries(name, classes, without))
    plain = [r for r in rendered if r.isalnum() and r.isascii()]
    others = [r for r in rendered if not (r.isalnum() and r.isascii())]
    branches = ([_trie(plain)] if plain else []) + others
    return "(?:" + "|".join(branches) + ")"


def _trie(words: list[str]) -> str:
    """A regex matching exactly `words`, with common prefixes written once."""
    root: dict = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [letter + _trie_node(node[letter]) for letter in sorted(node) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not ends:
        return body
    return ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"


def expand(pattern: str) -> str:
    """A rule pattern with each `(?#lex:...)` placeholder replaced (see module)."""
    if "(?#lex" not in pattern:
        return pattern

    def one(m: re.Match[str]) -> str:
        without = tuple(m.group(4).split(",")) if m.group(4) else ()
        return alternation(m.group(2), tuple(m.group(3).split("+")), without, bool(m.group(1)))

    return _PLACEHOLDER.sub(one, pattern)
