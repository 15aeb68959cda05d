"""Initial mutations of Welsh, Irish and Scottish Gaelic words, generated from the lexicon.

The Celtic languages change a word's FIRST sound after certain words (an article, a
possessive, a preposition), and a key keeps the changed form: Welsh `gwylio` is `wylio`
after `ei` "his" and `ngwylio` after `fy` "my"; Irish `féachaint` is `fhéachaint` and
`bhféachaint`, `éisteacht` is `héisteacht` / `n-éisteacht` / `t-éisteacht`; Gaelic
`coimhead` is `choimhead`. Listing every form by hand left most words with one or two
of their six to eight forms, so the forms are GENERATED when a lexicon is parsed, from
the words listed under `cy`, `ga` and `gd` only.

Generated, not stripped when a key is read: stripping would have to guess which keys
are Celtic (`bhfeach` is, `dday` and `thread` are not), and an unmutating reader
applied to every key turns English words into Celtic roots. Generation is bounded by
what the lexicon lists under these three languages (a few forms per word, each one
exact), a word of three letters or fewer is left as listed (`am`, `ag`, `fad`: its
mutated forms are English words or too short to be sure of), and a form the lexicon
lists itself keeps its listed class. Phrases mutate their first word (`lleoliad
chwarae` -> `leoliad chwarae`); stems mutate like words and must keep the loader's
minimum stem length.
"""

from __future__ import annotations

from collections.abc import Iterator

CELTIC = frozenset(["cy", "ga", "gd"])

_MIN_BASE = 4
_MIN_FORM = 4
# h-, n-, t- before a short vowel-initial word make English words (`eist` -> `heist`).
_MIN_VOWEL_BASE = 5
_VOWELS = "aeiouáéíóúàèìòù"
_WELSH_VOWELS = _VOWELS + "wyâêîôûŵŷ"

# Irish and Gaelic lenition writes an `h` after these consonants (`sc`, `sm`, `sp`,
# `st` are not lenited); Irish eclipsis writes a consonant before them.
_LENITED = frozenset("bcdfgmpst")
_UNLENITED_S = ("sc", "sm", "sp", "st")
_ECLIPSIS = {"b": "m", "c": "g", "d": "n", "f": "bh", "g": "n", "p": "b", "t": "d"}

# Welsh soft, nasal and aspirate mutation: (radical, mutated), digraphs first.
_WELSH_SOFT = (
    ("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"),
    ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f"),
)  # fmt: skip
_WELSH_NASAL = (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng"))
_WELSH_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))
# Welsh letters written with two characters that no mutation changes further.
_WELSH_DIGRAPHS = ("ch", "ph", "th", "ff", "dd", "ng")


def mutated(language: str, entry: str) -> Iterator[str]:
    """Each generated mutation of a lexicon entry (word, `stem-` or phrase), in the
    entry's own notation; nothing for a language without initial mutation."""
    if language not in CELTIC:
        return
    head, space, rest = entry.partition(" ")
    stem = head.endswith("-") and not space
    word = head[:-1] if stem else head
    if len(word) < _MIN_BASE or not word.isalpha():
        return
    forms = _welsh(word) if language == "cy" else _goidelic(word, eclipsis=language == "ga")
    seen = {word}
    for form in forms:
        if form in seen or len(form) < _MIN_FORM:
            continue
        seen.add(form)
        yield form + "-" if stem else form + space + rest


def _goidelic(word: str, *, eclipsis: bool) -> Iterator[str]:
    """Irish (lenition, eclipsis, h- / n- / t- before a vowel, t before s) and Gaelic
    (lenition, h- / t- before a vowel) forms."""
    first = word[0]
    if first in _VOWELS:
        if len(word) < _MIN_VOWEL_BASE:
            return
        yield "h" + word
        yield "t" + word
        if eclipsis:
            yield "n" + word
        return
    if word[1] == "h":  # already lenited as listed
        return
    if first in _LENITED and not word.startswith(_UNLENITED_S):
        yield first + "h" + word[1:]
    if first == "s" and not word.startswith(_UNLENITED_S):
        yield "t" + word
    if eclipsis and first in _ECLIPSIS:
        yield _ECLIPSIS[first] + word


def _welsh(word: str) -> Iterator[str]:
    """Welsh soft, nasal and aspirate forms, and h- before a vowel."""
    if word[0] in _WELSH_VOWELS:
        if len(word) >= _MIN_VOWEL_BASE:
            yield "h" + word
        return
    if word.startswith(_WELSH_DIGRAPHS):
        return
    for table in (_WELSH_SOFT, _WELSH_NASAL, _WELSH_ASPIRATE):
        for radical, replacement in table:
            if word.startswith(radical):
                yield replacement + word[len(radical) :]
                break
