"""Korean words in the other romanisations Korean developers write, generated from the lexicon.

The lexicon lists Korean words in the Revised Romanization (RR, `sicheong` 시청 "viewing",
`danmal` 단말 "terminal"), the spelling the key reader gives Hangul. Older systems, set-top
boxes and developers taught before 2000 write McCune-Reischauer (MR) with its diacritics
dropped: `shich'ong` -> `shichong`, `tanmal`, `chaesaeng` 재생 "playback". Ad-hoc keys mix
the two (`shicheong`, `sichong`). Listing every word once per system would triple the
Korean lines, so MR's differences are GENERATED when a lexicon is parsed, from the words
listed under `ko` only, by whole sounds:

- ㅓ `eo` -> `o` (MR ŏ folded), ㅡ `eu` -> `u` (MR ŭ folded); `yeo` -> `yo` follows;
- 시 `si` -> `shi` (MR writes 시 as shi);
- a word's first plain stop unvoiced: `g`, `d`, `b`, `j` -> `k`, `t`, `p`, `ch` (MR voices
  them only between voiced sounds);
- ㅓ `eo` -> `u`, no system's but the spelling of Korean names (`Jung`, `Sung`, `Chung`)
  that ad-hoc keys take (`sichungSec`, 시청 "viewing").

Each change alone and all together are generated, so a key that took MR's vowels but
RR's consonants is read too. A form shorter than five letters is not generated (`bogi`
-> `pogi` is too short to be sure of), nor one that is another language's word a key
would spell for itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

KOREAN = frozenset(["ko"])

_MIN_FORM = 5
# MR forms of listed words that are another language's word a key spells for itself:
# Japanese `meshi` (a meal), Turkish `turun` / `durun` (a tour's, "stop"), the `Bondo` brand.
_CLASHES = frozenset(["sagon", "meshi", "turun", "durun", "bondo"])

_VOWELS = re.compile(r"eo|eu")
_SI = re.compile(r"(?<![a-z])si|(?<=[aeiouklmnpt])si")
_INITIAL_STOP = re.compile(r"(?<![a-z])(g|d|b|j)(?=[aeiouwy])")
_UNVOICED = {"g": "k", "d": "t", "b": "p", "j": "ch"}


def _mr_vowels(text: str) -> str:
    return _VOWELS.sub(lambda vowel: vowel.group()[1], text)


def _mr_si(text: str) -> str:
    return _SI.sub("shi", text)


def _mr_initial(text: str) -> str:
    return _INITIAL_STOP.sub(lambda stop: _UNVOICED[stop.group()], text)


# ㅓ written `u` (`sichung` 시청, `chungchwi` 청취), the way Korean names are spelled in
# passports and brands (정 Jung, 성 Sung, 청 Chung) and ad-hoc keys follow.
_INFORMAL_EO = re.compile(r"eo")


def _informal_eo(text: str) -> str:
    return _INFORMAL_EO.sub("u", text)


_CHANGES: tuple[Callable[[str], str], ...] = (_mr_vowels, _mr_si, _mr_initial, _informal_eo)


def respelled_korean(language: str, entry: str) -> Iterator[str]:
    """Each McCune-Reischauer (or mixed) spelling of a Korean lexicon entry (word, `stem-`
    or phrase), in the entry's own notation; nothing for a language other than Korean."""
    if language not in KOREAN:
        return
    stem = entry.endswith("-")
    text = entry[:-1] if stem else entry
    if not text.replace(" ", "").isascii() or not text.replace(" ", "").isalpha():
        return
    seen = {text}
    for form in _forms(text):
        if form in seen or form in _CLASHES or len(form.replace(" ", "")) < _MIN_FORM:
            continue
        seen.add(form)
        yield form + "-" if stem else form


def _forms(text: str) -> Iterator[str]:
    """Each single change, then every pair, then all of them."""
    for change in _CHANGES:
        yield change(text)
    for i, first in enumerate(_CHANGES):
        for second in _CHANGES[i + 1 :]:
            yield second(first(text))
    full = text
    for change in _CHANGES:
        full = change(full)
    yield full
