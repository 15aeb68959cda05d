"""Words of many languages for what the detectors look for, kept as data.

An app reports playback, a face or a device in its developers' language
(`posicaoSeg`, `izlenme_suresi`, `kijkduur`, `yuzVektoru`, `kurulum_kimligi`), so
the detectors read each key word as its CLASS, an English word (`position`,
`watching`, `face`, `install`), and test classes, not spellings. The words live in
YAML files beside this module, one per detector family, so that covering a new
language is a data change:

    classes:
      position:                 # the class
        en: [position, playhead]
        tr: [konum-, kaldig-]   # a trailing `-` marks a stem: any word it starts
        vi: [vi tri]            # a space marks a phrase: words written apart
        # any other entry is an exact word (`sure`, `xem`: too short to be stems)

Languages are ISO 639-1 codes; romanised and transliterated spellings go under
the language they spell. The same word is romanised many ways (Ukrainian
`prystrii` / `prystrij` / `prystriy`, Tamil `paartha` / `partha`, Uzbek `xotira` /
`khotira`), and no list can hold them all, so a word the lists do not hold is
also looked up by its SKELETON (`skeleton`): digraphs reduced (`kh` -> `h`,
`sh` -> `s`, `ts` -> `c`), letters romanisations swap unified (`y`/`j` -> `i`,
`w` -> `v`, `q` -> `k`, `x` -> `h`) and doubled letters collapsed. Only words of
five letters or more are read that way, and a skeleton two classes share counts
for neither; tests check that common English key words match no skeleton. A stem
must be long enough not to start common English words (the loader refuses stems
under four letters). `read` splits nothing: the caller gives it words already
split by `key_words`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from .abbreviations import ABBREVIATED_LEXICONS, abbreviations, english_words
from .affixes import inflected
from .hangul_romanisations import respelled_korean
from .mutations import mutated
from .romaji import respelled

__all__ = ["LANGUAGES", "Lexicon", "load", "raw", "skeleton"]

# The languages every lexicon aims to cover, the project's choice (ISO 639-1;
# `sr` stands for Serbian, Croatian and Bosnian, `yue` for Cantonese where it
# differs from Mandarin pinyin), tested per class in tests/test_signatures_round29_*.py.
LANGUAGES = (
    "en", "es", "pt", "fr", "it", "de", "nl", "sv", "no", "da", "fi", "is", "pl", "cs", "sk",
    "hu", "ro", "bg", "el", "ru", "uk", "sr", "sl", "lt", "lv", "et", "tr", "az", "kk", "uz",
    "ar", "he", "fa", "ur", "hi", "bn", "ta", "te", "mr", "th", "vi", "id", "ms", "tl", "sw",
    "ha", "yo", "am", "ja", "ko", "zh", "yue",
)  # fmt: skip

_MIN_STEM = 4
_MIN_SKELETON_WORD = 5
_MIN_SKELETON_STEM = 6
_MEMO_LIMIT = 65536

# Romanisation variants folded together, longest first: digraphs, then letters.
_DIGRAPHS = (
    ("kh", "h"), ("gh", "g"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
    ("tz", "c"), ("th", "t"), ("dh", "d"), ("bh", "b"), ("ph", "f"), ("ck", "k"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"),
)  # fmt: skip
_LETTERS = str.maketrans({"y": "i", "j": "i", "w": "v", "q": "k", "x": "h"})


def skeleton(word: str) -> str:
    """The romanisation skeleton of a lower-case ASCII word (module docstring):
    `paartha` and `partha` -> `parta`; `prystrii`, `prystrij`, `prystriy` -> `pristri`."""
    for digraph, letter in _DIGRAPHS:
        if digraph in word:
            word = word.replace(digraph, letter)
    word = word.translate(_LETTERS)
    out = [c for i, c in enumerate(word) if i == 0 or c != word[i - 1]]
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, str]
    """An exact word -> its class."""
    stems: tuple[tuple[str, str], ...]
    """(stem, class), longest stem first, so the most specific stem wins."""
    phrases: dict[tuple[str, ...], str]
    """Words written apart (`("vi", "tri")`) -> their class."""
    languages: frozenset[str]
    stem_classes: dict[str, str] = field(default_factory=dict)
    """The stems as a mapping: a word's stem is found by looking its prefixes up,
    longest first, so the cost grows with the word, not with the lexicon."""
    skeleton_words: dict[str, str] = field(default_factory=dict)
    """Each exact word's skeleton -> its class (skeletons two classes share left out)."""
    skeleton_stems: dict[str, str] = field(default_factory=dict)
    """Each stem's skeleton -> its class, looked up by prefix like `stem_classes`."""
    _by_skeleton: dict[str, str | None] = field(default_factory=dict)
    """Memo of `_skeleton_class`: key words repeat across a capture."""

    def word(self, word: str) -> str | None:
        """The class of one word: exact first, then the longest stem it starts,
        then (five letters or more) its romanisation skeleton."""
        found = self.words.get(word)
        if found is not None:
            return found
        split = self.stem_rest(word)
        if split is not None:
            return split[0]
        if len(word) < _MIN_SKELETON_WORD:
            return None
        memo = self._by_skeleton
        if word not in memo:
            if len(memo) > _MEMO_LIMIT:
                memo.clear()
            bones = skeleton(word)
            # a word romanisation rules do not touch is spelled as listed or not at all
            memo[word] = self._skeleton_class(bones) if bones != word else None
        return memo[word]

    def _skeleton_class(self, bones: str) -> str | None:
        found = self.skeleton_words.get(bones)
        if found is not None:
            return found
        stems = self.skeleton_stems
        for end in range(len(bones), _MIN_SKELETON_STEM - 1, -1):
            cls = stems.get(bones[:end])
            if cls is not None:
                return cls
        return None

    def phrase_spans(
        self, words: Sequence[str], sizes: tuple[int, ...] = (2, 3)
    ) -> Iterator[tuple[int, int, str]]:
        """(start, length, class) of each listed phrase among a key's words, in
        the order of `sizes`. Words are read as the caller holds them when the
        span is reached, so a caller may blank a phrase's words to stop a shorter
        phrase inside it counting (`upload_context`: "watch face")."""
        phrases = self.phrases
        for n in sizes:
            for i in range(len(words) - n + 1):
                cls = phrases.get(tuple(words[i : i + n]))
                if cls is not None:
                    yield i, n, cls

    def classes_of(self, words: Sequence[str]) -> frozenset[str]:
        """The classes a key's words name: its listed phrases, and each word as
        listed or by a listed stem (never by romanisation skeleton: the vetoes that
        read this way silence findings, and short words have look-alikes)."""
        found = {cls for _, _, cls in self.phrase_spans(words)}
        for word in words:
            cls = self.words.get(word)
            if cls is None and (split := self.stem_rest(word)) is not None:
                cls = split[0]
            if cls is not None:
                found.add(cls)
        return frozenset(found)

    def stem_rest(self, word: str) -> tuple[str, str] | None:
        """(class, rest of the word) for the longest stem `word` starts with, so a
        compound's second part (`kijk|duur`) can be read too."""
        stem_classes = self.stem_classes
        for end in range(len(word), _MIN_STEM - 1, -1):
            cls = stem_classes.get(word[:end])
            if cls is not None:
                return cls, word[end:]
        return None


# libyaml's parser when PyYAML has it: the lexicons are thousands of words, and
# the pure-Python parser took 0.75 s of every start to read them (0.05 s in C).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def raw(name: str) -> dict:
    """The parsed YAML of `<name>.yaml` beside this module (read once per process,
    and through the parsed-data cache: building the lexicons' Python objects from
    YAML took a quarter of a second of every process once they held every
    language's words, see `exfilwatch.parsed_cache`)."""
    from ...parsed_cache import parsed

    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text("utf-8")
    _TEXTS[name] = text
    return parsed(f"lexicon-{name}", [text], _parse_yaml)[0] or {}


_TEXTS: dict[str, str] = {}


def raw_text(name: str) -> str:
    """The text `raw(name)` was parsed from in this process (what a cache of
    anything built from the lexicon must be keyed by, not the file as it is now)."""
    raw(name)
    return _TEXTS[name]


def _parse_yaml(text: str) -> object:
    return yaml.load(text, Loader=_SafeLoader)  # a safe loader, never the full one


@cache
def load(name: str) -> Lexicon:
    """The lexicon in `<name>.yaml` beside this module (read once per process).

    Building it (every listed word, its skeleton, the inflected and mutated forms
    `affixes` and `mutations` generate) took a tenth of the start of every
    process once the lexicons held their generated forms, so the built tables
    go through the parsed-data cache too, keyed by the YAML text and the source of
    the code that builds them (see `exfilwatch.parsed_cache`)."""
    from ...parsed_cache import parsed

    key = "\0".join([raw_text(name), *_builder_sources()])
    built = parsed(f"lexicon-built-{name}", [key], lambda _: _tables(parse(raw(name), name)))
    return _from_tables(built[0])


@cache
def _builder_sources() -> tuple[str, ...]:
    """The code a built lexicon depends on besides its YAML."""
    here = resources.files(__package__)
    return tuple(here.joinpath(f).read_text("utf-8") for f in _BUILDER_FILES)


_BUILDER_FILES = (
    "__init__.py",
    "affixes.py",
    "mutations.py",
    "romaji.py",
    "hangul_romanisations.py",
    "abbreviations.py",
    "swahili.py",
)


def _tables(lexicon: Lexicon) -> tuple:
    """A built lexicon as the values marshal stores as they are (tuples, frozensets and
    dicts with tuple keys), so that reading one back builds nothing: the first
    exchange of every worker reads seven lexicons."""
    return (
        lexicon.words,
        tuple(lexicon.stems),
        lexicon.phrases,
        frozenset(lexicon.languages),
        lexicon.stem_classes,
        lexicon.skeleton_words,
        lexicon.skeleton_stems,
    )


def _from_tables(tables: tuple) -> Lexicon:
    return Lexicon(*tables)


def parse(data: dict, name: str = "lexicon") -> Lexicon:
    """A `Lexicon` from the YAML structure the module docstring shows."""
    words: dict[str, str] = {}
    stems: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    languages: set[str] = set()
    inflections: dict[str, str] = {}
    mutations: list[tuple[str, str]] = []
    for cls, by_language in (data.get("classes") or {}).items():
        for language, entries in (by_language or {}).items():
            # YAML 1.1 reads an unquoted `no:` (Norwegian) as false
            code = "no" if language is False else str(language)
            languages.add(code)
            for entry in entries or []:
                text = str(entry).lower().strip()
                _add(text, str(cls), words, stems, phrases, name)
                for form, form_class in inflected(code, text, str(cls)):
                    inflections.setdefault(form, form_class)
                mutations.extend((form, str(cls)) for form in mutated(code, text))
                mutations.extend((form, str(cls)) for form in respelled(code, text))
                mutations.extend((form, str(cls)) for form in respelled_korean(code, text))
    # generated after every listed word, so a listed word keeps its own class; not
    # given skeletons, so a generated form is read as spelled or not at all
    skeleton_words = _skeletons(words.items(), _MIN_SKELETON_WORD)
    skeleton_stems = _skeletons(stems.items(), _MIN_SKELETON_STEM)
    for form, form_class in inflections.items():
        words.setdefault(form, form_class)
    # Celtic initial mutations (mutations.py), Japanese romanisations (romaji.py), Korean
    # McCune-Reischauer spellings (hangul_romanisations.py)
    for form, form_class in mutations:
        _add_generated(form, form_class, words, stems, phrases)
    # English words written as their consonants (`chnl`, `lstn`, `epsd`): abbreviations.py
    if name in ABBREVIATED_LEXICONS:
        for form, form_class in abbreviations(english_words(data)).items():
            _add_generated(form, form_class, words, stems, phrases)
    ordered = tuple(sorted(stems.items(), key=lambda item: (-len(item[0]), item[0])))
    return Lexicon(
        words,
        ordered,
        phrases,
        frozenset(languages),
        dict(stems),
        skeleton_words,
        skeleton_stems,
    )


def _skeletons(entries: Iterable[tuple[str, str]], shortest: int) -> dict[str, str]:
    """Skeleton -> class, for skeletons of at least `shortest` letters (a short
    skeleton is some other word's too); one two classes share is dropped."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for entry, cls in entries:
        bones = skeleton(entry)
        if len(bones) < shortest:
            continue
        if found.setdefault(bones, cls) != cls:
            clashes.add(bones)
    for bones in clashes:
        del found[bones]
    return found


def _add_generated(
    entry: str,
    cls: str,
    words: dict[str, str],
    stems: dict[str, str],
    phrases: dict[tuple[str, ...], str],
) -> None:
    """A generated form, which never displaces a listed entry of any class."""
    if " " in entry:
        phrases.setdefault(tuple(entry.split()), cls)
    elif entry.endswith("-"):
        stems.setdefault(entry[:-1], cls)
    else:
        words.setdefault(entry, cls)


def _add(
    entry: str,
    cls: str,
    words: dict[str, str],
    stems: dict[str, str],
    phrases: dict[tuple[str, ...], str],
    name: str,
) -> None:
    if " " in entry:
        phrases[tuple(entry.split())] = cls
    elif entry.endswith("-"):
        stem = entry[:-1]
        if len(stem) < _MIN_STEM:
            raise ValueError(f"{name}: stem {entry!r} of {cls!r} is shorter than {_MIN_STEM}")
        stems.setdefault(stem, cls)
    else:
        words.setdefault(entry, cls)
