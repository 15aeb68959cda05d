"""The registry of structural detectors and the key-name helpers they share."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from anyascii import anyascii

from ..lexicon import load
from ..lexicon.pinyin import pinyin_classes

Structure = Callable[[object], str | None]
KeyTest = Callable[[str], object]
STRUCTURES: dict[str, Structure] = {}
_NON_ALNUM = re.compile(r"[^a-z0-9]")

DAY_SECONDS = 86_400
"""The most one sitting of watching or listening can last. Every reading of a
played time, a playhead or a session's length bounds its amount by a day, so
that a counter, an epoch or an id next to a media word is not read as one."""
DAY_MS = DAY_SECONDS * 1000
"""The same bound in milliseconds, for amounts that may be in either unit."""


@dataclass(frozen=True, slots=True)
class Gate:
    """A cheap precondition of a detector, declared beside it, that the matcher
    checks once per container and shares between detectors: most containers
    fail most detectors' gates, and then those detectors are not called at all.

    Every part must be a NECESSARY condition of the detector returning anything
    but None (a gate that is not loses findings): `kind` the container types it
    accepts, `size` bounds on len(container), and for a dict, `words` (some key
    has one of these `key_words`), `keys` (some key normalises to one of these)
    and each of `needs` (some key passes that key test). Key conditions say
    nothing of lists."""

    kind: tuple[type, ...] = (dict, list)
    size: tuple[int, int | None] = (0, None)
    words: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    needs: tuple[KeyTest, ...] = ()

    def fits_size(self, length: int) -> bool:
        low, high = self.size
        return low <= length and (high is None or length <= high)

    def fits_keys(self, keys: tuple[str, ...]) -> bool:
        if self.words and not any(self.words.intersection(key_words(k)) for k in keys):
            return False
        if self.keys and not any(_norm_text(k) in self.keys for k in keys):
            return False
        return all(any(test(k) for k in keys) for test in self.needs)


GATES: dict[str, Gate] = {}


def structure(
    name: str,
    *,
    kind: type | tuple[type, ...] = (dict, list),
    size: tuple[int, int | None] = (0, None),
    words: Iterable[str] = (),
    keys: Iterable[str] = (),
    needs: tuple[KeyTest, ...] = (),
) -> Callable[[Structure], Structure]:
    """Register a detector under `name`, with an optional `Gate` (see there)."""
    gate = Gate(
        kind if isinstance(kind, tuple) else (kind,),
        size,
        frozenset(words),
        frozenset(keys),
        needs,
    )

    def register(fn: Structure) -> Structure:
        STRUCTURES[name] = fn
        if gate != Gate():
            GATES[name] = gate
        else:
            GATES.pop(name, None)
        _dict_blocked.cache_clear()
        _list_blocked.cache_clear()
        return fn

    return register


@lru_cache(maxsize=4096)
def _dict_blocked(keys: tuple[str, ...]) -> frozenset[str]:
    """The gated detectors a dict with these keys cannot match: objects of one
    schema share their key tuple, so most dicts cost one hash lookup."""
    return frozenset(
        name
        for name, gate in GATES.items()
        if dict not in gate.kind or not gate.fits_size(len(keys)) or not gate.fits_keys(keys)
    )


@lru_cache(maxsize=1024)
def _list_blocked(length: int) -> frozenset[str]:
    return frozenset(
        name for name, gate in GATES.items() if list not in gate.kind or not gate.fits_size(length)
    )


def blocked_structures(value: dict | list) -> frozenset[str]:
    """The detectors whose gate rules out this container (returning None on it)."""
    if isinstance(value, list):
        return _list_blocked(len(value))
    keys = tuple(value)
    if all(type(k) is str for k in keys):
        return _dict_blocked(keys)
    # Non-text keys (1 and True are one tuple member) are not cached.
    return _dict_blocked.__wrapped__(tuple(_key_text(k) for k in keys))


def _norm_key(key: object) -> str:
    return _norm_text(key if isinstance(key, str) else str(key))


@lru_cache(maxsize=16384)
def _norm_text(key: str) -> str:
    """Key names repeat across every object of a session: normalise each once."""
    return _NON_ALNUM.sub("", key.lower())


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_RAW_WORD_RE = re.compile(r"[^\W\d_]+")


# Letters NFKD does not take apart into an ASCII letter and an accent.
_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L"}
    | {"đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "þ": "th", "ð": "d"}
)


# Scripts whose romanisation comes one syllable per character: Chinese characters
# and Hangul are read two characters to a word (most words of both languages are
# two syllables: 播放 bofang, 進度 jindu, 재생 jaesaeng, 위치 wichi); kana runs
# are read whole (さいせい saisei).
_SYLLABIC = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
_KANA = re.compile(r"[\u3040-\u30ff]+")
_OTHER_SCRIPT = re.compile(r"[^\x00-\x7f]+")
# The palochka (Ӏ), the letter Chechen, Ingush and other Caucasian Cyrillic spellings add to a
# consonant (`цӀе` "name", `ладувгӀа` "listen"), and what keyboards without it type for it
# between Cyrillic letters (a Latin I, the digit 1: `ц1и`, `ГIалгIай`), round 67 (set 274).
# Romanised, the letter is written as nothing (`tse`, `laduvga`), so it is dropped: kept,
# anyascii spells it `I` and the key splits in two at it. The Cyrillic І / і is a letter of
# Ukrainian and Belarusian words (`відео`) and is kept.
_PALOCHKA = re.compile(r"[\u04c0\u04cf]|(?<=[\u0400-\u04ff])[1I](?=[\u0400-\u04ff])")


@lru_cache(maxsize=16384)
def ascii_key(key: str) -> str:
    """A key in ASCII letters, as the lexicons are written: accents dropped (`röst`
    -> `rost`, `hørt` -> `hort`) and other scripts transliterated (`просмотр` ->
    `prosmotr`, `播放進度` -> `Bofang_Jindu_`), so a key a developer wrote in their
    own script is read like its romanised spelling instead of as nothing."""
    if key.isascii():
        return key
    key = _PALOCHKA.sub("", key)
    # syllabic scripts first: NFKD would take Hangul apart into its letters
    key = _SYLLABIC.sub(_syllable_pairs, key.translate(_FOLD))
    key = _KANA.sub(lambda m: "_" + anyascii(m.group()).lower() + "_", key)
    key = _SPACELESS.sub(_segmented, key)
    key = _INDIC.sub(_indic_word, key)
    key = _TIBETAN.sub(_tibetan_words, key)
    key = _CANADIAN.sub(_inuktitut, key)
    key = _HEBREW.sub(_yiddish_word, key)
    folded = unicodedata.normalize("NFKD", key)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded if folded.isascii() else _OTHER_SCRIPT.sub(_romanised, folded)


# Canadian Aboriginal syllabics as Inuktitut writes them (round 66, set 270), the language
# app keys in this script come in: anyascii spells the letters as Cree does (`ᑯ` ko, `ᔭ` ya,
# `ᒋ` ci, `ᕕ` fi), where Inuktitut, with three vowels, reads ku, ja, gi, vi, and the
# romanised spelling Inuit developers and the lexicons write is that one (`ᑕᑯᔭᐅᔪᑦ`
# takujaujut, `ᓯᑯᓐᑎ` sikunti). Cree's `e` series is Nunavik's `ai`.
_CANADIAN = re.compile(r"[\u1400-\u167f\u18b0-\u18ff]+")
_INUKTITUT_LETTERS = str.maketrans({"o": "u", "y": "j", "c": "g", "f": "v"})


def _inuktitut(run: re.Match[str]) -> str:
    """A syllabics run in Inuktitut's romanisation (comment above)."""
    letters = anyascii(run.group()).lower().translate(_INUKTITUT_LETTERS)
    return letters.replace("e", "ai")


# Tibetan script (Dzongkha, Tibetan), round 66 (set 262). Letter by letter, anyascii
# gives a consonant bare and the fold drops the vowel signs (`ཉན་ཡོདཔ་` -> `nyn ydp`), but
# a syllable (letters between two tsheg marks) without a vowel sign carries `a` after its
# root letter, as Wylie writes it and the lexicons list it (`nyan yodp`, `skar cha`,
# `dus tshod`). The root is the stack carrying subjoined letters when there is one, else
# the second of three or four letters when the first is a prefix letter (`gsar`), or the
# second of two when the first cannot be followed by it as a suffix, else the first
# (`las`, `tshad`). The silent `'a` (འ) and the vowel carrier (ཨ) are written as nothing.
# Each syllable becomes a word, so a key's words are its syllables, read as phrases.
_TIBETAN = re.compile(r"[\u0f00-\u0fff]+")
_TIBETAN_PREFIXES = frozenset("\u0f42\u0f51\u0f56\u0f58\u0f60")  # ga da ba ma 'a
_TIBETAN_SUFFIXES = frozenset("\u0f42\u0f44\u0f51\u0f53\u0f56\u0f58\u0f60\u0f62\u0f63\u0f66")


def _tibetan_syllable(syllable: str) -> str:
    """One syllable in Wylie-like letters with its inherent `a` (comment above)."""
    letters: list[tuple[str, str, str]] = []  # (char, romanisation, kind)
    for char in syllable:
        code = ord(char)
        text = "" if char in "\u0f60\u0f68" else anyascii(char).lower()
        if 0x0F40 <= code <= 0x0F6C:
            letters.append((char, text, "C"))
        elif 0x0F90 <= code <= 0x0FBC:
            letters.append((char, text, "S"))
        elif 0x0F71 <= code <= 0x0F84:
            letters.append((char, text, "V"))
    if any(kind == "V" for _, _, kind in letters):
        return "".join(text for _, text, _ in letters)
    consonants = [i for i, (_, _, kind) in enumerate(letters) if kind == "C"]
    if not consonants:
        return "".join(text for _, text, _ in letters)
    stacked = [i for i, (_, _, kind) in enumerate(letters) if kind == "S"]
    if stacked:
        root = stacked[0]
        while root + 1 < len(letters) and letters[root + 1][2] == "S":
            root += 1
    elif (len(consonants) >= 3 and letters[consonants[0]][0] in _TIBETAN_PREFIXES) or (
        len(consonants) == 2 and letters[consonants[1]][0] not in _TIBETAN_SUFFIXES
    ):
        root = consonants[1]
    else:
        root = consonants[0]
    texts = [text for _, text, _ in letters]
    texts.insert(root + 1, "a")
    return "".join(texts)


def _tibetan_words(run_match: re.Match[str]) -> str:
    """A Tibetan-script run as its syllables, each a word (`ཉན་ཡོདཔ་` -> `_nyan_yodp_`)."""
    syllables = re.split(r"[\u0f00-\u0f3f]+", run_match.group())
    words = [w for s in syllables if (w := _tibetan_syllable(s))]
    return "_" + "_".join(words) + "_" if words else "_"


# Brahmic scripts of South Asia (Devanagari for Hindi, Marathi and Nepali; Bengali,
# Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala). Letter by letter,
# a consonant comes out bare (`समय` -> `smy`, `সময়` -> `smy`, `நேரம்` -> `nerm`), but each
# consonant carries the inherent vowel unless a vowel sign or a virama follows it, so the
# word is `samay` / `somoy` / `neram`, the spelling the lexicons and developers write. Hindi,
# Marathi, Bengali, Punjabi and Gujarati then drop that vowel at a word's end and between
# a vowel-consonant and a consonant-vowel (`देखना` dekhna, not dekhana). A word keeps the
# letter-by-letter reading when a lexicon knows it that way (earlier rounds listed some:
# `smykal`, `nerm`) or knows no other; otherwise it is read with its vowels, trying `a`
# and then Bengali's `o`, with and without the dropped vowels, and c / s as ch / sh.
_INDIC = re.compile(r"[\u0900-\u0dff][\u0900-\u0dff\u200c\u200d]*")  # with ZWJ / ZWNJ
_INDIC_DROPS_VOWEL = re.compile(r"[\u0900-\u0aff\u0b00-\u0b7f]")  # Indo-Aryan scripts
_INDIC_LEXICONS = ("viewing", "device", "biometric")
_INDIC_SPELLED = {"CA": "ch", "CHA": "chh", "SHA": "sh", "SSA": "sh"}
_INDIC_KILLERS = ("VIRAMA", "AL-LAKUNA")  # Sinhala's virama is named al-lakuna
_INDIC_SHORTEST = 4  # a shorter reading is a syllable or two, not a word to trust


def _indic_letter(char: str) -> tuple[str, str]:
    """(romanisation, kind) of one letter: C a consonant, V a vowel or a vowel sign, K a
    virama or a nukta (no sound of its own), X anything else (anusvara, visarga)."""
    name = unicodedata.name(char, "")
    if any(mark in name for mark in _INDIC_KILLERS) or "NUKTA" in name or "ZERO WIDTH" in name:
        return "", "K"
    text = anyascii(char).lower()
    if "VOWEL" in name:
        return text, "V"
    if " LETTER " in name and text.isalpha():
        if not set(text) & set("aeiou"):
            return _INDIC_SPELLED.get(name.rsplit(" ", 1)[-1], text), "C"
        return text, "V"
    return text, "X"


def _homorganic(letters: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An anusvara (`m`) before a consonant is the nasal of that consonant's place, which
    developers write `n` (`ਸਕਿੰਟ` sakint, `ಸಂಚಿಕೆ` sanchike) except before p, b and m."""
    out = list(letters)
    for at, (text, kind) in enumerate(letters[:-1]):
        following, following_kind = letters[at + 1]
        if kind == "X" and text == "m" and following_kind == "C" and following[:1] not in "pbm":
            out[at] = ("n", kind)
    return out


def _indic_tokens(run: str) -> list[tuple[str, str]]:
    """The run's letters with an `A` token (the inherent vowel) after each consonant
    that no vowel sign or virama follows."""
    letters = _homorganic([_indic_letter(char) for char in run])
    tokens: list[tuple[str, str]] = []
    for at, (text, kind) in enumerate(letters):
        if kind == "K":
            continue
        tokens.append((text, kind))
        if kind == "C":
            following = next((k for t, k in letters[at + 1 :] if t or k != "K"), None)
            after = unicodedata.name(run[at + 1], "") if at + 1 < len(run) else ""
            virama = any(mark in after for mark in _INDIC_KILLERS)
            if not virama and following != "V":
                tokens.append(("", "A"))
    return tokens


def _drop_inherent(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Tokens without the inherent vowels Indo-Aryan speech drops: the last one, and
    each between a vowel-consonant and a consonant-vowel (right to left)."""
    kept = list(tokens)
    if len(kept) > 2 and kept[-1][1] == "A":
        kept.pop()
    for at in range(len(kept) - 3, 1, -1):
        before, after = kept[at - 2 : at], kept[at + 1 : at + 3]
        if kept[at][1] != "A" or len(after) < 2:
            continue
        vowel_consonant = before[0][1] in "VA" and before[1][1] == "C"
        if vowel_consonant and after[0][1] == "C" and after[1][1] in "VA":
            del kept[at]
    return kept


def _indic_readings(run: str) -> list[str]:
    """The run's readings, likeliest first. A final nasal sign (`ਸਮਾਂ`, `જોયેલું`) is also
    read without its letter: developers write the vowel it nasalises (samaa, joyelu)."""
    tokens = _indic_tokens(run)
    shapes = [_drop_inherent(tokens), tokens] if _INDIC_DROPS_VOWEL.match(run) else [tokens]
    shapes += [shape[:-1] for shape in shapes if len(shape) > 2 and shape[-1][1] == "X"]
    return [
        "".join(vowel if kind == "A" else text for text, kind in shape)
        for vowel in ("a", "o")
        for shape in shapes
    ]


def _lexicon_knows(word: str) -> bool:
    return any(load(name).word(word) is not None for name in _INDIC_LEXICONS)


def _indic_word(run_match: re.Match[str]) -> str:
    """A run of a Brahmic script read with its inherent vowels when only that reading is
    a word a lexicon knows; the run unchanged (read letter by letter later) otherwise."""
    run = run_match.group()
    letters = "".join(c for c in unicodedata.normalize("NFKD", run) if not unicodedata.combining(c))
    if _lexicon_knows(anyascii(letters).lower()):
        return run
    readings = (word for word in _indic_readings(run) if len(word) >= _INDIC_SHORTEST)
    return next((word for word in readings if _lexicon_knows(word)), run)


# Scripts written without spaces between words (Thai, Lao, Myanmar for Burmese and Shan,
# Khmer): a key in one is one run of letters (`เวลาที่ดู` "time that watched"), which
# letter-by-letter transliteration turns into one unreadable word. The viewing lexicon
# lists these languages' words in their script; the run is read by the longest listed
# word at each syllable start, each found word as its class (the English word the
# detectors test), the rest transliterated as before. Words of the `particle` class
# (grammar: Thai ที่ "that", Burmese များ plural) are read as nothing, and words of the
# `unrelated` class (Thai ดูแล "take care", which starts with ดู "watch") are there
# only so the longest match takes them whole.
_SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\ua9e0-\ua9ff\uaa60-\uaa7f]+")
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_KILLERS = frozenset("\u1039\u103a\u17d2")  # Myanmar virama and asat, Khmer coeng
_SILENT_CLASSES = frozenset(["particle"])
_UNRELATED_CLASS = "unrelated"


@lru_cache(maxsize=1)
def _spaceless_words() -> tuple[dict[str, str], int]:
    """(word -> class, longest word) of the viewing lexicon's words in these scripts."""
    found = {w: c for w, c in load("viewing").words.items() if _SPACELESS.fullmatch(w)}
    return found, max(map(len, found), default=0)


def _syllable_edge(run: str, at: int) -> bool:
    """Whether a word may begin (or the one before end) at `at`: not on a mark, not on
    a consonant a following asat or virama closes into the syllable before, not just
    after a vowel written before its consonant (Thai เ, แ...)."""
    if at == 0 or at == len(run):
        return True
    if unicodedata.category(run[at]).startswith("M") or run[at - 1] in _LEADING_VOWELS:
        return False
    return not (at + 1 < len(run) and run[at + 1] in _KILLERS)


def _segmented(run_match: re.Match[str]) -> str:
    """A spaceless run with each listed word it holds set apart as its class (a grammar
    word dropped, an unrelated word kept whole), so `key_words` can split it."""
    words, longest = _spaceless_words()
    run = run_match.group()
    if not words:
        return run
    out: list[str] = []
    at = 0
    while at < len(run):
        cls, end = _longest_word(run, at, words, longest)
        if cls is None:
            out.append(run[at])
            at += 1
            continue
        if cls == _UNRELATED_CLASS:
            out.append(run[at:end])
        elif cls not in _SILENT_CLASSES:
            out.append(f"_{cls}_")
        else:
            out.append("_")
        at = end
    return "".join(out)


def _longest_word(run: str, at: int, words: dict[str, str], longest: int) -> tuple[str | None, int]:
    """The class and end of the longest listed word starting at `at` (longest first: ฟังแล้ว
    "listened" before ฟัง "listen"), or (None, at) when none starts there."""
    if not _syllable_edge(run, at):
        return None, at
    for end in range(min(len(run), at + longest), at + 1, -1):
        cls = words.get(run[at:end])
        if cls is not None and _syllable_edge(run, end):
            return cls, end
    return None, at


# Hebrew script as Yiddish writes it (round 67, set 283). Read letter by letter, as for
# Hebrew, a word loses its vowels (`געהערט` -> `ghrt`, `פּאָזיציע` -> `fzytsy`), but Yiddish
# spells them: ע is e, אַ a, אָ o, ו u, וי oy, יי ey or ay, and a consonant's mark picks
# its sound (פּ p, פֿ f, כּ k, תּ t, שׂ s); without the YIVO marks a bare א is a or o and a
# bare פ p or f. The romanised spelling Yiddish developers and the lexicons write is that
# one (`gehert`, `pozitsye`, `kanal`, `shtim`). A word keeps the letter-by-letter reading
# when a lexicon knows it that way (Hebrew words the lexicons list: `syvr`, `mykvm`);
# otherwise its first Yiddish reading a lexicon knows is taken, and a word with a mark
# or ligature only Yiddish writes (אַ אָ יִ פֿ ײ װ ױ) is read as Yiddish in any case.
_HEBREW = re.compile(
    r"[\u05d0-\u05ea\u05f0-\u05f2\ufb1d-\ufb4f][\u05b0-\u05c7\u05d0-\u05f2\ufb1d-\ufb4f]*"
)
_YIDDISH_MARKED = re.compile(
    r"[\u05d0\u05f2][\u05b7\u05b8]|\u05d9\u05b4|[\u05f0-\u05f2\ufb1f\ufb2e\ufb2f\ufb4e]|\u05bf"
)
_YIDDISH_LETTERS = {
    "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "kh", "ט": "t", "כ": "kh",
    "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "e",
    "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "s",
}  # fmt: skip
_YIDDISH_VOWELS = frozenset("עוא\u05f1\u05f2")
_YIDDISH_MOST = 32  # readings tried per word (bare א and פ double them)


def _yiddish_units(word: str) -> list[tuple[str, str]]:
    """The word as (letter with its marks, base letter) units, ligatures taken apart."""
    word = word.replace("\u05f0", "וו").replace("\u05f1", "וי").replace("\u05f2", "יי")
    word = (
        word.replace("\ufb1f", "יי\u05b7").replace("\ufb2e", "א\u05b7").replace("\ufb2f", "א\u05b8")
    )
    word = unicodedata.normalize("NFD", word)
    units: list[tuple[str, str]] = []
    for char in word:
        if unicodedata.combining(char) or char in "\u05bf":
            if units:
                units[-1] = (units[-1][0] + char, units[-1][1])
        elif "\u05d0" <= char <= "\u05ea":
            units.append((char, char))
    return units


def _yiddish_readings(word: str) -> list[str]:
    """The word's YIVO romanisations, the marked or likeliest first (comment above)."""
    units = _yiddish_units(word)
    options: list[list[str]] = []
    at = 0
    while at < len(units):
        marked, base = units[at]
        after = units[at + 1][1] if at + 1 < len(units) else ""
        before = units[at - 1][1] if at else ""
        if base == "ו" and after == "ו":
            options.append(["v"])
            at += 2
            continue
        if base == "ו" and after == "י" and "\u05b4" not in units[at + 1][0]:
            options.append(["oy"])
            at += 2
            continue
        if base == "י" and after == "י" and "\u05b4" not in units[at + 1][0]:
            options.append(["ay"] if "\u05b7" in units[at + 1][0] else ["ey", "ay"])
            at += 2
            continue
        if base == "א":
            if "\u05b7" in marked:
                options.append(["a"])
            elif "\u05b8" in marked:
                options.append(["o"])
            elif at == 0 and after in _YIDDISH_VOWELS | {"י"}:
                options.append([""])
            else:
                options.append(["a", "o"])
        elif base == "ו":
            options.append(["u"])
        elif base == "י":
            vowel_next = after in _YIDDISH_VOWELS
            options.append(
                ["y"] if vowel_next or (at == 0 and after) or (before in "עו" and before) else ["i"]
            )
        elif base == "פ":
            if "\u05bc" in marked:
                options.append(["p"])
            elif "\u05bf" in marked:
                options.append(["f"])
            else:
                options.append(["p", "f"])
        elif base in "כתש" and ("\u05bc" in marked or "\u05c2" in marked):
            options.append(["s" if "\u05c2" in marked else "k" if base == "כ" else "t"])
        elif base == "ז" and after == "ש":
            options.append(["zh"])
            at += 2
            continue
        elif base == "ט" and after == "ש":
            options.append(["tsh"])
            at += 2
            continue
        else:
            options.append([_YIDDISH_LETTERS.get(base, "")])
        at += 1
    readings = [""]
    for choice in options:
        readings = [r + c for r in readings for c in choice][:_YIDDISH_MOST]
    return readings


def _yiddish_word(run_match: re.Match[str]) -> str:
    """A Hebrew-script word read as Yiddish when that reading is a word a lexicon knows
    and the Hebrew letter-by-letter one is not, or when only Yiddish marks it as it is."""
    run = run_match.group()
    marked = _YIDDISH_MARKED.search(run) is not None
    letters = "".join(c for c in unicodedata.normalize("NFKD", run) if not unicodedata.combining(c))
    if not marked and _lexicon_knows(_romanised_text(letters).lower()):
        return run
    readings = [word for word in _yiddish_readings(run) if word]
    known = next(
        (word for word in readings if len(word) >= _INDIC_SHORTEST and _lexicon_knows(word)), None
    )
    if known is not None:
        return known
    return readings[0] if readings and marked else run


def _romanised_text(text: str) -> str:
    # the soft sign and ayin come out as ' and `, which would split one word in two
    return anyascii(text).replace("'", "").replace("`", "")


def _romanised(run: re.Match[str]) -> str:
    return _romanised_text(run.group())


# Hangul syllables in the Revised Romanization, the spelling Korean developers and the
# lexicons write (`기록` girok, `제목` jemok, `듣기` deutgi, `이력` iryeok): a final
# stop is k / t / p and a first ㄹ is r, where a letter-by-letter transliteration
# (`gilog`, `jemog`) spells no word anyone writes. Syllable by syllable; the sound
# changes across syllables (`목록` mongnok) are left to the lexicons.
_HANGUL_FIRST = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
    "p", "h",
)  # fmt: skip
_HANGUL_VOWEL = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_HANGUL_LAST = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_HANGUL_BASE = 0xAC00
_HANGUL_END = 0xD7A3


def _syllable(char: str, previous: str) -> str:
    """One syllable's romanisation: Hangul by the Revised Romanization (a ㄹ after a
    final ㄹ is l: `실례` sillye), any other character as anyascii reads it."""
    index = ord(char) - _HANGUL_BASE
    if not 0 <= index <= _HANGUL_END - _HANGUL_BASE:
        return anyascii(char).lower()
    first, rest = divmod(index, 21 * 28)
    vowel, last = divmod(rest, 28)
    onset = "l" if first == 5 and previous.endswith("l") else _HANGUL_FIRST[first]
    return onset + _HANGUL_VOWEL[vowel] + _HANGUL_LAST[last]


def _romanised_syllables(run: str) -> list[str]:
    syllables: list[str] = []
    for char in run:
        syllables.append(_syllable(char, syllables[-1] if syllables else ""))
    return syllables


def _syllable_pairs(run: re.Match[str]) -> str:
    syllables = _romanised_syllables(run.group())
    words = _paired(syllables)
    if len(syllables) > 2 and len(syllables) % 2:
        # An odd run may open with a one-character word (`総再生時間`, `总播放时长`: total
        # + playback + time): read it that way when more of its pairs are known words.
        # The opener is not counted: a one-syllable word a lexicon lists (Cantonese `si`,
        # "at") would otherwise split any run it opens (`시사회`, sisa + hoe, a screening).
        shifted = [syllables[0], *_paired(syllables[1:])]
        if _known_words(shifted[1:]) > _known_words(words):
            words = shifted
    return "_" + "_".join(w.capitalize() for w in words) + "_"


def _paired(syllables: list[str]) -> list[str]:
    return ["".join(syllables[i : i + 2]) for i in range(0, len(syllables), 2)]


_PAIR_LEXICONS = ("viewing", "device", "biometric")


def _known_words(words: list[str]) -> int:
    """How many of these two-syllable readings some lexicon lists exactly."""
    lexicons = [load(name) for name in _PAIR_LEXICONS]
    return sum(1 for w in words if any(w in lex.words for lex in lexicons))


@lru_cache(maxsize=16384)
def key_words(key: str) -> tuple[str, ...]:
    """`playTimeSum`, `play_time_sum`, `PLAY-TIME-SUM` -> ("play", "time", "sum");
    accented letters are folded first (`spelad_tid`, `ferdighørt`)."""
    return tuple(w.lower() for w in _WORD_RE.findall(ascii_key(key)))


@lru_cache(maxsize=16384)
def key_word_set(key: str) -> frozenset[str]:
    """`key_words` as a set: the detectors test a key's words against word lists
    many times per capture, and the set is built once per key name."""
    return frozenset(key_words(key))


def _unrelated_words(words: tuple[str, ...]) -> frozenset[str]:
    """The words of `words` inside a phrase the viewing lexicon files as `unrelated`."""
    spans = load("viewing").phrase_spans(words)
    return frozenset(w for i, n, cls in spans if cls == "unrelated" for w in words[i : i + n])


@lru_cache(maxsize=16384)
def viewing_classes(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """(viewing-lexicon classes, plain words) of a key. Detectors test both: a
    plain English word they list, or any language's word the lexicon files under
    a class (`duracao` -> duration), so a new language is a lexicon edit."""
    lexicon = load("viewing")
    words = key_word_set(key)
    # a phrase the lexicon lists as `unrelated` (Vietnamese `chat luong`, "quality") is read
    # whole, so its words are read as no class (`chat`, a message)
    unread = _unrelated_words(key_words(key)) if len(words) > 1 else frozenset()
    classes = frozenset(c for w in words if w not in unread and (c := lexicon.word(w)) is not None)
    # pinyin initialisms and run-together words (`bfjd`, `shoutingjindu`), round 170
    classes |= frozenset(c for w in words for c in pinyin_classes(w, len(words) == 1) or ())
    if key.isascii():
        return classes, words
    # a word the lexicon lists WITH its marks (Vietnamese `tập`, "episode") is read as
    # its class, not as the English word it folds to (`tap`), as `play_words` reads it
    marked = {
        ascii_key(raw): cls
        for raw in _RAW_WORD_RE.findall(key)
        if (cls := lexicon.words.get(unicodedata.normalize("NFC", raw).lower())) is not None
        and not raw.isascii()
    }
    if not marked:
        return classes, words
    return classes | frozenset(marked.values()), words - {w.lower() for w in marked}


def _numeric(value: object) -> float | None:
    if _is_number(value):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, str) and 0 < len(value) <= 24:
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# `yyyyMMddHHmmss` as a string, the moment Korean, Japanese and Chinese back ends write
# (`"20241109000106"`): fourteen digits that are a real date and time in 2001-2033.
_COMPACT_MOMENT = re.compile(
    r"(20[0-3]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)([0-5]\d)"
)


def compact_moment(value: object) -> datetime | None:
    """`"20241109000106"` -> 2024-11-09 00:01:06 (naive); None for anything else."""
    if not isinstance(value, str) or len(value) != 14:
        return None
    found = _COMPACT_MOMENT.fullmatch(value)
    if found is None or int(found.group(1)) < 2001:
        return None
    try:
        return datetime(*(int(part) for part in found.groups()))
    except ValueError:  # the 31st of a short month
        return None


def is_moment(value: object) -> bool:
    """An ISO 8601 date-time, its compact `yyyyMMddHHmmss` string, or a Unix time in
    seconds or milliseconds (2001-2033):
    when something happened, as logs and sessions stamp it (a numeric string is an
    amount or an id, not read as a time)."""
    if isinstance(value, str):
        return bool(_ISO_MOMENT.match(value)) or compact_moment(value) is not None
    number = _numeric(value)
    return number is not None and (1e9 <= number < 2e9 or 1e12 <= number < 2e12)


def moment_keys(value: dict, test: Callable[[str], object]) -> list[str]:
    """The keys of `value` that pass `test` and hold a moment (`is_moment`), in order."""
    return [
        text for key, member in value.items() if is_moment(member) and test(text := _key_text(key))
    ]


def _key_text(key: object) -> str:
    return key if isinstance(key, str) else str(key)


@lru_cache(maxsize=16384)
def _key_set_has(test: Callable[[str], object], keys: tuple[object, ...]) -> bool:
    """Whether any key of an object passes a per-key test. Objects of one schema
    share their key tuple across a session, so most objects cost one hash lookup."""
    return any(test(_key_text(k)) for k in keys)
