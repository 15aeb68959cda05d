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
"""

from __future__ import annotations

import re
from functools import cache

from . import raw

__all__ = ["alternation", "expand"]

_PLACEHOLDER = re.compile(r"\(\?#lex:([a-z_]+)\.([a-z_+]+)(?:!([a-z,]+))?\)")
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


def _render(entry: str) -> str:
    if " " in entry:
        return _SEPARATOR.join(re.escape(w) for w in entry.split())
    if entry.endswith("-"):
        return re.escape(entry[:-1]) + _STEM_ENDING
    return re.escape(entry)


@cache
def alternation(name: str, classes: tuple[str, ...], without: tuple[str, ...] = ()) -> str:
    """One non-capturing group matching any entry of the classes."""
    return "(?:" + "|".join(_render(e) for e in entries(name, classes, without)) + ")"


def expand(pattern: str) -> str:
    """A rule pattern with each `(?#lex:...)` placeholder replaced (see module)."""
    if "(?#lex:" not in pattern:
        return pattern

    def one(m: re.Match[str]) -> str:
        without = tuple(m.group(3).split(",")) if m.group(3) else ()
        return alternation(m.group(1), tuple(m.group(2).split("+")), without)

    return _PLACEHOLDER.sub(one, pattern)
