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

import hashlib
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from . import raw, raw_text, skeleton
from .affixes import affixed_atoms
from .hangul_romanisations import respelled_korean
from .romaji import respelled

__all__ = ["alternation", "expand", "expand_all"]

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
            listed = [str(e).lower().strip() for e in words or []]
            found.update(listed)
            # a key pattern reads the other romanisations the lexicon reader generates
            # (Kunrei `tanmatu` for the listed Hepburn `tanmatsu`: romaji.py; McCune-Reischauer
            # `tanmal` for the listed Korean `danmal`: hangul_romanisations.py)
            found.update(form for e in listed for form in respelled(str(lang), e))
            found.update(form for e in listed for form in respelled_korean(str(lang), e))
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


def _fuzzy(word: str, shortest: int) -> tuple[str, ...] | None:
    """The regex atoms of every spelling with `word`'s skeleton, or None when the
    word is too short for the lexicon to read it by skeleton, or not plain letters."""
    if not word.isascii() or not word.isalpha():
        return None
    bones = skeleton(word)
    if len(bones) < shortest:
        return None
    atoms = []
    for letter in bones:
        spellings = _SPELLINGS.get(letter)
        atoms.append(f"(?:{'|'.join(spellings)})+" if spellings else f"{re.escape(letter)}+")
    return tuple(atoms)


def _literal(text: str) -> tuple[str, ...]:
    return tuple(re.escape(letter) for letter in text)


def _render(entry: str, fuzzy: bool = False) -> tuple[str, ...]:
    """An entry as a sequence of regex atoms (a letter, a spelling class, a
    separator, a stem's ending), so that entries share their prefixes in a trie."""
    if " " in entry:
        atoms: list[str] = []
        for i, word in enumerate(entry.split()):
            atoms += ([_SEPARATOR] if i else []) + list(_literal(word))
        return tuple(atoms)
    if entry.endswith("-"):
        stem = entry[:-1]
        loose = _fuzzy(stem, _MIN_FUZZY_STEM) if fuzzy else None
        return (loose or _literal(stem)) + (_STEM_ENDING,)
    loose = _fuzzy(entry, _MIN_FUZZY_WORD) if fuzzy else None
    return loose or _literal(entry)


@cache
def alternation(
    name: str, classes: tuple[str, ...], without: tuple[str, ...] = (), fuzzy: bool = False
) -> str:
    """One non-capturing group matching any entry of the classes (with `fuzzy`,
    any romanisation of the long ones: module docstring). Entries share their
    prefixes in one trie of regex atoms (`pos(?:i(?:cao|tion))?`): a class is
    hundreds of words, its fuzzy spellings a dozen groups each, and Python's regex
    compiler spent a tenth of a second per rule reading them as flat branches,
    in every process."""
    rendered = [_render(e, fuzzy) for e in entries(name, classes, without)]
    rendered += _affixed(name, classes, without)
    if not rendered:  # `(?:)` would match every key: a rule must not silently widen
        raise ValueError(f"lexicon {name}: no entries in {'+'.join(classes)}")
    return "(?:" + _trie(rendered) + ")"


def _affixed(
    name: str, classes: tuple[str, ...], without: tuple[str, ...]
) -> list[tuple[str, ...]]:
    """The inflected shapes of the classes' Philippine and Malay-family verbs (see
    `affixes`), which the lexicon reader generates as words."""
    data = _classes(name)
    return [
        atoms
        for cls in classes
        for lang, words in (data[cls] or {}).items()
        if str(lang) not in without
        for word in words or []
        for atoms in affixed_atoms(str(lang), str(word).lower().strip(), cls)
    ]


def _trie(entries: list[tuple[str, ...]]) -> str:
    """A regex matching exactly the atom sequences `entries`, prefixes written once."""
    root: dict = {}
    for atoms in entries:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [atom + _trie_node(node[atom]) for atom in sorted(node) if atom]
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


def expand_all(patterns: Iterable[str]) -> dict[str, str]:
    """`expand` of every pattern that has a placeholder, through the parsed-data
    cache: building the alternations (every romanisation of hundreds of words)
    was a tenth of a second of every start. The entry is keyed by the patterns,
    the lexicons' texts as this process read them, and this code as it was
    imported, so that neither an edited lexicon nor a process that read an older
    one can answer from or write a stale entry."""
    from ...parsed_cache import parsed

    wanted = sorted({p for p in patterns if "(?#lex" in p})
    if not wanted:
        return {}
    names = sorted({m.group(2) for p in wanted for m in _PLACEHOLDER.finditer(p)})
    texts = [raw_text(name) for name in names]
    key = json.dumps([_CODE, names, texts, wanted], ensure_ascii=False)
    [expanded] = parsed("lexicon-patterns", [key], lambda _: [expand(p) for p in wanted])
    return dict(zip(wanted, expanded, strict=True))


def _code_digest() -> str:
    """This module's and the lexicon reader's source, read once at import."""
    digest = hashlib.sha256()
    here = Path(__file__)
    for name in (
        "patterns.py",
        "__init__.py",
        "affixes.py",
        "romaji.py",
        "hangul_romanisations.py",
    ):
        path = here.with_name(name)
        try:
            digest.update(path.read_bytes())
        except OSError:  # no source beside the bytecode: a fresh digest per process
            digest.update(repr(id(digest)).encode())
    return digest.hexdigest()


_CODE = _code_digest()
