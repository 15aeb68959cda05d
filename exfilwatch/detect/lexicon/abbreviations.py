"""Vowel-dropped abbreviations of the lexicon's English words, generated when it is parsed.

Engineers everywhere shorten an English word in a key by writing its consonants: `strm`
(stream), `lstnDt` (listen date), `chnlId` (channel id), `cntntId` (content id), `epsdNo`
(episode number), `playStrtDt` (play start date). The habit is the same in Seoul, Hanoi
and Nairobi, and it follows no list: whatever word the engineer had in mind comes out
as its first letter and the consonants after it. So the forms are GENERATED from the
words the lexicon reads as English (each class's own name, an English word, and the
entries listed under `en`), the way `romaji.py` and `pinyin.py` generate a language's
other spellings, and a new English word is readable abbreviated with no other edit.

A form is the word's first letter and every later consonant (`y` kept: `hstry`), with
doubled letters collapsed (`channel` -> `chnl`). Only a form of four letters or more is
generated, from a word of five letters or more: three consonants are any word's
(`ttl` is time-to-live as often as title, `ssn` a social-security number, `prc` a
process), and a short word's consonants are its own abbreviation already. A form two
classes share (`cntn` from continue, and any other) reads as nothing, and a form the
lexicon lists keeps its listed class (`_add_generated`).
"""

from __future__ import annotations

from collections.abc import Iterable

# The lexicons whose English words are read abbreviated (the playback detectors' words;
# the device and biometric lexicons' vetoes read exact words, and were not measured).
ABBREVIATED_LEXICONS = frozenset(["viewing"])

_ENGLISH = "en"
_VOWELS = frozenset("aeiou")
_MIN_WORD = 5
_MIN_FORM = 4
# Forms that abbreviate a commoner word than the listed one: `strt` street (start), `prcs`
# process (prices), `thrd` third (thread), `cntn` container (continue).
_NOT_ABBREVIATIONS = frozenset(["strt", "prcs", "thrd", "cntn"])


def consonants(word: str) -> str | None:
    """`channel` -> `chnl`, `episode` -> `epsd`; None for a word too short, with no vowel
    to drop, or not a single lower-case ASCII word."""
    if len(word) < _MIN_WORD or not (word.isascii() and word.isalpha() and word.islower()):
        return None
    kept = word[0] + "".join(c for c in word[1:] if c not in _VOWELS)
    form = "".join(c for i, c in enumerate(kept) if i == 0 or c != kept[i - 1])
    if len(form) < _MIN_FORM or form == word or form in _NOT_ABBREVIATIONS:
        return None
    return form


def abbreviations(words: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Form -> class for (English word, class) pairs; a form two classes share is left out."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for word, cls in words:
        form = consonants(word)
        if form is None:
            continue
        if found.setdefault(form, cls) != cls:
            clashes.add(form)
    return {form: cls for form, cls in found.items() if form not in clashes}


def english_words(data: dict) -> list[tuple[str, str]]:
    """(English word, class) for each class's name and each word it lists under `en`."""
    out: list[tuple[str, str]] = []
    for cls, by_language in (data.get("classes") or {}).items():
        out.append((str(cls), str(cls)))
        for entry in (by_language or {}).get(_ENGLISH) or []:
            text = str(entry).lower().strip()
            if text.isalpha():
                out.append((text, str(cls)))
    return out
