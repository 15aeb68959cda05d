"""Inflected forms of Philippine, Malay-family, Malagasy and Swahili verbs, generated from
the lexicon (Malagasy: tense prefixes only, see `_malagasy`).

Tagalog, Cebuano, Hiligaynon and Ilocano inflect a verb with prefixes, infixes and
suffixes (`nood` -> `pinanood`, `napanood`; `pamati` -> `ginpamatian`), and Indonesian,
Malay, Javanese and Sundanese with meN-, di-, ter-, -kan, -i (`dengar` -> `didengarkan`,
`mendengar`), so a list of roots misses most keys real apps write. The forms are
GENERATED when a lexicon is parsed, not stripped off a key when it is read: generation
is bounded by what the lexicon lists (a few verb classes, words of these languages
only), every generated form is an exact word the readers already look up, and a key
that merely starts with `di` or `ma` in another language is never taken apart. A form
the lexicon lists itself keeps its listed class.

A completed-aspect affix (Philippine nag-, na-, gin-, gi-, ni-, naka-, -in-; Malay di-,
ter-) says the act happened: the form takes the class of the past (`watching` ->
`watched`, `listen` -> `listened`), which the detectors read as a record of viewing."""

from __future__ import annotations

from collections.abc import Iterator

from .swahili import SWAHILI, verb_forms

PHILIPPINE = frozenset(["tl", "ceb", "hil", "ilo"])
MALAGASY = frozenset(["mg"])
MALAYIC = frozenset(["id", "ms", "jv", "su"])

# The classes whose words are verbs an affix inflects, and the past each takes.
_PAST = {"watching": "watched", "listen": "listened", "playback": "played"}
_VERB_CLASSES = frozenset([*_PAST, *_PAST.values(), "finished"])
_PRESENT = {past: act for act, past in _PAST.items()}

_MIN_ROOT = 4
_MIN_FORM = 6

# Philippine prefixes, completed aspect / not.
_PH_DONE = ("nag", "na", "gin", "gi", "ni", "naka", "nagpa", "ginpa", "gipa", "napa", "nakapa")
_PH_OPEN = ("mag", "ma", "pag", "maka", "magpa", "pagpa", "ka", "i", "ipa", "ga", "gina", "naga")
_PH_SUFFIXES = ("", "an", "han", "on", "hon", "in", "hin")

_MY_DONE = ("di", "ter")
_MY_SUFFIXES = ("", "kan", "i", "an", "nya", "keun", "ake", "ke")
_VOWELS = frozenset("aeiou")


def inflected(language: str, word: str, cls: str) -> Iterator[tuple[str, str]]:
    """(form, class) for each generated inflection of a listed word, or nothing when
    the word is not a verb of a language this module inflects."""
    if cls not in _VERB_CLASSES or len(word) < _MIN_ROOT or not word.isalpha():
        return
    past = _PAST.get(cls, cls)
    if language in SWAHILI:
        # prefixed verb forms (swahili.py); an open tense is the act's own class
        present = _PRESENT.get(cls, cls)
        yield from ((form, past if done else present) for form, done in verb_forms(word))
        return
    if language in PHILIPPINE:
        forms = _philippine(word)
    elif language in MALAYIC:
        forms = _malayic(word)
    elif language in MALAGASY:
        forms = _malagasy(word)
    else:
        return
    for form, done in forms:
        if len(form) >= _MIN_FORM and form != word:
            yield form, past if done else cls


def _philippine(root: str) -> Iterator[tuple[str, bool]]:
    for suffix in _PH_SUFFIXES:
        yield root + suffix, False
        for prefix in _PH_DONE:
            yield prefix + root + suffix, True
        for prefix in _PH_OPEN:
            yield prefix + root + suffix, False
        # -in- marks the completed patient focus (`panood` -> `pinanood`); before a
        # vowel it is a prefix (`inalis`)
        yield _infixed(root, "in") + suffix, True
        yield _infixed(root, "um") + suffix, False


def _infixed(root: str, infix: str) -> str:
    if root[0] in _VOWELS:
        return infix + root
    return root[0] + infix + root[1:]


def _malayic(root: str) -> Iterator[tuple[str, bool]]:
    for suffix in _MY_SUFFIXES:
        yield root + suffix, False
        for prefix in _MY_DONE:
            yield prefix + root + suffix, True
        # peN- and ke-...-an make nouns of the hearer and the sense (`penonton`, an
        # audience; `pendengaran`, hearing), not of an act: not generated
        yield _nasal(root, "me") + suffix, False


def _malagasy(word: str) -> Iterator[tuple[str, bool]]:
    """Malagasy tense prefixes on a listed verb form: the active mi- present takes ni-
    (past) and hi- (future), `mijery` -> `nijery`; a passive in -ina / -ana / -ena takes
    no- (past) and ho- (future), `jerena` -> `nojerena`, `henoina` -> `nohenoina`, and
    the agent's -ny (`nojereniny`, "watched by them"). Roots change between voices
    (`haino` / `henoina`), so each voice's form is listed and only its tense made here;
    fi- nouns (`fijerena`) and mpi- agents (`mpijery`, a viewer) are not inflected."""
    if word.startswith("mi"):
        yield "ni" + word[2:], True
        yield "hi" + word[2:], False
    elif word.endswith(("ina", "ana", "ena")) and not word.startswith(("fi", "no", "ho")):
        for form in (word, word[:-1] + "iny"):
            yield "no" + form, True
            yield "ho" + form, False
        yield word[:-1] + "iny", False


def _nasal(root: str, prefix: str) -> str:
    """meN- / peN- with the nasal the root's first sound takes (`tonton` -> `menonton`,
    `putar` -> `memutar`, `kirim` -> `mengirim`, `simak` -> `menyimak`)."""
    first = root[0]
    if first in _VOWELS or first in "gh":
        return prefix + "ng" + root
    if first in "lmnrwy":
        return prefix + root
    replaced = {"p": "m", "t": "n", "k": "ng", "s": "ny"}.get(first)
    if replaced is not None:
        return prefix + replaced + root[1:]
    if first == "b":
        return prefix + "m" + root
    return prefix + "n" + root


def _group(options: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(set(options) - {""}, key=lambda o: (-len(o), o))) + ")?"


_PH_PREFIX_GROUP = _group(_PH_DONE + _PH_OPEN)
_PH_SUFFIX_GROUP = _group(_PH_SUFFIXES)
_MY_PREFIX_GROUP = _group(_MY_DONE)
_MY_SUFFIX_GROUP = _group(_MY_SUFFIXES)


def affixed_atoms(language: str, word: str, cls: str) -> list[tuple[str, ...]]:
    """Regex atom sequences matching a listed verb with any affix `inflected` gives it,
    for URL patterns: one sequence per shape (prefix and suffix groups around the root,
    the root with an infix, a nasal prefix), where listing every form would put
    thousands of words into one pattern."""
    if cls not in _VERB_CLASSES or len(word) < _MIN_ROOT or not word.isalpha():
        return []
    letters = tuple(word)
    if language in PHILIPPINE:
        infix = "(?:in|um)"
        infixed = (infix, letters[0]) if letters[0] in _VOWELS else (letters[0], infix)
        return [
            (_PH_PREFIX_GROUP, *letters, _PH_SUFFIX_GROUP),
            (*infixed, *letters[1:], _PH_SUFFIX_GROUP),
        ]
    if language in MALAYIC:
        return [
            (_MY_PREFIX_GROUP, *letters, _MY_SUFFIX_GROUP),
            (*_nasal(word, "me"), _MY_SUFFIX_GROUP),
        ]
    return []
